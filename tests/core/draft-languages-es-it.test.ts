/**
 * What the Spanish and Italian drafts must get right beyond the lists every language meets
 * (draft-languages.test.ts): the greeting and sign-off of each register, the Italian article
 * before a day, and a stage-3 notice naming the owner's law the way that country cites it
 * (docs/rules.md §6a): a business gets the commercial late-payment act with its 40 € for
 * collection costs; a consumer gets the legal interest rate and no fixed sum.
 */
import { describe, expect, test } from 'vitest';
import type { Addressee } from '../../lib/core/drafts/addressee';
import type { DraftInput } from '../../lib/core/drafts/draft-input';
import type { Register } from '../../lib/core/drafts/language-pack';
import { formatterFor } from '../../lib/core/drafts/languages/lookup';
import { renderDraft } from '../../lib/core/drafts/render';
import type { Stage } from '../../lib/core/drafts/stage-table';
import { legalStepsForNotice } from '../../lib/core/law/legal-steps';
import {
  defaultLateInterestTables,
  type LateInterestTables,
} from '../../lib/core/late-interest-rates';
import type { CustomerType, Jurisdiction } from '../../lib/core/settings';

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

function draft(
  language: 'es' | 'it',
  register: Register,
  facts: Partial<DraftInput> & { stage: Stage },
): string {
  return renderDraft({
    language,
    register,
    today,
    deadline,
    invoice,
    daysOverdue: 36,
    unansweredFollowUps: facts.stage - 1,
    payment: {},
    signature: 'Ana Ruiz',
    ...facts,
  }).text;
}

/** A stage-3 notice with the legal steps of `jurisdiction` for `customerType`. */
function notice(
  language: 'es' | 'it',
  register: Register,
  jurisdiction: Jurisdiction,
  customerType: CustomerType,
): string {
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
  // As the core does: a letter with a legal term never states an earlier day to pay by.
  const payBy = steps.costs.kind === 'announce' ? steps.costs.notice.payBy : deadline;
  return draft(language, register, {
    stage: 3,
    deadline: payBy > deadline ? payBy : deadline,
    ...(steps.interest ? { lateInterest: steps.interest } : {}),
    legal: { costs: steps.costs, interestStartsWithThisNotice: steps.interestStartsWithThisNotice },
  });
}

describe('greeting and sign-off as a Spanish or Italian professional writes them', () => {
  const garcia: Addressee = { name: 'Ms García', form: 'title' };
  const rossi: Addressee = { name: 'Dr Rossi', form: 'title', gender: 'female' };
  const lucia: Addressee = { name: 'Lucía Pérez', form: 'full' };
  test.each([
    {
      language: 'es',
      register: 'formal',
      stage: 1,
      to: garcia,
      opens: 'Estimada Sra. García:',
      ends: 'Un cordial saludo,',
    },
    {
      language: 'es',
      register: 'formal',
      stage: 4,
      to: garcia,
      opens: 'Estimada Sra. García:',
      ends: 'Atentamente,',
    },
    {
      language: 'es',
      register: 'formal',
      stage: 1,
      to: { name: 'Herr Ortega', form: 'title' },
      opens: 'Estimado Sr. Ortega:',
      ends: 'Un cordial saludo,',
    },
    {
      language: 'es',
      register: 'formal',
      stage: 2,
      to: lucia,
      opens: 'Buenos días, Lucía Pérez:',
      ends: 'Un cordial saludo,',
    },
    {
      language: 'es',
      register: 'formal',
      stage: 3,
      to: undefined,
      opens: 'Estimados señores:',
      ends: 'Atentamente,',
    },
    {
      language: 'es',
      register: 'informal',
      stage: 1,
      to: lucia,
      opens: 'Hola, Lucía:',
      ends: 'Un saludo,',
    },
    {
      language: 'es',
      register: 'informal',
      stage: 4,
      to: undefined,
      opens: 'Hola:',
      ends: 'Un saludo,',
    },
    {
      language: 'it',
      register: 'formal',
      stage: 1,
      to: rossi,
      opens: 'Gentile Dott.ssa Rossi,',
      ends: 'Cordiali saluti,',
    },
    {
      language: 'it',
      register: 'formal',
      stage: 4,
      to: garcia,
      opens: 'Gentile Sig.ra García,',
      ends: 'Distinti saluti,',
    },
    {
      language: 'it',
      register: 'formal',
      stage: 2,
      to: undefined,
      opens: 'Gentile Cliente,',
      ends: 'Cordiali saluti,',
    },
    {
      language: 'it',
      register: 'informal',
      stage: 1,
      to: { name: 'Giulia Bianchi', form: 'full' },
      opens: 'Ciao Giulia,',
      ends: 'A presto,',
    },
    {
      language: 'it',
      register: 'informal',
      stage: 3,
      to: { name: 'Giulia', form: 'given' },
      opens: 'Ciao Giulia,',
      ends: 'Un saluto,',
    },
  ] as const)(
    '$language $register stage $stage: "$opens" … "$ends"',
    ({ language, register, stage, to, opens, ends }) => {
      const text = draft(language, register, { stage, ...(to ? { addressee: to } : {}) });
      expect(text.split('\n')[0]).toBe(opens);
      expect(text.endsWith(`\n\n${ends}\nAna Ruiz`)).toBe(true);
    },
  );
});

describe('the Italian article before a day read with a vowel', () => {
  test.each([
    { promisedDate: '2026-12-08', says: "entro l'8 dicembre 2026" },
    { promisedDate: '2026-12-11', says: "entro l'11 dicembre 2026" },
    { promisedDate: '2026-12-01', says: 'entro il 1 dicembre 2026' },
    { promisedDate: '2026-12-18', says: 'entro il 18 dicembre 2026' },
  ])('promised for $promisedDate: "$says"', ({ promisedDate, says }) => {
    for (const register of ['formal', 'informal'] as const)
      expect(draft('it', register, { stage: 1, kind: 'promise_thanks', promisedDate })).toContain(
        says,
      );
  });
});

describe('a stage-3 notice names the law of the owner and the customer type', () => {
  test.each([
    {
      name: 'a Spanish business: Ley 3/2004, ECB + 8 = 10,15 % and the 40 € for collection costs',
      language: 'es' as const,
      jurisdiction: 'ES' as const,
      customerType: 'business' as const,
      says: [/Ley 3\/2004, de lucha contra la morosidad/, /10,15\s%/, /indemnización de 40,00\s€/],
      never: [/interés legal del dinero/],
    },
    {
      name: 'a Spanish consumer: the interés legal del dinero from this demand, no 40 €',
      language: 'es' as const,
      jurisdiction: 'ES' as const,
      customerType: 'consumer' as const,
      says: [/interés legal del dinero/, /desde el día siguiente a este requerimiento/],
      never: [/Ley 3\/2004/, /40,00/, /indemnizaci/],
    },
    {
      name: 'an Italian business: D.Lgs. 231/2002, ECB + 8 = 10,15% and the 40 € forfettari',
      language: 'it' as const,
      jurisdiction: 'IT' as const,
      customerType: 'business' as const,
      says: [/D\.Lgs\. 231\/2002/, /del 10,15% annuo/, /importo forfettario di 40,00\s€/],
      never: [/tasso legale/],
    },
    {
      name: 'an Italian consumer: the tasso legale (1,60% in 2026) from the due date, no 40 €',
      language: 'it' as const,
      jurisdiction: 'IT' as const,
      customerType: 'consumer' as const,
      says: [/interessi al tasso legale dell'1,60% annuo dal 16 ottobre 2026/, /Codice civile/],
      never: [/231\/2002/, /40,00/, /forfettari/],
    },
  ])('$name', ({ language, jurisdiction, customerType, says, never }) => {
    const f = formatterFor(language, 'EUR');
    for (const register of ['formal', 'informal'] as const) {
      const text = notice(language, register, jurisdiction, customerType);
      expect(text).toContain(f.deadline(deadline));
      for (const words of says) expect(text).toMatch(words);
      for (const words of never) expect(text).not.toMatch(words);
    }
  });

  test.each([
    {
      language: 'es' as const,
      term: /14 días, contados a partir del día siguiente a la recepción/,
    },
    {
      language: 'it' as const,
      term: /14 giorni di tempo, a partire dal giorno successivo al ricevimento/,
    },
  ])(
    '$language: a Dutch consumer’s letter names the amount, the exact costs and the pay-by day',
    ({ language, term }) => {
      const steps = legalStepsForNotice({
        jurisdiction: 'NL',
        customerType: 'consumer',
        stage: 3,
        amount: invoice.amount,
        currency: 'EUR',
        dueDate: invoice.dueDate,
        today,
        deadline,
      });
      if (steps.costs.kind !== 'announce') throw new Error('expected the letter');
      const { amountDue, costs, payBy } = steps.costs.notice;
      const f = formatterFor(language, 'EUR');
      for (const register of ['formal', 'informal'] as const) {
        const text = notice(language, register, 'NL', 'consumer');
        expect(text).toMatch(term);
        expect(text).toContain(f.money(amountDue, 'EUR'));
        expect(text).toContain(f.money(costs, 'EUR'));
        expect(text).toContain(f.date(payBy));
        expect(text).not.toContain(f.date(deadline));
      }
    },
  );
});
