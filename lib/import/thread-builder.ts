/**
 * Groups parsed messages into conversations: by Message-ID / References / In-Reply-To and the
 * mail system's conversation ids first (in any order: a reply may come before its original in
 * the file), then, for messages that name no known one, by normalised subject between the
 * same people.
 *
 * Only what grouping needs stays in memory: a compact state per conversation and a hashed
 * index of the message ids. The messages themselves go to the spool, filed under their
 * conversation's bucket, and are read back when the conversation is handed out.
 */
import { withNew } from './address-set';
import { detached } from './detached-string';
import { IdIndex } from './id-index';
import { stableHash } from './message-ids';
import type { ParsedMessage } from './parse-message';
import type { SpoolBuffer } from './spool-buffer';
import { SubjectIndex } from './subject-index';
import type { ThreadState } from './thread-state';

export type AddResult =
  | { kind: 'added'; thread: ThreadState; absorbed: ThreadState[] }
  | { kind: 'duplicate' }
  | { kind: 'ignored' };

/** `import:<hash of the root Message-ID>`: the same export gives the same ids every time. */
export function threadId(state: Pick<ThreadState, 'rootMessageId'>): string {
  return `import:${stableHash(state.rootMessageId)}`;
}

/** Index values: the thread's number, shifted, and whether this id's own message was read. */
const SEEN = 1;

export class ThreadBuilder {
  private readonly index = new IdIndex();
  /** By its own bucket number: a live conversation, or the number of the one it went into. */
  private readonly numbered: (ThreadState | number)[] = [];
  private readonly bySubject = new SubjectIndex();
  /** Each address once: conversations share the strings instead of holding copies. */
  private readonly addresses = new Map<string, string>();

  constructor(private readonly spool: SpoolBuffer) {}

  *threads(): Generator<ThreadState> {
    for (const t of this.numbered) if (typeof t === 'object') yield t;
  }

  /** Still a conversation of its own (not absorbed into another since). */
  isLive(thread: ThreadState): boolean {
    return this.numbered[thread.buckets[0]!] === thread;
  }

  /** Bytes of the id index: the part of the memory that grows with every message. */
  get indexBytes(): number {
    return this.index.bytes;
  }

  add(p: ParsedMessage): AddResult {
    const mine = this.index.get(p.messageId);
    if (mine !== undefined && mine & SEEN) return { kind: 'duplicate' };
    const ids = [p.messageId, ...p.parentIds, ...p.conversationKeys];
    // In the order their ids come; a Set, as a message may name thousands.
    const found = new Set<ThreadState>();
    for (const id of ids) {
      const value = this.index.get(id);
      if (value !== undefined) found.add(this.resolve(value >> 1));
    }
    const linked = [...found];
    if (linked.length === 0) {
      const bySubject = this.bySubject.match(p);
      if (bySubject) linked.push(bySubject);
    }
    // A newsletter joins a conversation only when it names one; alone it is not worth keeping.
    if (linked.length === 0 && p.isBulk) return { kind: 'ignored' };

    const thread = linked[0] ?? this.create(p);
    const absorbed = linked.slice(1);
    if (absorbed.length > 0) this.absorb(thread, absorbed);
    const m = p.message;
    thread.messageCount++;
    thread.earliest = Math.min(thread.earliest, Date.parse(m.date));
    thread.senders = withNew(thread.senders, [this.intern(m.from.email.toLowerCase())]).set;
    const { set, added } = withNew(
      thread.participants,
      [m.from, ...(m.to ?? []), ...(m.cc ?? [])].map((a) => this.intern(a.email.toLowerCase())),
    );
    thread.participants = set;
    this.bySubject.joined(thread, added);
    if (p.webmail) thread.webmail ??= p.webmail;
    if (p.gmailThreadId) thread.gmailThreadId ??= detached(p.gmailThreadId);
    this.spool.add(thread.buckets[0]!, m);
    const number = thread.buckets[0]! << 1;
    for (const id of ids)
      this.index.set(
        id,
        id === p.messageId ? number | SEEN : number | ((this.index.get(id) ?? 0) & SEEN),
      );
    return { kind: 'added', thread, absorbed };
  }

  /** The live conversation a number stands for, following merges (and shortening the path). */
  private resolve(number: number): ThreadState {
    let at = this.numbered[number]!;
    while (typeof at === 'number') at = this.numbered[at]!;
    if (this.numbered[number] !== at) this.numbered[number] = at.buckets[0]!;
    return at;
  }

  private intern(address: string): string {
    let shared = this.addresses.get(address);
    if (shared === undefined) {
      shared = detached(address);
      this.addresses.set(shared, shared);
    }
    return shared;
  }

  private create(p: ParsedMessage): ThreadState {
    const rootMessageId = detached(p.parentIds[0] ?? p.messageId);
    const thread: ThreadState = {
      rootMessageId,
      subjectKey: this.bySubject.shared(p.subjectKey),
      buckets: [this.numbered.length],
      messageCount: 0,
      participants: [],
      senders: [],
      earliest: Infinity,
      startedByReply: p.isReply && p.parentIds.length === 0,
    };
    this.numbered.push(thread);
    this.bySubject.add(thread);
    return thread;
  }

  /** Joins the others into `into`: bucket lists are concatenated (at once), no message moves. */
  private absorb(into: ThreadState, others: readonly ThreadState[]): void {
    into.buckets = into.buckets.concat(...others.map((o) => o.buckets));
    for (const other of others) {
      into.messageCount += other.messageCount;
      into.earliest = Math.min(into.earliest, other.earliest);
      const { set, added } = withNew(into.participants, other.participants);
      into.participants = set;
      this.bySubject.joined(into, added);
      into.senders = withNew(into.senders, other.senders).set;
      into.webmail ??= other.webmail;
      into.gmailThreadId ??= other.gmailThreadId;
      this.numbered[other.buckets[0]!] = into.buckets[0]!;
      this.bySubject.remove(other);
    }
  }
}
