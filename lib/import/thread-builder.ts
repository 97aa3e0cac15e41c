/**
 * Groups parsed messages into conversations: by Message-ID / References / In-Reply-To and the
 * mail system's conversation ids first (in any order: a reply may come before its original in
 * the file), then, for messages that name no known one, by normalised subject between the
 * same people.
 */
import type { MailMessage } from '../core/index';
import { stableHash } from './message-ids';
import type { ParsedMessage } from './parse-message';

export interface ThreadState {
  /** `import:<hash of the root Message-ID>`: the same export gives the same ids every time. */
  id: string;
  rootMessageId: string;
  subjectKey: string;
  messages: MailMessage[];
  participants: Set<string>;
  webmail?: 'gmail' | 'outlook';
  /** Gmail's own id for this conversation (Takeout), to recognise it when the sidebar tracked it. */
  gmailThreadId?: string;
  /** Began with a reply naming no message: its original may still come later in the export. */
  startedByReply: boolean;
}

export type AddResult =
  | { kind: 'added'; thread: ThreadState; absorbed: string[] }
  | { kind: 'duplicate' }
  | { kind: 'ignored' };

function participantsOf(m: MailMessage): string[] {
  return [m.from, ...(m.to ?? []), ...(m.cc ?? [])].map((a) => a.email.toLowerCase());
}

/**
 * Matching by subject needs both ends of the message in the conversation: its sender and one
 * of its recipients. The owner is in every conversation, so one shared address proves nothing.
 */
function bothEndsIn(m: MailMessage, t: ThreadState): boolean {
  return t.participants.has(m.from.email.toLowerCase()) && [...(m.to ?? []), ...(m.cc ?? [])].some((a) => t.participants.has(a.email.toLowerCase()));
}

export class ThreadBuilder {
  private readonly byMessageId = new Map<string, ThreadState>();
  private readonly bySubject = new Map<string, ThreadState[]>();
  private readonly seen = new Set<string>();
  readonly threads = new Map<string, ThreadState>();

  add(p: ParsedMessage): AddResult {
    if (this.seen.has(p.messageId)) return { kind: 'duplicate' };
    const ids = [p.messageId, ...p.parentIds, ...p.conversationKeys];
    const linked = ids
      .map((id) => this.byMessageId.get(id))
      .filter((t, i, all): t is ThreadState => !!t && all.indexOf(t) === i);
    if (linked.length === 0) {
      const bySubject = p.isReply ? this.matchSubject(p) : this.matchWaitingReplies(p);
      if (bySubject) linked.push(bySubject);
    }
    // A newsletter joins a conversation only when it names one; alone it is not worth keeping.
    if (linked.length === 0 && p.isBulk) return { kind: 'ignored' };
    this.seen.add(p.messageId);

    const thread = linked[0] ?? this.create(p);
    const absorbed: string[] = [];
    for (const other of linked.slice(1)) {
      this.absorb(thread, other);
      absorbed.push(other.id);
    }
    thread.messages.push(p.message);
    participantsOf(p.message).forEach((a) => thread.participants.add(a));
    thread.webmail ??= p.webmail;
    thread.gmailThreadId ??= p.gmailThreadId;
    for (const id of ids) this.byMessageId.set(id, thread);
    return { kind: 'added', thread, absorbed };
  }

  private create(p: ParsedMessage): ThreadState {
    const rootMessageId = p.parentIds[0] ?? p.messageId;
    const thread: ThreadState = {
      id: `import:${stableHash(rootMessageId)}`,
      rootMessageId,
      subjectKey: p.subjectKey,
      messages: [],
      participants: new Set(),
      startedByReply: p.isReply && p.parentIds.length === 0,
    };
    this.threads.set(thread.id, thread);
    if (p.subjectKey) this.bySubject.set(p.subjectKey, [...(this.bySubject.get(p.subjectKey) ?? []), thread]);
    return thread;
  }

  /** The most recent conversation with this subject that both ends of the reply were part of. */
  private matchSubject(p: ParsedMessage): ThreadState | undefined {
    if (!p.subjectKey) return undefined;
    const when = Date.parse(p.message.date);
    const candidates = (this.bySubject.get(p.subjectKey) ?? []).filter((t) => bothEndsIn(p.message, t));
    const started = (t: ThreadState) => Math.min(...t.messages.map((m) => Date.parse(m.date)));
    const before = candidates.filter((t) => started(t) <= when);
    return (before.length ? before : candidates).sort((a, b) => started(b) - started(a))[0];
  }

  /**
   * An original that comes after its replies (files picked in another order, an unsorted
   * export) joins the thread those replies started, if they name no other message.
   */
  private matchWaitingReplies(p: ParsedMessage): ThreadState | undefined {
    if (!p.subjectKey) return undefined;
    const when = Date.parse(p.message.date);
    return (this.bySubject.get(p.subjectKey) ?? []).find(
      (t) =>
        t.startedByReply &&
        bothEndsIn(p.message, t) &&
        t.messages.every((m) => Date.parse(m.date) >= when),
    );
  }

  private absorb(into: ThreadState, other: ThreadState): void {
    into.messages.push(...other.messages);
    other.participants.forEach((a) => into.participants.add(a));
    for (const [id, t] of this.byMessageId) if (t === other) this.byMessageId.set(id, into);
    const list = this.bySubject.get(other.subjectKey);
    if (list) this.bySubject.set(other.subjectKey, list.filter((t) => t !== other));
    this.threads.delete(other.id);
  }
}
