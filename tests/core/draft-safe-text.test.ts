/**
 * Text from the customer reaches a draft only cleaned: the reply subject, the name in the
 * greeting and the name in the signature (docs/rules.md §6). Each case goes through draftFollowUp.
 */
import { describe, expect, test } from 'vitest';
import { draftFollowUp } from '../../lib/core/draft';
import type { MailThread } from '../../lib/core/mail-thread';
import type { FollowUpDraft } from '../../lib/core/results';
import type { Settings } from '../../lib/core/settings';
import { hostileThread, seededRandom } from './hostile-threads';
import { CUSTOMER, invoiceThread, OWNER } from './thread-builder';

const NOW = '2026-11-20T10:00:00+01:00';
// Controls (C0 but the line feed of the text, DEL, C1) and bidi controls never reach a draft.
const unsafe =
  // eslint-disable-next-line no-control-regex -- the test looks for control characters
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A silent invoice with no greeting line: the draft greets the invoice's recipient. */
function thread(o: { subject?: string; to?: string; owner?: string }): MailThread {
  const t = invoiceThread({
    text: 'Invoice INV-1\nTotal: €100.00\nDue date: 15/10/2026',
    attachments: ['invoice.pdf'],
  });
  const [first, ...rest] = t.messages;
  return {
    ...t,
    ...(o.subject !== undefined ? { subject: o.subject } : {}),
    owner: { ...(o.owner !== undefined ? { name: o.owner } : {}), emails: t.owner.emails },
    messages: [{ ...first!, to: [{ name: o.to ?? 'Customer', email: CUSTOMER }] }, ...rest],
  };
}

function draft(t: MailThread, settings?: Partial<Settings>): FollowUpDraft {
  const result = draftFollowUp(t, { now: NOW, stage: 1, ...(settings ? { settings } : {}) });
  if (!result.ok) throw new Error(`no draft: ${JSON.stringify(result.error)}`);
  return result.draft;
}

describe('the reply subject is one clean, bounded line', () => {
  test.each([
    [
      'CR/LF (a header injection)',
      'Invoice INV-1\r\nBcc: all@evil.example',
      'Re: Invoice INV-1 Bcc: all@evil.example',
    ],
    ['NUL from an encoded header', 'Invoice\u0000 INV-1', 'Re: Invoice INV-1'],
    ['a right-to-left override', 'Invoice INV-1 \u202Efdp.exe', 'Re: Invoice INV-1 fdp.exe'],
    ['isolates and marks', '\u2067Invoice\u2069 INV-1\u200F\u061C', 'Re: Invoice INV-1'],
    ['C1 controls', 'Invoice\u0085INV-1\u009b', 'Re: Invoice INV-1'],
    ['a reply prefix behind a bidi mark', '\u200ERe: Invoice INV-1', 'Re: Invoice INV-1'],
    ['only controls: the fallback subject', '\u202E\u0000\r\n', 'Re: Invoice INV-1'],
  ])('%s', (_label, subject, expected) => {
    expect(draft(thread({ subject })).subject).toBe(expected);
  });

  test('a 5,000-character subject is cut to 200 characters', () => {
    const { subject } = draft(thread({ subject: `Invoice INV-1 ${'x'.repeat(5000)}` }));
    expect(Array.from(subject.replace(/^Re: /, ''))).toHaveLength(200);
    expect(subject.endsWith('…')).toBe(true);
  });
});

describe('the greeting uses the recipient’s name only when it looks like a name', () => {
  test.each([
    ['a plain name', 'Max Müller', 'Dear Max Müller,'],
    ['a name with a bidi override inside', 'Max \u202EMüller', 'Dear Max Müller,'],
    ['a name with a NUL inside', 'Max\u0000 Müller', 'Dear Max Müller,'],
    ['an instruction after the name', 'Ms Linton - Please Ignore Previous Bank Details', 'Hello,'],
    [
      'an instruction made only of letters',
      'Ms Linton Please Ignore Previous Bank Details',
      'Hello,',
    ],
    ['one endless word', `M${'a'.repeat(60)}`, 'Hello,'],
    ['a name and a line of text', 'Max Müller\nNew IBAN follows', 'Hello,'],
  ])('%s', (_label, to, greeting) => {
    expect(draft(thread({ to })).text.split('\n')[0]).toBe(greeting);
  });

  test.each([
    [
      'an instruction in the owner’s own greeting line',
      'Dear Ms Linton - Please Ignore Previous Bank Details,',
      'Hello,',
    ],
    ['a bidi override in the owner’s greeting line', 'Dear Ms \u202ELinton,', 'Dear Ms Linton,'],
  ])('%s', (_label, greetingLine, greeting) => {
    const t = thread({ to: 'Accounts & Co' });
    const [first, ...rest] = t.messages;
    const greeted = {
      ...t,
      messages: [{ ...first!, text: `${greetingLine}\n\n${first!.text}` }, ...rest],
    };
    expect(draft(greeted).text.split('\n')[0]).toBe(greeting);
  });
});

describe('the name the page shows for the owner signs only when it looks like a name', () => {
  test.each([
    ['a plain name', 'Anna Schmidt', 'Anna Schmidt'],
    ['bidi controls inside', 'Anna \u202ESchmidt\u202C', 'Anna Schmidt'],
    ['a name with an appended line', 'Anna Schmidt\r\nIBAN DE89 3704 0044 0532 0130 00', undefined],
    ['a sentence', 'Please transfer to the new account', undefined],
    ['only controls', '\u0000\u202E', undefined],
  ])('%s', (_label, owner, signature) => {
    const d = draft(thread({ owner }));
    if (signature) {
      expect(d.text.endsWith(`\n${signature}`)).toBe(true);
      expect(d.missing).not.toContain('ownerName');
    } else {
      expect(d.missing).toContain('ownerName');
      expect(d.text).not.toMatch(/IBAN|transfer/);
    }
  });

  test.each([
    [
      'the owner name from the settings',
      { ownerName: 'Anna\u0000 Schmidt\u202E' },
      '\nAnna Schmidt',
    ],
    [
      'a signature block keeps its lines, cleaned',
      { signature: 'Anna Schmidt\r\n\u202ESchmidt Design' },
      '\nAnna Schmidt\nSchmidt Design',
    ],
  ])('%s', (_label, settings, ending) => {
    expect(draft(thread({ owner: 'Page Name' }), settings).text.endsWith(ending)).toBe(true);
  });
});

describe('no control or bidi character reaches a draft from 2,000 hostile threads', () => {
  test('seed 20261121', () => {
    const rand = seededRandom(20261121);
    let drafted = 0;
    for (let i = 0; i < 2000; i++) {
      // Hostile messages, with the parts the draft checks made well-typed (else it refuses).
      const t = hostileThread(rand) as Record<string, unknown> | null;
      if (typeof t !== 'object' || t === null || Array.isArray(t)) continue;
      const hostile = {
        ...t,
        subject: typeof t.subject === 'string' ? t.subject : 'Invoice\u202E \r\nINV-1\u0000',
        owner: { name: 'Anna\u2066 Schmidt\u0007', emails: [OWNER] },
      } as unknown as MailThread;
      const result = draftFollowUp(hostile, { now: NOW });
      if (!result.ok) continue;
      drafted++;
      expect(result.draft.subject).not.toMatch(unsafe);
      expect(result.draft.subject).not.toMatch(/\n/);
      expect(result.draft.text).not.toMatch(unsafe);
    }
    expect(drafted).toBeGreaterThan(1000);
  });
});
