import { computeLateInterest } from '../late-interest';
import type { LateInterestTables } from '../late-interest-rates';
import type { MailThread } from '../mail-thread';
import type { FollowUpDraft, ThreadAnalysis } from '../results';
import { safeLine, safeLines, safeName, safeSubject } from '../safe-text';
import { defaultSettings, resolveSettings, type Settings, type Stage } from '../settings';
import { findAddressee } from './addressee';
import { addDays, daysBetween, toCalendarDate } from './calendar-date';
import type { DraftInput } from './draft-input';
import { renderDraft } from './render';

export interface DraftOptions {
  /** Defaults to the current time; tests and the background pass it explicitly. */
  now?: Date | string;
  settings?: Partial<Settings>;
  /** The stage the person picked by hand; else the analysis's suggestion, else 1. */
  stage?: Stage;
  /**
   * The thread's analysis at the same `now` and settings, when the caller already has it (the
   * sidebar does): draftFollowUp then skips analysing the thread again.
   */
  analysis?: ThreadAnalysis;
  /** Overrides `settings.lateInterestTables` (the person's edited tables); the shipped ones by default. */
  lateInterestTables?: LateInterestTables;
}

/** Decides every fact of the draft from the thread, its analysis and the settings, then renders it. */
export function draftFromAnalysis(
  thread: MailThread,
  analysis: ThreadAnalysis,
  opts: DraftOptions = {},
): FollowUpDraft {
  return renderDraft(draftInputFor(thread, analysis, opts));
}

export function draftInputFor(
  thread: MailThread,
  analysis: ThreadAnalysis,
  opts: DraftOptions = {},
): DraftInput {
  const settings = resolveSettings(opts.settings);
  // Settings come from storage and the options form: anything unreadable falls back to the default.
  const deadlineDays = wholeNumberIn(settings.deadlineDays, 1, 365) ?? defaultSettings.deadlineDays;
  const instalments = wholeNumberIn(settings.payment.instalments, 2, 60);
  const payment = { ...settings.payment, instalments };
  const today = toCalendarDate(opts.now ?? new Date()) ?? (toCalendarDate(new Date()) as string);
  const stage = opts.stage ?? analysis.stage ?? 1;
  const language =
    analysis.language === 'en' || analysis.language === 'de'
      ? analysis.language
      : settings.defaultLanguage;
  const { dueDate: statedDue, ...known } = analysis.invoice ?? {};
  const dueDate = statedDue ? toCalendarDate(statedDue) : undefined;
  const invoice = { ...known, ...(dueDate ? { dueDate } : {}) };
  const daysOverdue =
    wholeNumberIn(analysis.daysOverdue, 0, 100_000) ??
    (dueDate ? Math.max(0, daysBetween(dueDate, today)) : 0);
  const lateInterest =
    stage >= 3 &&
    invoice.amount !== undefined &&
    Number.isFinite(invoice.amount) &&
    invoice.currency &&
    dueDate
      ? computeLateInterest({
          amount: invoice.amount,
          currency: invoice.currency,
          dueDate,
          until: today,
          customerType: settings.customerType,
          jurisdiction: settings.jurisdiction,
          language: analysis.language,
          tables: opts.lateInterestTables ?? settings.lateInterestTables,
        })
      : undefined;
  // The person's own signature block or name, else the name the mail page shows for the
  // account, used only when it looks like a name (the page is not the person).
  const signature =
    safeLines(settings.signature, 200) ||
    safeLine(settings.ownerName) ||
    safeName(thread.owner?.name);
  const collectionAgency = safeLine(settings.collectionAgency);
  return {
    language,
    register: analysis.register ?? settings.defaultRegister,
    stage,
    today,
    deadline: addDays(today, deadlineDays),
    threadSubject: safeSubject(thread.subject),
    addressee: findAddressee(thread, analysis.invoiceMessageIndex, [
      ...(thread.owner?.emails ?? []),
      ...settings.aliases,
    ]),
    invoice,
    daysOverdue,
    unansweredFollowUps: wholeNumberIn(analysis.unansweredFollowUps, 0, 1000) ?? 0,
    ...(lateInterest ? { lateInterest } : {}),
    payment,
    ...(collectionAgency ? { collectionAgency } : {}),
    ...(signature ? { signature } : {}),
  };
}

function wholeNumberIn(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'number' ? Math.round(value) : Number.NaN;
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}
