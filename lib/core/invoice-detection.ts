/**
 * Finds the owner's first invoice message (SPEC §2) and reads its facts.
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
import { dueDateOf, statedDueDate, termDays, type DueDateContext, type DueDateSource } from './due-date';
import { invoiceNumber, totalAmount } from './invoice-facts';
import { countCommonWords, languageFromCounts } from './languages';
import type { MailAddress } from './mail-thread';
import { attachmentsOf, bodyOf, recipientsOf, subjectOf, type NormalMessage } from './normalize-thread';
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
}

/** Fragments by their first char code: one pass over a name instead of an indexOf per fragment. */
const fragmentIndexes = new WeakMap<readonly string[], Map<number, string[]>>();

function fragmentIndex(fragments: readonly string[]): Map<number, string[]> {
  let index = fragmentIndexes.get(fragments);
  if (!index) {
    index = new Map();
    for (const f of fragments) {
      if (f.length === 0) continue;
      const list = index.get(f.charCodeAt(0)) ?? [];
      list.push(f);
      index.set(f.charCodeAt(0), list);
    }
    fragmentIndexes.set(fragments, index);
  }
  return index;
}

/** A fragment ending in "-" or "_" is a number prefix ("inv-", "re_"): it must start a word. */
function fileNameHits(lowerNames: readonly string[], fragments: readonly string[]): boolean {
  if (lowerNames.length === 0) return false;
  const index = fragmentIndex(fragments);
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
  const cues = cueIndex();
  const subject = subjectOf(message);
  const isReply = subject.isReply;
  const subjectInvoice = (subject.invoice ??= cues.invoiceWords.has(subject.words));
  const subjectOther = (subject.notInvoice ??= cues.notInvoiceWords.has(subject.words));
  // Lower-cased once for both fragment lists; most messages have no attachment at all.
  const attachments = attachmentsOf(message);
  const lowerNames = attachments.length === 0 ? attachments : attachments.map((n) => n.toLowerCase());
  const fileInvoice = fileNameHits(lowerNames, cues.invoiceFileNames);
  const fileOther = fileNameHits(lowerNames, cues.notInvoiceFileNames);
  if ((subjectOther && !subjectInvoice) || (fileOther && !fileInvoice)) return -1;

  const body = bodyOf(message);
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
  if (termDays(body) !== undefined || statedDueDate(body, dueContext(message, defaultTermDays)) !== undefined) score += 1;
  return score;
}

/** How the due date of a message is read: from its sent day, US style for dollar invoices. */
function dueContext(message: NormalMessage, defaultTermDays: number): DueDateContext {
  return {
    sentDay: localDay(message.time, offsetOf(message.date)),
    defaultTermDays,
    monthFirst: totalAmount(bodyOf(message))?.currency === 'USD',
  };
}

export interface DetectOptions {
  defaultTermDays: number;
  owner: ReadonlySet<string>;
}

export function detectInvoice(messages: readonly NormalMessage[], opts: DetectOptions): InvoiceDetection | undefined {
  const message = messages.find((m) => m.fromOwner && invoiceScore(m, opts.defaultTermDays) >= 3);
  if (!message) return undefined;
  const body = bodyOf(message);
  const offset = offsetOf(message.date);
  const ctx = dueContext(message, opts.defaultTermDays);
  const sentDay = ctx.sentDay;
  const total = totalAmount(body);
  const { dueDate, source } = dueDateOf(body, ctx);
  const facts: InvoiceFacts = {};
  const number = invoiceNumber(message, body);
  if (number) facts.number = number;
  if (total) {
    facts.amount = total.amount;
    facts.currency = total.currency;
  }
  if (dueDate) facts.dueDate = dueDate;
  const language = languageFromCounts(countCommonWords(subjectOf(message).words, commonWordCounts(body)));
  return {
    index: message.index,
    facts,
    dueDateSource: source,
    offset,
    sentDay,
    language,
    customers: recipientsOf(message).filter((a) => !opts.owner.has(a.email)),
  };
}
