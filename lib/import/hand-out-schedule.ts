/**
 * Which conversations a flush hands out. A new one at once. One handed out before only once it
 * has grown by a quarter, or has absorbed another (whose id it retires), and at the end of the
 * import in any case. Each hand-out reads the whole conversation back from the spool and has it
 * analysed again: a long conversation gaining a message at every flush would cost n²/2 message
 * reads; growing by a quarter between hand-outs, it costs at most 6n (5n, then the last whole).
 */
import { threadId } from './thread-builder';
import type { ThreadState } from './thread-state';

const GROWTH = 1.25;

const own = (t: ThreadState) => t.buckets[0]!;

export class HandOutSchedule {
  /** Own bucket of each conversation handed out -> its message count then. */
  private readonly handedOut = new Map<number, number>();
  private readonly dirty = new Set<ThreadState>();
  private readonly merged = new Set<ThreadState>();
  private replaced: ThreadState[] = [];

  /** Conversations handed out (and not merged into another since). */
  get count(): number {
    return this.handedOut.size;
  }

  changed(thread: ThreadState, absorbed: readonly ThreadState[]): void {
    this.dirty.add(thread);
    if (absorbed.length === 0) return;
    this.merged.add(thread);
    this.replaced.push(...absorbed);
  }

  /**
   * The conversations due now among those changed (`wanted`: still live and the owner's), and
   * the ids of handed-out ones that merged away. `final`: every changed one is due.
   */
  take(
    wanted: (t: ThreadState) => boolean,
    final: boolean,
  ): { ready: ThreadState[]; replacedIds: string[] } {
    const ready: ThreadState[] = [];
    for (const t of this.dirty) {
      const last = this.handedOut.get(own(t));
      const due =
        final || last === undefined || this.merged.has(t) || t.messageCount >= last * GROWTH;
      if (!wanted(t) || due) this.dirty.delete(t);
      if (wanted(t) && due) ready.push(t);
    }
    this.merged.clear();
    const gone = this.replaced.filter((t) => this.handedOut.has(own(t)));
    this.replaced = [];
    ready.forEach((t) => this.handedOut.set(own(t), t.messageCount));
    gone.forEach((t) => this.handedOut.delete(own(t)));
    return { ready, replacedIds: gone.map(threadId) };
  }
}
