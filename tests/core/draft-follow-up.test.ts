import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { draftFollowUp } from '../../lib/core/draft';
import { draftFromAnalysis } from '../../lib/core/drafts/draft-from-analysis';
import { isDraftLanguage } from '../../lib/core/drafts/languages/lookup';
import { missingFromCostNotice } from '../../lib/core/law/cost-notice-check';
import { legalStepsForNotice } from '../../lib/core/law/legal-steps';
import type { MailThread } from '../../lib/core/mail-thread';
import type { ThreadAnalysis } from '../../lib/core/results';
import type { Settings, Stage } from '../../lib/core/settings';
import { defaultLateInterestTables as defaultTables } from '../../lib/core/late-interest-rates';

interface Fixture {
  now: string;
  settings?: Partial<Settings>;
  thread: MailThread;
  expect: Omit<ThreadAnalysis, 'ghostScore' | 'reasons'>;
}

function fixture(name: string): Fixture {
  return JSON.parse(
    readFileSync(join(__dirname, '../fixtures/threads', `${name}.json`), 'utf8'),
  ) as Fixture;
}

/** The labelled analysis of a fixture, as analyzeThread is specified to return it. */
function labelledAnalysis(f: Fixture, extra: Partial<ThreadAnalysis> = {}): ThreadAnalysis {
  return { ...f.expect, ghostScore: 0, reasons: [], ...extra };
}

const placeholder = /[[\]{}<>]|\bXXX\b|undefined|\bNaN\b|\bnull\b|\s[,.;:]|,,| {2}/;

// Drafts for the labelled silent fixtures, each checked by hand: whom it greets, what it names.
describe('drafts for the labelled silent threads', () => {
  test.each([
    {
      name: 'de-du-register',
      extra: { register: 'informal' },
      greeting: 'Hallo Lena,',
      has: [
        '2026-041',
        '650,00\u00a0€',
        '31. Oktober 2026',
        'seit 20 Tagen überfällig',
        'ich wollte dich',
      ],
      sign: 'Jonas Richter',
    },
    {
      name: 'de-ooo-subject-not-human',
      greeting: 'Sehr geehrte Frau Schubert,',
      has: ['2026-318', '5.831,00\u00a0€', '28. Oktober 2026', 'Ratenzahlung'],
      sign: 'Tobias Keller',
    },
    {
      name: 'de-quoted-payment-cue-not-paid',
      greeting: 'Hallo Herr Weber,',
      has: ['RE-2026-107', '1.428,00\u00a0€', 'seit 36 Tagen'],
      sign: 'Sarah Brandt',
    },
    {
      name: 'de-silent-invoice-only',
      greeting: 'Sehr geehrter Herr Berger,',
      has: ['RE-2026-0143', '2.380,00\u00a0€', '10. November 2026', 'alles in Ordnung'],
      sign: 'Katharina Vogel',
    },
    {
      name: 'de-silent-two-reminders',
      greeting: 'Sehr geehrte Frau Krüger,',
      has: [
        '2026-1187',
        '1.547,00\u00a0€',
        '28. September 2026',
        'Freitag, 27. November 2026',
        '§ 288 BGB',
        '9 Prozentpunkten über dem Basiszinssatz',
        'Verzugspauschale von 40,00\u00a0€',
        'ruhen lassen',
      ],
      sign: 'Markus Lehmann',
    },
    {
      name: 'en-ooo-header-not-human',
      greeting: 'Hi Mark,',
      has: ['INV-2026-118', '£4,800.00', '5 October 2026', '46 days overdue', 'payment plan'],
      sign: 'Chloe Bennett',
    },
    {
      name: 'en-owner-alias',
      greeting: 'Dear Aoife,',
      has: [
        'WV-2026-0077',
        '€3,075.00',
        '13 October 2026',
        'Friday, 27 November 2026',
        'Directive (2011/7/EU)',
        'fixed compensation of €40.00',
        'pause any further work',
      ],
      sign: 'Connor Walsh',
    },
    {
      name: 'en-silent-gate-holds-stage',
      greeting: 'Hi Greg,',
      has: ['INV-1042', '$3,200.00', 'November 5, 2026', '15 days overdue'],
      sign: 'Priya Natarajan',
    },
    {
      name: 'en-silent-three-reminders',
      greeting: 'Dear Rebecca,',
      // 79 days at 3.75 + 8 = 11.75 % on £1,860: 1860 × 11.75 × 79 / 36500 = £47.30; fixed sum £70.
      has: [
        'INV-2026-0417',
        '£1,860.00',
        '2 September 2026',
        'Friday, 27 November 2026',
        '11.75%',
        '£47.30',
        'fixed sum of £70.00',
        'collection agency or a lawyer',
      ],
      sign: 'Oliver Grant',
    },
    // French, in the owner's vous, greeting the invoice's recipient by name.
    {
      name: 'fr-silent-first-reminder',
      greeting: 'Bonjour Julien Moreau,',
      has: ['F2026-058', '1\u202f440,00\u00a0€', '24 octobre 2026', '27 jours de retard', 'vous'],
      sign: 'Camille Fournier',
    },
  ] as {
    name: string;
    extra?: Partial<ThreadAnalysis>;
    greeting: string;
    has: string[];
    sign: string;
  }[])('$name: "$greeting"', ({ name, extra, greeting, has, sign }) => {
    const f = fixture(name);
    const draft = draftFromAnalysis(f.thread, labelledAnalysis(f, extra), {
      now: f.now,
      settings: f.settings,
    });
    expect(draft.stage).toBe(f.expect.stage);
    expect(draft.text.split('\n')[0]).toBe(greeting);
    for (const fact of has) expect(draft.text).toContain(fact);
    expect(draft.text.trimEnd().endsWith(sign)).toBe(true);
    expect(draft.text).not.toMatch(placeholder);
    expect(draft.subject).toBe(`Re: ${f.thread.subject?.replace(/^(re|aw):\s*/i, '')}`);
    expect(draft.missing).toEqual([]);
  });
});

describe('options and settings shape the draft', () => {
  const f = fixture('de-silent-two-reminders');
  const analysis = labelledAnalysis(f);

  test.each([1, 2, 3, 4] as Stage[])(
    'a stage picked by hand (%i) is the stage drafted',
    (stage) => {
      expect(draftFromAnalysis(f.thread, analysis, { now: f.now, stage }).stage).toBe(stage);
    },
  );

  test.each([
    {
      name: 'no stage anywhere starts at 1',
      a: { ...analysis, stage: undefined },
      opts: {},
      expected: { stage: 1 },
    },
    // A language the core reads but writes no drafts in, while there is one.
    ...(['fr', 'nl', 'es', 'it'] as const)
      .filter((language) => !isDraftLanguage(language))
      .slice(0, 1)
      .map((language) => ({
        name: `a thread in another language (${language}) uses the default language`,
        a: { ...analysis, language },
        opts: { settings: { defaultLanguage: 'de' as const } },
        expected: { language: 'de' },
      })),
    {
      name: 'a thread in a draft language other than the default is drafted in its own',
      a: { ...analysis, language: 'it' as const },
      opts: { settings: { defaultLanguage: 'de' as const } },
      expected: { language: 'it' },
    },
    {
      name: 'an unknown language falls back to English by default',
      a: { ...analysis, language: undefined },
      opts: {},
      expected: { language: 'en' },
    },
  ])('$name', ({ a, opts, expected }) => {
    expect(draftFromAnalysis(f.thread, a, { now: f.now, ...opts })).toMatchObject(expected);
  });

  test.each([
    {
      name: 'the signature block replaces the bare name',
      settings: { signature: 'Markus Lehmann\nLehmann IT' },
      ends: 'Markus Lehmann\nLehmann IT',
    },
    {
      name: 'the name from settings comes before the mailbox name',
      settings: { ownerName: 'M. Lehmann' },
      ends: 'M. Lehmann',
    },
  ])('$name', ({ settings, ends }) => {
    expect(
      draftFromAnalysis(f.thread, analysis, { now: f.now, settings }).text.endsWith(ends),
    ).toBe(true);
  });

  test('no name anywhere: the sign-off stands alone and the name is asked for', () => {
    const thread = { ...f.thread, owner: { emails: f.thread.owner.emails } };
    const draft = draftFromAnalysis(thread, analysis, { now: f.now });
    expect(draft.text.endsWith('Mit freundlichen Grüßen')).toBe(true);
    expect(draft.missing).toEqual(['ownerName']);
  });

  test('the deadline follows deadlineDays as a calendar date', () => {
    const draft = draftFromAnalysis(f.thread, analysis, {
      now: f.now,
      settings: { deadlineDays: 14 },
    });
    expect(draft.text).toContain('Freitag, 4. Dezember 2026');
  });

  test('a consumer gets 5 points over base and no flat fee', () => {
    const draft = draftFromAnalysis(f.thread, analysis, {
      now: f.now,
      settings: { customerType: 'consumer' },
    });
    expect(draft.text).toContain('5 Prozentpunkten über dem Basiszinssatz');
    expect(draft.text).not.toMatch(/Pauschale/);
  });

  test.each([
    {
      name: 'an Austrian owner’s notice names the UGB and its 9,2 points, never § 288 BGB',
      jurisdiction: 'AT' as const,
      says: ['§ 456 und § 458 UGB', '9,2 Prozentpunkten'],
    },
    {
      name: 'a Swiss owner’s notice names the OR and its 5 %',
      jurisdiction: 'CH' as const,
      says: ['Art. 102 und 104 OR', 'von 5,00'],
    },
  ])('$name', ({ jurisdiction, says }) => {
    const draft = draftFromAnalysis(f.thread, analysis, { now: f.now, settings: { jurisdiction } });
    for (const words of says) expect(draft.text).toContain(words);
    expect(draft.text).not.toMatch(/BGB|Basiszinssatz\b(?! der OeNB)/);
  });

  test('jurisdiction none: the consequence is pausing work, with no interest', () => {
    const draft = draftFromAnalysis(f.thread, analysis, {
      now: f.now,
      settings: { jurisdiction: 'none' },
    });
    expect(draft.text).toContain('ruhen lassen');
    expect(draft.text).not.toMatch(/zins/i);
  });

  test('updated rate tables turn the margin into the computed figure', () => {
    const draft = draftFromAnalysis(f.thread, analysis, {
      now: f.now,
      lateInterestTables: {
        DE: {
          ...defaultTables.DE,
          reference: [...defaultTables.DE.reference, { from: '2026-07-01', percent: 1.52 }],
          knownUntil: '2026-12-31',
        },
        UK: defaultTables.UK,
        EU: defaultTables.EU,
      },
    });
    // 1,547 € × 10.52 % × 53 days / 365 = 23.63 €.
    expect(draft.text).toContain('10,52\u00a0%');
    expect(draft.text).toContain('23,63\u00a0€');
  });

  test('payment settings appear as another way to pay at stage 2', () => {
    const draft = draftFromAnalysis(f.thread, analysis, {
      now: f.now,
      stage: 2,
      settings: {
        payment: {
          iban: 'DE89 3704 0044 0532 0130 00',
          paymentLink: 'https://pay.example.com/r/1187',
          instalments: 3,
        },
      },
    });
    expect(draft.text).toContain('IBAN DE89 3704 0044 0532 0130 00 (Verwendungszweck: 2026-1187)');
    expect(draft.text).toContain('https://pay.example.com/r/1187');
    expect(draft.text).toContain('3 monatlichen Raten');
  });
});

describe('bad input gets a readable draft, never a crash or a placeholder', () => {
  const f = fixture('de-silent-two-reminders');
  test.each([
    {
      name: 'an unreadable deadlineDays',
      settings: { deadlineDays: Number.NaN },
      analysis: {},
      has: 'Freitag, 27. November 2026',
    },
    {
      name: 'a negative deadlineDays',
      settings: { deadlineDays: -3 },
      analysis: {},
      has: 'Freitag, 27. November 2026',
    },
    {
      name: 'an amount that is not a number',
      settings: {},
      analysis: {
        invoice: {
          number: '2026-1187',
          amount: Number.NaN,
          currency: 'EUR',
          dueDate: '2026-09-28',
        },
      },
      has: 'meine Rechnung 2026-1187 ist',
    },
    {
      name: 'an unreadable due date',
      settings: {},
      analysis: {
        invoice: { number: '2026-1187', amount: 1547, currency: 'EUR', dueDate: 'bald' },
      },
      has: '1.547,00\u00a0€',
    },
    {
      name: 'half an instalment',
      settings: { payment: { instalments: 0.4 } },
      analysis: {},
      has: 'eine Ratenzahlung',
    },
    {
      name: 'a blank collection agency',
      settings: { collectionAgency: '   ' },
      analysis: { stage: 4 as Stage },
      has: 'Inkassounternehmen oder einen Rechtsanwalt',
    },
  ] as {
    name: string;
    settings: Partial<Settings>;
    analysis: Partial<ThreadAnalysis>;
    has: string;
  }[])('$name', ({ settings, analysis, has }) => {
    const draft = draftFromAnalysis(f.thread, labelledAnalysis(f, analysis), {
      now: f.now,
      settings,
    });
    expect(draft.text).toContain(has);
    expect(draft.text).not.toMatch(placeholder);
  });
});

describe('the draft fits what the customer wrote (docs/rules.md §6, "Which draft")', () => {
  const f = fixture('de-silent-two-reminders');
  const settings: Partial<Settings> = {
    ownerName: 'Jonas Richter',
    payment: { iban: 'DE89370400440532013000' },
  };
  const answered = (extra: Partial<ThreadAnalysis>): ThreadAnalysis =>
    labelledAnalysis(f, {
      status: 'answered',
      stage: undefined,
      daysOverdue: 53,
      unansweredFollowUps: 0,
      invoiceMessageIndex: 0,
      ...extra,
    });

  test.each([
    {
      name: 'a promise gets a thank-you confirming the day',
      analysis: answered({ status: 'promised', replyKind: 'promise', promisedDate: '2026-11-27' }),
      kind: 'promise_thanks',
      has: ['27. November 2026', 'notiert'],
      hasNot: [/erinner|überfällig|Frist|Inkasso|Zinsen/i],
    },
    {
      name: 'a request to pay in parts gets a plan of instalmentCount parts from the next 1st',
      analysis: answered({ replyKind: 'instalment_request' }),
      settings: { instalmentCount: 4 },
      kind: 'instalment_plan',
      has: [
        '1. Rate am 1. Dezember 2026: 386,75\u00a0€',
        '4. Rate am 1. März 2027: 386,75\u00a0€',
        'DE89370400440532013000',
      ],
      hasNot: [/5\. Rate|Inkasso|Zinsen|ruhen lassen/],
    },
    {
      name: 'a request for the invoice gets its details and the PDF again',
      analysis: answered({ replyKind: 'invoice_request' }),
      kind: 'invoice_resend',
      has: [
        'Rechnungsnummer: 2026-1187',
        'Betrag: 1.547,00\u00a0€',
        'Fällig am: 28. September 2026',
        'IBAN DE89370400440532013000',
        'noch einmal als PDF',
      ],
      hasNot: [/Inkasso|Zinsen|ruhen lassen/],
    },
    {
      name: 'a partial payment gets thanks and the rest asked for',
      analysis: answered({
        replyKind: 'payment_sent',
        paidAmount: 1000,
        outstandingAmount: 547,
      }),
      kind: 'partial_payment',
      has: ['Zahlung von 1.000,00\u00a0€', 'noch 547,00\u00a0€ von 1.547,00\u00a0€ offen'],
      hasNot: [/Inkasso|Zinsen|ruhen lassen/],
    },
    {
      name: 'silence after a partial payment: the reminder asks for the rest',
      analysis: labelledAnalysis(f, { stage: 2, paidAmount: 1000, outstandingAmount: 547 }),
      kind: 'stage',
      has: ['(offen sind noch 547,00\u00a0€)'],
      hasNot: [/Inkasso|Zinsen/],
    },
    {
      name: 'a dispute with a stage picked by hand gets that stage’s reminder',
      analysis: answered({ status: 'disputed', replyKind: 'dispute' }),
      stage: 3 as Stage,
      kind: 'stage',
      has: ['ruhen lassen'],
      hasNot: [/Telefonat/],
    },
    {
      name: 'any other answer gets the stage’s draft',
      analysis: answered({ replyKind: 'other' }),
      kind: 'stage',
      has: ['alles in Ordnung'],
      hasNot: [/Inkasso|Zinsen/],
    },
  ])('$name', ({ analysis, kind, has, hasNot, stage, ...rest }) => {
    const draft = draftFromAnalysis(f.thread, analysis, {
      now: f.now,
      settings: { ...settings, ...('settings' in rest ? rest.settings : {}) },
      ...(stage ? { stage } : {}),
    });
    expect(draft.kind).toBe(kind);
    for (const words of has) expect(draft.text).toContain(words);
    for (const words of hasNot) expect(draft.text).not.toMatch(words);
    expect(draft.text).not.toMatch(placeholder);
  });

  test('a dispute gets a clarification quoting the invoice message, without pressure', () => {
    const d = fixture('de-disputed-amount');
    const result = draftFollowUp(d.thread, { now: d.now, settings });
    if (!result.ok) throw new Error('no draft');
    expect(result.draft.kind).toBe('dispute');
    expect(result.draft.text).toContain('Bedenken zum Rechnungsbetrag');
    expect(result.draft.text).toContain('Anbei erhalten Sie unsere Rechnung 26-0412.');
    expect(result.draft.text).toMatch(/Telefonat.*korrigierte Rechnung/s);
    expect(result.draft.text).not.toMatch(/Frist|bis spätestens|Inkasso|Zinsen|überfällig/);
  });

  test('a broken promise’s reminder names the promise, one stage up', () => {
    const b = fixture('en-silent-broken-promise');
    const result = draftFollowUp(b.thread, { now: b.now, settings });
    if (!result.ok) throw new Error('no draft');
    expect(result.draft).toMatchObject({ kind: 'stage', stage: 2 });
    expect(result.draft.text.split('\n\n')[1]).toBe(
      'You said you would pay by 30 October 2026; that date has now passed.',
    );
  });
});

describe('a stage-3 notice is the letter the law asks for before costs', () => {
  test.each([
    {
      name: 'a Dutch consumer: veertiendagenbrief with the exact costs and 14 days after receipt',
      fixtureName: 'en-silent-three-reminders',
      jurisdiction: 'NL' as const,
      says: [/14 days, counted from the day after you receive this letter/],
    },
    {
      name: 'a Belgian consumer: the free first reminder with the capped costs',
      fixtureName: 'en-silent-three-reminders',
      jurisdiction: 'BE' as const,
      says: [/This reminder is free of charge/, /at most €/],
    },
    {
      name: 'a Belgian consumer in German: the free first reminder with the capped costs',
      fixtureName: 'de-silent-two-reminders',
      jurisdiction: 'BE' as const,
      says: [/Diese Erinnerung ist kostenlos/, /14 Tage, gerechnet ab dem Tag nach Erhalt/],
    },
  ])('$name', ({ fixtureName, jurisdiction, says }) => {
    const f = fixture(fixtureName);
    const invoice = { ...f.expect.invoice, currency: 'EUR' };
    const analysis = labelledAnalysis(f, { stage: 3, invoice });
    const settings = { jurisdiction, customerType: 'consumer' as const };
    const draft = draftFromAnalysis(f.thread, analysis, { now: f.now, settings });
    const steps = legalStepsForNotice({
      jurisdiction,
      customerType: 'consumer',
      stage: 3,
      amount: invoice.amount ?? 0,
      currency: 'EUR',
      dueDate: invoice.dueDate ?? '',
      today: '2026-11-20',
      deadline: '2026-11-27',
    });
    if (steps.costs.kind !== 'announce') throw new Error('expected the letter');
    expect(missingFromCostNotice(draft.text, steps.costs.notice)).toEqual([]);
    for (const words of says) expect(draft.text).toMatch(words);
    // The letter's own term is the draft's deadline: no earlier date to pay by.
    expect(draft.text).not.toMatch(/27\.? November 2026/);
  });
});
