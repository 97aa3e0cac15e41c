/**
 * An import that does not know its owner yet (no address in the settings, or none of them in
 * this export) keeps its conversations here until the person says who they are: compact
 * states in memory, their messages in the spool, which is cleared once they are handed out.
 */
import { handOutThreads, type OnThreads } from './hand-out-threads';
import { isOwnerThread, type Owner } from './imported-thread';
import type { SpoolBuffer } from './spool-buffer';
import type { ThreadState } from './thread-state';

export interface PendingThreads {
  threads: readonly ThreadState[];
  spool: SpoolBuffer;
}

/** Hands out the owner's conversations, read back from the spool; returns how many. */
export async function assignOwner(
  pending: PendingThreads,
  owner: Owner,
  onThreads: OnThreads,
): Promise<number> {
  try {
    const mine = pending.threads.filter((t) => isOwnerThread(t, owner));
    await handOutThreads(mine, pending.spool, owner, onThreads);
    return mine.length;
  } finally {
    await pending.spool.clear();
  }
}

/** The person turned the import down: nothing is stored, the spool is cleared. */
export function discardPending(pending: PendingThreads): Promise<void> {
  return pending.spool.clear();
}
