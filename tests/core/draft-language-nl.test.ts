/**
 * What the Dutch drafts must get right beyond the lists every language meets
 * (draft-languages.test.ts): the law as the Netherlands and Belgium cite it in a stage-3 notice
 * (docs/rules.md §6a), above all the "veertiendagenbrief" a Dutch consumer must get before
 * collection costs may be charged, and the greeting of each register.
 */
import { describe, expect, test } from 'vitest';
import type { DraftInput } from '../../lib/core/drafts/draft-input';
import type { Register } from '../../lib/core/drafts/language-pack';
import { formatterFor } from '../../lib/core/drafts/languages/lookup';
import { renderDraft } from '../../lib/core/drafts/render';
import type { Stage } from '../../lib/core/drafts/stage-table';
import { dutchCollectionCosts } from '../../lib/core/law/collection-costs';
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
for (const code of ['NL', 'BE'] as const) {
  const table = tables[code]!;
  table.reference.push({ from: '2026-07-01', percent: 2.15 });
  table.knownUntil = '2026-12-31';
}

function draft(register: Register, facts: Partial<DraftInput> & { stage: Stage }): string {
  return renderDraft({
    language: 'nl',
    register,
    today,
    deadline,
    invoice,
    daysOverdue: 36,
    unansweredFollowUps: facts.stage - 1,
    payment: {},
    signature: 'Anna Schmidt',
    addressee: { name: 'Sanne de Vries', form: 'full' },
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

describe('the Dutch stage-3 notice', () => {
  test.each(['formal', 'informal'] as const)(
    'to a Dutch consumer (%s) it is a valid veertiendagenbrief: amount, exact WIK costs, 14 days from the day after receipt, the pay-by day',
    (register) => {
      const { text, steps } = notice(register, 'NL', 'consumer');
      if (steps.costs.kind !== 'announce') throw new Error('expected the letter the law asks for');
      const n = steps.costs.notice;
      const f = formatterFor('nl', 'EUR');
      expect(n.kind).toBe('nl-veertiendagenbrief');
      expect(n.costs).toBe(dutchCollectionCosts(invoice.amount));
      expect(text).toContain(`incassokosten verschuldigd van ${f.money(n.costs, 'EUR')}`);
      expect(text).toContain('14 dagen, te rekenen vanaf de dag na ontvangst van deze brief');
      expect(text).toContain(`uiterlijk op ${f.date(n.payBy)}`);
      expect(missingFromCostNotice(text, n)).toEqual([]);
      // No earlier day to pay by than the law's term.
      expect(text).not.toContain(f.date(deadline));
    },
  );

  test('to a Dutch business: artikel 6:119a BW with the computed rate, and collection costs by the scale (at least €40)', () => {
    const { text, steps } = notice('formal', 'NL', 'business');
    const f = formatterFor('nl', 'EUR');
    expect(text).toContain('artikel 6:119a BW (wettelijke handelsrente)');
    expect(text).toContain(f.percent(steps.interest!.ratePercent));
    const costs = dutchCollectionCosts(invoice.amount);
    expect(costs).toBeGreaterThanOrEqual(40);
    expect(text).toContain(`incassokosten van ${f.money(costs, 'EUR')}`);
  });

  test('to a Belgian consumer: a free first reminder with the capped costs', () => {
    const { text, steps } = notice('formal', 'BE', 'consumer');
    if (steps.costs.kind !== 'announce') throw new Error('expected the letter the law asks for');
    expect(text).toContain('Deze eerste herinnering is kosteloos.');
    expect(missingFromCostNotice(text, steps.costs.notice)).toEqual([]);
  });
});

describe('Dutch as a Dutch professional writes it', () => {
  test.each([
    ['formal', 1, 'Beste Sanne de Vries,', 'Met vriendelijke groet,'],
    ['formal', 3, 'Geachte Sanne de Vries,', 'Met vriendelijke groet,'],
    ['informal', 1, 'Hoi Sanne,', 'Groeten,'],
  ] as const)('%s, stage %s: greeting and sign-off', (register, stage, greeting, signOff) => {
    const text = draft(register, { stage });
    expect(text.startsWith(`${greeting}\n\n`)).toBe(true);
    expect(text).toContain(`\n\n${signOff}\nAnna Schmidt`);
  });

  test('titles as a Dutch letter writes them', () => {
    expect(
      draft('formal', { stage: 1, addressee: { name: 'Ms de Vries', form: 'title' } }),
    ).toMatch(/^Beste mevrouw de Vries,/);
  });
});
