/**
 * The options form edits text; settings are numbers, lists and choices. These two functions
 * translate between them, so that what the person typed reaches validation unchanged (a "-3"
 * stays -3 and is refused, instead of silently becoming 0).
 */
import type { Settings } from '../../lib/core/index';

export interface SettingsFormState {
  ownerName: string;
  signature: string;
  /** One address per line. */
  aliases: string;
  defaultTermDays: string;
  gates: [string, string, string, string];
  deadlineDays: string;
  iban: string;
  paymentLink: string;
  instalments: string;
  customerType: Settings['customerType'];
  jurisdiction: Settings['jurisdiction'];
  collectionAgency: string;
  defaultLanguage: Settings['defaultLanguage'];
  defaultRegister: Settings['defaultRegister'];
}

export function formStateOf(s: Settings): SettingsFormState {
  const text = (v: string | number | undefined) => (v === undefined ? '' : String(v));
  return {
    ownerName: text(s.ownerName),
    signature: text(s.signature),
    aliases: s.aliases.join('\n'),
    defaultTermDays: text(s.defaultTermDays),
    gates: s.minDaysOverdue.map(text) as SettingsFormState['gates'],
    deadlineDays: text(s.deadlineDays),
    iban: text(s.payment.iban),
    paymentLink: text(s.payment.paymentLink),
    instalments: text(s.payment.instalments),
    customerType: s.customerType,
    jurisdiction: s.jurisdiction,
    collectionAgency: text(s.collectionAgency),
    defaultLanguage: s.defaultLanguage,
    defaultRegister: s.defaultRegister,
  };
}

/** A number field: blank is "not set"; anything else goes to validation as a number (NaN if not one). */
const num = (v: string) => (v.trim() === '' ? undefined : Number(v.trim().replace(',', '.')));

/** The settings the form describes, unvalidated. */
export function settingsOf(f: SettingsFormState): Record<string, unknown> {
  return {
    ownerName: f.ownerName,
    signature: f.signature,
    aliases: f.aliases
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
    defaultTermDays: num(f.defaultTermDays),
    minDaysOverdue: f.gates.map(num),
    deadlineDays: num(f.deadlineDays),
    payment: { iban: f.iban, paymentLink: f.paymentLink, instalments: num(f.instalments) },
    customerType: f.customerType,
    jurisdiction: f.jurisdiction,
    collectionAgency: f.collectionAgency,
    defaultLanguage: f.defaultLanguage,
    defaultRegister: f.defaultRegister,
  };
}
