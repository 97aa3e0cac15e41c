/**
 * Conversations by normalised subject, for messages that name no message already read: a
 * reply joins the most recent conversation of its subject that both its ends were part of; an
 * original read after its replies joins the conversation those replies started.
 */
import type { MailMessage } from '../core/index';
import { detached } from './detached-string';
import type { ParsedMessage } from './parse-message';
import type { ThreadState } from './thread-builder';

/**
 * Matching by subject needs both ends of the message in the conversation: its sender and one
 * of its recipients. The owner is in every conversation, so one shared address proves nothing.
 */
function bothEndsIn(m: MailMessage, t: ThreadState): boolean {
  return t.participants.includes(m.from.email.toLowerCase()) && [...(m.to ?? []), ...(m.cc ?? [])].some((a) => t.participants.includes(a.email.toLowerCase()));
}

export class SubjectIndex {
  /** One conversation per subject, mostly; an array only when several share it. */
  private readonly bySubject = new Map<string, ThreadState | ThreadState[]>();

  /** The subject as its conversations share it: one string per subject, not one per conversation. */
  shared(subjectKey: string): string {
    return this.list(subjectKey)[0]?.subjectKey ?? detached(subjectKey);
  }

  add(thread: ThreadState): void {
    if (thread.subjectKey) this.set(thread.subjectKey, [...this.list(thread.subjectKey), thread]);
  }

  remove(thread: ThreadState): void {
    if (thread.subjectKey) this.set(thread.subjectKey, this.list(thread.subjectKey).filter((t) => t !== thread));
  }

  match(p: ParsedMessage): ThreadState | undefined {
    if (!p.subjectKey) return undefined;
    const when = Date.parse(p.message.date);
    const candidates = this.list(p.subjectKey).filter((t) => bothEndsIn(p.message, t));
    if (!p.isReply) return candidates.find((t) => t.startedByReply && t.earliest >= when);
    const before = candidates.filter((t) => t.earliest <= when);
    return (before.length ? before : candidates).sort((a, b) => b.earliest - a.earliest)[0];
  }

  private list(key: string): ThreadState[] {
    const entry = this.bySubject.get(key);
    return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  }

  private set(key: string, list: ThreadState[]): void {
    if (list.length === 0) this.bySubject.delete(key);
    else this.bySubject.set(key, list.length === 1 ? list[0]! : list);
  }
}
