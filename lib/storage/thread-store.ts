/**
 * Reads and writes of tracked threads. Every change is one IndexedDB transaction: a crash
 * mid-write leaves the last good state, never a record without its content or half a decision.
 */
import {
  mergeReadings,
  type MailThread,
  type RememberedMessage,
  type ReplyCorrections,
  type Settings,
  type Stage,
  type ThreadAnalysis,
} from '../core/index';
import { SETTINGS_KEY, type UnghostDb } from './database';
import { safeMailLink } from './mail-link';
import { forgetMessages, recallMessages, rememberMessages, sentSubjectKey } from './message-memory';
import { RATE_TABLES_KEY } from './rate-tables-store';
import { settingsForThread } from './stored-settings';
import { customerOf, searchTextOf, type ThreadOverrides, type ThreadRecord } from './thread-record';
import type { Decision, FollowUpRecord } from './decision';
import type { SentMessage } from '../mail-clients/mail-client';

export type Analyzer = (
  thread: MailThread,
  opts: { now: Date; settings: Settings; corrections?: ReplyCorrections },
) => ThreadAnalysis;

/** What the sidebar gets back when it reports the conversation it shows. */
export interface TrackedThreadState {
  /**
   * The person's settings, with this thread's own overrides (customer type, jurisdiction) and
   * their edited late-interest tables applied: pass them to draftFollowUp as they are.
   */
  settings: Settings;
  decision?: Decision;
  /** The person's correction of the latest reply's reading: pass it to analyzeThread. */
  correction?: ReplyCorrections;
  followUps: FollowUpRecord[];
  /**
   * Messages of this conversation seen whole before (on an earlier visit, or captured at Send)
   * that the page now shows collapsed or hides: lay them over the page's reading.
   */
  remembered?: RememberedMessage[];
}

export class UnknownThreadError extends Error {
  constructor() {
    super('This conversation is not tracked.');
    this.name = 'UnknownThreadError';
  }
}

/**
 * Stores or refreshes a thread the sidebar read, if it is an invoice thread or already tracked,
 * and returns what the sidebar needs: settings with the thread's overrides, decision, follow-ups.
 */
export async function trackThread(
  db: UnghostDb,
  input: TrackInput,
  now: Date,
  analyze: Analyzer,
): Promise<{ state: TrackedThreadState; record?: ThreadRecord }> {
  // What the page shows, with what was seen of it before (text by message id, captures at Send).
  const subjectKey = sentSubjectKey(input.thread.subject);
  const remembered = await recallMessages(db, [input.thread.id, subjectKey]);
  const merged = mergeReadings(
    {
      thread: input.thread,
      hiddenMessageIds: input.hiddenMessageIds,
      hiddenMessages: input.hiddenMessages,
    },
    remembered,
  );
  const result = await storeThread(db, { ...input, thread: merged.thread }, now, analyze);
  const worthRemembering = result.record !== undefined || merged.unseen > 0;
  if (worthRemembering) {
    // The page's own full texts, and captures at Send of new mail that found their thread.
    await rememberMessages(db, input.thread.id, input.thread.messages, 'read', now);
    const adopted = merged.used.filter((m) => m.source === 'sent');
    if (adopted.length) await rememberMessages(db, input.thread.id, adopted, 'sent', now);
    if (adopted.some((m) => (m as { threadId?: string }).threadId === subjectKey))
      await forgetMessages(db, subjectKey);
  } else {
    // Read in full and not an invoice: nothing of it is worth keeping.
    await forgetMessages(db, input.thread.id);
  }
  return {
    ...result,
    state: {
      ...result.state,
      remembered: merged.used.map((m) => {
        const {
          threadId: _id,
          seenAt: _at,
          ...message
        } = m as typeof m & { threadId?: string; seenAt?: string };
        return message;
      }),
    },
  };
}

export interface TrackInput {
  thread: MailThread;
  link: string;
  /** Ids of messages the client shows only as a bundle. */
  hiddenMessageIds?: string[];
  /** Messages the client hides (with or without ids). */
  hiddenMessages?: number;
}

/**
 * The id a new mail's conversation is tracked under from the moment it is sent until the mail
 * client shows it with its own id (then that reading takes the record over, see storeThread).
 */
export function sentThreadId(client: MailThread['client'], subject: string | undefined): string {
  return `${client}:sent:${sentSubjectKey(subject).replace(/\s+/g, '-')}`;
}

async function storeThread(
  db: UnghostDb,
  input: { thread: MailThread; link: string },
  now: Date,
  analyze: Analyzer,
  opts: { trackedAtSend?: boolean } = {},
): Promise<{ state: TrackedThreadState; record?: ThreadRecord }> {
  const tx = db.transaction(['threads', 'contents', 'settings', 'rateTables'], 'readwrite');
  const provisionalId = sentThreadId(input.thread.client, input.thread.subject);
  const [stored, own, tables, provisional] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('threads').get(input.thread.id),
    tx.objectStore('rateTables').get(RATE_TABLES_KEY),
    tx.objectStore('threads').get(provisionalId),
  ]);
  // A conversation tracked when its first mail was sent, now shown by the client under its own
  // id: this reading takes over that record (decision, follow-ups, first seen), and it goes.
  const takeover =
    !own && provisional && provisionalId !== input.thread.id ? provisional : undefined;
  const existing = own ?? takeover;
  // Edited rate tables travel inside the settings, so every draft computes interest from them.
  const settings = {
    ...settingsForThread(stored, existing?.overrides),
    ...(tables ? { lateInterestTables: tables } : {}),
  };
  let analysis: ThreadAnalysis;
  try {
    analysis = analyze(input.thread, { now, settings, corrections: existing?.correction });
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  if (analysis.status === 'not_invoice' && !existing) {
    await tx.done;
    return { state: { settings, followUps: [] } };
  }
  const at = now.toISOString();
  const base = {
    id: input.thread.id,
    client: input.thread.client,
    // An imported copy of a thread must not erase the link its mail client gave.
    link: safeMailLink(input.link) || existing?.link || '',
    subject: input.thread.subject,
    customer: customerOf(input.thread, analysis),
    analysis,
  };
  const record: ThreadRecord = {
    ...base,
    analyzedAt: at,
    firstSeenAt: existing?.firstSeenAt ?? at,
    updatedAt: at,
    decision: existing?.decision,
    ...(existing?.correction ? { correction: existing.correction } : {}),
    followUps: existing?.followUps ?? [],
    overrides: existing?.overrides ?? {},
    searchText: searchTextOf(base),
  };
  // Kept while the conversation is read again, so the send's Undo still finds it.
  const sentAt = opts.trackedAtSend ? at : existing?.trackedAtSend;
  if (sentAt) record.trackedAtSend = sentAt;
  await Promise.all([
    tx.objectStore('threads').put(record),
    tx.objectStore('contents').put({ id: record.id, thread: input.thread }),
    ...(takeover
      ? [
          tx.objectStore('threads').delete(provisionalId),
          tx.objectStore('contents').delete(provisionalId),
        ]
      : []),
  ]);
  await tx.done;
  return {
    state: {
      settings,
      decision: record.decision,
      correction: record.correction,
      followUps: record.followUps,
    },
    record,
  };
}

/** What tracking at Send started, for the person's confirmation (and its undo). */
export interface SentTracking {
  threadId: string;
  invoiceNumber?: string;
  amount?: number;
  currency?: string;
  /** ISO day. */
  dueDate?: string;
}

/**
 * Tracks the conversation of a message the person just sent, from that message's full text,
 * when the core reads it as an invoice (or a reminder of one) and nothing tracks it yet. A reply
 * is tracked under its conversation's id; new mail under sentThreadId() until the client shows
 * it. Returns what was tracked, or undefined (not an invoice, already tracked, no sender known).
 */
export async function trackSent(
  db: UnghostDb,
  input: { sent: SentMessage; client: MailThread['client']; link: string },
  now: Date,
  analyze: Analyzer,
): Promise<SentTracking | undefined> {
  const { sent, client } = input;
  const id = sent.threadId ?? sentThreadId(client, sent.subject);
  if (await db.get('threads', id)) return undefined;
  const stored = await db.get('settings', SETTINGS_KEY);
  const settings = settingsForThread(stored, undefined);
  const from = sent.from ?? (settings.aliases[0] ? { email: settings.aliases[0] } : undefined);
  if (!from) return undefined; // whose mail it is cannot be told
  const emails = [from.email, ...settings.aliases].map((e) => e.toLowerCase());
  const name = from.name || settings.ownerName || undefined;
  const thread: MailThread = {
    id,
    client,
    ...(sent.subject !== undefined ? { subject: sent.subject } : {}),
    owner: name ? { name, emails: [...new Set(emails)] } : { emails: [...new Set(emails)] },
    messages: [
      {
        id: `sent:${sent.date}`,
        from,
        to: sent.to,
        date: sent.date,
        ...(sent.subject !== undefined ? { subject: sent.subject } : {}),
        text: sent.text,
        attachments: sent.attachments,
      },
    ],
  };
  const { record } = await storeThread(db, { thread, link: input.link }, now, analyze, {
    trackedAtSend: true,
  });
  if (!record) return undefined;
  const inv = record.analysis.invoice;
  const tracking: SentTracking = { threadId: id };
  if (inv?.number) tracking.invoiceNumber = inv.number;
  if (inv?.amount !== undefined) tracking.amount = inv.amount;
  if (inv?.currency) tracking.currency = inv.currency;
  if (inv?.dueDate) tracking.dueDate = inv.dueDate;
  return tracking;
}

/** How long after a send its Undo may still be asked for (the confirmation shows for 10 s). */
export const UNDO_SENT_MS = 5 * 60_000;

/**
 * The send's Undo: the conversation tracking at Send started is the person's "not an invoice"
 * (a decision, so reading it again later does not track it again; the popup can release it).
 * Only for a record tracking at Send created, within UNDO_SENT_MS; anything else is left alone.
 * Returns whether it was undone.
 */
export async function untrackSent(db: UnghostDb, threadId: string, now: Date): Promise<boolean> {
  const tx = db.transaction('threads', 'readwrite');
  const record = await tx.store.get(threadId);
  const at = record?.trackedAtSend ? Date.parse(record.trackedAtSend) : NaN;
  if (!record || !(now.getTime() - at <= UNDO_SENT_MS)) {
    await tx.done;
    return false;
  }
  await tx.store.put({
    ...record,
    decision: { kind: 'not_invoice' },
    updatedAt: now.toISOString(),
  });
  await tx.done;
  return true;
}

/** Applies `change` to one record inside a single read-write transaction. */
async function updateRecord(
  db: UnghostDb,
  threadId: string,
  now: Date,
  change: (r: ThreadRecord) => ThreadRecord,
) {
  const tx = db.transaction('threads', 'readwrite');
  const record = await tx.store.get(threadId);
  if (!record) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new UnknownThreadError();
  }
  await tx.store.put({ ...change(record), updatedAt: now.toISOString() });
  await tx.done;
}

export function recordFollowUp(
  db: UnghostDb,
  input: { threadId: string; stage: Stage; date: string },
  now: Date,
) {
  return updateRecord(db, input.threadId, now, (r) => ({
    ...r,
    followUps: [...r.followUps, { stage: input.stage, date: input.date }].sort((a, b) =>
      a.date.localeCompare(b.date),
    ),
  }));
}

export function setDecision(
  db: UnghostDb,
  input: { threadId: string; decision: Decision | null },
  now: Date,
) {
  return updateRecord(db, input.threadId, now, (r) => {
    const { decision: _old, ...rest } = r;
    return input.decision ? { ...rest, decision: input.decision } : rest;
  });
}

/**
 * Sets (or with `correction: null`, clears) the person's reading of the thread's latest reply,
 * and re-analyses the thread with it at once, so the popup and badge agree with the sidebar.
 */
export async function setReplyCorrection(
  db: UnghostDb,
  input: { threadId: string; correction: ReplyCorrections | null },
  now: Date,
  analyze: Analyzer,
): Promise<ThreadRecord> {
  const tx = db.transaction(['threads', 'contents', 'settings'], 'readwrite');
  const [record, content, stored] = await Promise.all([
    tx.objectStore('threads').get(input.threadId),
    tx.objectStore('contents').get(input.threadId),
    tx.objectStore('settings').get(SETTINGS_KEY),
  ]);
  if (!record) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new UnknownThreadError();
  }
  const { correction: _old, ...rest } = record;
  let next: ThreadRecord = input.correction
    ? { ...rest, correction: { ...input.correction } }
    : rest;
  const at = now.toISOString();
  if (content) {
    try {
      const analysis = analyze(content.thread, {
        now,
        settings: settingsForThread(stored, record.overrides),
        corrections: next.correction,
      });
      next = { ...next, analysis, analyzedAt: at, searchText: searchTextOf({ ...next, analysis }) };
    } catch {
      // The correction is kept; the last good analysis stays until the next re-analysis.
    }
  }
  next = { ...next, updatedAt: at };
  await tx.objectStore('threads').put(next);
  await tx.done;
  return next;
}

export function setOverrides(
  db: UnghostDb,
  input: { threadId: string; overrides: ThreadOverrides },
  now: Date,
) {
  return updateRecord(db, input.threadId, now, (r) => ({
    ...r,
    overrides: { ...input.overrides },
  }));
}

export function listRecords(db: UnghostDb): Promise<ThreadRecord[]> {
  return db.getAll('threads');
}

/**
 * Re-analyses every stored thread as of `now` (silence grows while nothing happens), in one
 * transaction. Returns how many threads were analysed.
 */
export async function reanalyseAll(db: UnghostDb, now: Date, analyze: Analyzer): Promise<number> {
  const tx = db.transaction(['threads', 'contents', 'settings'], 'readwrite');
  const stored = await tx.objectStore('settings').get(SETTINGS_KEY);
  const contents = await tx.objectStore('contents').getAll();
  const threads = tx.objectStore('threads');
  const at = now.toISOString();
  const writes: Promise<unknown>[] = [];
  for (const { id, thread } of contents) {
    const record = await threads.get(id);
    if (!record) continue;
    let analysis: ThreadAnalysis;
    try {
      analysis = analyze(thread, {
        now,
        settings: settingsForThread(stored, record.overrides),
        corrections: record.correction,
      });
    } catch {
      // Keep this thread's last good analysis; the others still move on.
      continue;
    }
    writes.push(
      threads.put({
        ...record,
        analysis,
        analyzedAt: at,
        searchText: searchTextOf({ ...record, analysis }),
      }),
    );
  }
  await Promise.all(writes);
  await tx.done;
  return writes.length;
}
