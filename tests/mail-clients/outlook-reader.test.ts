import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countAlternatives, findElement, SelectorError } from '../../lib/mail-clients/dom';
import {
  OUTLOOK_SELECTORS,
  type OutlookSelectorName,
} from '../../lib/mail-clients/outlook/outlook-selectors';
import { readOutlookOwner } from '../../lib/mail-clients/outlook/read-outlook-owner';
import {
  outlookMessageId,
  readOutlookThread,
} from '../../lib/mail-clients/outlook/read-outlook-thread';

const readOwnerName = (doc: Document) => readOutlookOwner(doc, {}).name;

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'outlook');
const SILENT = 'office-en-2026-11-silent.html';
const PAID = 'live-de-2026-11-paid.html';
const INBOX = 'office-en-2026-11-inbox.html';
const SILENT_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADU0ZTRmYzI1LWQ4%2FAQAJ1';
const PAID_URL =
  'https://outlook.live.com/mail/0/inbox/id/AQMkADAwATM0MDAAMS1hZjM2LTJlZTEtMDACLTAwCgBGAAAD';

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
}

/** Local wall-clock time as an instant: the reader reads Outlook's times in the browser's zone. */
const local = (y: number, mo: number, d: number, h: number, mi: number) =>
  new Date(y, mo - 1, d, h, mi).getTime();

/** Hooks the reader looks up inside the reading pane; the others are looked up in the page. */
const IN_PANE = new Set<OutlookSelectorName>([
  'messageTime',
  'messageItem',
  'sender',
  'messageBody',
  'recipientWell',
  'recipientChip',
  'attachmentTile',
  'attachmentName',
  'replyIcon',
  'replyAllIcon',
  'actionButton',
  'olderItems',
]);
const FOLDED = 'cloud-en-2026-10-folded.html';
const NO_SUFFIX = 'office-en-2024-no-suffix.html';
const REPLY = 'office-en-2026-11-reply-open.html';
const FOLDED_URL = 'https://outlook.cloud.microsoft/mail/inbox/id/AAQkAGMyZDJlNTY4LWE1%2FAQAK7';
const NO_SUFFIX_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADNhMjk4ZjFk%2FAQAL2';

/** Matches of each alternative, in the pane (IN_PANE) or the page: [fixture, hook, counts]. */
const COUNTS: [string, OutlookSelectorName, number[]][] = [
  [SILENT, 'conversationRow', [2]],
  [SILENT, 'selectedConversationRow', [1]],
  [SILENT, 'readCompose', [1]],
  [SILENT, 'readingPane', [1]],
  [SILENT, 'subject', [0, 1]],
  [SILENT, 'messageTime', [3]],
  [SILENT, 'messageItem', [3]],
  [SILENT, 'sender', [3]],
  [SILENT, 'messageBody', [0, 2, 0]], // the collapsed oldest message renders no body
  [SILENT, 'recipientWell', [3]],
  [SILENT, 'recipientChip', [2]],
  [SILENT, 'attachmentTile', [0]],
  [SILENT, 'replyIcon', [2]],
  [SILENT, 'replyAllIcon', [2]],
  [SILENT, 'actionButton', [5]],
  [SILENT, 'olderItems', [5]], // buttons, none a fold (no number)
  [SILENT, 'replyEditor', [0]],
  [SILENT, 'sendButton', [0]],
  [SILENT, 'accountRoot', [1]],
  [SILENT, 'accountName', [0]],
  [PAID, 'conversationRow', [2]],
  [PAID, 'subject', [0, 1]],
  [PAID, 'messageTime', [2]],
  [PAID, 'messageBody', [0, 2, 0]],
  [PAID, 'sender', [2]],
  [PAID, 'recipientWell', [3]],
  [PAID, 'recipientChip', [3]],
  [PAID, 'attachmentTile', [1]],
  [PAID, 'attachmentName', [2]], // in a tile: its name, then its size
  [PAID, 'accountRoot', [1]],
  [PAID, 'accountName', [1]],
  [INBOX, 'conversationRow', [3]],
  [INBOX, 'selectedConversationRow', [0]],
  [INBOX, 'readCompose', [1]],
  [INBOX, 'readingPane', [0]],
  [FOLDED, 'selectedConversationRow', [1]],
  [FOLDED, 'subject', [1, 1]], // the CONV_…_SUBJECT id first
  [FOLDED, 'messageTime', [3]],
  [FOLDED, 'messageItem', [3]],
  [FOLDED, 'sender', [3]],
  [FOLDED, 'messageBody', [1, 0, 0]], // role=document on the UniqueMessageBody_N element itself
  [FOLDED, 'olderItems', [3]], // "See 2 more messages" and the newest item's two actions
  [NO_SUFFIX, 'messageBody', [0, 0, 1]], // id="UniqueMessageBody", no suffix
  [NO_SUFFIX, 'messageTime', [2]],
  [NO_SUFFIX, 'sender', [2]],
  [REPLY, 'replyEditor', [2]],
  [REPLY, 'sendButton', [2]],
  [REPLY, 'composeSubject', [1]],
  [REPLY, 'quotedHistory', [1, 1]],
  [REPLY, 'recipientWell', [1]],
];

describe('every Outlook hook alternative is counted on the dated fixtures', () => {
  test.each(COUNTS)('%s: %s matches %j', (file, name, counts) => {
    const doc = load(file);
    const pane = findElement(doc, OUTLOOK_SELECTORS.readingPane)!;
    // The file name is looked up inside one attachment tile.
    const root =
      name === 'attachmentName'
        ? findElement(pane, OUTLOOK_SELECTORS.attachmentTile)!
        : IN_PANE.has(name)
          ? pane
          : doc;
    expect(countAlternatives(root, OUTLOOK_SELECTORS[name])).toEqual(counts);
  });

  test.each(Object.keys(OUTLOOK_SELECTORS) as OutlookSelectorName[])(
    '%s: an alternative is seen in a fixture, each with its date and evidence',
    (name) => {
      const hook = OUTLOOK_SELECTORS[name];
      expect(hook.name).toBe(`outlook.${name}`);
      for (const alt of hook.alternatives) {
        expect(alt.seen).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
        expect(alt.evidence.length).toBeGreaterThan(10);
      }
      const seen = readdirSync(FIXTURES).some((file) =>
        countAlternatives(load(file), hook).some((n) => n > 0),
      );
      expect(seen).toBe(true);
    },
  );
});

describe('reading the open conversation', () => {
  test('English UI, newest first, owner shown by name only: oldest first, owner resolved from the settings name', () => {
    const doc = load(SILENT);
    doc.title = 'Outlook'; // neither account manager nor tab title names the person
    const open = readOutlookThread(doc, { url: SILENT_URL, ownerName: 'Anna Schmidt' })!;
    expect(open.thread.id).toBe('outlook:AAQkADU0ZTRmYzI1LWQ4MzgtNDg3Ni04Y2Q3LTEwAAQAJ1');
    expect(open.thread.client).toBe('outlook');
    expect(open.thread.subject).toBe('Invoice INV-2026-042 – website relaunch');
    expect(open.thread.owner).toEqual({ name: 'Anna Schmidt', emails: ['anna@schmidt-design.de'] });
    expect(open.thread.messages.map((m) => [m.from.email, Date.parse(m.date)])).toEqual([
      ['anna@schmidt-design.de', local(2026, 10, 9, 16, 30)],
      ['jane.doe@northwind-shop.com', local(2026, 10, 12, 14, 47)],
      ['anna@schmidt-design.de', local(2026, 11, 10, 9, 5)],
    ]);
    expect(open.thread.messages[0]!.subject).toBe('Invoice INV-2026-042 – website relaunch');
    expect(open.thread.messages[0]!.text).toBeUndefined();
    expect(open.thread.messages[0]!.preview).toBe(
      'Hi Jane, please find attached invoice INV-2026-042 for the website relaunch…',
    );
    expect(open.collapsedMessages).toBe(1);
    expect(open.hiddenMessages).toBe(0);
    expect(open.thread.messages[1]!.cc).toEqual([
      { name: 'Northwind Accounts', email: 'accounts@northwind-shop.com' },
    ]);
    expect(open.thread.messages[1]!.to).toEqual([
      { name: 'Anna Schmidt', email: 'anna@schmidt-design.de' },
    ]);
    expect(open.thread.messages[2]!.text).toBe(
      'Hi Jane,\n\njust a friendly reminder that invoice INV-2026-042 for €2,380.00 was due on 24 October 2026.\n' +
        'Could you let me know when I can expect payment?\n\nBest regards\nAnna',
    );
  });

  test('without the account manager, the tab title names the owner', () => {
    const open = readOutlookThread(load(SILENT), { url: SILENT_URL })!;
    expect(open.thread.owner).toEqual({ name: 'Anna Schmidt', emails: ['anna@schmidt-design.de'] });
    expect(open.thread.messages.map((m) => m.from.email)).toEqual([
      'anna@schmidt-design.de',
      'jane.doe@northwind-shop.com',
      'anna@schmidt-design.de',
    ]);
    expect(open.unresolvedSenders).toEqual([]);
  });

  test('a sender shown by name only that nothing in the page resolves keeps an empty address and is reported', () => {
    const doc = load(SILENT);
    doc.title = 'Outlook';
    const open = readOutlookThread(doc, { url: SILENT_URL })!;
    expect(open.thread.owner).toEqual({ emails: ['anna@schmidt-design.de'] });
    expect(open.thread.messages.map((m) => m.from)).toEqual([
      { name: 'Anna Schmidt', email: '' },
      { name: 'Jane Doe', email: 'jane.doe@northwind-shop.com' },
      { name: 'Anna Schmidt', email: '' },
    ]);
    expect(open.unresolvedSenders).toEqual(['Anna Schmidt']);
  });

  test.each([
    ['English work account', 'Mail - Anna Schmidt - Outlook', 'Anna Schmidt'],
    [
      'German, en dashes, hyphen in the app name',
      'E-Mail – Anna-Lena Schmidt – Outlook',
      'Anna-Lena Schmidt',
    ],
    ['a title without a person', 'Outlook', undefined],
  ])('owner name from the tab title: %s', (_label, title, name) => {
    const doc = load(INBOX);
    doc.title = title;
    expect(readOwnerName(doc)).toBe(name);
  });

  test('German UI on outlook.live.com: labels, dates, Cc, attachment and aliases', () => {
    const open = readOutlookThread(load(PAID), {
      url: PAID_URL,
      aliases: ['Anna@Schmidt-Design.de'],
    })!;
    expect(open.thread.id).toBe('outlook:AQQkADAwATM0MDAAMS1hZjM2LTJlZTEtMDACLTAwCgAQAHh2');
    expect(open.thread.owner).toEqual({
      name: 'Anna Schmidt',
      emails: ['anna.schmidt@outlook.de', 'anna@schmidt-design.de'],
    });
    const [invoice, reply] = open.thread.messages;
    expect(Date.parse(invoice!.date)).toBe(local(2026, 10, 1, 9, 12));
    expect(invoice!.from).toEqual({ name: 'Anna Schmidt', email: 'anna.schmidt@outlook.de' });
    expect(invoice!.to).toEqual([{ name: 'Max Müller', email: 'max@mueller-gmbh.de' }]);
    expect(invoice!.cc).toEqual([
      { name: 'Buchhaltung Müller GmbH', email: 'buchhaltung@mueller-gmbh.de' },
      { name: 'Jana Berg', email: 'jana.berg@mueller-gmbh.de' },
    ]);
    expect(invoice!.attachments).toEqual([{ name: 'RE-2026-031.pdf' }]);
    expect(invoice!.text).toContain(
      'anbei erhalten Sie die Rechnung RE-2026-031 über 1.190,00 €.\nZahlbar bis 15.10.2026',
    );
    expect(reply!.from).toEqual({ email: 'max@mueller-gmbh.de' });
    expect(reply!.text).toBe(
      'Hallo Frau Schmidt,\n\nich habe die Rechnung heute überwiesen.\n\nGruß\nMax Müller',
    );
    expect(reply!.subject).toBeUndefined();
    expect(open.collapsedMessages).toBe(0);
  });

  test.each([
    ['the inbox with no conversation open', 'https://outlook.office.com/mail/'],
    ['the inbox of a personal account', 'https://outlook.live.com/mail/0/'],
  ])('%s reads as no conversation', (_label, url) => {
    expect(readOutlookThread(load(INBOX), { url })).toBeUndefined();
  });
});

describe('variants Outlook has shipped read alike', () => {
  test.each([
    [
      'role=document on the UniqueMessageBody_N element itself (outlook.cloud.microsoft, 2026-10)',
      FOLDED,
      FOLDED_URL,
      'Dear Tom,\n\ninvoice 2026-0815 (£1,800.00) is still unpaid. Please settle it or let me know if there is a problem.\n\nBest regards\nAnna',
    ],
    [
      'id="UniqueMessageBody" without a suffix (an older build)',
      NO_SUFFIX,
      NO_SUFFIX_URL,
      'Hi Anna,\n\ncould you resend the invoice with our PO number (PO-7731)?\n\nThanks,\nDaniel',
    ],
  ])('%s: the newest body is read', (_label, file, url, text) => {
    const open = readOutlookThread(load(file), { url })!;
    expect(open.thread.messages.at(-1)!.text).toBe(text);
    expect(open.collapsedMessages).toBe(file === FOLDED ? 2 : 1);
  });

  test('a date shown only as text (no title) is read; the subject comes from its CONV_…_SUBJECT heading', () => {
    const open = readOutlookThread(load(FOLDED), { url: FOLDED_URL })!;
    expect(open.thread.subject).toBe('Invoice 2026-0815 – product photography');
    expect(open.thread.messages.map((m) => Date.parse(m.date))).toEqual([
      local(2026, 9, 29, 10, 0),
      local(2026, 10, 1, 18, 12),
      local(2026, 10, 19, 10, 0),
    ]);
  });
});

describe('collapsed and folded items', () => {
  test('collapsed items keep their preview line, no text; items folded behind "See 2 more messages" are counted as hidden', () => {
    const open = readOutlookThread(load(FOLDED), { url: FOLDED_URL })!;
    expect(open.hiddenMessages).toBe(2);
    expect(open.thread.messages.map((m) => [m.from.name, m.text === undefined, m.preview])).toEqual(
      [
        [
          'Anna Schmidt',
          true,
          'Dear Tom, a quick reminder that invoice 2026-0815 (£1,800.00) is now overdue. Best regards…',
        ],
        ['Tom Baker', true, 'Sorry Anna, our payment run slipped. You will have it next week. Tom'],
        ['Anna Schmidt', false, undefined],
      ],
    );
  });

  /** The silent fixture with its collapsed oldest item expanded, as Outlook renders it then. */
  const expandOldest = (doc: Document): void => {
    const item = doc.querySelector('[aria-expanded=false]')!;
    item.setAttribute('aria-expanded', 'true');
    item.querySelector('.Ld2Lx')!.replaceWith(
      Object.assign(doc.createElement('div'), {
        id: 'UniqueMessageBody_3',
        role: 'document',
        textContent: 'Hi Jane, please find attached invoice INV-2026-042.',
      }),
    );
    item.querySelector('#UniqueMessageBody_3')!.setAttribute('role', 'document');
  };

  test.each<[string, (doc: Document) => void]>([
    ['the same page read again', () => {}],
    ['the oldest item expanded', expandOldest],
    [
      'the conversation shown oldest first',
      (doc) => {
        const c = doc.querySelector('.ZOM9m')!;
        c.append(...Array.from(c.children).reverse());
      },
    ],
  ])('message ids hold across visits and views: %s', (_label, change) => {
    const before = readOutlookThread(load(SILENT), { url: SILENT_URL })!.thread.messages.map(
      (m) => m.id,
    );
    const doc = load(SILENT);
    change(doc);
    const after = readOutlookThread(doc, { url: SILENT_URL })!;
    expect(after.thread.messages.map((m) => m.id)).toEqual(before);
    expect(new Set(before).size).toBe(3);
  });

  test.each([
    [
      'the same instant written in another zone is the same message',
      'Anna Schmidt',
      '2026-10-09T16:30:00+02:00',
      'Anna Schmidt',
      '2026-10-09T14:30:00Z',
      true,
    ],
    [
      'case of the name does not matter',
      'Jane Doe',
      '2026-10-12T14:47:00Z',
      'jane doe',
      '2026-10-12T14:47:00Z',
      true,
    ],
    [
      'another minute is another message',
      'Jane Doe',
      '2026-10-12T14:47:00Z',
      'Jane Doe',
      '2026-10-12T14:48:00Z',
      false,
    ],
  ])('outlookMessageId: %s', (_label, a, da, b, db, same) => {
    expect(outlookMessageId(a, da) === outlookMessageId(b, db)).toBe(same);
  });
});

describe('a changed layout names the selector that broke', () => {
  test.each<[string, string, (doc: Document) => void, string]>([
    [
      'URL opens a conversation but no reading pane matches',
      INBOX,
      () => {},
      'outlook.readingPane',
    ],
    [
      'the message time lost its data-testid',
      SILENT,
      (d) =>
        d
          .querySelectorAll('[data-testid=SentReceivedSavedTime]')
          .forEach((e) => e.removeAttribute('data-testid')),
      'outlook.messageTime',
    ],
    [
      'the time shows no calendar date',
      SILENT,
      (d) =>
        d.querySelectorAll('[data-testid=SentReceivedSavedTime]').forEach((e) => {
          e.setAttribute('title', 'Yesterday');
          e.textContent = 'Yesterday';
        }),
      'outlook.messageTime',
    ],
    [
      'the subject heading lost its title',
      SILENT,
      (d) => d.querySelector('[role=heading]')!.removeAttribute('title'),
      'outlook.subject',
    ],
    [
      'the sender is no longer labelled',
      SILENT,
      (d) =>
        d.querySelectorAll('[aria-label^="From:"]').forEach((e) => e.removeAttribute('aria-label')),
      'outlook.sender',
    ],
    [
      'message items lost aria-expanded',
      PAID,
      (d) =>
        d
          .querySelectorAll('[data-app-section=ConversationContainer] [aria-expanded]')
          .forEach((e) => e.removeAttribute('aria-expanded')),
      'outlook.messageItem',
    ],
  ])('%s', (_label, file, breakIt, selectorName) => {
    const doc = load(file);
    breakIt(doc);
    const read = () => readOutlookThread(doc, { url: SILENT_URL });
    expect(read).toThrow(SelectorError);
    expect(read).toThrow(expect.objectContaining({ selectorName }));
  });
});
