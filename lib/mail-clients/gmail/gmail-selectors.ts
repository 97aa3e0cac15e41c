/**
 * Every Gmail selector Unghost uses, named, with why and when it was checked. Prefer Gmail's
 * data-* and email=/name=/title= hooks over its obfuscated class names; never match on
 * aria-label text alone (it follows the UI language). Each selector's match count is asserted
 * on the dated fixtures in tests/fixtures/gmail/ (tests/mail-clients/gmail-selectors.test.ts).
 *
 * Evidence: InboxSDK's element getters and fixtures (MIT/Apache-2.0), the 2020 compose popup in
 * /work/shared/fixtures/real-dom/gmail/js-min-2020-compose-popup.html, and long-standing use by
 * gmail.js and Streak. Checked 2026-11-27 against those sources; no 2026 capture exists yet.
 */
import type { Hook } from '../dom';

/** A hook with one alternative (to be split into dated alternatives with their evidence). */
const s = (name: string, css: string): Hook => ({
  name: `gmail.${name}`,
  note: '',
  alternatives: [{ css, seen: '2026-11', evidence: 'see the comment above the hook' }],
});

export const gmailSelectors = {
  /**
   * The conversation subject. `data-legacy-thread-id` (hex, also used in Gmail's own
   * `#inbox/<id>` links) has been on the subject h2 since the 2018 redesign. Gmail keeps earlier
   * views in the DOM hidden with inline `display: none`, so the reader skips hidden ones.
   */
  threadSubject: s('threadSubject', 'h2[data-legacy-thread-id]'),
  /** The conversation's main region; messages live under it. role=main is an ARIA landmark. */
  conversationMain: s('conversationMain', '[role="main"]'),
  /**
   * One message, expanded, collapsed or hidden in the "N older messages" bundle: `div.adn`
   * carries both ids on every state (InboxSDK GmailMessageView, 2016-2025).
   */
  message: s('message', 'div.adn[data-message-id][data-legacy-message-id]'),
  /**
   * The sender. Gmail puts the address and display name in attributes (`span.gD` expanded,
   * `span.zF`/`span.yP` collapsed); the first `span[email][name]` of a message header is the
   * sender, recipients follow in `.hb`.
   */
  messageSender: s('messageSender', 'span[email][name]'),
  /**
   * The "N older messages" bar that stands for bundled messages (`.adx`, the count inside a
   * round badge); clicking it turns the bundle into collapsed messages (InboxSDK, 2016-2025).
   */
  messageBundleBar: s('messageBundleBar', 'div.adx[role="button"], span.adx[role="button"]'),
  /**
   * A collapsed message (sender, date and snippet): the list item carries class `kv` until it
   * is expanded (`h7`); clicking its header expands it (InboxSDK GmailMessageView, 2016-2025).
   */
  collapsedMessage: s('collapsedMessage', '.kv'),
  /** Recipients of an expanded message ("to me, Max"): span.g2 in the `.hb` line. */
  messageRecipients: s('messageRecipients', '.hb span[email]'),
  /** The date: the `title` of span.g3 holds the full localized date and time ("Mon, Oct 12, 2026, 10:15 AM"). */
  messageDate: s('messageDate', '.g3[title]'),
  /** The body of an expanded message; absent while collapsed (Gmail renders it on expand). */
  messageBody: s('messageBody', 'div.a3s'),
  /** Quoted history inside a body: Gmail's own `.gmail_quote` plus other clients' blockquotes. */
  quotedHistory: s('quotedHistory', '.gmail_quote, blockquote, .gmail_extra'),
  /** Attachment file names on the attachment cards of an expanded message. */
  attachmentName: s('attachmentName', '.aV3'),
  /**
   * The signed-in account: Gmail's account button links to accounts.google.com/SignOutOptions
   * and names the account in its aria-label ("Google Account: Anna Schmidt (anna@...)"). We
   * match on the link target (language independent) and only parse the email out of the label.
   */
  account: s('account', 'a[href^="https://accounts.google.com/SignOutOptions"][aria-label]'),
  /**
   * The reply editor, inline in the conversation or in a popped-out compose window: Gmail's
   * rich-text editor is the only element with `g_editable="true"` (2014 to 2020 fixtures).
   */
  replyEditor: s('replyEditor', '[g_editable="true"][role="textbox"][contenteditable="true"]'),
  /**
   * The "Reply" button of the reply bar under the last message (`.amn` holds Reply, Reply all,
   * Forward as `span.ams` with bkH, bkI, bkG). The class pair is what Gmail extensions have
   * clicked since 2015; the visible label follows the UI language.
   */
  replyButton: s('replyButton', '.amn span.ams.bkH'),
  /**
   * The row Gmail lays the conversation column and its side panels out in (`div.no`, whose
   * `.nn` children are columns; 2017 add-on sidebar fixture). The sidebar docks as its last
   * column so it narrows the conversation instead of covering it.
   */
  sidebarRow: s('sidebarRow', 'div.no'),
} as const satisfies Record<string, Hook>;
