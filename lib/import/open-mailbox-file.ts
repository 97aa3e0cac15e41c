/**
 * Opens one picked file: reads its first KiB to tell the format, then streams its messages
 * through the splitter, reporting the bytes read as they go. A file that is not mail is turned
 * away here, before any parsing.
 */
import { sniffMailboxFormat } from './mailbox-format';
import { splitMbox, type RawMessage } from './mbox-splitter';
import { readChunks } from './read-chunks';

/** What the picker gives (a File), or anything shaped like it (tests, the bench). */
export interface MailboxFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
}

export type OpenedFile =
  | { messages: AsyncGenerator<RawMessage> }
  | { skipped: 'binary' | 'not-mail' | 'read-error' }
  | { empty: true };

const HEAD_BYTES = 1024;

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Rejects only when the signal aborts; every other failure is an answer. */
export async function openMailboxFile(
  file: MailboxFile,
  signal: AbortSignal | undefined,
  onBytes: (bytes: number, force: boolean) => void,
): Promise<OpenedFile> {
  const chunks = readChunks(file.stream(), signal);
  // Small chunks are gathered until there is enough to tell the format.
  const head: Uint8Array[] = [];
  try {
    let headBytes = 0;
    while (headBytes < HEAD_BYTES) {
      const next = await chunks.next();
      if (next.done) break;
      head.push(next.value);
      headBytes += next.value.byteLength;
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    return { skipped: 'read-error' };
  }
  if (head.length === 0) return { empty: true };
  const format = sniffMailboxFormat(concatBytes(head));
  if (format === 'binary' || format === 'not-mail') {
    await chunks.return(undefined);
    return { skipped: format };
  }
  async function* counted() {
    for (const chunk of head) {
      onBytes(chunk.byteLength, false);
      yield chunk;
    }
    onBytes(0, true);
    for await (const chunk of chunks) {
      onBytes(chunk.byteLength, false);
      yield chunk;
    }
  }
  return { messages: splitMbox(counted(), { mode: format === 'mbox' ? 'mbox' : 'single' }) };
}
