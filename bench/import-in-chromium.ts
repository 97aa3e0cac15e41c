/**
 * The import as the extension runs it: the built extension in Chromium, a generated mbox
 * picked in its import page, parsed in the import worker, messages spooled to real IndexedDB,
 * conversations stored and analysed by the background as they come. Reports MB/s and the JS
 * heap of the import worker (all of it: it starts with the import) and of the page (above its
 * start), each sampled every 2 s after a forced collection (CDP). The background's own memory
 * is not measured here.
 */
import { execSync } from 'node:child_process';
import { statSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { extensionId, launchBrowser } from '../scripts/launch-browser';

const SAMPLE_EVERY_MS = 2000;

async function usedHeap(send: (method: string) => Promise<unknown>): Promise<number> {
  await send('HeapProfiler.collectGarbage');
  return ((await send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

/** The page's dedicated workers, reached through the page's CDP session (Playwright has no CDP for workers). */
function workerSessions(cdp: CDPSession) {
  const replies = new Map<number, (result: unknown) => void>();
  const sessions: string[] = [];
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') sessions.push(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (reply.id) replies.get(reply.id)?.(reply.result);
  });
  const sendTo = (sessionId: string) => (method: string) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      replies.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params: {} }),
      });
    });
  return { latest: () => (sessions.length ? sendTo(sessions.at(-1)!) : undefined) };
}

async function heapSamplers(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const workers = workerSessions(cdp);
  return {
    page: () => usedHeap((method) => cdp.send(method as 'Runtime.getHeapUsage')),
    worker: async () => {
      const send = workers.latest();
      return send ? usedHeap(send) : undefined;
    },
  };
}

export interface ChromiumImport {
  mbPerSecond: number;
  /** Peak growth of the page's heap over its start. */
  peakPageHeap: number;
  /** Peak of the worker's whole heap. */
  peakWorkerHeap: number;
  /** Tasks over 50 ms on the page's main thread during the import (it stays responsive). */
  longTasks: number[];
  conversations: string;
  spoolsLeft: number;
}

/** Imports `mboxPath` (whose owner is `ownerFixture`'s) in a fresh profile. */
export async function importInChromium(
  mboxPath: string,
  ownerFixture: string,
): Promise<ChromiumImport> {
  execSync('npx wxt build', { stdio: 'ignore' });
  const context = await launchBrowser({ headless: true });
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${await extensionId(context)}/import.html`);
    const input = page.locator('input[type=file][data-testid=import-file]');
    // A small export first, to confirm the owner: the large one is then stored as it is read.
    await input.setInputFiles(ownerFixture);
    await page.getByTestId('import-owner-confirm').click();
    await page.getByTestId('import-summary').waitFor();

    // Long tasks block the page: clicks and the progress bar wait for them.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = seen;
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => seen.push(e.duration)),
      ).observe({ type: 'longtask' });
    });
    const heap = await heapSamplers(context, page);
    const pageBase = await heap.page();
    let [peakPage, peakWorker] = [0, 0];
    const started = performance.now();
    await input.setInputFiles(mboxPath);
    await page.getByRole('progressbar').waitFor();
    let done = false;
    const finished = page
      .getByTestId('import-summary')
      .waitFor({ timeout: 900_000 })
      .finally(() => (done = true));
    while (!done) {
      await new Promise((r) => setTimeout(r, SAMPLE_EVERY_MS));
      if (done) break;
      peakPage = Math.max(peakPage, (await heap.page()) - pageBase);
      peakWorker = Math.max(peakWorker, (await heap.worker()) ?? 0);
    }
    await finished;
    const seconds = (performance.now() - started) / 1000;
    const longTasks = await page.evaluate(
      () => (window as unknown as { longTasks: number[] }).longTasks,
    );
    const spoolsLeft = await page.evaluate(
      async () =>
        (await indexedDB.databases()).filter((d) => d.name?.startsWith('unghost-import-spool-'))
          .length,
    );
    return {
      mbPerSecond: statSync(mboxPath).size / 1_048_576 / seconds,
      peakPageHeap: peakPage,
      peakWorkerHeap: peakWorker,
      longTasks,
      conversations: (await page.getByTestId('import-summary-threads').textContent()) ?? '',
      spoolsLeft,
    };
  } finally {
    await context.close();
  }
}
