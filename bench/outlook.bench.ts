/**
 * Outlook on the web, measured on the demo mailbox in real Chromium, with and without the
 * extension in the same run (needs `npx wxt build` first, as the e2e tests do):
 * - DOM churn: the page mutates its reading pane in bursts (as Outlook does while rendering
 *   and expanding messages) and switches conversations; ratio of its time with the extension
 *   to without. The content script's cost is its observer callbacks and debounced re-reads.
 * - Time to sidebar: from navigation start to the sidebar showing the thread status.
 * Figures are ratios and medians of this run only; nothing is asserted.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { serveDemo } from '../scripts/demo-routes';
import { launchBrowser } from '../scripts/launch-browser';

const ROUNDS = 5;
const ORIGINS = ['https://outlook.office.com/mail/', 'https://outlook.live.com/mail/0/'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Runs inside the page: bursts of mutations in the conversation, then conversation switches. */
async function churn(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const wait = () => new Promise((resolve) => setTimeout(resolve, 0));
    const rows = () => Array.from(document.querySelectorAll<HTMLElement>('[role=option][data-convid]'));
    const start = performance.now();
    for (let round = 0; round < 3; round++) {
      for (const row of rows()) {
        row.click();
        await wait();
        const container = document.querySelector('[data-app-section=ConversationContainer]');
        for (let burst = 0; burst < 20; burst++) {
          const filler = Array.from({ length: 25 }, () => Object.assign(document.createElement('div'), { textContent: 'render' }));
          container?.append(...filler);
          await wait();
          filler.forEach((f) => f.remove());
          await wait();
        }
      }
    }
    return performance.now() - start;
  });
}

async function timeToSidebar(page: Page, url: string): Promise<number | undefined> {
  await page.goto(url);
  try {
    await page.locator('unghost-sidebar [data-testid=thread-status]').waitFor({ timeout: 10_000 });
  } catch {
    return undefined;
  }
  return page.evaluate(() => performance.now());
}

async function measure(withExtension: boolean): Promise<{ churn: number[]; sidebar: number[] }> {
  const context: BrowserContext = await launchBrowser({ headless: true, withExtension });
  await serveDemo(context);
  const page = await context.newPage();
  const result = { churn: [] as number[], sidebar: [] as number[] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const origin = ORIGINS[round % ORIGINS.length]!;
      await page.goto(origin);
      await page.locator('[data-convid]').first().waitFor();
      result.churn.push(await churn(page));
      if (withExtension) {
        const first = await page.locator('[data-convid]').first().getAttribute('data-convid');
        await page.locator(`[data-convid="${first}"]`).click();
        const t = await timeToSidebar(page, page.url());
        if (t !== undefined) result.sidebar.push(t);
      }
    }
  } finally {
    await context.close();
  }
  return result;
}

export default async function outlookBench(): Promise<void> {
  // Interleave without/with so machine load drifts hit both sides alike.
  const without: number[] = [];
  const withExt: number[] = [];
  const sidebar: number[] = [];
  for (let i = 0; i < 2; i++) {
    without.push(...(await measure(false)).churn);
    const w = await measure(true);
    withExt.push(...w.churn);
    sidebar.push(...w.sidebar);
  }
  const ratio = median(withExt) / median(without);
  console.log(`outlook DOM churn: median ${median(without).toFixed(0)} ms without, ${median(withExt).toFixed(0)} ms with the extension; overhead ratio ${ratio.toFixed(3)} (n=${without.length}+${withExt.length})`);
  if (sidebar.length) {
    console.log(`outlook time to sidebar (navigation start to thread status shown): median ${median(sidebar).toFixed(0)} ms, max ${Math.max(...sidebar).toFixed(0)} ms (n=${sidebar.length})`);
  } else {
    console.log('outlook time to sidebar: the sidebar never appeared (is the extension built?)');
  }
}
