import { describe, expect, test } from 'vitest';
import { SelectorError } from '../../lib/mail-clients/dom';
import { gmailMessageId, readGmailThread } from '../../lib/mail-clients/gmail/read-gmail-thread';
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
    expect(thread.messages.map((m) => m.id)).toEqual([
      '18c2f7a9b0e4d311',
      '18c3a1b2c3d4e5f6',
      '18c4b2c3d4e5f607',
    ]);
    expect(thread.messages.map((m) => m.from.email)).toEqual([
      'anna@schmidt-design.example',
      'max@clearwater.example',
      'anna@schmidt-design.example',
    ]);
    expect(at(thread.messages[0]!.date)).toBe(new Date(2026, 9, 5, 9, 12).getTime());
    expect(thread.messages[0]!.to).toEqual([
      { name: 'Max Miller', email: 'max@clearwater.example' },
    ]);
    expect(thread.messages[1]!.to!.map((a) => a.email)).toEqual([
      'anna@schmidt-design.example',
      'billing@clearwater.example',
    ]);
    expect(thread.messages[0]!.attachments).toEqual([{ name: 'INV-2026-041.pdf' }]);
  });

  test.each([
    [
      'keeps the lines of a body',
      0,
      'Hi Max,\n\nplease find attached invoice INV-2026-041 for the website relaunch.\nAmount due: €2,380.00, payable within 14 days to IBAN DE89 3704 0044 0532 0130 00.\n\nBest regards,\nAnna',
    ],
    [
      'leaves quoted history out (its "we paid" is not this reply)',
      1,
      'Thanks Anna, forwarded to billing.',
    ],
    [
      'reads paragraphs',
      2,
      'Hi Max,\n\na friendly reminder: invoice INV-2026-041 (€2,380.00) was due on October 19.\n\nBest,\nAnna',
    ],
  ])('the body text %s', (_label, index, text) => {
    const { thread } = readGmailThread(loadGmailFixture('conversation-expanded-en'))!;
    expect(thread.messages[index]!.text).toBe(text);
  });

  test('a German conversation with bundled and collapsed messages reports what it could not read', () => {
    const read = readGmailThread(loadGmailFixture('conversation-collapsed-de'))!;
    expect(read.hiddenMessages).toBe(2);
    expect(read.collapsedMessages).toBe(1);
    expect(read.hiddenMessageIds).toEqual(['1998b3d07c5e21fa', '1998b3d07c5e2200']);
    const [collapsed, reply, reminder] = read.thread.messages;
    expect(collapsed).toMatchObject({
      id: '1998b3d07c5e2301',
      from: { name: 'Markus Lehmann', email: 'm.lehmann@lehmann-it.example' },
    });
    expect(collapsed!.text).toBeUndefined();
    expect(collapsed!.preview).toBe('Sehr geehrte Frau Krüger, bei der Durchsicht …');
    expect(at(collapsed!.date)).toBe(new Date(2026, 9, 12, 10, 15).getTime());
    expect(reply!.text).toBe(
      'Hallo Herr Lehmann,\n\nich kläre das mit dem Steuerbüro.\n\nViele Grüße\nSabine Krüger',
    );
    expect(reminder!.attachments!.map((a) => a.name)).toEqual([
      'RE-2026-017.pdf',
      'Leistungsnachweis.pdf',
    ]);
    expect(read.thread.owner).toEqual({
      name: 'Markus Lehmann',
      emails: ['m.lehmann@lehmann-it.example'],
    });
  });

  test.each([
    [
      'an alias joins the account',
      ['Rechnung@Lehmann-IT.example'],
      ['m.lehmann@lehmann-it.example', 'rechnung@lehmann-it.example'],
    ],
    [
      'the account is not repeated',
      ['M.Lehmann@lehmann-it.example'],
      ['m.lehmann@lehmann-it.example'],
    ],
  ])('owner addresses: %s', (_label, aliases, emails) => {
    expect(
      readGmailThread(loadGmailFixture('conversation-collapsed-de'), { aliases })!.thread.owner
        .emails,
    ).toEqual(emails);
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
    [
      'without the account button and without aliases, the owner is unknown',
      (d: Document) => d.querySelector('a[aria-label]')!.remove(),
      'gmail.account',
    ],
    [
      'a date title that is no date',
      (d: Document) => d.querySelector('.g3')!.setAttribute('title', 'yesterday'),
      'gmail.messageDate',
    ],
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

  // Variants seen in 2025 markup (tests/fixtures/gmail, dated in each file's header).
  test('a reply just sent (data-message-id only, not yet synced) counts as the newest message', () => {
    const { thread } = readGmailThread(loadGmailFixture('conversation-just-sent-en'))!;
    expect(thread.messages.map((m) => m.id)).toEqual([
      '19a3643500000201',
      '19a3643500000202',
      'r-4417036559812345678',
    ]);
    expect(thread.messages.at(-1)).toMatchObject({
      from: { email: 'lena@hartmann-print.example' },
      text: 'Hi Paul,\n\nof course, the corrected invoice is attached.\n\nLena',
    });
  });

  test.each([
    [
      'the legacy id as it is',
      {
        'data-message-id': '#msg-f:1847430450948080130',
        'data-legacy-message-id': '19a3643500000202',
      },
      '19a3643500000202',
    ],
    [
      'a synced id without the legacy one: the same hex id',
      { 'data-message-id': '#msg-f:1847430450948080130' },
      '19a3643500000202',
    ],
    [
      'a reply just sent: its local id without the prefix',
      { 'data-message-id': '#msg-a:r-4417036559812345678' },
      'r-4417036559812345678',
    ],
  ])('message id from %s', (_label, attrs, id) => {
    const el = document.createElement('div');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    expect(gmailMessageId(el)).toBe(id);
  });

  test.each([
    [
      'before the real body, inside div.ii.gt',
      0,
      'Hi Paul,\n\ninvoice 2026-091 for €310.00 is attached.\n\nLena',
    ],
    ['after the real body, outside it', 1, 'Thanks, paid today.'],
  ])('an empty hidden body element %s is skipped', (_label, index, text) => {
    const { thread } = readGmailThread(loadGmailFixture('conversation-empty-body-en'))!;
    expect(thread.messages[index]!.text).toBe(text);
  });

  test('collapsed messages carry their preview, bundled ones their ids, in the same form as read messages', () => {
    const read = readGmailThread(loadGmailFixture('conversation-bundled-en'))!;
    expect(read).toMatchObject({ hiddenMessages: 3, collapsedMessages: 2 });
    expect(read.hiddenMessageIds).toEqual([
      '19a3643500000202',
      '19a3643500000203',
      '19a3643500000204',
    ]);
    expect(read.thread.messages.map((m) => [m.id, m.text === undefined, m.preview])).toEqual([
      [
        '19a3643500000201',
        true,
        'Hi Paul, attached is invoice 2026-095 for the opening flyers: €1,180.00, payable by September 21. Best, Lena',
      ],
      [
        '19a3643500000205',
        true,
        'Hi Paul, invoice 2026-095 (€1,180.00) is now four weeks overdue. Could you let me know when I can expect payment?',
      ],
      ['19a3643500000303', false, undefined],
    ]);
  });

  test('a message keeps its id whether it is bundled, collapsed or expanded', () => {
    const doc = loadGmailFixture('conversation-bundled-en');
    const bundled = readGmailThread(doc)!.hiddenMessageIds![1];
    // Gmail opens the bundle: the message becomes a collapsed list item with its header.
    const item = doc.querySelector('.kQ:nth-child(3)')!;
    const collapsed = doc.querySelector('.kv')!.cloneNode(true) as Element;
    collapsed.querySelector('.adn')!.replaceWith(item.querySelector('.adn')!.cloneNode(true));
    collapsed
      .querySelector('.adn')!
      .append(...Array.from(doc.querySelector('.kv .adn')!.childNodes, (n) => n.cloneNode(true)));
    item.replaceWith(collapsed);
    expect(bundled).toBe('19a3643500000203');
    expect(readGmailThread(doc)!.thread.messages.map((m) => m.id)).toContain(bundled);
  });
});
