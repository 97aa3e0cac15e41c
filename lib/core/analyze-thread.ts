/**
 * analyzeThread: from one MailThread to what the sidebar and the popup show (docs/rules.md §2-5).
 * Pure: it takes `now` and settings as arguments. Whatever the thread holds, it answers with an
 * analysis (an unreadable thread is simply not an invoice); only a bug of its own makes it
 * throw, as an AnalysisError, so a caller can tell "could not be analysed" from "no invoice".
 */
import { daysBetween, instantOf, localDay } from './calendar';
import { hasRegisters, isDraftLanguage } from './drafts/languages/lookup';
import { escalationStage } from './escalation';
import { ghostScore } from './ghost-score';
import { detectInvoice } from './invoice-detection';
import type { MailThread } from './mail-thread';
import { normalizeMessages, ownerEmails } from './normalize-thread';
import { detectRegister } from './register';
import type { ThreadAnalysis } from './results';
import { defaultSettings, resolveSettings, type Settings } from './settings';
import { threadStatus, type ReplyCorrections } from './thread-status';

export interface AnalyzeOptions {
  /** The moment to analyse at; defaults to the current time. */
  now?: Date | string;
  settings?: Partial<Settings>;
  /** The person's corrections of the latest human reply's reading, a decision per thread. */
  corrections?: ReplyCorrections;
}

function checkedSettings(partial: unknown): Settings {
  const s = resolveSettings(
    typeof partial === 'object' && partial !== null ? (partial as Partial<Settings>) : {},
  );
  const term = Number(s.defaultTermDays);
  const gates = Array.isArray(s.minDaysOverdue) ? s.minDaysOverdue : defaultSettings.minDaysOverdue;
  const grace = Number(s.promiseGraceDays);
  const parts = Number(s.instalmentCount);
  return {
    ...s,
    aliases: Array.isArray(s.aliases) ? s.aliases : [],
    defaultTermDays:
      Number.isFinite(term) && term >= 0 && term <= 3650
        ? Math.floor(term)
        : defaultSettings.defaultTermDays,
    minDaysOverdue: [0, 1, 2, 3].map((i) => {
      const g = Number(gates[i]);
      return Number.isFinite(g) ? g : defaultSettings.minDaysOverdue[i];
    }) as Settings['minDaysOverdue'],
    defaultLanguage: isDraftLanguage(s.defaultLanguage)
      ? s.defaultLanguage
      : defaultSettings.defaultLanguage,
    defaultRegister: s.defaultRegister === 'informal' ? 'informal' : 'formal',
    promiseGraceDays:
      Number.isFinite(grace) && grace >= 0 && grace <= 365
        ? Math.floor(grace)
        : defaultSettings.promiseGraceDays,
    instalmentCount:
      Number.isFinite(parts) && parts >= 2 && parts <= 24
        ? Math.floor(parts)
        : defaultSettings.instalmentCount,
  };
}

/** Settings read from no partial at all (most calls): built once, frozen, only ever read. */
const DEFAULTS: Readonly<Settings> = /* @__PURE__ */ Object.freeze(checkedSettings(undefined));

function safeSettings(partial: unknown): Settings {
  return partial === undefined ? DEFAULTS : checkedSettings(partial);
}

/** A bug inside the analysis, never the thread's content: the original error is its `cause`. */
export class AnalysisError extends Error {
  readonly code = 'internal';
  constructor(cause: unknown) {
    super('The analysis failed inside Unghost', { cause });
    this.name = 'AnalysisError';
  }
}

/** Whole days from `day` to the day `now` falls on at `offset` (0 when unreadable or later). */
function daysSince(day: string, now: number, offset: number): number {
  const today = localDay(now, offset);
  return today ? Math.max(0, daysBetween(day, today)) : 0;
}

const notInvoice = (): ThreadAnalysis => ({ status: 'not_invoice', ghostScore: 0, reasons: [] });

function analyze(thread: MailThread, opts: AnalyzeOptions | undefined): ThreadAnalysis {
  // Input that is no thread at all is answered here; the readers below skip what is unreadable.
  if (typeof thread !== 'object' || thread === null) return notInvoice();
  if (typeof opts !== 'object' || opts === null) opts = undefined;
  const settings = safeSettings(opts?.settings);
  const now = opts?.now === undefined ? Date.now() : instantOf(opts.now);
  const owner = ownerEmails(thread, settings.aliases);
  const messages = normalizeMessages(thread, owner);
  const invoice = detectInvoice(messages, { defaultTermDays: settings.defaultTermDays, owner });

  // Not an invoice: nothing more to read (no language, no register: there is nothing to draft).
  if (!invoice) return notInvoice();

  const language = invoice.language ?? settings.defaultLanguage;
  const corrections =
    typeof opts?.corrections === 'object' && opts.corrections !== null
      ? opts.corrections
      : undefined;
  const facts = threadStatus(messages, invoice, now, {
    promiseGraceDays: settings.promiseGraceDays,
    corrections,
  });
  const { score, reasons } = ghostScore({
    status: facts.status,
    daysOverdue: facts.daysOverdue,
    unansweredFollowUps: facts.unansweredFollowUps,
    amount: facts.outstandingAmount ?? invoice.facts.amount,
    noHumanReply: facts.noHumanReply,
    autoReplies: facts.autoReplies,
    brokenPromise:
      facts.promiseBroken && facts.promisedDate
        ? {
            date: facts.promisedDate,
            daysSince: daysSince(facts.promisedDate, now, invoice.offset),
          }
        : undefined,
  });
  const register =
    detectRegister(messages, language) ??
    (hasRegisters(language) ? settings.defaultRegister : undefined);
  const analysis: ThreadAnalysis = {
    status: facts.status,
    language,
    invoice: invoice.facts,
    daysOverdue: facts.daysOverdue,
    unansweredFollowUps: facts.unansweredFollowUps,
    ghostScore: score,
    reasons,
    invoiceMessageIndex: invoice.index,
    customers: invoice.customers,
  };
  if (facts.silentSince !== undefined) analysis.silentSince = facts.silentSince;
  if (facts.daysSilent !== undefined) analysis.daysSilent = facts.daysSilent;
  if (facts.replyKind) analysis.replyKind = facts.replyKind;
  if (facts.replyDate) analysis.replyDate = facts.replyDate;
  if (facts.promisedDate) analysis.promisedDate = facts.promisedDate;
  if (facts.promiseBroken) analysis.promiseBroken = true;
  if (facts.paidAmount !== undefined) analysis.paidAmount = facts.paidAmount;
  if (facts.outstandingAmount !== undefined) analysis.outstandingAmount = facts.outstandingAmount;
  if (facts.returnDate) analysis.returnDate = facts.returnDate;
  if (facts.resumeOn) analysis.resumeOn = facts.resumeOn;
  if (facts.disputeTopic) analysis.disputeTopic = facts.disputeTopic;
  if (facts.instalmentsAsked) analysis.instalmentsAsked = facts.instalmentsAsked;
  if (register) analysis.register = register;
  if (invoice.dueDateSource) analysis.dueDateSource = invoice.dueDateSource;
  if (facts.status === 'silent') {
    // A broken promise is one step further along than the same follow-ups without it.
    analysis.stage = escalationStage(
      facts.unansweredFollowUps + (facts.promiseBroken ? 1 : 0),
      facts.daysOverdue,
      settings.minDaysOverdue,
    );
  }
  return analysis;
}

/**
 * Analyses one thread at `opts.now` (default: the current time) with the person's settings.
 * Owner addresses are `thread.owner.emails` plus `settings.aliases`, case-insensitive.
 * Hostile or malformed input (a null thread, junk messages, unreadable dates or settings) yields
 * a valid analysis, `status: 'not_invoice'` when nothing can be read. An exception from inside
 * is a bug, never an answer: it is thrown as an AnalysisError rather than passed off as
 * `not_invoice`; the sidebar then says the conversation could not be analysed and the daily
 * re-analysis keeps the thread's last good analysis.
 */
export function analyzeThread(thread: MailThread, opts?: AnalyzeOptions): ThreadAnalysis {
  try {
    return analyze(thread, opts);
  } catch (error) {
    throw new AnalysisError(error);
  }
}
