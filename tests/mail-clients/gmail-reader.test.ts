import { describe, expect, test } from 'vitest';
import { SelectorError } from '../../lib/mail-clients/dom';
import { readGmailThread } from '../../lib/mail-clients/gmail/read-gmail-thread';
import { loadGmailFixture } from './gmail-fixtures';

const at = (iso: string | undefined) => (iso ? new Date(iso).getTime() : NaN);

describe('reading the open Gmail conversation', () => {
  test('an expanded English conversation is read completely, the hidden earlier view ignored', () => {
    const read = readGmailThread(loadGmailFixture('conversation-expanded-en'))!;
    expect(read.hiddenMessages).toBe(0);
    expect(read.collapsedMessages).toBe(0);
    const { thread } = read;
    expect(thread).toMatchObject({
      id: 'gmail:18c2f7a9b0e4d311',
      client: 'gmail',
      subject: 'Invoice INV-2026-041',
      owner: { name: 'Anna Schmidt', emails: ['anna@schmidt-design.example'] },
    });
    expect(thread.messages.map((m) => m.id)).toEqual(['18c2f7a9b0e4d311', '18c3a1b2c3d4e5f6', '18c4b2c3d4e5f607']);
    expect(thread.messages.map((m) => m.from.email)).toEqual([
      'anna@schmidt-design.example',
      'max@clearwater.example',
      'anna@schmidt-design.example',
    ]);
    expect(at(thread.messages[0]!.date)).toBe(new Date(2026, 9, 5, 9, 12).getTime());
    expect(thread.messages[0]!.to).toEqual([{ name: 'Max Miller', email: 'max@clearwater.example' }]);
    expect(thread.messages[1]!.to!.map((a) => a.email)).toEqual(['anna@schmidt-design.example', 'billing@clearwater.example']);
    expect(thread.messages[0]!.attachments).toEqual([{ name: 'INV-2026-041.pdf' }]);
  });

  test.each([
    ['keeps the lines of a body', 0, 'Hi Max,\n\nplease find attached invoice INV-2026-041 for the website relaunch.\nAmount due: €2,380.00, payable within 14 days to IBAN DE89 3704 0044 0532 0130 00.\n\nBest regards,\nAnna'],
    ['leaves quoted history out (its "we paid" is not this reply)', 1, 'Thanks Anna, forwarded to billing.'],
    ['reads paragraphs', 2, 'Hi Max,\n\na friendly reminder: invoice INV-2026-041 (€2,380.00) was due on October 19.\n\nBest,\nAnna'],
  ])('the body text %s', (_label, index, text) => {
    const { thread } = readGmailThread(loadGmailFixture('conversation-expanded-en'))!;
    expect(thread.messages[index]!.text).toBe(text);
  });

  test('a German conversation with bundled and collapsed messages reports what it could not read', () => {
    const read = readGmailThread(loadGmailFixture('conversation-collapsed-de'))!;
    expect(read.hiddenMessages).toBe(2);
    expect(read.collapsedMessages).toBe(1);
    const [collapsed, reply, reminder] = read.thread.messages;
    expect(collapsed).toMatchObject({ id: '1998b3d07c5e2301', from: { name: 'Markus Lehmann', email: 'm.lehmann@lehmann-it.example' } });
    expect(collapsed!.text).toBeUndefined();
    expect(at(collapsed!.date)).toBe(new Date(2026, 9, 12, 10, 15).getTime());
    expect(reply!.text).toBe('Hallo Herr Lehmann,\n\nich kläre das mit dem Steuerbüro.\n\nViele Grüße\nSabine Krüger');
    expect(reminder!.attachments!.map((a) => a.name)).toEqual(['RE-2026-017.pdf', 'Leistungsnachweis.pdf']);
    expect(read.thread.owner).toEqual({ name: 'Markus Lehmann', emails: ['m.lehmann@lehmann-it.example'] });
  });

  test.each([
    ['an alias joins the account', ['Rechnung@Lehmann-IT.example'], ['m.lehmann@lehmann-it.example', 'rechnung@lehmann-it.example']],
    ['the account is not repeated', ['M.Lehmann@lehmann-it.example'], ['m.lehmann@lehmann-it.example']],
  ])('owner addresses: %s', (_label, aliases, emails) => {
    expect(readGmailThread(loadGmailFixture('conversation-collapsed-de'), { aliases })!.thread.owner.emails).toEqual(emails);
  });

  test('the inbox has no open conversation', () => {
    expect(readGmailThread(loadGmailFixture('inbox-en'))).toBeUndefined();
  });

  test('an unknown message layout throws a named SelectorError instead of guessing', () => {
    expect(() => readGmailThread(loadGmailFixture('conversation-unknown-layout'))).toThrow(
      expect.objectContaining({ name: 'SelectorError', selectorName: 'gmail.message' }),
    );
  });

  test.each([
    ['without the account button and without aliases, the owner is unknown', (d: Document) => d.querySelector('a[aria-label]')!.remove(), 'gmail.account'],
    ['a date title that is no date', (d: Document) => d.querySelector('.g3')!.setAttribute('title', 'yesterday'), 'gmail.messageDate'],
  ])('%s: SelectorError', (_label, breakIt, selectorName) => {
    const doc = loadGmailFixture('conversation-expanded-en');
    breakIt(doc);
    let error: unknown;
    try {
      readGmailThread(doc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SelectorError);
    expect((error as SelectorError).selectorName).toBe(selectorName);
  });
});
