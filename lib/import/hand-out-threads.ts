/**
 * Conversations leave the import here: read back from the spool and handed out in batches
 * bounded by their message count, so that a batch of long conversations never piles up in
 * memory. A single conversation is always whole: the analysis needs all of it.
 */
import { toImportedThread, type ImportedThread, type Owner } from './imported-thread';
import type { SpoolBuffer } from './spool-buffer';
import type { ThreadState } from './thread-state';

export interface ImportBatch {
  threads: ImportedThread[];
  /** Threads handed out earlier that have since merged into one of `threads`. */
  replacedIds: string[];
}

export type OnThreads = (batch: ImportBatch) => Promise<void> | void;

const BATCH_THREADS = 100;
const BATCH_MESSAGES = 2000;

export async function handOutThreads(
  threads: readonly ThreadState[],
  spool: SpoolBuffer,
  owner: Owner,
  onThreads: OnThreads | undefined,
  replacedIds: string[] = [],
): Promise<void> {
  let replaced = replacedIds;
  let i = 0;
  while (i < threads.length || replaced.length > 0) {
    const part: ThreadState[] = [];
    let messages = 0;
    while (
      i < threads.length &&
      part.length < BATCH_THREADS &&
      (part.length === 0 || messages + threads[i]!.messageCount <= BATCH_MESSAGES)
    ) {
      messages += threads[i]!.messageCount;
      part.push(threads[i++]!);
    }
    const read = part.length > 0 ? await spool.read(part.map((t) => t.buckets)) : [];
    await onThreads?.({
      threads: part.map((t, k) => toImportedThread(t, read[k]!, owner)),
      replacedIds: replaced,
    });
    replaced = [];
  }
}
