/**
 * Validation of the person's settings. Each check's message is an i18n key (options_error_*),
 * so the options page and the background show the same words in the person's language.
 */
import * as v from 'valibot';
import { DRAFT_LANGUAGE_CODES, JURISDICTIONS } from '../core/index';
import { isValidIban, normalizeIban } from './iban';

const days = (max: number, key: string) =>
  v.pipe(v.number(key), v.integer(key), v.minValue(0, key), v.maxValue(max, key));

const optionalText = (max: number) =>
  v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, 'options_error_too_long')));

const gates = v.pipe(
  v.tuple([
    days(365, 'options_error_gate'),
    days(365, 'options_error_gate'),
    days(365, 'options_error_gate'),
    days(365, 'options_error_gate'),
  ]),
  // A later stage may never come before an earlier one (docs/rules.md §5). A gate that is itself
  // wrong already has its message; the order is judged once every gate is a proper number of days.
  v.check(
    (g) =>
      g.some((d) => !Number.isInteger(d) || d < 0) || g.every((d, i) => i === 0 || d >= g[i - 1]!),
    'options_error_gates_order',
  ),
);

export const settingsSchema = v.object({
  ownerName: optionalText(200),
  signature: optionalText(2000),
  aliases: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.email('options_error_alias'))),
    v.maxLength(50, 'options_error_too_long'),
  ),
  defaultTermDays: days(365, 'options_error_term'),
  minDaysOverdue: gates,
  deadlineDays: v.pipe(days(90, 'options_error_deadline'), v.minValue(1, 'options_error_deadline')),
  customerType: v.picklist(['business', 'consumer'], 'options_error_choice'),
  jurisdiction: v.picklist(JURISDICTIONS, 'options_error_choice'),
  payment: v.object({
    iban: v.optional(
      v.pipe(v.string(), v.transform(normalizeIban), v.check(isValidIban, 'options_error_iban')),
    ),
    // Shown to customers in drafts: only a secure web address makes sense there.
    paymentLink: v.optional(
      v.pipe(
        v.string(),
        v.trim(),
        v.url('options_error_payment_link'),
        v.startsWith('https://', 'options_error_payment_link'),
      ),
    ),
    instalments: v.optional(
      v.pipe(
        v.number('options_error_instalments'),
        v.integer('options_error_instalments'),
        v.minValue(0, 'options_error_instalments'),
        v.maxValue(24, 'options_error_instalments'),
      ),
    ),
  }),
  collectionAgency: optionalText(200),
  defaultLanguage: v.picklist(DRAFT_LANGUAGE_CODES, 'options_error_choice'),
  defaultRegister: v.picklist(['formal', 'informal'], 'options_error_choice'),
  promiseGraceDays: v.optional(days(365, 'options_error_invalid')),
  instalmentCount: v.optional(
    v.pipe(days(24, 'options_error_instalments'), v.minValue(2, 'options_error_instalments')),
  ),
});
