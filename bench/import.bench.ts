/**
 * Import throughput and memory on a generated 200 MB mbox (IMPORT_BENCH_MB=600 for a larger
 * one), streamed from disk through the same splitter + postal-mime parser + threading + spool
 * the extension runs. Figures are from this run only: MB/s of the whole pipeline against the
 * splitter alone (the floor of reading the file), and peak memory against the file size.
 * Bounded memory means the peak stays flat as the file grows: compare the two sizes.
 *
 * The spool is a temporary file here (import-file-spool.ts), not IndexedDB: Node has no real
 * IndexedDB, and fake-indexeddb would keep every message in the heap being measured.
 */
import { createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importMailbox, type MailboxFile } from '../lib/import/import-mailbox';
import { FileSpool } from './import-file-spool';
import { splitMbox } from '../lib/import/mbox-splitter';
import { readChunks } from '../lib/import/read-chunks';

const TARGET_BYTES = Number(process.env.IMPORT_BENCH_MB ?? 200) * 1_048_576;
const OWNER = 'anna@schmidt-design.de';

function attachment(seed: number, bytes: number): string {
  const raw = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) raw[i] = (seed * 31 + i * 7) & 0xff;
  return raw.toString('base64').replace(/.{76}/g, '$&\n');
}

/** What real mail carries above the fields the import keeps: relays, signatures (about 2 KB). */
function transportHeaders(n: number): string {
  const sig = attachment(n, 256).replace(/\n/g, '\n\t');
  return (
    `Received: from mail-relay${n % 7}.example.net (mail-relay${n % 7}.example.net [192.0.2.${n % 250}])\n\tby mx.schmidt-design.de with ESMTPS id ${n}x${n}\n\tfor <${OWNER}>; Thu, 1 Oct 2026 09:00:01 +0200\n`.repeat(3) +
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=s1; h=from:to:subject:date:message-id;\n\tbh=${sig.slice(0, 44)}=;\n\tb=${sig}\n` +
    `ARC-Seal: i=1; a=rsa-sha256; t=1790000000; cv=none; d=example.net; s=arc; b=${sig}\n`
  );
}

/** One conversation: an invoice (every fourth with a PDF), a customer reply, a reminder. */
function conversation(n: number): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const id = `inv-${n}@schmidt-design.de`;
  const customer = `kunde${n % 500}@example.de`;
  // Every tenth invoice carries a long report in its text (100 KB), as pasted project notes do.
  const notes = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(n % 10 === 5 ? 1800 : 20);
  const body = `Hallo,\n\nanbei die Rechnung RE-${n} über ${(n % 9000) + 100},00 € für das Projekt.\nZahlbar bis ${day}.10.2026. IBAN DE89 3704 0044 0532 0130 00\n\n>From the archive: ${notes}\n`;
  const pdf = n % 4 === 0 ? attachment(n, 45_000) : '';
  const invoice =
    `From ${OWNER} Thu Oct ${day} 09:00:00 2026\n${transportHeaders(n)}Message-ID: <${id}>\nDate: ${day} Oct 2026 09:00:00 +0200\nFrom: Anna Schmidt <${OWNER}>\nTo: <${customer}>\nSubject: Rechnung RE-${n}\nMIME-Version: 1.0\n` +
    (pdf
      ? `Content-Type: multipart/mixed; boundary="b${n}"\n\n--b${n}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n${body}\n--b${n}\nContent-Type: application/pdf; name="RE-${n}.pdf"\nContent-Disposition: attachment; filename="RE-${n}.pdf"\nContent-Transfer-Encoding: base64\n\n${pdf}\n--b${n}--\n\n`
      : `Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n${body}\n`);
  const reply = `From ${customer} Fri Oct ${day} 10:00:00 2026\n${transportHeaders(n + 1)}Message-ID: <r-${id}>\nIn-Reply-To: <${id}>\nReferences: <${id}>\nDate: ${day} Oct 2026 10:00:00 +0200\nFrom: <${customer}>\nTo: <${OWNER}>\nSubject: AW: Rechnung RE-${n}\nContent-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nDanke, wir pr=FCfen die Rechnung.\n\n`;
  const reminder = `From ${OWNER} Mon Nov ${day} 09:00:00 2026\nMessage-ID: <m-${id}>\nReferences: <${id}> <r-${id}>\nDate: ${day} Nov 2026 09:00:00 +0100\nFrom: Anna Schmidt <${OWNER}>\nTo: <${customer}>\nSubject: AW: Rechnung RE-${n}\nContent-Type: text/plain; charset=UTF-8\n\nDarf ich an die Rechnung RE-${n} erinnern?\n\n`;
  return invoice + reply + reminder;
}

function generate(path: string): { bytes: number; conversations: number } {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let n = 0;
  while (bytes < TARGET_BYTES) {
    const buf = Buffer.from(conversation(n++), 'utf8');
    writeSync(fd, buf);
    bytes += buf.length;
  }
  closeSync(fd);
  return { bytes, conversations: n };
}

function fileFrom(path: string): MailboxFile {
  return {
    name: 'bench.mbox',
    size: statSync(path).size,
    stream: () => Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 })) as unknown as ReadableStream<Uint8Array>,
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
    const { bytes, conversations } = generate(path);
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

    console.log(`generated mbox:        ${mb(bytes).toFixed(0)} MB, ${messages} messages, ${conversations} conversations`);
    console.log(`splitter alone:        ${(mb(bytes) / splitSeconds).toFixed(1)} MB/s`);
    console.log(`full import:           ${(mb(bytes) / importSeconds).toFixed(1)} MB/s (${(importSeconds / splitSeconds).toFixed(1)}x the splitter's time)`);
    console.log(`threads handed out:    ${report.threads} (${threads} in batches), problems: ${report.problems.length}`);
    console.log(`peak extra RSS:        ${mb(peak.rss).toFixed(0)} MB = ${(peak.rss / bytes).toFixed(2)} of the file size`);
    console.log(`peak live heap:        ${mb(peak.live).toFixed(1)} MB = ${(peak.live / bytes).toFixed(3)} of the file size, ${(peak.live / messages).toFixed(0)} bytes per message`);
    console.log(`spool (file, bench only): ${mb(spool.bytesWritten).toFixed(0)} MB written, ${mb(spool.bytesRead).toFixed(0)} MB read back`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
