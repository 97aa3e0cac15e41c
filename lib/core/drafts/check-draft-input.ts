/**
 * The arguments of `draftFollowUp`, checked against their types before anything is read. The
 * thread's messages are not checked here: they are read the way `analyzeThread` reads them,
 * skipping what is unreadable. Everything the draft itself reads (subject, owner, settings,
 * now, stage) must be what its type says, else the first field that is not is named.
 */
import type { DraftErrorField } from '../results';
import { toCalendarDate } from './calendar-date';
import type { DraftOptions } from './draft-from-analysis';
import { LATE_INTEREST_JURISDICTIONS } from '../late-interest-rates';
import { JURISDICTIONS } from '../settings';
import { DRAFT_LANGUAGE_CODES } from './languages/lookup';
import { STAGES } from './stage-table';

const CUSTOMER_TYPES: readonly unknown[] = ['business', 'consumer'];
const REGISTERS: readonly unknown[] = ['formal', 'informal'];

type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number';
const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
const strings: Check = (v) => Array.isArray(v) && v.every(isString);

/** The first argument that is not what its type says, or undefined when all are. */
export function invalidDraftField(thread: unknown, opts: unknown): DraftErrorField | undefined {
  if (!isObject(thread)) return 'thread';
  if (!optional(isString)(thread.subject)) return 'thread.subject';
  if (!isObject(thread.owner)) return 'thread.owner';
  if (!optional(isString)(thread.owner.name)) return 'thread.owner.name';
  if (!strings(thread.owner.emails)) return 'thread.owner.emails';
  if (!optional(Array.isArray)(thread.messages)) return 'thread.messages';
  if (opts === undefined) return undefined;
  if (!isObject(opts)) return 'options';
  const o = opts as DraftOptions & Record<string, unknown>;
  if (!optional(isInstant)(o.now)) return 'now';
  if (!optional(oneOf(STAGES as readonly unknown[]))(o.stage)) return 'stage';
  if (!optional(isAnalysis)(o.analysis)) return 'analysis';
  if (!optional(isTables)(o.lateInterestTables)) return 'lateInterestTables';
  return invalidSettingsField(o.settings);
}

function invalidSettingsField(settings: unknown): DraftErrorField | undefined {
  if (settings === undefined) return undefined;
  if (!isObject(settings)) return 'settings';
  const checks: [keyof typeof settings & string, Check][] = [
    ['ownerName', isString],
    ['signature', isString],
    ['aliases', strings],
    ['defaultTermDays', isNumber],
    ['minDaysOverdue', (v) => Array.isArray(v) && v.length === 4 && v.every(isNumber)],
    ['deadlineDays', isNumber],
    ['customerType', oneOf(CUSTOMER_TYPES)],
    ['jurisdiction', oneOf(JURISDICTIONS as readonly unknown[])],
    ['payment', isPayment],
    ['collectionAgency', isString],
    ['defaultLanguage', oneOf(DRAFT_LANGUAGE_CODES as readonly unknown[])],
    ['defaultRegister', oneOf(REGISTERS)],
    ['lateInterestTables', isTables],
  ];
  for (const [field, check] of checks) {
    if (!optional(check)(settings[field])) return `settings.${field}` as DraftErrorField;
  }
  return undefined;
}

/** A Date that holds a time, or a string that starts with a real YYYY-MM-DD date. */
function isInstant(v: unknown): boolean {
  return (
    (v instanceof Date || (typeof v === 'string' && v.length <= 100)) &&
    toCalendarDate(v) !== undefined
  );
}

function isPayment(v: unknown): boolean {
  return (
    isObject(v) &&
    optional(isString)(v.iban) &&
    optional(isString)(v.paymentLink) &&
    optional(isNumber)(v.instalments)
  );
}

function isAnalysis(v: unknown): boolean {
  return isObject(v) && isString(v.status) && optional(isObject)(v.invoice);
}

/**
 * The tables, each with the parts the calculation reads: DE, UK and EU always, the other laws
 * when present (a copy saved before them lacks them, and the shipped ones apply).
 */
function isTables(v: unknown): boolean {
  if (!isObject(v)) return false;
  return LATE_INTEREST_JURISDICTIONS.every((key) =>
    ['DE', 'UK', 'EU'].includes(key) || v[key] !== undefined ? isTable(v[key]) : true,
  );
}

function isSteps(v: unknown): boolean {
  return Array.isArray(v) && v.every((s) => isObject(s) && isString(s.from) && isNumber(s.percent));
}

function isTable(t: unknown): boolean {
  return (
    isObject(t) &&
    isString(t.currency) &&
    isString(t.knownUntil) &&
    isSteps(t.reference) &&
    [t.business, t.consumer].every(
      (terms, i) =>
        (i === 1 && terms === undefined) ||
        (isObject(terms) &&
          isNumber(terms.marginPoints) &&
          optional(Array.isArray)(terms.feeBands) &&
          optional((r: unknown) => isObject(r) && isString(r.knownUntil) && isSteps(r.reference))(
            terms.ownReference,
          ) &&
          optional((f: unknown) => isObject(f) && (f.after === 'due' || isNumber(f.waitDays)))(
            terms.interestFrom,
          )),
    )
  );
}
