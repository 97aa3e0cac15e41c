/**
 * Outlook on the web, measured on the demo mailbox in real Chromium, with and without the
 * extension in the same run (needs `npx wxt build` first, as the e2e tests do):
 * - DOM churn inside one conversation: bursts of mutations in the reading pane, as Outlook
 *   makes while rendering; ratio of the page's time with the extension to without. The
 *   content script's cost here is its observer callback and one cheap check per burst.
 * - Conversation switches: open every conversation in turn, letting each settle (the sidebar
 *   re-reads and re-renders); ratio, and the extension's added time per switch.
 * - Time to sidebar: from navigation start to the sidebar showing the thread status.
 * Figures are ratios and medians of this run only; nothing is asserted.
 */
import type { Page } from 'playwright-core';
import { serveDemo } from '../scripts/demo-routes';
import { launchBrowser } from '../scripts/launch-browser';

const ROUNDS = 4;
const ORIGINS = ['https://outlook.office.com/mail/', 'https://outlook.live.com/mail/0/'];
const SETTLE_MS = 250;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// Strings, not functions: tsx wraps inner functions in a __name helper the page lacks.
// A MessageChannel yield is a macrotask without setTimeout's 4 ms clamp, so observer work is
// not hidden in idle time.
const YIELD = `const channel = new MessageChannel();
  const yieldTask = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });`;

const BURSTS = `(async () => {
  ${YIELD}
  const container = document.querySelector('[data-app-section=ConversationContainer]');
  const start = performance.now();
  for (let burst = 0; burst < 200; burst++) {
    const filler = Array.from({ length: 200 }, () => Object.assign(document.createElement('div'), { textContent: 'render' }));
    container.append(...filler);
    await yieldTask();
    filler.forEach((f) => f.remove());
    await yieldTask();
  }
  return performance.now() - start;
})()`;

const SWITCHES = `(async () => {
  const start = performance.now();
  for (const row of Array.from(document.querySelectorAll('[role=option][data-convid]'))) {
    row.click();
    await new Promise((resolve) => setTimeout(resolve, ${SETTLE_MS}));
  }
  return performance.now() - start;
})()`;

interface Figures {
  bursts: number[];
  switches: number[];
  switchCount: number;
  sidebar: number[];
}

async function measure(withExtension: boolean): Promise<Figures> {
  const context = await launchBrowser({ headless: true, withExtension });
  await serveDemo(context);
  const page: Page = await context.newPage();
  const figures: Figures = { bursts: [], switches: [], switchCount: 0, sidebar: [] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await page.goto(ORIGINS[round % ORIGINS.length]!);
      // A "with" figure only counts when the content script really runs.
      if (withExtension) await page.locator('unghost-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
      figures.switchCount = await page.locator('[role=option][data-convid]').count();
      figures.switches.push((await page.evaluate(SWITCHES)) as number);
      figures.bursts.push((await page.evaluate(BURSTS)) as number);
      if (withExtension) {
        await page.reload(); // on a conversation URL
        await page.locator('unghost-sidebar [data-testid=thread-status]').waitFor({ timeout: 20_000 });
        figures.sidebar.push((await page.evaluate('performance.now()')) as number);
      }
    }
  } finally {
    await context.close();
  }
  return figures;
}

export default async function outlookBench(): Promise<void> {
  const off: Figures[] = [];
  const on: Figures[] = [];
  // Interleave without/with so load drifts on the shared machine hit both sides alike.
  for (let i = 0; i < 2; i++) {
    off.push(await measure(false));
    on.push(await measure(true));
  }
  const all = (fs: Figures[], key: 'bursts' | 'switches' | 'sidebar') => fs.flatMap((f) => f[key]);
  const [b0, b1] = [median(all(off, 'bursts')), median(all(on, 'bursts'))];
  const [s0, s1] = [median(all(off, 'switches')), median(all(on, 'switches'))];
  const switches = on[0]!.switchCount;
  console.log(`outlook DOM churn (400 bursts of 200 nodes in one conversation): median ${b0.toFixed(0)} ms without, ${b1.toFixed(0)} ms with; overhead ratio ${(b1 / b0).toFixed(3)}, ${(((b1 - b0) / 400) * 1000).toFixed(0)} µs added per burst`);
  console.log(
    `outlook conversation switches (${switches}, ${SETTLE_MS} ms settle each): median ${s0.toFixed(0)} ms without, ${s1.toFixed(0)} ms with; ratio ${(s1 / s0).toFixed(3)}, ` +
      `${((s1 - s0) / switches).toFixed(1)} ms added per switch`,
  );
  const sidebar = all(on, 'sidebar');
  console.log(`outlook time to sidebar (navigation start to thread status): median ${median(sidebar).toFixed(0)} ms, max ${Math.max(...sidebar).toFixed(0)} ms (n=${sidebar.length})`);
}
