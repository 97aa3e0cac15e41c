/**
 * Every Gmail hook Unghost uses: a name, why it is used, and an ordered list of alternatives,
 * newest evidence first (the first alternative that matches wins). Prefer Gmail's data-* and
 * email=/name=/title= attributes over its obfuscated class names; never match on aria-label text
 * alone (it follows the UI language). Each alternative is counted on every dated fixture in
 * tests/fixtures/gmail/ (tests/mail-clients/gmail-selectors.test.ts).
 *
 * Evidence, newest first (no full 2024-2026 conversation page with a usable licence exists):
 * - "InboxSDK 2025-11": the maintained InboxSDK (MIT/Apache-2.0) code as of 2025-11: message
 *   view states, the hidden-messages indicator, the reply bar that is no longer in a table and
 *   can exist several times (some hidden), replies just sent without a legacy message id.
 * - "gmail.js #814 (2025-11)": the subject h2 copied from live Gmail in gmail.js issue #814.
 * - "2025-08 expanded-message capture": a real expanded message (sender, date, recipients,
 *   body) pasted into a public project's source, redacted.
 * - "2024-2025 compose fragments": the g_editable editor and the OneGoogle account link.
 * - "2023-08 wrapper": a real message wrapper (list item, div.adn with both ids).
 * - "2020 compose popup": a complete "New Message" popup (js-min's test template).
 * - "2017 add-on sidebar": InboxSDK's 2017 add-on side panel fixture (div.no row).
 * - "FlowCrypt": its Gmail element replacer skips empty hidden `div.a3s.undefined` bodies.
 */
import type { Hook } from '../dom';

type Alt = readonly [css: string, seen: string, evidence: string];

const hook = (name: string, note: string, ...alternatives: Alt[]): Hook => ({
  name: `gmail.${name}`,
  note,
  alternatives: alternatives.map(([css, seen, evidence]) => ({ css, seen, evidence })),
});

const INBOXSDK = 'InboxSDK 2025-11 code notes';
const ISSUE_814 = 'gmail.js issue #814 (2025-11)';
const CAPTURE_2025 = 'the 2025-08 expanded-message capture';
const FRAGMENTS_2024 = 'the 2024-2025 compose fragments';
const WRAPPER_2023 = 'the 2023-08 wrapper';
const COMPOSE_2020 = 'the 2020 compose popup';
const SIDEBAR_2017 = 'the 2017 add-on sidebar';

export const gmailSelectors = {
  threadSubject: hook(
    'threadSubject',
    "The conversation subject; `data-legacy-thread-id` (hex, also in Gmail's own #inbox/<id> " +
      'links) has been on the subject h2 since the 2018 redesign, while `data-thread-perm-id` ' +
      'can read "undefined" (#814). Gmail keeps earlier views in the DOM with inline ' +
      'display:none, so the reader skips hidden ones. Without the attribute, `h2.hP` still ' +
      'tells a conversation is open and the reader names this hook as missing its id.',
    ['h2[data-legacy-thread-id]', '2025-11', ISSUE_814],
    ['h2.hP', '2025-11', ISSUE_814],
  ),
  conversationMain: hook(
    'conversationMain',
    'The main region; messages live under it. role=main is an ARIA landmark Gmail has kept on ' +
      'its main view since the first captures.',
    ['[role="main"]', '2014-12', 'the 2014 thread list (InboxSDK)'],
  ),
  message: hook(
    'message',
    'One message, expanded, collapsed or bundled: `div.adn` carries `data-message-id` ' +
      '("#msg-f:<decimal>", the legacy id in decimal) and, once Gmail has synced it, ' +
      '`data-legacy-message-id` (hex). A reply just sent has only `data-message-id` ' +
      '("#msg-a:r…") and must still count, or the conversation looks unanswered.',
    ['div.adn[data-message-id]', '2025-11', `${INBOXSDK} (a reply just sent); ${WRAPPER_2023}`],
    ['div.adn[data-legacy-message-id]', '2023-08', WRAPPER_2023],
  ),
  messageSender: hook(
    'messageSender',
    'The sender: Gmail puts address and display name in attributes (`span.gD` expanded, ' +
      '`span.zF`/`span.yP` collapsed); the first `span[email][name]` of a message header is ' +
      'the sender, recipients follow in `.hb`.',
    ['span.gD[email][name]', '2025-08', CAPTURE_2025],
    ['span[email][name]', '2014-12', 'the 2014 thread list (span.zF / span.yP senders)'],
  ),
  bundledMessage: hook(
    'bundledMessage',
    'A message folded into the "N older messages" bar: its list item carries `kQ` (or `kx`) ' +
      'and holds an empty `div.adn` with the ids only.',
    ['.kQ', '2025-11', INBOXSDK],
    ['.kx', '2025-11', INBOXSDK],
  ),
  messageBundleBar: hook(
    'messageBundleBar',
    'The "N older messages" bar standing for bundled messages (the count in a round `.adx` ' +
      'badge); clicking it turns the bundle into collapsed messages.',
    ['.adv', '2025-11', `${INBOXSDK} (the native hidden-messages indicator among the list items)`],
    ['.adx[role="button"]', '2016-10', 'InboxSDK thread view code (2016)'],
  ),
  collapsedMessage: hook(
    'collapsedMessage',
    'A collapsed message (sender, date and preview snippet): its list item carries `kv` until ' +
      'it is expanded (`h7`).',
    ['.kv', '2025-11', INBOXSDK],
  ),
  expandedMessage: hook(
    'expandedMessage',
    'An expanded message\'s list item (`h7`, aria-expanded="true" in 2023).',
    ['.h7', '2025-11', `${INBOXSDK}; ${WRAPPER_2023}`],
    ['[role="listitem"][aria-expanded="true"]', '2023-08', WRAPPER_2023],
  ),
  messageHeader: hook(
    'messageHeader',
    'The header of a message (`div.gE.iv`): clicking it expands a collapsed message and ' +
      "collapses an expanded one, which is how InboxSDK sets a message's view state.",
    ['div.gE.iv', '2025-08', `${CAPTURE_2025}; ${WRAPPER_2023}`],
    ['.iv', '2025-11', INBOXSDK],
  ),
  messagePreview: hook(
    'messagePreview',
    "The one-line preview snippet Gmail shows in a collapsed message's header (`span.iA.g6`); " +
      'read as `MailMessage.preview`, never as text.',
    ['.iA.g6', '2025-11', 'collapsed-message snippet used by several maintained Gmail extensions'],
  ),
  messageRecipients: hook(
    'messageRecipients',
    'Recipients of an expanded message ("to me, Max"): span.g2 in the `.hb` line.',
    ['.hb span.g2[email]', '2025-08', CAPTURE_2025],
    ['.hb span[email]', '2025-08', CAPTURE_2025],
  ),
  messageDate: hook(
    'messageDate',
    'The date: the `title` of span.g3 holds the full localized date and time.',
    ['span.g3[title]', '2025-08', CAPTURE_2025],
    ['.g3[title]', '2025-08', CAPTURE_2025],
  ),
  messageBody: hook(
    'messageBody',
    'The body of an expanded message (`div.a3s`, absent while collapsed). Gmail also leaves ' +
      'empty hidden `div.a3s.undefined` elements: the reader skips empty bodies.',
    ['div.ii.gt div.a3s', '2025-08', CAPTURE_2025],
    ['div.a3s', '2025-08', `${CAPTURE_2025}; FlowCrypt (div.a3s.undefined)`],
  ),
  quotedHistory: hook(
    'quotedHistory',
    "Quoted history inside a body or an editor: Gmail's own `.gmail_quote` (its container in " +
      "newer mail) plus other clients' blockquotes.",
    ['.gmail_quote_container', '2025-11', 'Gmail-sent mail quoted in maintained extensions'],
    ['.gmail_quote', '2025-11', 'Gmail-sent mail quoted in maintained extensions'],
    ['blockquote', '2025-11', "other clients' replies"],
    ['.gmail_extra', '2016-01', 'Gmail-sent mail before 2017'],
  ),
  attachmentName: hook(
    'attachmentName',
    'Attachment file names on the attachment cards of an expanded message.',
    ['span.aV3', '2025-11', INBOXSDK],
  ),
  account: hook(
    'account',
    "The signed-in account: Gmail's account button links to SignOutOptions and names the " +
      'account in its aria-label; we match the link target (language independent) and only ' +
      'parse the email out of the label.',
    [
      'a[href^="https://accounts.google.com/SignOutOptions"][aria-label]',
      '2025-01',
      FRAGMENTS_2024,
    ],
  ),
  replyEditor: hook(
    'replyEditor',
    'The rich-text editor of an inline reply or a compose window: the only element with ' +
      '`g_editable="true"`.',
    [
      '[g_editable="true"][role="textbox"][contenteditable="true"]',
      '2025-01',
      `${FRAGMENTS_2024}; ${COMPOSE_2020}`,
    ],
    ['div.editable[contenteditable="true"]', '2020-10', COMPOSE_2020],
  ),
  replyBar: hook(
    'replyBar',
    'The reply bar under the last message (`.amn` holds Reply, Reply all, Forward). It is no ' +
      'longer inside a table and can exist several times, some hidden (A/B test): use the ' +
      'visible one.',
    ['.amn', '2025-11', INBOXSDK],
  ),
  replyButton: hook(
    'replyButton',
    'The "Reply" button in a reply bar (`span.ams.bkH`; Reply all `bkI`, Forward `bkG`). The ' +
      'visible label follows the UI language; take the one in a visible bar.',
    ['.amn span.ams.bkH', '2025-11', INBOXSDK],
    ['span.ams.bkH', '2025-11', INBOXSDK],
  ),
  composeRoot: hook(
    'composeRoot',
    'The compose form around an editor, inline reply or popup (`div.M9`; its region `div.aoI`).',
    ['div.M9', '2020-10', COMPOSE_2020],
    ['div.aoI[role="region"]', '2020-10', COMPOSE_2020],
  ),
  sendButton: hook(
    'sendButton',
    'The Send button of a compose form (`div.T-I.aoO`, tooltip "Send (Ctrl-Enter)").',
    [
      'div.T-I.aoO[role="button"]',
      '2025-11',
      `maintained Gmail extensions' send selectors; ${COMPOSE_2020}`,
    ],
    ['.aoO[role="button"]', '2020-10', COMPOSE_2020],
  ),
  composeSubject: hook(
    'composeSubject',
    "The subject field of a compose popup (inline replies have none: the conversation's).",
    ['input[name="subjectbox"]', '2020-10', COMPOSE_2020],
  ),
  composeRecipient: hook(
    'composeRecipient',
    'A recipient chip of a compose form: the address is in `data-hovercard-id` (newer chips) ' +
      'or `email`; the 2020 popup kept them as text in `textarea.vO[name=to]`.',
    ['.afV[data-hovercard-id]', '2025-11', "Mailvelope's Gmail integration (recipient chips)"],
    [
      'div[peoplekit-id][data-hovercard-id]',
      '2025-11',
      "maintained Gmail extensions' recipient selectors",
    ],
    ['span.vN[email]', '2020-10', COMPOSE_2020],
  ),
  composeAttachment: hook(
    'composeAttachment',
    'The file name on an attachment chip of a compose form (`.dL`, name in `.vI`).',
    ['.dL .vI', '2025-11', "maintained Gmail extensions' compose attachment selectors (.dL)"],
  ),
  listRow: hook(
    'listRow',
    'One conversation in a list or in search results: `tr.zA`, bold (unread) with `zE`, read ' +
      'with `yO`; the sweep reads the results through it.',
    ['tr.zA', '2014-12', 'the 2014 thread list (InboxSDK)'],
  ),
  listRowThread: hook(
    'listRowThread',
    "A list row's conversation id: the subject span carries `data-legacy-thread-id` (hex, the " +
      'id of #inbox/<id> links and of the open subject). Not in the 2014 capture; on the rows ' +
      'of current Gmail as on the open subject.',
    ['[data-legacy-thread-id]', '2025-11', 'maintained Gmail extensions (thread rows)'],
  ),
  listRowDate: hook(
    'listRowDate',
    "A list row's date cell: the full date is in the span's `title`.",
    ['td.xW span[title]', '2014-12', 'the 2014 thread list (InboxSDK)'],
  ),
  markUnread: hook(
    'markUnread',
    'The open conversation\'s "Mark as unread" toolbar button. Named only by its tooltip, in the ' +
      'UI language (English here): in another language the sweep cannot restore unread and the ' +
      'summary says how many it left read.',
    ['div[role="button"][data-tooltip="Mark as unread"]', '2025-11', 'Gmail toolbar tooltips'],
    ['[role="button"][aria-label="Mark as unread"]', '2025-11', 'Gmail toolbar labels'],
  ),
  hiddenView: hook(
    'hiddenView',
    'Gmail hides earlier views, spare reply bars and empty bodies instead of removing them: ' +
      'inline display:none or the hidden attribute on them or an ancestor.',
    ['[style*="display: none"]', '2025-11', `${INBOXSDK} (hidden reply bars); ${WRAPPER_2023}`],
    ['[style*="display:none"]', '2025-11', 'FlowCrypt (hidden empty bodies)'],
    ['[hidden]', '2025-11', 'Gmail-shaped pages of maintained extensions'],
  ),
  sidebarRow: hook(
    'sidebarRow',
    'The row Gmail lays the conversation column and its side panels out in (`div.no`, whose ' +
      '`.nn` children are columns). The sidebar docks as its last column so it narrows the ' +
      'conversation instead of covering it.',
    ['div.no', '2017-09', SIDEBAR_2017],
  ),
} as const satisfies Record<string, Hook>;
