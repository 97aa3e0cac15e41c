/**
 * A stage-3 notice in Spanish or Italian names the owner's law the way that country cites it
 * (docs/rules.md §6a): a business gets the commercial late-payment act with its 40 € for
 * collection costs; a consumer gets the legal interest rate and no fixed sum.
 */
import { describe, expect, test } from 'vitest';
import type { DraftInput } from '../../lib/core/drafts/draft-input';
import { formatterFor } from '../../lib/core/drafts/languages/lookup';
import { renderDraft } from '../../lib/core/drafts/render';
import { legalStepsForNotice } from '../../lib/core/law/legal-steps';
import {
  defaultLateInterestTables,
  type LateInterestTables,
} from '../../lib/core/late-interest-rates';
import type { CustomerType } from '../../lib/core/settings';

const today = '2026-11-20';
const deadline = '2026-11-27';
const invoice = { number: 'F-2026-017', amount: 1190, currency: 'EUR', dueDate: '2026-10-15' };

// ECB rates known through 2026, so the business figures do not depend on the shipped table's end.
const tables: LateInterestTables = structuredClone(defaultLateInterestTables);
for (const code of ['ES', 'IT'] as const) {
  const table = tables[code]!;
  table.reference.push({ from: '2026-07-01', percent: 2.15 });
  table.knownUntil = '2026-12-31';
}

function notice(
  language: 'es' | 'it',
  register: 'formal' | 'informal',
  customerType: CustomerType,
): string {
  const jurisdiction = language === 'es' ? 'ES' : 'IT';
  const steps = legalStepsForNotice({
    jurisdiction,
    customerType,
    stage: 3,
    amount: invoice.amount,
    currency: invoice.currency,
    dueDate: invoice.dueDate,
    today,
    deadline,
    tables,
  });
  const input: DraftInput = {
    language,
    register,
    stage: 3,
    today,
    deadline,
    invoice,
    daysOverdue: 36,
    unansweredFollowUps: 2,
    payment: {},
    ...(steps.interest ? { lateInterest: steps.interest } : {}),
    legal: { costs: steps.costs, interestStartsWithThisNotice: steps.interestStartsWithThisNotice },
    signature: 'Ana Ruiz',
  };
  return renderDraft(input).text;
}

describe('a stage-3 notice names the law of the owner and the customer type', () => {
  test.each([
    {
      name: 'a Spanish business: Ley 3/2004, ECB + 8 = 10,15 % and the 40 € for collection costs',
      language: 'es' as const,
      customerType: 'business' as const,
      says: [/Ley 3\/2004, de lucha contra la morosidad/, /10,15\s%/, /indemnización de 40,00\s€/],
      never: [/interés legal del dinero/],
    },
    {
      name: 'a Spanish consumer: the interés legal del dinero from this demand, no 40 €',
      language: 'es' as const,
      customerType: 'consumer' as const,
      says: [/interés legal del dinero/, /desde el día siguiente a este requerimiento/],
      never: [/Ley 3\/2004/, /40,00/, /indemnizaci/],
    },
    {
      name: 'an Italian business: D.Lgs. 231/2002, ECB + 8 = 10,15% and the 40 € forfettari',
      language: 'it' as const,
      customerType: 'business' as const,
      says: [/D\.Lgs\. 231\/2002/, /del 10,15% annuo/, /importo forfettario di 40,00\s€/],
      never: [/tasso legale/],
    },
    {
      name: 'an Italian consumer: the tasso legale (1,60% in 2026) from the due date, no 40 €',
      language: 'it' as const,
      customerType: 'consumer' as const,
      says: [/interessi al tasso legale dell'1,60% annuo dal 16 ottobre 2026/, /Codice civile/],
      never: [/231\/2002/, /40,00/, /forfettari/],
    },
  ])('$name', ({ language, customerType, says, never }) => {
    const f = formatterFor(language, 'EUR');
    for (const register of ['formal', 'informal'] as const) {
      const text = notice(language, register, customerType);
      expect(text).toContain(f.deadline(deadline));
      for (const words of says) expect(text).toMatch(words);
      for (const words of never) expect(text).not.toMatch(words);
    }
  });
});
