import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import { draftFollowUp as draftResult, type DraftOptions } from '../../lib/core/draft';
import { formatterFor, isDraftLanguage } from '../../lib/core/drafts/languages/lookup';
import type { MailThread } from '../../lib/core/mail-thread';
import type { FollowUpDraft, ThreadAnalysis } from '../../lib/core/results';
import type { Settings } from '../../lib/core/settings';

interface Fixture {
  now: string;
  settings?: Partial<Settings>;
  thread: MailThread;
  expect: Partial<ThreadAnalysis>;
}

const dir = join(__dirname, '../fixtures/threads');
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    name: file.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture),
  }));

/** The draft of a thread these tests expect to draft. */
function draftFollowUp(thread: MailThread, opts: DraftOptions): FollowUpDraft {
  const result = draftResult(thread, opts);
  if (!result.ok) throw new Error(`no draft: ${JSON.stringify(result.error)}`);
  return result.draft;
}

const placeholder = /[[\]{}<>]|\bXXX\b|undefined|\bNaN\b|\bnull\b|\s[,.;:]|,,| {2}/;

// End to end through the real analyzeThread: every labelled thread drafts without a placeholder.
describe('draftFollowUp on every labelled thread', () => {
  test.each(fixtures)('$name', (f) => {
    const draft = draftFollowUp(f.thread, { now: f.now, settings: f.settings });
    expect(draft.text).not.toMatch(placeholder);
    expect(draft.subject).toMatch(/^Re: \S/);
    expect(draft.text.trimEnd().endsWith(f.thread.owner.name ?? '')).toBe(true);
  });

  test.each(fixtures)(
    '$name: an analysis handed in (as the sidebar does) drafts the same text',
    (f) => {
      const analysis = analyzeThread(f.thread, { now: f.now, settings: f.settings });
      for (const stage of [1, 2, 3, 4] as const)
        expect(
          draftFollowUp(f.thread, { now: f.now, settings: f.settings, stage, analysis }),
        ).toEqual(draftFollowUp(f.thread, { now: f.now, settings: f.settings, stage }));
    },
  );

  test.each(fixtures.filter((f) => f.expect.status === 'silent'))(
    '$name drafts the suggested stage with the invoice facts',
    (f) => {
      const draft = draftFollowUp(f.thread, { now: f.now, settings: f.settings });
      // A thread in a draft language is drafted in it; any other in the default (English).
      const language = isDraftLanguage(f.expect.language) ? f.expect.language : 'en';
      const inv = f.expect.invoice ?? {};
      const format = formatterFor(language, inv.currency ?? 'EUR');
      expect(draft.stage).toBe(f.expect.stage);
      expect(draft.language).toBe(language);
      expect(draft.missing).toEqual([]);
      expect(draft.text).toContain(inv.number);
      expect(draft.text).toContain(format.money(inv.amount ?? 0, inv.currency ?? 'EUR'));
      expect(draft.text).toContain(format.date(inv.dueDate ?? ''));
    },
  );
});

describe('the real analysis picks the greeting and the register', () => {
  test.each([
    { name: 'de-du-register', greeting: 'Hallo Lena,', register: /ich wollte dich/ },
    {
      name: 'de-silent-invoice-only',
      greeting: 'Sehr geehrter Herr Berger,',
      register: /bei Ihnen/,
    },
    {
      name: 'de-silent-two-reminders',
      greeting: 'Sehr geehrte Frau Krüger,',
      register: /Bitte begleichen Sie/,
    },
    { name: 'en-silent-three-reminders', greeting: 'Dear Rebecca,', register: /final reminder/ },
    { name: 'en-owner-alias', greeting: 'Dear Aoife,', register: /pause any further work/ },
  ])('$name: "$greeting"', ({ name, greeting, register }) => {
    const f = fixtures.find((x) => x.name === name);
    if (!f) throw new Error(`fixture ${name} is missing`);
    const { text } = draftFollowUp(f.thread, { now: f.now, settings: f.settings });
    expect(text.split('\n')[0]).toBe(greeting);
    expect(text).toMatch(register);
  });

  test('the person can pick any stage by hand', () => {
    const f = fixtures.find((x) => x.name === 'de-silent-invoice-only');
    if (!f) throw new Error('fixture missing');
    const draft = draftFollowUp(f.thread, { now: f.now, stage: 4 });
    expect(draft.stage).toBe(4);
    expect(draft.text).toContain('Inkassounternehmen oder einen Rechtsanwalt');
  });
});

describe('a thread with nothing to go on still drafts, asking for what is missing', () => {
  test.each([
    {
      name: 'no messages',
      thread: { id: 'gmail:x', client: 'gmail', owner: { emails: [] }, messages: [] },
    },
    {
      name: 'messages missing altogether',
      thread: { id: 'gmail:x', client: 'gmail', owner: { emails: ['a@b.de'] } },
    },
    {
      name: 'a message with no text and no recipients',
      thread: {
        id: 'gmail:x',
        client: 'gmail',
        owner: { emails: ['a@b.de'] },
        messages: [{ id: 'm1', from: { email: 'a@b.de' }, date: '2026-10-01T09:00:00+02:00' }],
      },
    },
  ])('$name', ({ thread }) => {
    const draft = draftFollowUp(thread as unknown as MailThread, {
      now: '2026-11-20T10:00:00+01:00',
    });
    expect(draft.text).not.toMatch(placeholder);
    expect(draft.missing).toEqual([
      'invoiceNumber',
      'amount',
      'dueDate',
      'customerName',
      'ownerName',
    ]);
  });
});
