/**
 * Finds the owner's first invoice message (docs/rules.md §2) and reads its facts.
 *
 * Each owner message is scored on independent cues: an invoice word in the subject (2; 1 when
 * the subject is a reply, which carries the other side's words), an attachment named like an
 * invoice (2), an invoice word in the new text (1), an amount with a currency (1), bank details
 * (1), a due date or payment term (1). It is an invoice at 3 points with at least one invoice
 * word or invoice-named file, so one weak cue ("die Rechnung stelle ich später") is not enough.
 * A quote, receipt, order confirmation or newsletter named as such in the subject or the
 * attachments (and not also as an invoice there) is never an invoice.
 */
import { commonWordCounts } from './body-language';
import { localDay, offsetOf } from './calendar';
import { cueIndex } from './cue-index';
import {
  dueDateOf,
  pastDueDate,
  statedDueDate,
  termDays,
  type DueDateContext,
  type DueDateSource,
} from './due-date';
import { invoiceNumber, numberInBody, totalAmount } from './invoice-facts';
import { countCommonWords, languageFromCounts } from './languages';
import type { MailAddress } from './mail-thread';
import type { NormalMessage } from './normalize-thread';
import type { InvoiceFacts, LanguageCode } from './results';

export interface InvoiceDetection {
  index: number;
  facts: InvoiceFacts;
  dueDateSource?: DueDateSource;
  /** The owner's UTC offset in minutes: that of the invoice message. */
  offset: number;
  sentDay?: string;
  language?: LanguageCode;
  customers: MailAddress[];
  /**
   * The message found is a reminder of an invoice sent before it that nobody has seen (it
   * states the due date as past, and it was collapsed or no invoice message is in sight): it
   * counts as a follow-up.
   */
  reminderOfUnseen?: boolean;
}

/** Fragments by their first char code: one pass over a name instead of an indexOf per fragment. */
function fragmentIndex(fragments: readonly string[]): ReadonlyMap<number, string[]> {
  const index = new Map<number, string[]>();
  for (const f of fragments) {
    if (f.length === 0) continue;
    const list = index.get(f.charCodeAt(0)) ?? [];
    list.push(f);
    index.set(f.charCodeAt(0), list);
  }
  return index;
}

/** Built once when the core loads; read-only from then on. */
const INVOICE_FILE_NAMES = /* @__PURE__ */ fragmentIndex(cueIndex().invoiceFileNames);
const OTHER_FILE_NAMES = /* @__PURE__ */ fragmentIndex(cueIndex().notInvoiceFileNames);

/** A fragment ending in "-" or "_" is a number prefix ("inv-", "re_"): it must start a word. */
function fileNameHits(
  lowerNames: readonly string[],
  index: ReadonlyMap<number, string[]>,
): boolean {
  if (lowerNames.length === 0) return false;
  for (const lower of lowerNames) {
    for (let at = 0; at < lower.length; at++) {
      const candidates = index.get(lower.charCodeAt(at));
      if (!candidates) continue;
      const before = at === 0 ? 32 : lower.charCodeAt(at - 1);
      const wordStart = before === 32 || before === 95 || before === 45;
      for (const f of candidates) {
        const prefix = f.endsWith('-') || f.endsWith('_');
        if ((!prefix || wordStart) && lower.startsWith(f, at)) return true;
      }
    }
  }
  return false;
}

/** Score of one owner message as an invoice, or -1 when it is explicitly something else. */
export function invoiceScore(message: NormalMessage, defaultTermDays = 14): number {
  const subject = message.subject;
  const isReply = subject.isReply;
  const subjectInvoice = subject.invoice;
  const subjectOther = subject.notInvoice;
  // Lower-cased once for both fragment lists; most messages have no attachment at all.
  const attachments = message.attachments;
  const lowerNames =
    attachments.length === 0 ? attachments : attachments.map((n) => n.toLowerCase());
  const fileInvoice = fileNameHits(lowerNames, INVOICE_FILE_NAMES);
  const fileOther = fileNameHits(lowerNames, OTHER_FILE_NAMES);
  if ((subjectOther && !subjectInvoice) || (fileOther && !fileInvoice)) return -1;

  const body = message.body;
  const hits = body.hits.cues;
  const bodyInvoice = hits.invoiceWords.length;
  const bodyOther = hits.notInvoiceWords.length;
  if (!subjectInvoice && !fileInvoice && bodyOther > bodyInvoice) return -1;
  if (!subjectInvoice && !fileInvoice && bodyInvoice === 0) return 0;

  let score = subjectInvoice ? (isReply ? 1 : 2) : 0;
  if (fileInvoice) score += 2;
  if (bodyInvoice > 0) score += 1;
  if (totalAmount(body)) score += 1;
  if (hits.paymentDetailWords.length > 0) score += 1;
  if (
    termDays(body) !== undefined ||
    statedDueDate(body, dueContext(message, defaultTermDays)) !== undefined
  )
    score += 1;
  return score;
}

/** How the due date of a message is read: from its sent day, US style for dollar invoices. */
function dueContext(message: NormalMessage, defaultTermDays: number): DueDateContext {
  return {
    sentDay: localDay(message.time, offsetOf(message.date)),
    defaultTermDays,
    monthFirst: totalAmount(message.body)?.currency === 'USD',
  };
}

export interface DetectOptions {
  defaultTermDays: number;
  owner: ReadonlySet<string>;
}

/**
 * An owner message is the invoice at 3 points. One whose whole text nobody has seen (shown
 * collapsed, a preview line at most) cannot show its attachments or body cues: its own subject
 * naming an invoice ("Invoice INV-1042 – dashboard", not a reply) is enough, and the reading is
 * marked incomplete by its reader.
 */
function isInvoiceMessage(m: NormalMessage, defaultTermDays: number): boolean {
  if (!m.fromOwner) return false;
  const score = invoiceScore(m, defaultTermDays);
  if (score >= 3) return true;
  if (!m.partial || score < 2) return false;
  const subject = m.subject;
  return subject.invoice && !subject.isReply;
}

/**
 * Facts the invoice message does not show (collapsed: a preview line at most) as later owner
 * messages state them: reminders name the number, the amount and the due date. The earliest
 * statement wins (a last reminder's new deadline is not the invoice's due date); amounts come
 * from whole texts before preview lines, which may cut a figure short. A message that names
 * another invoice number is about another invoice and is not read.
 */
function factsFromLaterMessages(
  messages: readonly NormalMessage[],
  invoice: NormalMessage,
  facts: InvoiceFacts,
  due: { source: DueDateSource | undefined },
  defaultTermDays: number,
): void {
  const later = messages.filter((m) => m.index > invoice.index && m.fromOwner);
  const sameInvoice = later.filter((m) => {
    // A reply's subject repeats the thread's; the number its text names is the one it is about.
    const number = numberInBody(m.body) ?? invoiceNumber(m, m.body);
    if (facts.number && number && number !== facts.number) return false;
    if (!facts.number && number) facts.number = number;
    return true;
  });
  for (const m of sameInvoice) {
    if (due.source === 'stated') break;
    // Read against the invoice's own day: a reminder restates a due date before its own.
    const stated = statedDueDate(m.body, {
      ...dueContext(m, defaultTermDays),
      sentDay: dueContext(invoice, defaultTermDays).sentDay,
    });
    if (stated) {
      facts.dueDate = stated;
      due.source = 'stated';
    }
  }
  const total =
    sameInvoice
      .filter((m) => !m.partial)
      .map((m) => totalAmount(m.body))
      .find(Boolean) ?? sameInvoice.map((m) => totalAmount(m.body)).find(Boolean);
  if (facts.amount === undefined && total) {
    facts.amount = total.amount;
    facts.currency = total.currency;
  }
}

/**
 * The invoice message's recipients other than the owner. A collapsed message shows none: then
 * the recipients of the owner's later messages (reminders go to the same customer).
 */
function customersOf(
  messages: readonly NormalMessage[],
  invoice: NormalMessage,
  owner: ReadonlySet<string>,
): MailAddress[] {
  const others = (m: NormalMessage) => m.recipients.filter((a) => !owner.has(a.email));
  const own = others(invoice);
  if (own.length > 0 || !invoice.partial) return own;
  for (const m of messages) {
    if (m.index <= invoice.index || !m.fromOwner) continue;
    const later = others(m);
    if (later.length > 0) return later;
  }
  return own;
}

/**
 * With no invoice message in sight (it may be collapsed into "N older messages", or was sent
 * another way), an owner message that names an invoice by its number and says it was due before
 * the message was written is a reminder of it: the invoice thread is known from the reminder.
 */
function isReminderOfUnseenInvoice(m: NormalMessage, defaultTermDays: number): boolean {
  if (!m.fromOwner) return false;
  const body = m.body;
  if (body.hits.cues.invoiceWords.length === 0 && !m.subject.invoice) return false;
  if (!numberInBody(body)) return false;
  return pastDueDate(body, dueContext(m, defaultTermDays)) !== undefined;
}

export function detectInvoice(
  messages: readonly NormalMessage[],
  opts: DetectOptions,
): InvoiceDetection | undefined {
  const message =
    messages.find((m) => isInvoiceMessage(m, opts.defaultTermDays)) ??
    messages.find((m) => isReminderOfUnseenInvoice(m, opts.defaultTermDays));
  if (!message) return undefined;
  const body = message.body;
  const offset = offsetOf(message.date);
  const ctx = dueContext(message, opts.defaultTermDays);
  const sentDay = ctx.sentDay;
  const total = totalAmount(body);
  const { dueDate, source: ownSource } = dueDateOf(body, ctx);
  const facts: InvoiceFacts = {};
  const number = invoiceNumber(message, body);
  if (number) facts.number = number;
  if (total) {
    facts.amount = total.amount;
    facts.currency = total.currency;
  }
  if (dueDate) facts.dueDate = dueDate;
  const due = { source: ownSource };
  if (message.partial) factsFromLaterMessages(messages, message, facts, due, opts.defaultTermDays);
  // A collapsed message that says the invoice "was due on" a day before it was written is a
  // reminder: the invoice itself is among what the client hides.
  const pastDue =
    message.partial || !isInvoiceMessage(message, opts.defaultTermDays)
      ? pastDueDate(body, ctx)
      : undefined;
  if (pastDue && due.source !== 'stated') {
    facts.dueDate = pastDue;
    due.source = 'stated';
  }
  const source = due.source;
  const language = languageFromCounts(
    countCommonWords(message.subject.words, commonWordCounts(body)),
  );
  return {
    index: message.index,
    facts,
    dueDateSource: source,
    offset,
    sentDay,
    language,
    customers: customersOf(messages, message, opts.owner),
    ...(pastDue ? { reminderOfUnseen: true } : {}),
  };
}
