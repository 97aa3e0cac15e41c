/**
 * Every Gmail selector counted on every dated fixture: when Gmail changes, a new fixture is
 * saved and this table says which hooks still hold.
 */
import { describe, expect, test } from 'vitest';
import { findAll } from '../../lib/mail-clients/dom';
import { gmailSelectors } from '../../lib/mail-clients/gmail/gmail-selectors';
import { GMAIL_FIXTURES, loadGmailFixture, type GmailFixture } from './gmail-fixtures';

type Name = keyof typeof gmailSelectors;

const counts: Record<GmailFixture, Record<Name, number>> = {
  'conversation-expanded-en': {
    threadSubject: 2, // the open conversation plus one hidden earlier view
    conversationMain: 2,
    message: 3,
    messageSender: 8, // three senders, four recipients, one row of the hidden inbox view
    messageBundleBar: 0,
    collapsedMessage: 0,
    messageRecipients: 4,
    messageDate: 3,
    messageBody: 3,
    quotedHistory: 2, // div.gmail_quote and the blockquote inside it
    attachmentName: 1,
    account: 1,
    replyEditor: 0,
    replyButton: 1,
    sidebarRow: 1,
  },
  'conversation-collapsed-de': {
    threadSubject: 1,
    conversationMain: 1,
    message: 5,
    messageSender: 5, // collapsed sender, two expanded senders, two recipients
    messageBundleBar: 1,
    collapsedMessage: 1,
    messageRecipients: 2,
    messageDate: 3, // hidden messages have none
    messageBody: 2,
    quotedHistory: 2,
    attachmentName: 2,
    account: 1,
    replyEditor: 1,
    replyButton: 0,
    sidebarRow: 1,
  },
  'inbox-en': {
    threadSubject: 0,
    conversationMain: 1,
    message: 0,
    messageSender: 2,
    messageBundleBar: 0,
    collapsedMessage: 0,
    messageRecipients: 0,
    messageDate: 0,
    messageBody: 0,
    quotedHistory: 0,
    attachmentName: 0,
    account: 1,
    replyEditor: 0,
    replyButton: 0,
    sidebarRow: 1,
  },
  'conversation-unknown-layout': {
    threadSubject: 1,
    conversationMain: 1,
    message: 0,
    messageSender: 1,
    messageBundleBar: 0,
    collapsedMessage: 0,
    messageRecipients: 0,
    messageDate: 1,
    messageBody: 1,
    quotedHistory: 0,
    attachmentName: 0,
    account: 1,
    replyEditor: 0,
    replyButton: 0,
    sidebarRow: 1,
  },
};

describe.each(GMAIL_FIXTURES)('Gmail fixture %s', (fixture) => {
  const doc = loadGmailFixture(fixture);
  test.each(Object.keys(gmailSelectors) as Name[])('selector %s matches the expected number of elements', (name) => {
    expect(findAll(doc, gmailSelectors[name])).toHaveLength(counts[fixture][name]);
  });
});
