/**
 * The person's copy of the late-interest rate tables (docs/rules.md §6: rates are data the user can
 * see and update). Absent: the tables shipped with the core apply. Kept in a store of their own
 * (migration 5), and checked whole before they are saved.
 */
import * as v from 'valibot';
import {
  defaultLateInterestTables,
  LATE_INTEREST_JURISDICTIONS,
  type LateInterestTables,
} from '../core/index';
import type { UnghostDb } from './database';

export const RATE_TABLES_KEY = 'lateInterestTables';

const day = v.pipe(v.string(), v.isoDate('options_rates_error_date'));
const step = v.object({
  from: day,
  source: v.optional(v.pipe(v.string(), v.maxLength(500))),
  unconfirmed: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  // Reference rates have been negative (ECB 2014-2022) but never beyond these bounds.
  percent: v.pipe(
    v.number('options_rates_error_percent'),
    v.minValue(-10, 'options_rates_error_percent'),
    v.maxValue(30, 'options_rates_error_percent'),
  ),
});
const lawSource = v.object({
  statute: v.pipe(v.string(), v.maxLength(500)),
  ratePage: v.pipe(v.string(), v.maxLength(500)),
});
const steps = v.pipe(
  v.array(step),
  v.minLength(1, 'options_rates_error_empty'),
  v.check(
    (s) => s.every((x, i) => i === 0 || x.from > s[i - 1]!.from),
    'options_rates_error_order',
  ),
);
const series = v.pipe(
  v.object({ referenceName: v.string(), reference: steps, knownUntil: day, source: lawSource }),
  v.check(
    (t) => t.knownUntil >= t.reference[t.reference.length - 1]!.from,
    'options_rates_error_known_until',
  ),
);
const terms = v.looseObject({
  marginPoints: v.pipe(v.number(), v.minValue(0), v.maxValue(30)),
  feeBands: v.optional(
    v.array(v.object({ below: v.optional(v.number()), fee: v.pipe(v.number(), v.minValue(0)) })),
  ),
  legalBasis: v.string(),
  costScale: v.optional(v.picklist(['nl-wik', 'be-consumer'])),
  ownReference: v.optional(series),
  interestFrom: v.optional(
    v.variant('after', [
      v.object({ after: v.literal('due') }),
      v.object({
        after: v.literal('reminder'),
        waitDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60)),
      }),
    ]),
  ),
  compoundsYearly: v.optional(v.boolean()),
});
const table = v.pipe(
  v.looseObject({
    currency: v.picklist(['EUR', 'GBP', 'CHF']),
    referenceName: v.string(),
    reference: v.pipe(v.array(step), v.minLength(1, 'options_rates_error_empty')),
    knownUntil: day,
    rateFixedWhenOverdue: v.boolean(),
    business: terms,
    consumer: v.optional(terms),
    source: v.optional(lawSource),
  }),
  v.check(
    (t) => t.reference.every((s, i) => i === 0 || s.from > t.reference[i - 1]!.from),
    'options_rates_error_order',
  ),
  v.check(
    (t) => t.reference.length === 0 || t.knownUntil >= t.reference[t.reference.length - 1]!.from,
    'options_rates_error_known_until',
  ),
);
/** DE, UK and EU always; the other laws are optional, since copies saved before them lack them. */
export const rateTablesSchema = v.object({
  DE: table,
  UK: table,
  EU: table,
  ...Object.fromEntries(
    LATE_INTEREST_JURISDICTIONS.filter((j) => !['DE', 'UK', 'EU'].includes(j)).map((j) => [
      j,
      v.optional(table),
    ]),
  ),
});

/** An i18n key (options_rates_error_*) when the tables are not usable, else undefined. */
export function checkRateTables(input: unknown): string | undefined {
  const result = v.safeParse(rateTablesSchema, input);
  if (result.success) return undefined;
  const message = result.issues[0]?.message ?? '';
  return message.startsWith('options_rates_error_') ? message : 'options_rates_error_invalid';
}

export async function loadRateTables(
  db: UnghostDb,
): Promise<{ tables: LateInterestTables; edited: boolean }> {
  const stored = await db.get('rateTables', RATE_TABLES_KEY);
  // A copy saved before a law was added takes the shipped table for it.
  return stored
    ? { tables: { ...defaultLateInterestTables, ...stored }, edited: true }
    : { tables: defaultLateInterestTables, edited: false };
}

/** Saves the person's tables (null: back to the shipped ones). Returns an error key, or undefined when saved. */
export async function saveRateTables(
  db: UnghostDb,
  tables: LateInterestTables | null,
): Promise<string | undefined> {
  if (tables === null) {
    await db.delete('rateTables', RATE_TABLES_KEY);
    return undefined;
  }
  const error = checkRateTables(tables);
  if (!error) await db.put('rateTables', tables, RATE_TABLES_KEY);
  return error;
}
