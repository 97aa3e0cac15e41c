/**
 * Import throughput and memory on a generated 200 MB mbox (IMPORT_BENCH_MB=600 for a larger
 * one), streamed from disk through the same splitter + postal-mime parser + threading + spool
 * the extension runs. Figures are from this run only: MB/s of the whole pipeline against the
 * splitter alone (the floor of reading the file), and peak memory against the file size.
 * Bounded memory means the peak stays flat as the file grows: compare the two sizes.
 *
 * The spool is a temporary file here (import-file-spool.ts), not IndexedDB: Node has no real
 * IndexedDB, and fake-indexeddb would keep every message in the heap being measured. The real
 * thing runs after it: the built extension in Chromium on a 50 MB mbox (IMPORT_BENCH_BROWSER_MB,
 * 0 to skip), import-in-chromium.ts.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importMailbox, type MailboxFile } from '../lib/import/import-mailbox';
import { FileSpool } from './import-file-spool';
import { importInChromium } from './import-in-chromium';
import { generateMbox, OWNER } from './import-mbox-generator';
import { splitMbox } from '../lib/import/mbox-splitter';
import { readChunks } from '../lib/import/read-chunks';

const TARGET_BYTES = Number(process.env.IMPORT_BENCH_MB ?? 200) * 1_048_576;
/** The same pipeline in Chromium, on a smaller file (it runs at a fraction of Node's speed); 0 skips it. */
const BROWSER_BYTES = Number(process.env.IMPORT_BENCH_BROWSER_MB ?? 50) * 1_048_576;

function fileFrom(path: string): MailboxFile {
  return {
    name: 'bench.mbox',
    size: statSync(path).size,
    stream: () =>
      Readable.toWeb(
        createReadStream(path, { highWaterMark: 1 << 20 }),
      ) as unknown as ReadableStream<Uint8Array>,
  };
}

// A forced collection before each live-heap sample: what the import holds, not its garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Peak RSS (what the OS sees, garbage included) and peak live heap (sampled after a GC). */
function peakMemory() {
  gc();
  const base = process.memoryUsage();
  let rss = 0;
  let live = 0;
  const timer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss - base.rss)), 20);
  return {
    sampleLive: () => {
      gc();
      live = Math.max(live, process.memoryUsage().heapUsed - base.heapUsed);
    },
    stop: () => (clearInterval(timer), { rss, live }),
  };
}

const mb = (bytes: number) => bytes / 1_048_576;

export default async function importBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'unghost-import-bench-'));
  const path = join(dir, 'bench.mbox');
  try {
    const { bytes, conversations } = generateMbox(path, TARGET_BYTES);
    let t0 = performance.now();
    let messages = 0;
    for await (const _m of splitMbox(readChunks(fileFrom(path).stream()))) messages++;
    const splitSeconds = (performance.now() - t0) / 1000;

    const spool = new FileSpool(join(dir, 'spool.bin'));
    const memory = peakMemory();
    let threads = 0;
    let batches = 0;
    t0 = performance.now();
    const report = await importMailbox([fileFrom(path)], {
      owner: { emails: [OWNER] },
      spool,
      onThreads: (batch) => {
        threads += batch.threads.length;
        if (++batches % 10 === 0) memory.sampleLive();
      },
    });
    const importSeconds = (performance.now() - t0) / 1000;
    memory.sampleLive();
    const peak = memory.stop();

    console.log(
      `generated mbox:        ${mb(bytes).toFixed(0)} MB, ${messages} messages, ${conversations} conversations`,
    );
    console.log(`splitter alone:        ${(mb(bytes) / splitSeconds).toFixed(1)} MB/s`);
    console.log(
      `full import:           ${(mb(bytes) / importSeconds).toFixed(1)} MB/s (${(importSeconds / splitSeconds).toFixed(1)}x the splitter's time)`,
    );
    console.log(
      `threads handed out:    ${report.threads} (${threads} in batches), problems: ${report.problems.length}`,
    );
    console.log(
      `peak extra RSS:        ${mb(peak.rss).toFixed(0)} MB = ${(peak.rss / bytes).toFixed(2)} of the file size`,
    );
    console.log(
      `peak live heap:        ${mb(peak.live).toFixed(1)} MB = ${(peak.live / bytes).toFixed(3)} of the file size, ${(peak.live / messages).toFixed(0)} bytes per message`,
    );
    console.log(
      `spool (file, bench only): ${mb(spool.bytesWritten).toFixed(0)} MB written, ${mb(spool.bytesRead).toFixed(0)} MB read back`,
    );

    if (BROWSER_BYTES > 0) {
      const small = join(dir, 'browser.mbox');
      const generated = generateMbox(small, BROWSER_BYTES);
      const run = await importInChromium(
        small,
        join(import.meta.dirname, '../tests/fixtures/import/takeout.mbox'),
      ).catch((error: unknown) => {
        // A build broken by work in progress elsewhere, or no Chromium: the Node figures stand.
        console.log(
          `in Chromium: not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
        );
        return undefined;
      });
      if (run) {
        console.log(
          `in Chromium (built extension, import worker, IndexedDB spool, stored by the background as read), ${mb(generated.bytes).toFixed(0)} MB:`,
        );
        console.log(
          `  import:              ${run.mbPerSecond.toFixed(1)} MB/s; ${run.conversations}; spools left: ${run.spoolsLeft}`,
        );
        console.log(
          `  worker JS heap:      peak ${mb(run.peakWorkerHeap).toFixed(1)} MB, all of it (after GC, every 2 s)`,
        );
        console.log(
          `  page JS heap:        peak ${mb(run.peakPageHeap).toFixed(1)} MB above its start`,
        );
        console.log(
          `  page long tasks:     ${run.longTasks.length} over 50 ms, longest ${Math.max(0, ...run.longTasks).toFixed(0)} ms`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
