import { describe, expect, test } from 'vitest';
import type { Addressee } from '../../lib/core/drafts/addressee';
import type { DraftInput } from '../../lib/core/drafts/draft-input';
import { renderDraft } from '../../lib/core/drafts/render';
import { computeLateInterest } from '../../lib/core/late-interest';
import {
  defaultLateInterestTables,
  type LateInterestTables,
} from '../../lib/core/late-interest-rates';
import type { Stage } from '../../lib/core/settings';

const today = '2026-11-20';
const invoice = { number: 'RE-2026-017', amount: 1190, currency: 'EUR', dueDate: '2026-10-15' };

const variants = [
  {
    name: 'en',
    language: 'en' as const,
    register: 'formal' as const,
    addressee: { name: 'Rebecca', form: 'given', ownerGreeting: 'hi' } satisfies Addressee,
    amount: '€1,190.00',
    dueDate: '15 October 2026',
    deadline: '27 November 2026',
    overdue: '36 days overdue',
    plan: /payment plan|instalments/,
  },
  {
    name: 'de-Sie',
    language: 'de' as const,
    register: 'formal' as const,
    addressee: {
      name: 'Frau Hartmann',
      form: 'title',
      gender: 'female',
      ownerGreeting: 'sehr geehrte',
    } satisfies Addressee,
    amount: '1.190,00\u00a0€',
    dueDate: '15. Oktober 2026',
    deadline: '27. November 2026',
    overdue: 'seit 36 Tagen überfällig',
    plan: /Ratenzahlung|Raten/,
  },
  {
    name: 'de-du',
    language: 'de' as const,
    register: 'informal' as const,
    addressee: { name: 'Lena', form: 'given', ownerGreeting: 'hallo' } satisfies Addressee,
    amount: '1.190,00\u00a0€',
    dueDate: '15. Oktober 2026',
    deadline: '27. November 2026',
    overdue: 'seit 36 Tagen überfällig',
    plan: /Ratenzahlung|Raten/,
  },
];

// Tables known through 2026, so these figures do not depend on when the shipped table ends.
const tablesThrough2026: LateInterestTables = structuredClone(defaultLateInterestTables);
tablesThrough2026.DE.reference.push({ from: '2026-07-01', percent: 1.27 });
tablesThrough2026.EU.reference.push({ from: '2026-07-01', percent: 2.15 });
tablesThrough2026.DE.knownUntil = tablesThrough2026.EU.knownUntil = '2026-12-31';

function variantNamed(name: string): (typeof variants)[number] {
  const variant = variants.find((v) => v.name === name);
  if (!variant) throw new Error(`no variant ${name}`);
  return variant;
}

function draftInput(
  variant: (typeof variants)[number],
  stage: Stage,
  overrides: Partial<DraftInput> = {},
): DraftInput {
  const lateInterest =
    stage >= 3
      ? computeLateInterest({
          ...invoice,
          until: today,
          customerType: 'business',
          jurisdiction: 'auto',
          language: variant.language,
          tables: tablesThrough2026,
        })
      : undefined;
  return {
    language: variant.language,
    register: variant.register,
    stage,
    today,
    deadline: '2026-11-27',
    threadSubject: 'Rechnung RE-2026-017',
    addressee: variant.addressee,
    invoice,
    daysOverdue: 36,
    unansweredFollowUps: stage - 1,
    lateInterest,
    payment: {},
    signature: 'Anna Schmidt',
    ...overrides,
  };
}

// Words that belong to later stages (docs/rules.md §5, must-not lists), as whole words or stems.
const feesAndInterest = /\binterest\b|zins|\bfees?\b|gebühr|pauschale|fixed sum|compensation/i;
const consequences = /\bpause\b|ruhen lassen|consequence|konsequenz|\bcharge\b|berechnen/i;
const thirdParties =
  /collection|agency|lawyer|solicitor|inkasso|anwalt|rechtsanwalt|beitreibung|\bcourt\b|gericht/i;
const threatsBeyondHandOver =
  /\bcourt\b|gericht|mahnbescheid|schufa|credit (rating|score|reference)|bonität|polic|polizei|strafanzeige|public|öffentlich|reputation|review/i;
const placeholder =
  /[[\]{}<>]|\bXXX\b|\bTODO\b|undefined|\bNaN\b|\bnull\b|\$\{|\s[,.;:]|,,|\.\.| {2}/;

const stageCases = variants.flatMap((variant) =>
  ([1, 2, 3, 4] as const).map((stage) => ({
    name: `${variant.name} stage ${stage}`,
    variant,
    stage,
  })),
);

describe('every stage in every language and register says what docs/rules.md §5 requires', () => {
  test.each(stageCases)(
    '$name names the invoice number, the formatted amount and the due date',
    ({ variant, stage }) => {
      const { text } = renderDraft(draftInput(variant, stage));
      expect(text).toContain('RE-2026-017');
      expect(text).toContain(variant.amount);
      expect(text).toContain(variant.dueDate);
    },
  );

  test.each(stageCases.filter((c) => c.stage === 1))(
    '$name is a check-in: no fees, interest, consequences or third parties',
    ({ variant }) => {
      const { text } = renderDraft(draftInput(variant, 1));
      expect(text).not.toMatch(feesAndInterest);
      expect(text).not.toMatch(consequences);
      expect(text).not.toMatch(thirdParties);
      expect(text).toMatch(/all well|alles in Ordnung/);
    },
  );

  test.each(stageCases.filter((c) => c.stage >= 2))(
    '$name states the days overdue and offers another way to pay',
    ({ variant, stage }) => {
      const { text } = renderDraft(draftInput(variant, stage));
      expect(text).toContain(variant.overdue);
      expect(text).toMatch(variant.plan);
    },
  );

  test.each(stageCases.filter((c) => c.stage === 2))(
    '$name is a reminder: no consequences and no third parties',
    ({ variant }) => {
      const { text } = renderDraft(draftInput(variant, 2));
      expect(text).not.toMatch(feesAndInterest);
      expect(text).not.toMatch(consequences);
      expect(text).not.toMatch(thirdParties);
    },
  );

  test.each(stageCases.filter((c) => c.stage >= 3))(
    '$name sets the new deadline as a calendar date',
    ({ variant, stage }) => {
      const { text } = renderDraft(draftInput(variant, stage));
      expect(text).toContain(variant.deadline);
      expect(text).not.toMatch(/\b(in|within|innerhalb von) \d+ (days|Tagen)\b/);
    },
  );

  test.each(stageCases.filter((c) => c.stage === 3))(
    '$name states the consequence, computed interest and fee, and names no third party',
    ({ variant }) => {
      const { text } = renderDraft(draftInput(variant, 3));
      const figures =
        variant.language === 'de'
          ? ['10,27\u00a0%', '12,05\u00a0€', '40,00\u00a0€']
          : ['10.15%', '€11.91', '€40.00'];
      for (const figure of figures) expect(text).toContain(figure);
      expect(text).toMatch(/pause any further work|weitere Arbeiten für (Sie|dich) ruhen lassen/);
      expect(text).not.toMatch(thirdParties);
    },
  );

  test.each(stageCases.filter((c) => c.stage === 4))(
    '$name announces the hand-over to a collection agency or lawyer and threatens nothing else',
    ({ variant }) => {
      const { text } = renderDraft(draftInput(variant, 4));
      expect(text).toMatch(
        /collection agency or a lawyer|Inkassounternehmen oder einen Rechtsanwalt/,
      );
      expect(text).not.toMatch(threatsBeyondHandOver);
    },
  );

  test.each(stageCases.filter((c) => c.stage === 4))(
    '$name names the person’s own collection agency when set',
    ({ variant }) => {
      const { text } = renderDraft(
        draftInput(variant, 4, { collectionAgency: 'Inkasso Nord GmbH' }),
      );
      expect(text).toContain('Inkasso Nord GmbH');
      expect(text).not.toMatch(
        /collection agency or a lawyer|Inkassounternehmen oder einen Rechtsanwalt/,
      );
    },
  );

  test.each(stageCases)('$name leaves no placeholder', ({ variant, stage }) => {
    const { text, subject, missing } = renderDraft(draftInput(variant, stage));
    expect(text).not.toMatch(placeholder);
    expect(subject).toBe('Re: Rechnung RE-2026-017');
    expect(missing).toEqual([]);
  });
});

describe('a fact the thread does not give is left out, never a placeholder, and reported', () => {
  const bare: Partial<DraftInput> = {
    invoice: {},
    addressee: undefined,
    signature: undefined,
    threadSubject: undefined,
    daysOverdue: 0,
    unansweredFollowUps: 0,
    lateInterest: undefined,
  };
  test.each(stageCases)('$name with nothing known', ({ variant, stage }) => {
    const draft = renderDraft(draftInput(variant, stage, bare));
    expect(draft.text).not.toMatch(placeholder);
    expect(draft.subject).toBe(variant.language === 'de' ? 'Re: Rechnung' : 'Re: Invoice');
    expect(draft.missing).toEqual([
      'invoiceNumber',
      'amount',
      'dueDate',
      'customerName',
      'ownerName',
    ]);
    expect(draft.text.split('\n')[0]).toMatch(
      /^(Hello|Dear Sir or Madam|Guten Tag|Sehr geehrte Damen und Herren|Hallo),$/,
    );
  });

  test.each(stageCases)('$name with an amount but no number or due date', ({ variant, stage }) => {
    const draft = renderDraft(
      draftInput(variant, stage, { invoice: { amount: 650, currency: 'EUR' } }),
    );
    expect(draft.text).not.toMatch(placeholder);
    expect(draft.text).toContain(variant.language === 'de' ? '650,00\u00a0€' : '€650.00');
    expect(draft.missing).toEqual(['invoiceNumber', 'dueDate']);
  });
});

describe('a late-interest rate past the published table is not stated as a figure', () => {
  test.each([
    {
      name: 'en, EU directive',
      variant: variantNamed('en'),
      expected: '8 percentage points above the ECB reference rate',
      figure: /10\.15%|as of today/,
    },
    {
      name: 'de-Sie, § 288 BGB',
      variant: variantNamed('de-Sie'),
      expected: 'in Höhe von 9 Prozentpunkten über dem Basiszinssatz',
      figure: /10,27|bis heute/,
    },
    {
      name: 'de-du, § 288 BGB',
      variant: variantNamed('de-du'),
      expected: 'in Höhe von 9 Prozentpunkten über dem Basiszinssatz',
      figure: /10,27|bis heute/,
    },
  ])('$name', ({ variant, expected, figure }) => {
    const lateInterest = computeLateInterest({
      ...invoice,
      dueDate: '2026-09-28',
      until: today,
      customerType: 'business',
      jurisdiction: 'auto',
      language: variant.language,
    });
    expect(lateInterest?.assumedAfter).toBe('2026-07-01');
    for (const stage of [3, 4] as const) {
      const { text } = renderDraft(draftInput(variant, stage, { lateInterest }));
      expect(text).toContain(expected);
      expect(text).toMatch(/40[.,]00/);
      expect(text).not.toMatch(figure);
    }
  });
});
