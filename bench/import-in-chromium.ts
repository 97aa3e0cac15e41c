/**
 * The import as the extension runs it: the built extension in Chromium, a generated mbox
 * picked in its import page, messages spooled to the page's real IndexedDB, conversations
 * stored and analysed by the background as they come. Reports MB/s and the import page's JS
 * heap, sampled every 2 s after a forced collection (CDP), against the heap before the import.
 * The background's own memory is not measured here.
 */
import { execSync } from 'node:child_process';
import { statSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { extensionId, launchBrowser } from '../scripts/launch-browser';

const SAMPLE_EVERY_MS = 2000;

async function heapSampler(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  return async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
}

export interface ChromiumImport {
  mbPerSecond: number;
  peakHeap: number;
  conversations: string;
  spoolsLeft: number;
}

/** Imports `mboxPath` (whose owner is `ownerFixture`'s) in a fresh profile. */
export async function importInChromium(mboxPath: string, ownerFixture: string): Promise<ChromiumImport> {
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

    const heap = await heapSampler(context, page);
    const base = await heap();
    let peak = 0;
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
      if (!done) peak = Math.max(peak, (await heap()) - base);
    }
    await finished;
    const seconds = (performance.now() - started) / 1000;
    const spoolsLeft = await page.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith('unghost-import-spool-')).length);
    return {
      mbPerSecond: statSync(mboxPath).size / 1_048_576 / seconds,
      peakHeap: peak,
      conversations: (await page.getByTestId('import-summary-threads').textContent()) ?? '',
      spoolsLeft,
    };
  } finally {
    await context.close();
  }
}
