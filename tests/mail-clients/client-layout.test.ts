/**
 * The layout hooks the sidebar's visibility check reads (MailClient.layout), counted on the
 * dated fixtures like every other hook, and what each client hands the check: the elements the
 * sidebar must not cover and the content it may narrow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countAlternatives, type Hook } from '../../lib/mail-clients/dom';
import { gmailLayout, gmailLayoutHooks } from '../../lib/mail-clients/gmail/gmail-layout';
import { outlookLayout, outlookLayoutHooks } from '../../lib/mail-clients/outlook/outlook-layout';

const load = (file: string): Document =>
  new DOMParser().parseFromString(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', file), 'utf8'),
    'text/html',
  );

const GMAIL_OPEN = 'gmail/conversation-expanded-en.html';
const GMAIL_COLLAPSED = 'gmail/conversation-collapsed-de.html';
const GMAIL_INBOX = 'gmail/inbox-en.html';
const OUTLOOK_SILENT = 'outlook/office-en-2026-11-silent.html';
const OUTLOOK_INBOX = 'outlook/office-en-2026-11-inbox.html';

describe('every layout hook alternative, counted on the fixtures', () => {
  const g = gmailLayoutHooks;
  const o = outlookLayoutHooks;
  test.each<[string, string, Hook, number[]]>([
    [GMAIL_OPEN, 'topBar', g.topBar, [1, 0]],
    [GMAIL_OPEN, 'sidePanel', g.sidePanel, [0, 0, 0, 1]], // the 2017 add-on column, empty
    [GMAIL_OPEN, 'threadList', g.threadList, [0, 1]], // the inbox view Gmail keeps hidden
    [GMAIL_OPEN, 'toolbar', g.toolbar, [0, 1]], // div.iH holding "Mark as unread"
    [GMAIL_OPEN, 'replyBar', g.replyBar, [1]],
    [GMAIL_OPEN, 'replyForm', g.replyForm, [0, 0]],
    [GMAIL_COLLAPSED, 'replyBar', g.replyBar, [0]],
    [GMAIL_COLLAPSED, 'replyForm', g.replyForm, [1, 1]], // a reply being written
    [GMAIL_INBOX, 'threadList', g.threadList, [0, 1]],
    [GMAIL_INBOX, 'sidePanel', g.sidePanel, [0, 0, 0, 0]],
    [OUTLOOK_SILENT, 'topBar', o.topBar, [0, 0, 0]], // the fixture leaves the suite header out
    [OUTLOOK_SILENT, 'messageList', o.messageList, [1]],
    [OUTLOOK_SILENT, 'messageToolbar', o.messageToolbar, [2]],
    [OUTLOOK_SILENT, 'inlineCompose', o.inlineCompose, [0, 0]],
    [OUTLOOK_SILENT, 'messageText', o.messageText, [2]],
    [OUTLOOK_INBOX, 'messageText', o.messageText, [0]],
  ])('%s: %s', (file, _name, hook, counts) => {
    expect(countAlternatives(load(file), hook)).toEqual(counts);
  });
});

describe('what the sidebar must not cover, and what it may narrow', () => {
  const bodies = 'div.a3s, [id^=UniqueMessageBody]';
  const lists = 'div.ae4, #MailList';
  test.each([
    ['Gmail, no conversation open: no layout to check', GMAIL_INBOX, gmailLayout, undefined],
    [
      // No list: the fixture's inbox view lies outside the layout row (and is hidden).
      'Gmail, a conversation: its three message bodies, the reply bar and the top bar; its layout row narrows',
      GMAIL_OPEN,
      gmailLayout,
      {
        bodies: 3,
        replyBar: 1,
        lists: 0,
        topBar: true,
        content: (d: Document) => d.querySelector('div.no'),
      },
    ],
    [
      "Outlook, a conversation: its two bodies and the list; the reading pane's parent narrows",
      OUTLOOK_SILENT,
      outlookLayout,
      {
        bodies: 2,
        replyBar: 0,
        lists: 1,
        topBar: false,
        content: (d: Document) =>
          d.querySelector('[data-app-section=MailReadCompose]')?.parentElement,
      },
    ],
  ] as const)('%s', (_label, file, layoutOf, expected) => {
    const doc = load(file);
    const layout = layoutOf(doc);
    if (!expected) return expect(layout).toBeUndefined();
    const avoid = layout!.avoid;
    expect(avoid.filter((el) => el.matches(bodies))).toHaveLength(expected.bodies);
    expect(avoid.filter((el) => el.matches('.amn'))).toHaveLength(expected.replyBar);
    expect(avoid.filter((el) => el.matches(lists))).toHaveLength(expected.lists);
    expect(layout!.topBar !== undefined).toBe(expected.topBar);
    if (layout!.topBar) expect(avoid).toContain(layout!.topBar);
    expect(layout!.content).toBe(expected.content(doc));
  });
});
