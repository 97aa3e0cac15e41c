/**
 * The import on exports shaped to make it slow (bench/import-hostile-mail.ts), each at 1x, 2x
 * and 4x its size, through the same pipeline as the `import` bench (splitter, postal-mime,
 * threading, a file spool, hand-out). Printed: time per message read at each size and the
 * ratio 4x/1x, which must stay under 4.5 (work growing with the square of the input makes it
 * about 16 where each message grows, as in "wide Cc" and "MIME parts", and about 4 where the
 * messages multiply, as in "shared subject"; linear work makes it about 4 and 1).
 * For the MIME shape, postal-mime's own time on the same message is printed beside it. Blob is
 * the in-memory one the import worker installs (in-process-blob.ts): Node's own Blob costs
 * postal-mime about 10x more on a message of many parts, which the extension never pays.
 *
 * IMPORT_HOSTILE_BASE scales every size (0.25: a quick look; the 1x sizes are where these
 * shapes were found slow).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { importMailbox, type MailboxFile } from '../lib/import/import-mailbox';
import { installInProcessBlob } from '../lib/import/in-process-blob';
import { FileSpool } from './import-file-spool';
import { HOSTILE_OWNER, HOSTILE_SHAPES, manyParts } from './import-hostile-mail';

const BASE = Number(process.env.IMPORT_HOSTILE_BASE ?? 1);
const SCALES = [1, 2, 4];
const LIMIT = 4.5;

function memoryFile(bytes: Uint8Array): MailboxFile {
  return {
    name: 'hostile.mbox',
    size: bytes.length,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 1 << 20)
            controller.enqueue(bytes.subarray(i, i + (1 << 20)));
          controller.close();
        },
      }),
  };
}

async function timeImport(bytes: Uint8Array, dir: string, run: number) {
  const spool = new FileSpool(join(dir, `spool-${run}.bin`));
  const t0 = performance.now();
  const report = await importMailbox([memoryFile(bytes)], {
    owner: { emails: [HOSTILE_OWNER] },
    spool,
    onThreads: () => undefined,
  });
  return {
    seconds: (performance.now() - t0) / 1000,
    messages: report.messages,
    threads: report.threads,
    problems: report.problems.length,
  };
}

export default async function importHostileBench(): Promise<void> {
  installInProcessBlob();
  const dir = mkdtempSync(join(tmpdir(), 'unghost-import-hostile-'));
  let over = 0;
  let run = 0;
  try {
    for (const shape of HOSTILE_SHAPES) {
      console.log(`\n${shape.name}: ${shape.grows}${BASE === 1 ? '' : ` (sizes x ${BASE})`}`);
      const perMessage: number[] = [];
      for (const scale of SCALES) {
        const bytes = new TextEncoder().encode(shape.mbox(scale * BASE));
        const r = await timeImport(bytes, dir, run++);
        const ms = (r.seconds * 1000) / Math.max(1, r.messages);
        perMessage.push(ms);
        let line = `  ${scale}x: ${(bytes.length / 1_048_576).toFixed(1)} MB, ${r.messages} messages, ${r.threads} conversations, ${r.seconds.toFixed(2)} s, ${ms.toFixed(3)} ms per message`;
        if (shape.name === 'MIME parts') {
          const raw = new TextEncoder().encode(manyParts(scale * BASE).replace(/^From .*\n/, ''));
          const t0 = performance.now();
          await PostalMime.parse(raw, {
            attachmentEncoding: 'arraybuffer',
            rfc822Attachments: true,
          });
          line += ` (postal-mime alone: ${((performance.now() - t0) / 1000).toFixed(2)} s)`;
        }
        console.log(line);
      }
      const ratio = perMessage[2]! / perMessage[0]!;
      if (ratio >= LIMIT) over++;
      console.log(
        `  per message 4x/1x: ${ratio.toFixed(2)} (${ratio < LIMIT ? 'under' : 'OVER'} ${LIMIT}); 2x/1x: ${(perMessage[1]! / perMessage[0]!).toFixed(2)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = over ? 1 : 0;
}
