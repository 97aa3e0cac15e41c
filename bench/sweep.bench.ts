/**
 * The sweep's cost in the mail tab, measured in this run on the Gmail demo: main-thread time per
 * conversation while the sweep opens, reads and closes conversations in its own tab, against a
 * tab where the same conversations are opened by hand (the extension's sidebar reading each, as
 * when the person opens them). Main-thread time is Chromium's own count of the renderer's main
 * thread tasks (Performance.getMetrics TaskDuration), read before and after the same number of
 * conversations on each side, in the same browser. Target: the ratio <= 1.5 (the sweep's
 * search, clicks, marking unread and going back cost at most half again what opening costs).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { serveDemo } from '../scripts/demo-routes';
import { extensionId, launchBrowser } from '../scripts/launch-browser';

const URL = 'https://mail.google.com/mail/u/0/';
/** Conversations measured on each side, after the first few (warm-up). */
const WARM = 2;
const MEASURED = 12;

/** Reads the page's main-thread task time, ms, from one CDP session kept open across readings. */
async function taskClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
}

/** By hand: the same kind of conversations opened in turn, each read by the sidebar. */
async function byHand(context: BrowserContext, ids: string[]): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${URL}#inbox`);
  await page.locator('tr.zA').first().waitFor();
  const open = async (id: string) => {
    await page.evaluate((hash) => (location.hash = hash), `#inbox/${id}`);
    await page.locator(`h2[data-legacy-thread-id="${id}"]`).waitFor();
    await page.locator('unghost-sidebar [data-testid=thread-status][data-stored=true]').waitFor();
    // As the sweep does: back to the list before the next one.
    await page.evaluate(() => (location.hash = '#inbox'));
    await page.locator('h2[data-legacy-thread-id]').waitFor({ state: 'detached' });
  };
  const taskMs = await taskClock(page);
  for (const id of ids.slice(0, WARM)) await open(id);
  const before = await taskMs();
  for (const id of ids.slice(WARM, WARM + MEASURED)) await open(id);
  const ms = (await taskMs()) - before;
  await page.close();
  return ms / MEASURED;
}

/** The sweep in its own tab: its main-thread time over MEASURED conversations. */
async function bySweep(
  context: BrowserContext,
): Promise<{ perConversation: number; total: number }> {
  const id = await extensionId(context);
  const tab = new Promise<Page>((resolve) =>
    context.on('page', (page) => {
      void page.waitForLoadState('domcontentloaded').then(async () => {
        // The extension's first request escapes Playwright's routes: load it again, served.
        if (page.url().startsWith('chrome-error:')) await page.goto(`${URL}#inbox`);
        if (page.url().startsWith(URL)) resolve(page);
      });
    }),
  );
  const starter = await context.newPage();
  await starter.goto(`chrome-extension://${id}/popup.html`);
  await starter.getByTestId('sweep-start').click();
  const progress = starter.getByTestId('sweep-progress');
  const page = await tab;
  const done = async () => Number(await progress.getAttribute('data-done'));
  const waitDone = async (n: number) => {
    while ((await done()) < n) await starter.waitForTimeout(100);
  };
  const taskMs = await taskClock(page);
  await waitDone(WARM);
  const before = await taskMs();
  const from = await done();
  const total = Number(await progress.getAttribute('data-total'));
  await waitDone(from + MEASURED);
  const ms = (await taskMs()) - before;
  await starter.getByTestId('sweep-cancel').click();
  return { perConversation: ms / ((await done()) - from), total };
}

export default async function sweepBench(): Promise<void> {
  const context = await launchBrowser({ headless: true });
  try {
    await serveDemo(context);
    const ids = Array.from(
      { length: 30 },
      (_, i) => `18f1a2b3c4d5e6${String(i + 1).padStart(2, '0')}`,
    );
    const hand = await byHand(context, ids);
    const sweep = await bySweep(context);
    console.log(
      `by hand: ${hand.toFixed(1)} ms main-thread time per conversation (${MEASURED} conversations)`,
    );
    console.log(
      `sweep:   ${sweep.perConversation.toFixed(1)} ms main-thread time per conversation (of ${sweep.total} found by the search)`,
    );
    console.log(
      `ratio sweep / by hand: ${(sweep.perConversation / hand).toFixed(2)} (target <= 1.5)`,
    );
  } finally {
    await context.close();
  }
}
