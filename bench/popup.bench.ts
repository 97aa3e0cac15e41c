/**
 * The popup with 1,000 tracked threads, in real Chromium with the built extension (needs
 * `npx wxt build` first, as the e2e tests do). Measures time from navigation start to the first
 * frame that shows the list: with an empty store (the empty state: page, scripts, one message
 * round trip to the background) and with 1,000 threads, and reports the ratio of the two; and
 * the cost of the totals and the ageing chart as the ratio of the popup with them to the list
 * alone (popup.html?list-only), in the same profile.
 * Target: 100 ms to first render with 1,000 threads. Nothing is asserted.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { analyzeThread, type MailThread } from '../lib/core/index';
import { exportBackup } from '../lib/storage/backup';
import { openDatabase } from '../lib/storage/database';
import { trackThread } from '../lib/storage/thread-store';
import { extensionId, launchBrowser } from '../scripts/launch-browser';

const THREADS = 1000;
const ROUNDS = 11;
const DAY = 86_400_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** 1,000 invoice threads: the labelled fixtures, re-numbered and moved back in time by 0-59 days. */
async function backupOfThousandThreads(): Promise<string> {
  const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'threads');
  const fixtures = readdirSync(dir)
    .map(
      (f) =>
        JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
          now: string;
          thread: MailThread;
          expect: { status: string };
        },
    )
    .filter((f) => f.expect.status !== 'not_invoice');
  const db = await openDatabase(`bench-${Date.now()}`);
  const now = new Date('2026-11-20T10:00:00+01:00');
  for (let i = 0; i < THREADS; i++) {
    const { thread } = fixtures[i % fixtures.length]!;
    const shift = (i % 60) * DAY;
    const copy: MailThread = {
      ...thread,
      id: `${thread.id}-${i}`,
      messages: thread.messages.map((m) => ({
        ...m,
        date: new Date(new Date(m.date).getTime() - shift).toISOString(),
      })),
    };
    await trackThread(db, { thread: copy, link: '' }, now, (t, opts) => analyzeThread(t, opts));
  }
  return JSON.stringify(await exportBackup(db, now));
}

interface FirstRender {
  /** Milliseconds from navigation start to the first frame showing rows or the empty state. */
  frame: number;
  /** When React put the first rows into the page. */
  committed: number;
  /** When what the first frame shows was read from the store (performance marks set by the popup). */
  loaded: number;
  rows: number;
  /** Ageing bars in that frame (0 for the list alone). */
  bars: number;
}

async function timeToFirstRender(page: Page, url: string): Promise<FirstRender> {
  await page.goto(url);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  return page.evaluate<FirstRender>(`new Promise((resolve) => {
    const seen = () => document.querySelector('[data-testid=thread-row], [data-testid=empty-state]');
    const done = () => {
      const rows = document.querySelectorAll('[data-testid=thread-row]').length;
      const bars = document.querySelectorAll('[data-testid=ageing-bar]').length;
      const committed = performance.now();
      requestAnimationFrame(() => resolve({
        committed,
        frame: performance.now(),
        loaded: (performance.getEntriesByName('unghost:first-page-loaded')[0] ?? performance.getEntriesByName('unghost:threads-loaded')[0])?.startTime ?? NaN,
        rows,
        bars,
      }));
    };
    if (seen()) return done();
    new MutationObserver((_m, observer) => {
      if (seen()) { observer.disconnect(); done(); }
    }).observe(document.body, { childList: true, subtree: true });
  })`);
}

async function openPopup(context: BrowserContext) {
  const url = `chrome-extension://${await extensionId(context)}/popup.html`;
  const page = await context.newPage();
  await page.goto(url);
  return { page, url };
}

const summary = (runs: FirstRender[]) => {
  const warm = runs.slice(1); // the first load warms the disk cache
  return {
    frame: median(warm.map((r) => r.frame)),
    committed: median(warm.map((r) => r.committed)),
    loaded: median(warm.map((r) => r.loaded)),
    rows: warm[0]!.rows,
    bars: warm[0]!.bars,
  };
};

export default async function popupBench(): Promise<void> {
  const backup = await backupOfThousandThreads();
  // Two profiles side by side, measured in alternation, so that both see the same machine load.
  const emptyContext = await launchBrowser({ headless: true });
  const fullContext = await launchBrowser({ headless: true });
  try {
    const empty = await openPopup(emptyContext);
    const full = await openPopup(fullContext);
    const imported = await full.page.evaluate(
      (text) =>
        chrome.runtime.sendMessage({
          id: 1,
          type: 'importBackup',
          data: { text },
          timestamp: Date.now(),
        }),
      backup,
    );
    // A seeding that failed would time an empty list as if it held 1,000 threads.
    if (imported.err !== undefined)
      throw new Error(`the 1,000 threads could not be seeded: ${JSON.stringify(imported.err)}`);
    const runs = {
      empty: [] as FirstRender[],
      full: [] as FirstRender[],
      listOnly: [] as FirstRender[],
    };
    for (let i = 0; i < ROUNDS; i++) {
      runs.empty.push(await timeToFirstRender(empty.page, empty.url));
      runs.full.push(await timeToFirstRender(full.page, full.url));
      runs.listOnly.push(await timeToFirstRender(full.page, `${full.url}?list-only`));
    }
    const e = summary(runs.empty);
    const f = summary(runs.full);
    const l = summary(runs.listOnly);
    if (f.rows === 0 || f.bars === 0)
      throw new Error('the seeded popup showed no rows or no ageing bars in its first frame');
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(
      `seeded: ${JSON.stringify(imported.res ?? imported.err)}; rows in the first frame: ${f.rows}, ageing bars: ${f.bars} (list alone: ${l.bars})`,
    );
    const line = (r: typeof e) =>
      `first frame ${ms(r.frame)} (list read ${ms(r.loaded)}, rows in page ${ms(r.committed)})`;
    console.log(`empty store: ${line(e)}, medians of ${ROUNDS - 1}`);
    console.log(`${THREADS} threads: ${line(f)}; target <= 100 ms`);
    console.log(`${THREADS} threads, list alone: ${line(l)}`);
    console.log(`ratio ${THREADS} threads / empty store: ${(f.frame / e.frame).toFixed(2)}`);
    console.log(
      `ratio with totals and ageing chart / list alone: ${(f.frame / l.frame).toFixed(2)} (rows in page ${(f.committed / l.committed).toFixed(2)})`,
    );
  } finally {
    await Promise.all([emptyContext.close(), fullContext.close()]);
  }
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ res?: unknown; err?: unknown }> };
};
