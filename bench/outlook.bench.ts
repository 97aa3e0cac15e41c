/**
 * Outlook on the web sidebar costs, measured in this run on the demo mailbox, the way
 * bench/gmail.bench.ts measures Gmail's:
 * - main-thread CPU time of the page under a burst of 1,000 Outlook-like DOM mutations (most of
 *   them inside the reading pane, where the content script observes), with the extension vs.
 *   without it: target about Gmail's 1.04. CPU time as the OS counts it for the page's renderer
 *   main thread. Both sides in the same browser, visited in turn, each visit in a fresh tab
 *   (/mail/, where the extension runs, and /plain/, the same demo where it does not), in several
 *   browsers; the mean of the browsers' ratios, with an interval that resamples them.
 *   OUTLOOK_BENCH_CONTROL=1 visits two paths it does not run on: its ratio is the noise floor;
 * - time from opening a conversation (a click in the message list: pushState and render) to
 *   the sidebar showing its status: target about Gmail's 65 ms;
 * - content script size, gzipped.
 * Needs the built extension (`npx wxt build`, run here first).
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDemo } from '../scripts/demo-routes';
import { EXTENSION_DIR, launchBrowser } from '../scripts/launch-browser';
import { bootstrapInterval, extensionJsPerBurst, median, osBurstTime, p95 } from './page-cost';

const ORIGIN = 'https://outlook.office.com';
/** The conversation the churn runs in: an invoice thread with several messages. */
const CHURN_SUBJECT = 'Invoice INV-2026-042';
/**
 * Browsers, each measuring both sides; visits to each side per browser; bursts per visit. Every
 * visit is a renderer of its own and visits differ by several per cent, so several browsers:
 * 6 x 4 visits keep the run near 5 minutes with an interval of about ±2-3 %.
 */
const BROWSERS = Number(process.env.OUTLOOK_BENCH_BROWSERS ?? 6);
const VISITS = 4;
const BURSTS_PER_VISIT = 2;
const OPEN_ROUNDS = 3;
const CONTROL = process.env.OUTLOOK_BENCH_CONTROL === '1';
const MUTATIONS = 1000;

/**
 * Outlook-like churn in 200 tasks of 5: a presence badge or hover card added to and removed from
 * the newest message's header, transient nodes in the conversation container (both inside the
 * reading region the content script observes), class flips on message-list rows and the folder
 * pane's unread count (outside it). Strings, not functions: page.evaluate must not see the
 * bundler's helpers.
 */
const BURST = `(async (n) => {
  const rows = [...document.querySelectorAll('[role=option][data-convid]')];
  const container = document.querySelector('[data-app-section=ConversationContainer]');
  const head = container.querySelector('[aria-expanded=true] [data-testid=SentReceivedSavedTime]').parentElement;
  const folder = document.querySelector('[role=treeitem][data-folder-name=inbox]');
  const counter = folder.querySelector('.bench-unread') ?? folder.appendChild(Object.assign(document.createElement('span'), { className: 'bench-unread' }));
  for (let done = 0; done < n; ) {
    await new Promise((r) => setTimeout(r, 0));
    for (let k = 0; k < 5 && done < n; k++, done++) {
      const kind = done % 5;
      if (kind === 0) { const s = document.createElement('span'); s.className = 'hovercard'; head.append(s); }
      if (kind === 1) head.querySelector('.hovercard')?.remove();
      if (kind === 2) rows[done % rows.length].classList.toggle('x7');
      if (kind === 3) counter.textContent = String(done);
      if (kind === 4) { const d = document.createElement('div'); container.append(d); d.remove(); }
    }
  }
  await new Promise((r) => setTimeout(r, 250)); // let debounced work finish inside the window
})(${MUTATIONS})`;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

interface DemoConversation {
  itemId: string;
  subject: string;
}

type Opened = { context: BrowserContext; page: Page };
async function openBrowser(): Promise<Opened> {
  const context = await launchBrowser({ headless: true, withExtension: true });
  await serveDemo(context);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/mail/`);
  await page.locator('unghost-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
  return { context, page };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/** The page's renderer main thread as the OS knows it: the busiest one during a traced burst. */
async function rendererThread(page: Page): Promise<{ pid: number; tid: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    categories: 'disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.evaluate(BURST);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const cpu = new Map<string, number>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name === 'RunTask' && e.ph === 'X' && mains.has(thread))
      cpu.set(thread, (cpu.get(thread) ?? 0) + (e.tdur ?? 0));
  }
  const [thread] = [...cpu].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  const [pid, tid] = thread.split(':').map(Number) as [number, number];
  return { pid, tid };
}

/** ms from the click on a message-list row to the status in the sidebar. */
const OPEN = (subject: string) => `new Promise((resolve) => {
  const host = document.querySelector('unghost-sidebar');
  const row = [...document.querySelectorAll('[role=option][data-convid]')].find((r) => r.textContent.includes(${JSON.stringify(subject)}));
  const observer = new MutationObserver(() => {
    if (!host.shadowRoot.querySelector('[data-testid=thread-status]')) return;
    observer.disconnect();
    resolve(performance.now() - t0);
  });
  observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true });
  const t0 = performance.now();
  row.click();
})`;

async function timeToStatus(page: Page, conversations: DemoConversation[]): Promise<number[]> {
  const total: number[] = [];
  const status = page.locator('unghost-sidebar [data-testid=thread-status]');
  for (let round = 0; round < OPEN_ROUNDS; round++) {
    for (const { subject } of conversations) {
      // Back to the inbox (no conversation open): the status leaves the sidebar.
      await page.locator('[role=treeitem][data-folder-name=inbox]').click();
      await status.waitFor({ state: 'detached' });
      await page.waitForTimeout(50); // let the inbox's own render settle
      total.push((await page.evaluate(OPEN(subject))) as number);
    }
  }
  return total;
}

export default async function outlookBench(): Promise<void> {
  if (process.env.OUTLOOK_BENCH_NO_BUILD !== '1') execSync('npx wxt build', { stdio: 'ignore' });
  const script = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'outlook.js'));
  const gzipKb = gzipSync(script, { level: 9 }).length / 1024;

  const first = await openBrowser();
  const contexts: BrowserContext[] = [first.context];
  const conversations = (await first.page.evaluate(
    `window.__outlookDemo.conversations.map((c) => ({ itemId: c.itemId, subject: c.subject }))`,
  )) as DemoConversation[];
  const churn = conversations.find((c) => c.subject.startsWith(CHURN_SUBJECT));
  if (!churn) throw new Error(`the demo has no conversation "${CHURN_SUBJECT}"`);
  const browserRatios: number[] = [];
  const times = { with: [] as number[], without: [] as number[] };
  try {
    for (let b = 0; b < BROWSERS; b++) {
      const { context, page } = b === 0 ? first : await openBrowser();
      if (b > 0) contexts.push(context);
      const mine = { with: [] as number[], without: [] as number[] };
      await page.goto('about:blank');
      for (let visit = 0; visit < VISITS; visit++) {
        const order = visit % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
        for (const side of order) {
          const path = side === 'without' ? 'plain' : CONTROL ? 'control' : 'mail';
          // Each visit in a tab of its own (see bench/gmail.bench.ts: a reused tab keeps earlier
          // visits' garbage, collected inside later bursts).
          const tab = await context.newPage();
          try {
            await tab.goto(`${ORIGIN}/${path}/inbox/id/${encodeURIComponent(churn.itemId)}`);
            await tab.locator('[data-app-section=ConversationContainer]').waitFor();
            if (path === 'mail')
              await tab
                .locator('unghost-sidebar [data-testid=thread-status]')
                .waitFor({ timeout: 20_000 });
            else if (await tab.locator('unghost-sidebar').count())
              throw new Error(`the extension ran on /${path}/: the comparison would be void`);
            const thread = await rendererThread(tab); // a traced warm-up burst
            for (let i = 0; i < BURSTS_PER_VISIT; i++) {
              const ms = await osBurstTime(tab, thread, BURST);
              mine[side].push(ms);
              times[side].push(ms);
            }
          } finally {
            await tab.close();
          }
        }
      }
      browserRatios.push(median(mine.with) / median(mine.without));
    }
    const ratio = mean(browserRatios);
    const [low, high] = bootstrapInterval(browserRatios);
    console.log(
      `burst of ${MUTATIONS} Outlook-like mutations, main-thread CPU time, ${BROWSERS} browsers, each ${VISITS} visits x ${BURSTS_PER_VISIT} bursts per side:`,
    );
    if (CONTROL)
      console.log('  CONTROL RUN: both sides without the extension; the ratio is the noise floor');
    console.log(
      `  median burst: without ${median(times.without).toFixed(1)} ms, with ${median(times.with).toFixed(1)} ms`,
    );
    console.log(
      `  DOM churn ratio ${ratio.toFixed(3)} (mean of the browsers' ratios; Gmail's 1.04); 90% interval over browsers ${low.toFixed(3)} to ${high.toFixed(3)}`,
    );
    console.log(
      `  each browser's ratio: ${browserRatios.map((r) => r.toFixed(3)).join(', ')}; their median ${median(browserRatios).toFixed(3)} (one busy spell on this shared machine moves a browser's ratio by up to ±0.5)`,
    );
    if (CONTROL) return;
    await first.page.goto(`${ORIGIN}/mail/inbox/id/${encodeURIComponent(churn.itemId)}`);
    await first.page
      .locator('unghost-sidebar [data-testid=thread-status]')
      .waitFor({ timeout: 20_000 });
    const extensionJs = await extensionJsPerBurst(first.page, BURST);
    console.log(
      `  the extension's own JavaScript per burst (sampled profile): ${extensionJs.toFixed(2)} ms = ${((100 * extensionJs) / median(times.without)).toFixed(1)}% of the page's main-thread time`,
    );
    await first.page.goto(`${ORIGIN}/mail/inbox`);
    await first.page.locator('unghost-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    const open = await timeToStatus(first.page, conversations);
    console.log(
      `open conversation (click in the message list) -> sidebar status (${open.length} opens):`,
    );
    console.log(
      `  median ${median(open).toFixed(0)} ms, p95 ${p95(open).toFixed(0)} ms (Gmail's median 65 ms)`,
    );
    console.log(
      `content script outlook.js: ${(script.length / 1024).toFixed(1)} KB, gzipped ${gzipKb.toFixed(1)} KB`,
    );
  } finally {
    for (const context of contexts) await context.close();
  }
}
