/**
 * Conversations by normalised subject, for messages that name no message already read: a
 * reply joins the most recent conversation of its subject that both its ends were part of; an
 * original read after its replies joins the conversation those replies started.
 *
 * Found through an index by subject and address, not by going through every conversation of
 * the subject: an export can hold thousands of invoices titled "Invoice", the owner's address
 * in each, and looking at all of them for every message took the square of that.
 */
import { hasAddress } from './address-set';
import { detached } from './detached-string';
import { hashPair } from './message-ids';
import type { ParsedMessage } from './parse-message';
import type { ThreadState } from './thread-state';

/** One conversation, mostly; a Set only when several share the key. */
type Entry = ThreadState | Set<ThreadState>;

function put<K>(map: Map<K, Entry>, key: K, thread: ThreadState): void {
  const entry = map.get(key);
  if (entry === undefined) map.set(key, thread);
  else if (entry instanceof Set) entry.add(thread);
  else if (entry !== thread) map.set(key, new Set([entry, thread]));
}

function take<K>(map: Map<K, Entry>, key: K, thread: ThreadState): void {
  const entry = map.get(key);
  if (entry === thread) map.delete(key);
  else if (entry instanceof Set) {
    entry.delete(thread);
    if (entry.size === 1) map.set(key, entry.values().next().value!);
  }
}

const sizeOf = (entry: Entry | undefined) =>
  entry === undefined ? 0 : entry instanceof Set ? entry.size : 1;
const each = (entry: Entry | undefined): Iterable<ThreadState> =>
  entry === undefined ? [] : entry instanceof Set ? entry : [entry];

/**
 * (subject, address) as a small integer: the index keeps no string per pair. Two pairs sharing
 * it only add a candidate, which is checked against the conversation itself.
 */
function endKey(subjectKey: string, address: string): number {
  const pair = hashPair(`${subjectKey}\n${address}`);
  return (pair[0]! ^ pair[1]!) & 0x3fffffff;
}

export class SubjectIndex {
  /** Live conversations by subject. */
  private readonly bySubject = new Map<string, Entry>();
  /** Live conversations by subject and participant (endKey). */
  private readonly byEnd = new Map<number, Entry>();

  /** The subject as its conversations share it: one string per subject, not one per conversation. */
  shared(subjectKey: string): string {
    const first = each(this.bySubject.get(subjectKey))[Symbol.iterator]().next();
    return first.done ? detached(subjectKey) : first.value.subjectKey;
  }

  add(thread: ThreadState): void {
    if (!thread.subjectKey) return;
    put(this.bySubject, thread.subjectKey, thread);
    this.joined(thread, thread.participants);
  }

  /** Addresses that have just become participants of a live conversation. */
  joined(thread: ThreadState, addresses: Iterable<string>): void {
    if (!thread.subjectKey) return;
    for (const address of addresses) put(this.byEnd, endKey(thread.subjectKey, address), thread);
  }

  remove(thread: ThreadState): void {
    if (!thread.subjectKey) return;
    take(this.bySubject, thread.subjectKey, thread);
    for (const address of thread.participants)
      take(this.byEnd, endKey(thread.subjectKey, address), thread);
  }

  match(p: ParsedMessage): ThreadState | undefined {
    if (!p.subjectKey) return undefined;
    const when = Date.parse(p.message.date);
    const candidates = this.candidates(p);
    if (!p.isReply) return candidates.find((t) => t.startedByReply && t.earliest >= when);
    const before = candidates.filter((t) => t.earliest <= when);
    return (before.length ? before : candidates).sort((a, b) => b.earliest - a.earliest)[0];
  }

  /**
   * Conversations of the subject with both ends of the message in them, its sender and one of
   * its recipients (the owner is in every conversation, so one shared address proves nothing),
   * oldest first. Reached from whichever end has fewer conversations.
   */
  private candidates(p: ParsedMessage): ThreadState[] {
    const key = p.subjectKey;
    const m = p.message;
    const from = m.from.email.toLowerCase();
    const recipients = [...(m.to ?? []), ...(m.cc ?? [])].map((a) => a.email.toLowerCase());
    const fromEntry = this.byEnd.get(endKey(key, from));
    if (fromEntry === undefined || recipients.length === 0) return [];
    const recipientEntries = recipients.map((r) => this.byEnd.get(endKey(key, r)));
    const viaRecipients = recipientEntries.reduce((n, e) => n + sizeOf(e), 0);
    const found = new Set<ThreadState>();
    const ours = (t: ThreadState, address: string) =>
      t.subjectKey === key && hasAddress(t.participants, address);
    if (sizeOf(fromEntry) * recipients.length <= viaRecipients) {
      for (const t of each(fromEntry))
        if (ours(t, from) && recipients.some((r) => hasAddress(t.participants, r))) found.add(t);
    } else {
      recipientEntries.forEach((entry, i) => {
        for (const t of each(entry))
          if (!found.has(t) && ours(t, recipients[i]!) && hasAddress(t.participants, from))
            found.add(t);
      });
    }
    // Creation order, as the conversations of a subject were listed: it settles ties.
    return [...found].sort((a, b) => a.buckets[0]! - b.buckets[0]!);
  }
}
