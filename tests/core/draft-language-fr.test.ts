/**
 * What the French drafts must get right beyond the lists every language meets
 * (draft-languages.test.ts): the law as France, Belgium and Switzerland cite it in a stage-3
 * notice (docs/rules.md §6a), French typography, and the greeting of each register.
 */
import { describe, expect, test } from 'vitest';
import type { DraftInput } from '../../lib/core/drafts/draft-input';
import type { Register } from '../../lib/core/drafts/language-pack';
import { formatterFor } from '../../lib/core/drafts/languages/lookup';
import { renderDraft } from '../../lib/core/drafts/render';
import type { Stage } from '../../lib/core/drafts/stage-table';
import { missingFromCostNotice } from '../../lib/core/law/cost-notice-check';
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
for (const code of ['FR', 'BE'] as const) {
  const table = tables[code]!;
  table.reference.push({ from: '2026-07-01', percent: 2.15 });
  table.knownUntil = '2026-12-31';
}

function draft(register: Register, facts: Partial<DraftInput> & { stage: Stage }): string {
  return renderDraft({
    language: 'fr',
    register,
    today,
    deadline,
    invoice,
    daysOverdue: 36,
    unansweredFollowUps: facts.stage - 1,
    payment: {},
    signature: 'Anna Schmidt',
    addressee: { name: 'Claire Dubois', form: 'full' },
    ...facts,
  }).text;
}

function notice(
  register: Register,
  jurisdiction: Jurisdiction,
  customerType: CustomerType,
  currency = 'EUR',
) {
  const steps = legalStepsForNotice({
    jurisdiction,
    customerType,
    stage: 3,
    amount: invoice.amount,
    currency,
    dueDate: invoice.dueDate,
    today,
    deadline,
    tables,
  });
  const payBy = steps.costs.kind === 'announce' ? steps.costs.notice.payBy : deadline;
  const text = draft(register, {
    stage: 3,
    invoice: { ...invoice, currency },
    deadline: payBy > deadline ? payBy : deadline,
    ...(steps.interest ? { lateInterest: steps.interest } : {}),
    legal: { costs: steps.costs, interestStartsWithThisNotice: steps.interestStartsWithThisNotice },
  });
  return { text, steps };
}

describe('the French stage-3 notice names the law of the owner’s country', () => {
  test.each(['formal', 'informal'] as const)(
    'a French business (%s): article L441-10 with the computed interest and the 40 € indemnity',
    (register) => {
      const { text, steps } = notice(register, 'FR', 'business');
      const f = formatterFor('fr', 'EUR');
      expect(text).toContain('l’article L441-10 du Code de commerce');
      expect(text).toContain(
        `l’indemnité forfaitaire pour frais de recouvrement de ${f.money(40, 'EUR')}`,
      );
      expect(text).toContain(
        `${f.percent(steps.interest!.ratePercent)}\u00a0l’an`.replace('\u00a0l’an', ' l’an'),
      );
      expect(text).toContain(f.money(steps.interest!.interest, 'EUR'));
    },
  );

  test('a French consumer: the legal rate, from the day after this notice, and no indemnity', () => {
    const { text } = notice('formal', 'FR', 'consumer');
    expect(text).toContain('l’article 1231-6 du Code civil');
    expect(text).toContain('à compter du lendemain de la présente mise en demeure');
    expect(text).not.toMatch(/indemnité forfaitaire/);
  });

  test.each(['formal', 'informal'] as const)(
    'a Belgian consumer (%s): a free first reminder, 14 days from the day after receipt, the capped costs',
    (register) => {
      const { text, steps } = notice(register, 'BE', 'consumer');
      if (steps.costs.kind !== 'announce') throw new Error('expected the letter the law asks for');
      const n = steps.costs.notice;
      expect(text).toContain('Ce premier rappel est gratuit.');
      expect(text).toContain('14 jours, à compter du lendemain de la réception de ce courrier');
      expect(missingFromCostNotice(text, n)).toEqual([]);
    },
  );

  test('a Swiss customer: 5 % after this reminder, in francs, and no flat fee', () => {
    const { text } = notice('formal', 'CH', 'business', 'CHF');
    expect(text).toMatch(/intérêts au taux légal de 5\u00a0%/);
    expect(text).toContain('en application des articles 102 et 104 du Code des obligations');
    expect(text).not.toMatch(/indemnité|forfait/);
  });
});

describe('French as a French professional writes it', () => {
  test.each([
    ['formal', 'Bonjour Claire Dubois,', 'Bien cordialement,'],
    ['informal', 'Bonjour Claire,', 'Belle journée,'],
  ] as const)('%s: greeting and sign-off', (register, greeting, signOff) => {
    const text = draft(register, { stage: 1 });
    expect(text.startsWith(`${greeting}\n\n`)).toBe(true);
    expect(text).toContain(`\n\n${signOff}\nAnna Schmidt`);
  });

  test('a non-breaking space before ; : ! ? and never an ordinary one', () => {
    for (const register of ['formal', 'informal'] as const)
      for (const stage of [1, 2, 3, 4] as const) {
        const text = draft(register, { stage, payment: { iban: 'FR7630006000011234567890189' } });
        expect(text).not.toMatch(/ [;:!?]/);
      }
  });

  test('titles as a French letter writes them', () => {
    expect(draft('formal', { stage: 1, addressee: { name: 'Ms Dupont', form: 'title' } })).toMatch(
      /^Bonjour Madame Dupont,/,
    );
    expect(
      draft('formal', { stage: 1, addressee: { name: 'Herr Becker', form: 'title' } }),
    ).toMatch(/^Bonjour Monsieur Becker,/);
  });
});
