/**
 * Checks a whole settings object before anything is saved: all of it is valid, or nothing is
 * stored and every problem is named by field.
 */
import * as v from 'valibot';
import type { Settings } from '../core/index';
import { settingsSchema } from './settings-schema';

export interface SettingsError {
  /** Dot path of the field, e.g. "payment.iban" or "minDaysOverdue.1". */
  field: string;
  /** i18n key of the message (options_error_*). */
  key: string;
}

export type SettingsCheck =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

/** Blank form fields mean "not set", not "set to nothing". */
function dropBlank(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropBlank);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, x]) => x !== undefined && !(typeof x === 'string' && x.trim() === ''))
        .map(([k, x]) => [k, dropBlank(x)]),
    );
  }
  return value;
}

export function validateSettings(input: unknown): SettingsCheck {
  const result = v.safeParse(settingsSchema, dropBlank(input));
  if (result.success) return { ok: true, settings: result.output as Settings };
  const errors = result.issues.map((issue) => ({
    field: v.getDotPath(issue) ?? '',
    key: issue.message.startsWith('options_error_') ? issue.message : 'options_error_invalid',
  }));
  // One message per field is enough.
  return {
    ok: false,
    errors: errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i),
  };
}
