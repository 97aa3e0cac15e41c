/**
 * Every alternative of every Gmail hook counted on every dated fixture: when Gmail changes, a
 * new fixture is saved and this table says which alternatives still hold. Hooks not listed for
 * a fixture match nothing there.
 */
import { describe, expect, test } from 'vitest';
import {
  countAlternatives,
  findElement,
  SelectorError,
  expectElement,
} from '../../lib/mail-clients/dom';
import { gmailSelectors } from '../../lib/mail-clients/gmail/gmail-selectors';
import { GMAIL_FIXTURES, loadGmailFixture, type GmailFixture } from './gmail-fixtures';

type Name = keyof typeof gmailSelectors;
const names = Object.keys(gmailSelectors) as Name[];

/** Per fixture, per hook: how many elements each alternative matches (in the hook's order). */
const counts: Record<GmailFixture, Partial<Record<Name, number[]>>> = {
  'conversation-expanded-en': {
    threadSubject: [2, 2], // the open conversation plus one hidden earlier view
    conversationMain: [2],
    message: [3, 3],
    messageSender: [3, 8], // any span[email][name]: senders, recipients, a row of the hidden inbox
    expandedMessage: [3, 0], // h7 without aria-expanded
    messageHeader: [3, 3],
    messageRecipients: [4, 4],
    messageDate: [3, 3],
    messageBody: [3, 3],
    quotedHistory: [0, 2, 1, 0],
    attachmentName: [1],
    account: [1],
    replyBar: [1],
    replyButton: [1, 1],
    hiddenView: [1, 0, 0], // the earlier view Gmail keeps
    sidebarRow: [1],
    listRow: [1], // a row of the hidden inbox view,
    listRowThread: [2], // the row and the subjects (a row's id is read inside the row),
    markUnread: [1, 1],
  },
  'conversation-collapsed-de': {
    threadSubject: [1, 1],
    conversationMain: [1],
    message: [5, 5],
    messageSender: [2, 5],
    bundledMessage: [2, 0],
    messageBundleBar: [0, 1],
    collapsedMessage: [1],
    expandedMessage: [2, 0],
    messageHeader: [3, 3],
    messagePreview: [1],
    messageRecipients: [2, 2],
    messageDate: [3, 3],
    messageBody: [2, 2],
    quotedHistory: [0, 1, 1, 0],
    attachmentName: [2],
    account: [1],
    replyEditor: [1, 1],
    composeRoot: [1, 0],
    sendButton: [1, 1],
    sidebarRow: [1],
    listRowThread: [1],
  },
  'inbox-en': {
    conversationMain: [1],
    messageSender: [0, 2],
    account: [1],
    sidebarRow: [1],
    listRow: [2],
    listRowThread: [2],
    listRowDate: [2],
  },
  'conversation-unknown-layout': {
    threadSubject: [1, 1],
    conversationMain: [1],
    messageSender: [0, 1],
    messageDate: [1, 1],
    messageBody: [0, 1],
    account: [1],
    sidebarRow: [1],
    listRowThread: [1],
  },
  'conversation-just-sent-en': {
    threadSubject: [1, 1],
    conversationMain: [1],
    message: [3, 2], // the reply just sent has no legacy id
    messageSender: [2, 5],
    collapsedMessage: [1],
    expandedMessage: [2, 2],
    messageHeader: [3, 3],
    messagePreview: [1],
    messageRecipients: [2, 2],
    messageDate: [3, 3],
    messageBody: [2, 2],
    account: [1],
    replyBar: [1],
    replyButton: [1, 1],
    sidebarRow: [1],
    listRowThread: [1],
  },
  'conversation-reply-bars-en': {
    threadSubject: [1, 1],
    conversationMain: [1],
    message: [1, 1],
    messageSender: [1, 2],
    expandedMessage: [1, 1],
    messageHeader: [1, 1],
    messageRecipients: [1, 1],
    messageDate: [1, 1],
    messageBody: [1, 1],
    account: [1],
    replyBar: [3], // one visible, two hidden
    replyButton: [3, 3],
    hiddenView: [1, 0, 1], // two spare reply bars
    sidebarRow: [1],
    listRowThread: [1],
  },
  'conversation-empty-body-en': {
    threadSubject: [1, 1],
    conversationMain: [1],
    message: [2, 2],
    messageSender: [2, 4],
    expandedMessage: [2, 2],
    messageHeader: [2, 2],
    messageRecipients: [2, 2],
    messageDate: [2, 2],
    messageBody: [3, 4], // the empty hidden a3s.undefined elements count; the reader skips them
    account: [1],
    replyBar: [1],
    replyButton: [1, 1],
    hiddenView: [1, 0, 1], // two empty bodies
    sidebarRow: [1],
    listRowThread: [1],
  },
  'conversation-bundled-en': {
    threadSubject: [1, 1],
    conversationMain: [1],
    message: [6, 5], // one bundled message carries only its synced data-message-id
    messageSender: [1, 4],
    bundledMessage: [3, 0],
    messageBundleBar: [1, 0],
    collapsedMessage: [2],
    expandedMessage: [1, 1],
    messageHeader: [3, 3],
    messagePreview: [2],
    messageRecipients: [1, 1],
    messageDate: [3, 3],
    messageBody: [1, 1],
    account: [1],
    replyBar: [1],
    replyButton: [1, 1],
    sidebarRow: [1],
    listRowThread: [1],
  },
  'compose-popup-en': {
    conversationMain: [1],
    messageSender: [0, 1],
    quotedHistory: [1, 2, 1, 0], // the editor's quoted history
    account: [1],
    replyEditor: [1, 1],
    composeRoot: [1, 1],
    sendButton: [1, 1],
    composeSubject: [1],
    composeRecipient: [2, 0, 0],
    composeAttachment: [1],
    sidebarRow: [1],
    listRow: [1],
  },
};

describe.each(GMAIL_FIXTURES)('Gmail fixture %s', (fixture) => {
  const doc = loadGmailFixture(fixture);
  test.each(names)('each alternative of %s matches the expected number of elements', (name) => {
    const hook = gmailSelectors[name];
    expect(countAlternatives(doc, hook)).toEqual(
      counts[fixture][name] ?? hook.alternatives.map(() => 0),
    );
  });
});

describe('the Gmail hook registry', () => {
  test.each(names)('%s has a dated, evidenced alternative seen in a fixture', (name) => {
    const hook = gmailSelectors[name];
    expect(hook.name).toBe(`gmail.${name}`);
    expect(hook.note).not.toBe('');
    for (const alt of hook.alternatives) {
      expect(alt.seen).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])$/);
      expect(alt.evidence).not.toBe('');
    }
    const seen = GMAIL_FIXTURES.some((f) => (counts[f][name] ?? []).some((n) => n > 0));
    expect(seen).toBe(true);
  });

  test.each([
    [
      'the first alternative that matches wins',
      'conversation-bundled-en',
      'messageBundleBar',
      'adv',
    ],
    [
      'a later alternative stands in when the first matches nothing',
      'conversation-collapsed-de',
      'messageBundleBar',
      'adx',
    ],
  ] as const)('%s', (_label, fixture, name, className) => {
    expect(
      findElement(loadGmailFixture(fixture), gmailSelectors[name])?.classList.contains(className),
    ).toBe(true);
  });

  test('a hook that finds nothing says so by its name', () => {
    expect(() => expectElement(loadGmailFixture('inbox-en'), gmailSelectors.messageBody)).toThrow(
      expect.objectContaining({
        name: 'SelectorError',
        selectorName: 'gmail.messageBody',
      }) as SelectorError,
    );
  });
});
