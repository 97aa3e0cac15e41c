/**
 * The due date an invoice states: a date after a due-date phrase ("zahlbar bis 29. Oktober
 * 2026", "due November 7, 2026", "Date d'échéance : 20/10/2026"), else a term relative to the
 * day it was sent ("net 30", "innerhalb von 14 Tagen", "à 30 jours", "binnen 14 dagen"), else
 * the sent day plus the default term (docs/rules.md §3).
 */
import { addDays, daysBetween } from './calendar';
import { findDate } from './date-parsing';
import type { MessageBody } from './normalize-thread';

export interface DueDateContext {
  /** The invoice's sent day in the owner's time zone (YYYY-MM-DD). */
  sentDay?: string;
  defaultTermDays: number;
  /** Read ambiguous slashed dates US style (month first). */
  monthFirst: boolean;
}

export type DueDateSource = 'stated' | 'term' | 'default';

/** How far after its phrase a due date may be written ("due: Friday, 15 October 2026"). */
const DATE_REACH = 80;

/** Each date written after a due-date phrase on the same line, in the order of the phrases. */
function* datesAfterDuePhrases(body: MessageBody, ctx: DueDateContext): Generator<string> {
  const { ends } = body.tokens;
  for (const match of body.hits.cues.dueDatePhrases) {
    const from = ends[match.end - 1] as number;
    const lineEnd = body.lower.indexOf('\n', from);
    const rest = body.lower.slice(
      from,
      lineEnd < 0 || lineEnd > from + DATE_REACH ? from + DATE_REACH : lineEnd,
    );
    const found = findDate(rest, { reference: ctx.sentDay, monthFirst: ctx.monthFirst });
    if (found) yield found.date;
  }
}

/**
 * A date stated after a due-date phrase on the same line, never before the invoice was sent.
 * Computed once per body: invoice detection and the due date read the same answer.
 */
export function statedDueDate(body: MessageBody, ctx: DueDateContext): string | undefined {
  if (body.statedDue !== undefined) return body.statedDue ?? undefined;
  body.statedDue = null;
  for (const date of datesAfterDuePhrases(body, ctx)) {
    if (ctx.sentDay && daysBetween(ctx.sentDay, date) < 0) continue;
    body.statedDue = date;
    break;
  }
  return body.statedDue ?? undefined;
}

/**
 * A due date the message states as already past when it was written ("invoice 7 was due on
 * 2 September"): the message is a reminder of an invoice sent before it.
 */
export function pastDueDate(body: MessageBody, ctx: DueDateContext): string | undefined {
  if (!ctx.sentDay) return undefined;
  for (const date of datesAfterDuePhrases(body, ctx)) {
    if (daysBetween(ctx.sentDay, date) < 0) return date;
  }
  return undefined;
}

/** A payment term in days ("net 30"), 1-365. */
export function termDays(body: MessageBody): number | undefined {
  for (const match of body.hits.cues.termPhrases) {
    if (match.n !== undefined && match.n >= 1 && match.n <= 365) return match.n;
  }
  return undefined;
}

export function dueDateOf(
  body: MessageBody,
  ctx: DueDateContext,
): { dueDate?: string; source?: DueDateSource } {
  const stated = statedDueDate(body, ctx);
  if (stated) return { dueDate: stated, source: 'stated' };
  if (!ctx.sentDay) return {};
  const term = termDays(body);
  if (term !== undefined) return { dueDate: addDays(ctx.sentDay, term), source: 'term' };
  return { dueDate: addDays(ctx.sentDay, ctx.defaultTermDays), source: 'default' };
}
