/**
 * The person's copy of the late-interest rate tables (docs/rules.md §6: rates are data the user can
 * see and update). Absent: the tables shipped with the core apply. Kept in a store of their own
 * (migration 5), and checked whole before they are saved.
 */
import * as v from 'valibot';
import { defaultLateInterestTables, type LateInterestTables } from '../core/index';
import type { UnghostDb } from './database';

export const RATE_TABLES_KEY = 'lateInterestTables';

const day = v.pipe(v.string(), v.isoDate('options_rates_error_date'));
const step = v.object({
  from: day,
  // Reference rates have been negative (ECB 2014-2022) but never beyond these bounds.
  percent: v.pipe(
    v.number('options_rates_error_percent'),
    v.minValue(-10, 'options_rates_error_percent'),
    v.maxValue(30, 'options_rates_error_percent'),
  ),
});
const terms = v.looseObject({
  marginPoints: v.pipe(v.number(), v.minValue(0), v.maxValue(30)),
  feeBands: v.optional(
    v.array(v.object({ below: v.optional(v.number()), fee: v.pipe(v.number(), v.minValue(0)) })),
  ),
  legalBasis: v.string(),
});
const table = v.pipe(
  v.looseObject({
    currency: v.picklist(['EUR', 'GBP']),
    referenceName: v.string(),
    reference: v.pipe(v.array(step), v.minLength(1, 'options_rates_error_empty')),
    knownUntil: day,
    rateFixedWhenOverdue: v.boolean(),
    business: terms,
    consumer: v.optional(terms),
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
export const rateTablesSchema = v.object({ DE: table, UK: table, EU: table });

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
  return stored
    ? { tables: stored, edited: true }
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
