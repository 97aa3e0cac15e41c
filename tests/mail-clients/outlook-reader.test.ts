import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anyCss, SelectorError } from '../../lib/mail-clients/dom';
import { OUTLOOK_SELECTORS, SENDER_CSS, type OutlookSelectorName } from '../../lib/mail-clients/outlook/outlook-selectors';
import { readOutlookOwner } from '../../lib/mail-clients/outlook/read-outlook-owner';
import { readOutlookThread } from '../../lib/mail-clients/outlook/read-outlook-thread';

const readOwnerName = (doc: Document) => readOutlookOwner(doc, {}).name;

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'outlook');
const SILENT = 'office-en-2026-11-silent.html';
const PAID = 'live-de-2026-11-paid.html';
const INBOX = 'office-en-2026-11-inbox.html';
const SILENT_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADU0ZTRmYzI1LWQ4%2FAQAJ1';
const PAID_URL = 'https://outlook.live.com/mail/0/inbox/id/AQMkADAwATM0MDAAMS1hZjM2LTJlZTEtMDACLTAwCgBGAAAD';

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
}

/** Local wall-clock time as an instant: the reader reads Outlook's times in the browser's zone. */
const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime();

describe('every Outlook selector matches what the dated fixtures hold', () => {
  // "pane" counts inside the reading pane, where the reader looks; "page" in the whole page.
  test.each<[string, OutlookSelectorName | 'sender', 'page' | 'pane', number]>([
    [SILENT, 'conversationRow', 'page', 2],
    [SILENT, 'selectedConversationRow', 'page', 1],
    [SILENT, 'readCompose', 'page', 1],
    [SILENT, 'readingPane', 'page', 1],
    [SILENT, 'subject', 'page', 1],
    [SILENT, 'messageTime', 'pane', 3],
    [SILENT, 'messageItem', 'pane', 3],
    [SILENT, 'messageItem', 'page', 4], // the folder tree has aria-expanded too: only matched upward
    [SILENT, 'messageBody', 'pane', 2], // the collapsed oldest message renders no body
    [SILENT, 'sender', 'pane', 3],
    [SILENT, 'recipientWell', 'pane', 3],
    [SILENT, 'attachmentTile', 'pane', 0],
    [SILENT, 'replyIcon', 'pane', 2],
    [SILENT, 'replyAllIcon', 'pane', 2],
    [SILENT, 'replyEditor', 'page', 0],
    [SILENT, 'sendButton', 'page', 0],
    [SILENT, 'accountRoot', 'page', 1],
    [SILENT, 'accountName', 'page', 0],
    [PAID, 'conversationRow', 'page', 2],
    [PAID, 'selectedConversationRow', 'page', 1],
    [PAID, 'readingPane', 'page', 1],
    [PAID, 'subject', 'page', 1],
    [PAID, 'messageTime', 'pane', 2],
    [PAID, 'messageBody', 'pane', 2],
    [PAID, 'sender', 'pane', 2],
    [PAID, 'recipientWell', 'pane', 3],
    [PAID, 'attachmentTile', 'pane', 1],
    [PAID, 'replyIcon', 'pane', 2],
    [PAID, 'replyAllIcon', 'pane', 2],
    [PAID, 'accountRoot', 'page', 1],
    [PAID, 'accountName', 'page', 1],
    [INBOX, 'conversationRow', 'page', 3],
    [INBOX, 'selectedConversationRow', 'page', 0],
    [INBOX, 'readCompose', 'page', 1],
    [INBOX, 'readingPane', 'page', 0],
    [INBOX, 'accountRoot', 'page', 1],
  ])('%s: %s in the %s matches %d time(s)', (file, name, scope, count) => {
    const doc = load(file);
    const root = scope === 'pane' ? doc.querySelector(anyCss(OUTLOOK_SELECTORS.readingPane))! : doc;
    const css = name === 'sender' ? SENDER_CSS : anyCss(OUTLOOK_SELECTORS[name]);
    expect(root.querySelectorAll(css).length).toBe(count);
  });
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
    expect(open.thread.messages.map((m) => [m.id, m.from.email, Date.parse(m.date)])).toEqual([
      ['m1', 'anna@schmidt-design.de', local(2026, 10, 9, 16, 30)],
      ['m2', 'jane.doe@northwind-shop.com', local(2026, 10, 12, 14, 47)],
      ['m3', 'anna@schmidt-design.de', local(2026, 11, 10, 9, 5)],
    ]);
    expect(open.thread.messages[0]!.subject).toBe('Invoice INV-2026-042 – website relaunch');
    expect(open.thread.messages[0]!.text).toBeUndefined();
    expect(open.collapsedMessages).toBe(1);
    expect(open.thread.messages[1]!.cc).toEqual([{ name: 'Northwind Accounts', email: 'accounts@northwind-shop.com' }]);
    expect(open.thread.messages[1]!.to).toEqual([{ name: 'Anna Schmidt', email: 'anna@schmidt-design.de' }]);
    expect(open.thread.messages[2]!.text).toBe(
      'Hi Jane,\n\njust a friendly reminder that invoice INV-2026-042 for €2,380.00 was due on 24 October 2026.\n' +
        'Could you let me know when I can expect payment?\n\nBest regards\nAnna',
    );
  });

  test('without the account manager, the tab title names the owner', () => {
    const open = readOutlookThread(load(SILENT), { url: SILENT_URL })!;
    expect(open.thread.owner).toEqual({ name: 'Anna Schmidt', emails: ['anna@schmidt-design.de'] });
    expect(open.thread.messages.map((m) => m.from.email)).toEqual(['anna@schmidt-design.de', 'jane.doe@northwind-shop.com', 'anna@schmidt-design.de']);
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
    ['German, en dashes, hyphen in the app name', 'E-Mail – Anna-Lena Schmidt – Outlook', 'Anna-Lena Schmidt'],
    ['a title without a person', 'Outlook', undefined],
  ])('owner name from the tab title: %s', (_label, title, name) => {
    const doc = load(INBOX);
    doc.title = title;
    expect(readOwnerName(doc)).toBe(name);
  });

  test('German UI on outlook.live.com: labels, dates, Cc, attachment and aliases', () => {
    const open = readOutlookThread(load(PAID), { url: PAID_URL, aliases: ['Anna@Schmidt-Design.de'] })!;
    expect(open.thread.id).toBe('outlook:AQQkADAwATM0MDAAMS1hZjM2LTJlZTEtMDACLTAwCgAQAHh2');
    expect(open.thread.owner).toEqual({ name: 'Anna Schmidt', emails: ['anna.schmidt@outlook.de', 'anna@schmidt-design.de'] });
    const [invoice, reply] = open.thread.messages;
    expect(Date.parse(invoice!.date)).toBe(local(2026, 10, 1, 9, 12));
    expect(invoice!.from).toEqual({ name: 'Anna Schmidt', email: 'anna.schmidt@outlook.de' });
    expect(invoice!.to).toEqual([{ name: 'Max Müller', email: 'max@mueller-gmbh.de' }]);
    expect(invoice!.cc).toEqual([
      { name: 'Buchhaltung Müller GmbH', email: 'buchhaltung@mueller-gmbh.de' },
      { name: 'Jana Berg', email: 'jana.berg@mueller-gmbh.de' },
    ]);
    expect(invoice!.attachments).toEqual([{ name: 'RE-2026-031.pdf' }]);
    expect(invoice!.text).toContain('anbei erhalten Sie die Rechnung RE-2026-031 über 1.190,00 €.\nZahlbar bis 15.10.2026');
    expect(reply!.from).toEqual({ email: 'max@mueller-gmbh.de' });
    expect(reply!.text).toBe('Hallo Frau Schmidt,\n\nich habe die Rechnung heute überwiesen.\n\nGruß\nMax Müller');
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

describe('a changed layout names the selector that broke', () => {
  test.each<[string, string, (doc: Document) => void, string]>([
    ['URL opens a conversation but no reading pane matches', INBOX, () => {}, 'outlook.readingPane'],
    ['the message time lost its data-testid', SILENT, (d) => d.querySelectorAll('[data-testid=SentReceivedSavedTime]').forEach((e) => e.removeAttribute('data-testid')), 'outlook.messageTime'],
    ['the time shows no calendar date', SILENT, (d) => d.querySelectorAll('[data-testid=SentReceivedSavedTime]').forEach((e) => { e.setAttribute('title', 'Yesterday'); e.textContent = 'Yesterday'; }), 'outlook.messageTime'],
    ['the subject heading lost its title', SILENT, (d) => d.querySelector('[role=heading]')!.removeAttribute('title'), 'outlook.subject'],
    ['the sender is no longer labelled', SILENT, (d) => d.querySelectorAll('[aria-label^="From:"]').forEach((e) => e.removeAttribute('aria-label')), 'outlook.sender'],
    ['message items lost aria-expanded', PAID, (d) => d.querySelectorAll('[data-app-section=ConversationContainer] [aria-expanded]').forEach((e) => e.removeAttribute('aria-expanded')), 'outlook.messageItem'],
  ])('%s', (_label, file, breakIt, selectorName) => {
    const doc = load(file);
    breakIt(doc);
    const read = () => readOutlookThread(doc, { url: SILENT_URL });
    expect(read).toThrow(SelectorError);
    expect(read).toThrow(expect.objectContaining({ selectorName }));
  });
});
