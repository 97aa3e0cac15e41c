import { describe, expect, test } from 'vitest';
import { findAddressee, parseGreeting } from '../../lib/core/drafts/addressee';
import type { DraftInput } from '../../lib/core/drafts/draft-input';
import { formatterFor } from '../../lib/core/drafts/languages/lookup';
import { renderDraft } from '../../lib/core/drafts/render';
import type { MailThread } from '../../lib/core/mail-thread';

describe("the owner's own greeting tells who the customer is and how they are addressed", () => {
  test.each([
    {
      name: 'English first name',
      text: 'Hi Rebecca,\n\nThanks again',
      expected: { name: 'Rebecca', form: 'given', ownerGreeting: 'hi' },
    },
    {
      name: 'English courtesy title',
      text: 'Dear Ms Carter,\nplease find',
      expected: { name: 'Ms Carter', form: 'title', ownerGreeting: 'dear' },
    },
    {
      name: 'German Sie with title',
      text: 'Sehr geehrte Frau Dr. Hartmann,\n\nanbei',
      expected: { name: 'Frau Dr. Hartmann', form: 'title', gender: 'female' },
    },
    {
      name: 'German Sie, friendly',
      text: 'Hallo Herr Müller,\n\nanbei',
      expected: { name: 'Herr Müller', form: 'title', gender: 'male', ownerGreeting: 'hallo' },
    },
    {
      name: 'German du',
      text: '\n  Hallo Lena,\n\ndie neue Seite',
      expected: { name: 'Lena', form: 'given', ownerGreeting: 'hallo' },
    },
    {
      name: 'two people',
      text: 'Hi Anna and Tom,\nhere is',
      expected: { name: 'Anna and Tom', form: 'given' },
    },
  ])('$name', ({ text, expected }) => {
    expect(parseGreeting(text)).toMatchObject(expected);
  });

  test.each([
    { name: 'a greeting to a group', text: 'Hallo zusammen,\nanbei' },
    { name: 'a greeting to nobody in particular', text: 'Sehr geehrte Damen und Herren,\nanbei' },
    { name: 'Hi there', text: 'Hi there,\nplease find' },
    { name: 'no greeting at all', text: 'Please find attached invoice 7.' },
    {
      name: 'a greeting line that is a sentence',
      text: 'Hi, I hope the launch went well and the photos were useful for you,',
    },
    { name: 'an empty message', text: '' },
  ])('$name names nobody', ({ text }) => {
    expect(parseGreeting(text)).toBeUndefined();
  });
});

const thread = (
  text: string | undefined,
  to: MailThread['messages'][number]['to'],
): MailThread => ({
  id: 'gmail:1',
  client: 'gmail',
  owner: { name: 'Anna Schmidt', emails: ['anna@schmidt-design.de'] },
  messages: [
    {
      id: 'm1',
      from: { email: 'Anna@Schmidt-Design.de' },
      to,
      date: '2026-10-01T09:00:00+02:00',
      text,
    },
  ],
});

describe('without a greeting the invoice recipients are used', () => {
  test.each([
    {
      name: 'the named recipient',
      to: [{ name: 'Max Müller', email: 'max@mueller.de' }],
      expected: { name: 'Max Müller', form: 'full' },
    },
    {
      name: "the owner's own copy is skipped",
      to: [
        { name: 'Anna Schmidt', email: 'anna@schmidt-design.de' },
        { name: 'Max Müller', email: 'max@mueller.de' },
      ],
      expected: { name: 'Max Müller', form: 'full' },
    },
    {
      name: 'a bare address is no name',
      to: [{ name: 'max@mueller.de', email: 'max@mueller.de' }],
      expected: undefined,
    },
    {
      name: 'a team mailbox is no name',
      to: [{ name: 'Thistle & Thorn Accounts', email: 'accounts@tt.co.uk' }],
      expected: undefined,
    },
    { name: 'no recipients', to: undefined, expected: undefined },
  ])('$name', ({ to, expected }) => {
    const addressee = findAddressee(thread('Anbei meine Rechnung.', to), 0, [
      'anna@schmidt-design.de',
    ]);
    if (expected) expect(addressee).toMatchObject(expected);
    else expect(addressee).toBeUndefined();
  });
});

const input = (overrides: Partial<DraftInput>): DraftInput => ({
  language: 'en',
  register: 'formal',
  stage: 1,
  today: '2026-11-20',
  deadline: '2026-11-27',
  invoice: { number: '7', amount: 100, currency: 'EUR', dueDate: '2026-10-15' },
  daysOverdue: 36,
  unansweredFollowUps: 0,
  payment: {},
  signature: 'Anna',
  ...overrides,
});

describe('the greeting matches the owner’s style and grows formal with the stage', () => {
  test.each([
    {
      name: 'en first name, check-in',
      o: { addressee: { name: 'Emily', form: 'given', ownerGreeting: 'hi' } },
      greeting: 'Hi Emily,',
    },
    {
      name: 'en first name, firm notice',
      o: { stage: 3, addressee: { name: 'Emily', form: 'given', ownerGreeting: 'hi' } },
      greeting: 'Dear Emily,',
    },
    {
      name: 'en courtesy title',
      o: { addressee: { name: 'Ms Carter', form: 'title', ownerGreeting: 'dear' } },
      greeting: 'Dear Ms Carter,',
    },
    {
      name: 'en name from the To field',
      o: { addressee: { name: 'Max Müller', form: 'full' } },
      greeting: 'Dear Max Müller,',
    },
    {
      name: 'de Sie, woman',
      o: {
        language: 'de',
        addressee: {
          name: 'Frau Hartmann',
          form: 'title',
          gender: 'female',
          ownerGreeting: 'sehr geehrte',
        },
      },
      greeting: 'Sehr geehrte Frau Hartmann,',
    },
    {
      name: 'de Sie, friendly at stage 2',
      o: {
        language: 'de',
        stage: 2,
        addressee: { name: 'Herr Müller', form: 'title', gender: 'male', ownerGreeting: 'hallo' },
      },
      greeting: 'Hallo Herr Müller,',
    },
    {
      name: 'de Sie, formal again at stage 4',
      o: {
        language: 'de',
        stage: 4,
        addressee: { name: 'Herr Müller', form: 'title', gender: 'male', ownerGreeting: 'hallo' },
      },
      greeting: 'Sehr geehrter Herr Müller,',
    },
    {
      name: 'de Sie, name from the To field',
      o: { language: 'de', addressee: { name: 'Max Müller', form: 'full' } },
      greeting: 'Guten Tag Max Müller,',
    },
    {
      name: 'de du',
      o: {
        language: 'de',
        register: 'informal',
        addressee: { name: 'Lena', form: 'given', ownerGreeting: 'hallo' },
      },
      greeting: 'Hallo Lena,',
    },
    {
      name: 'de du, first name from the To field',
      o: {
        language: 'de',
        register: 'informal',
        addressee: { name: 'Lena Hofmann', form: 'full' },
      },
      greeting: 'Hallo Lena,',
    },
  ] as { name: string; o: Partial<DraftInput>; greeting: string }[])(
    '$name: $greeting',
    ({ o, greeting }) => {
      expect(renderDraft(input(o)).text.split('\n')[0]).toBe(greeting);
    },
  );
});

describe('amounts and dates are written the way the language writes them', () => {
  test.each([
    {
      name: 'euro in German',
      language: 'de',
      amount: 1190,
      currency: 'EUR',
      expected: /^1\.190,00\s€$/,
    },
    {
      name: 'euro in English',
      language: 'en',
      amount: 1190,
      currency: 'EUR',
      expected: /^€1,190\.00$/,
    },
    {
      name: 'pounds in English',
      language: 'en',
      amount: 1860,
      currency: 'GBP',
      expected: /^£1,860\.00$/,
    },
    {
      name: 'Swiss francs in German',
      language: 'de',
      amount: 2702.5,
      currency: 'CHF',
      expected: /^CHF\s2['’]702\.50$/,
    },
    {
      name: 'dollars in English',
      language: 'en',
      amount: 5,
      currency: 'USD',
      expected: /^\$5\.00$/,
    },
  ] as const)('$name', ({ language, amount, currency, expected }) => {
    expect(formatterFor(language, currency).money(amount, currency)).toMatch(expected);
  });

  test.each([
    {
      name: 'German',
      language: 'de',
      currency: 'EUR',
      date: '15. Oktober 2026',
      deadline: 'Freitag, 27. November 2026',
    },
    {
      name: 'British English',
      language: 'en',
      currency: 'GBP',
      date: '15 October 2026',
      deadline: '27 November 2026',
    },
    {
      name: 'American English for a dollar invoice',
      language: 'en',
      currency: 'USD',
      date: 'October 15, 2026',
      deadline: 'November 27, 2026',
    },
  ] as const)('$name', ({ language, currency, date, deadline }) => {
    const f = formatterFor(language, currency);
    expect(f.date('2026-10-15')).toBe(date);
    expect(f.deadline('2026-11-27')).toContain(deadline);
  });

  test('a malformed currency code leaves the amount out and reports it missing', () => {
    const draft = renderDraft(
      input({ invoice: { number: '7', amount: 100, currency: 'EURO', dueDate: '2026-10-15' } }),
    );
    expect(draft.text).not.toMatch(/100|undefined/);
    expect(draft.missing).toContain('amount');
  });
});

describe('the subject keeps the thread', () => {
  test.each([
    { name: 'plain subject', subject: 'Invoice INV-7', expected: 'Re: Invoice INV-7' },
    { name: 'already a reply', subject: 'Re: Invoice INV-7', expected: 'Re: Invoice INV-7' },
    { name: 'German reply prefix', subject: 'AW: Re: Rechnung 7', expected: 'Re: Rechnung 7' },
    { name: 'no subject', subject: '', expected: 'Re: Invoice 7' },
  ])('$name', ({ subject, expected }) => {
    expect(renderDraft(input({ threadSubject: subject })).subject).toBe(expected);
  });
});
