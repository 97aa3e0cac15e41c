import { computeLateInterest } from '../late-interest';
import type { LateInterestTables } from '../late-interest-rates';
import type { MailThread } from '../mail-thread';
import type { FollowUpDraft, ThreadAnalysis } from '../results';
import { resolveSettings, type Settings, type Stage } from '../settings';
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
  /** The person's edited late-interest tables; the shipped ones by default. */
  lateInterestTables?: LateInterestTables;
}

/** Decides every fact of the draft from the thread, its analysis and the settings, then renders it. */
export function draftFromAnalysis(thread: MailThread, analysis: ThreadAnalysis, opts: DraftOptions = {}): FollowUpDraft {
  return renderDraft(draftInputFor(thread, analysis, opts));
}

export function draftInputFor(thread: MailThread, analysis: ThreadAnalysis, opts: DraftOptions = {}): DraftInput {
  const settings = resolveSettings(opts.settings);
  const today = toCalendarDate(opts.now ?? new Date()) ?? (toCalendarDate(new Date()) as string);
  const stage = opts.stage ?? analysis.stage ?? 1;
  const language = analysis.language === 'en' || analysis.language === 'de' ? analysis.language : settings.defaultLanguage;
  const invoice = analysis.invoice ?? {};
  const dueDate = invoice.dueDate ? toCalendarDate(invoice.dueDate) : undefined;
  const daysOverdue = analysis.daysOverdue ?? (dueDate ? Math.max(0, daysBetween(dueDate, today)) : 0);
  const lateInterest =
    stage >= 3 && invoice.amount !== undefined && invoice.currency && dueDate
      ? computeLateInterest({
          amount: invoice.amount,
          currency: invoice.currency,
          dueDate,
          until: today,
          customerType: settings.customerType,
          jurisdiction: settings.jurisdiction,
          language: analysis.language,
          tables: opts.lateInterestTables,
        })
      : undefined;
  const signature = [settings.signature, settings.ownerName, thread.owner.name].map((s) => s?.trim()).find(Boolean);
  return {
    language,
    register: analysis.register ?? settings.defaultRegister,
    stage,
    today,
    deadline: addDays(today, settings.deadlineDays),
    threadSubject: thread.subject,
    addressee: findAddressee(thread, analysis.invoiceMessageIndex, [...thread.owner.emails, ...settings.aliases]),
    invoice: { ...invoice, ...(dueDate ? { dueDate } : {}) },
    daysOverdue,
    unansweredFollowUps: analysis.unansweredFollowUps ?? 0,
    ...(lateInterest ? { lateInterest } : {}),
    payment: settings.payment,
    ...(settings.collectionAgency?.trim() ? { collectionAgency: settings.collectionAgency.trim() } : {}),
    ...(signature ? { signature } : {}),
  };
}
