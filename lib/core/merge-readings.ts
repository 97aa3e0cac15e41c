/**
 * A conversation as the mail client shows it is often partial: older messages collapsed to a
 * preview line or bundled out of sight. mergeReadings lays what was seen before over it (text
 * remembered by message id from an earlier visit, text captured when the person sent it) and
 * says how much is still unseen, so nobody concludes "no invoice" from a one-line preview.
 */
import type { MailMessage, MailThread } from './mail-thread';

/** A message seen in full before: read expanded on an earlier visit, or captured at Send. */
export interface RememberedMessage extends MailMessage {
  /** 'read': seen expanded in the client; 'sent': captured as the person sent it (its id is ours). */
  source: 'read' | 'sent';
}

export interface PageReading {
  thread: MailThread;
  /** Ids of messages the client shows only as a bundle ("3 older messages"). */
  hiddenMessageIds?: readonly string[];
  /** Hidden messages the client gives no id for. */
  hiddenMessages?: number;
}

export interface MergedReading {
  thread: MailThread;
  /** Messages whose whole text nobody has seen: collapsed (preview at best) or hidden. */
  unseen: number;
  /** Messages whose text came from memory rather than from the page. */
  recalled: number;
  /** The remembered messages that were used (what the page needs from memory now). */
  used: RememberedMessage[];
}

/** A capture at Send is the message the client later shows within this time of it. */
const SENT_MATCH_MS = 10 * 60_000;

const lower = (s: string | undefined) => (s ?? '').trim().toLowerCase();

/** A capture at Send is the owner's: it can only stand in for a message the owner sent. */
function fromOwner(message: MailMessage, owner: MailThread['owner']): boolean {
  const email = lower(message.from.email);
  if (email) return owner.emails.some((e) => lower(e) === email);
  return lower(owner.name) !== '' && lower(owner.name) === lower(message.from.name);
}

/** The message's text from memory, keeping what the page says about sender, date, recipients. */
function filled(page: MailMessage, memory: RememberedMessage): MailMessage {
  const { preview: _preview, ...rest } = page;
  return {
    ...rest,
    text: memory.text,
    attachments: page.attachments?.length ? page.attachments : memory.attachments,
    to: page.to?.length ? page.to : memory.to,
    cc: page.cc?.length ? page.cc : memory.cc,
  };
}

/** The remembered message: its text for a collapsed one, the whole of it for a hidden one. */
function asMessage(memory: RememberedMessage): MailMessage {
  const { source: _source, ...message } = memory;
  return message;
}

/**
 * The page's reading with remembered messages laid over it. A collapsed message (no text) takes
 * the text remembered under its id, or else a capture at Send from the same sender within ten
 * minutes of its date; a hidden message takes its remembered copy whole. Nothing is invented:
 * what memory does not hold stays unseen and is counted.
 */
export function mergeReadings(
  page: PageReading,
  remembered: readonly RememberedMessage[],
): MergedReading {
  const byId = new Map<string, RememberedMessage>();
  const sent: RememberedMessage[] = [];
  for (const m of remembered) {
    if (typeof m.text !== 'string') continue;
    if (m.source === 'sent') sent.push(m);
    else if (m.id) byId.set(m.id, m);
  }
  const used = new Set<RememberedMessage>();
  let recalled = 0;
  let unseen = 0;

  const messages = page.thread.messages.map((message) => {
    if (typeof message.text === 'string') return message;
    let memory = message.id ? byId.get(message.id) : undefined;
    if (!memory) {
      const at = Date.parse(message.date);
      memory = fromOwner(message, page.thread.owner)
        ? sent.find((s) => !used.has(s) && Math.abs(Date.parse(s.date) - at) <= SENT_MATCH_MS)
        : undefined;
    }
    if (!memory) {
      unseen++;
      return message;
    }
    used.add(memory);
    recalled++;
    return filled(message, memory);
  });

  for (const id of page.hiddenMessageIds ?? []) {
    const memory = byId.get(id);
    if (memory && !used.has(memory)) {
      used.add(memory);
      recalled++;
      messages.push(asMessage(memory));
    } else unseen++;
  }
  // Hidden messages the client gives no id for ("3 older items" with nothing else) are the
  // ones just before the oldest message shown: remembered messages older than it fill them.
  let anonymous = Math.max(0, (page.hiddenMessages ?? 0) - (page.hiddenMessageIds?.length ?? 0));
  if (anonymous > 0) {
    const shownIds = new Set(messages.map((m) => m.id));
    const oldestShown = Math.min(...messages.map((m) => Date.parse(m.date) || Infinity));
    const older = [...byId.values()]
      .filter((m) => !used.has(m) && !shownIds.has(m.id) && Date.parse(m.date) < oldestShown)
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
      .slice(0, anonymous);
    for (const memory of older) {
      used.add(memory);
      recalled++;
      messages.push(asMessage(memory));
    }
    anonymous -= older.length;
  }
  unseen += anonymous;

  // Oldest first, as every MailThread; a stable sort keeps the page's order for equal dates.
  const ordered = messages
    .map((m, i) => ({ m, i, t: Date.parse(m.date) || 0 }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.m);
  return { thread: { ...page.thread, messages: ordered }, unseen, recalled, used: [...used] };
}
