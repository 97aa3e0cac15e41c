/**
 * Outlook on the web selectors, as data. Outlook's CSS-module class names are hashed and rotate
 * (e.g. `aVla3`, `XbIp4` in Nov 2025), and its aria-labels follow the UI language, so every
 * hook here leans on `data-*` attributes, ARIA roles, ids and Fluent icon names. The only
 * localized strings are kept in `OUTLOOK_LABELS`, English and German side by side.
 *
 * Every hook is an ordered list of alternatives, newest first; the first that matches wins.
 * Evidence, by the names used below:
 * - "the 2025 OWA templates": the hand-trimmed Outlook on the web templates Mailvelope keeps for
 *   its tests (outlook.office.com, German and English UI, 2025-11-17), real markup with wrapper
 *   elements removed;
 * - "the 2024-11 body copy": an Outlook body pasted into a mailing-list reply (2024-11-11);
 * - "the 2025-26 body template": an Outlook body reused as a mail template (role on the body);
 * - "the 2026-10 measurement": a reconstruction another project wrote from a measurement on
 *   outlook.live.com (2026-10-08);
 * - "the 2026-09 cloud.microsoft page": markup quoted from a saved outlook.cloud.microsoft page;
 * - "the 2026-08 list scanner": a message-list scanner verified on the outlook.office.com build
 *   (2026-08-19);
 * - "the older body template": an Outlook body from an older build reused as a template;
 * - "a 2024 compose helper": a public extension's Outlook compose selectors ("updated for
 *   2024"; the month is not known).
 * Each alternative is counted on the dated fixtures in tests/fixtures/outlook/ by
 * tests/mail-clients/outlook-reader.test.ts.
 */
import type { Hook } from '../dom';

/**
 * The localized text Outlook puts in front of values. Matched as prefixes of aria-labels and
 * recipient lines, never as the only hook. Add a language by adding its words here.
 */
export const OUTLOOK_LABELS = {
  from: ['From:', 'Von:'],
  to: ['To:', 'An:'],
  cc: ['Cc:', 'CC:'],
} as const;

const TEMPLATES_2025 = 'the 2025 OWA templates';

export const OUTLOOK_SELECTORS = {
  conversationRow: {
    name: 'outlook.conversationRow',
    note: 'Message-list row; data-convid is the conversation id, stable across reloads.',
    alternatives: [
      {
        css: '[role=option][data-convid]',
        seen: '2026-08',
        evidence: `the 2026-08 list scanner (data-focusable-row beside it); ${TEMPLATES_2025}`,
      },
    ],
  },
  selectedConversationRow: {
    name: 'outlook.selectedConversationRow',
    note: 'The open conversation (aria-selected is also set on a row merely open in the reading pane). Absent in a pop-out window or with the list hidden: the reader falls back to the /id/ URL.',
    alternatives: [
      {
        css: '[role=option][data-convid][aria-selected=true]',
        seen: '2026-08',
        evidence: `the 2026-08 list scanner; ${TEMPLATES_2025}`,
      },
    ],
  },
  readingPane: {
    name: 'outlook.readingPane',
    note: 'The conversation inside the reading pane (the readCompose region wraps it).',
    alternatives: [
      {
        css: '[data-app-section=ConversationContainer]',
        seen: '2026-09',
        evidence: `the 2026-09 cloud.microsoft page (data-app-section values); ${TEMPLATES_2025}`,
      },
    ],
  },
  readCompose: {
    name: 'outlook.readCompose',
    note: 'Reading pane region; holds the conversation and the inline reply editor.',
    alternatives: [
      {
        css: '[role=main][data-app-section=MailReadCompose]',
        seen: '2026-09',
        evidence: `the 2026-09 cloud.microsoft page ([role=main], MailReadCompose); ${TEMPLATES_2025}`,
      },
    ],
  },
  subject: {
    name: 'outlook.subject',
    note: 'Conversation subject; title carries the full, untruncated text. Newer builds give it an id CONV_<n>_SUBJECT; the message date is a heading too, without title.',
    alternatives: [
      {
        css: '[role=heading][title][id^=CONV_][id$=_SUBJECT]',
        seen: '2026-10',
        evidence:
          'the 2026-10 measurement (span#CONV_…_SUBJECT[role=heading][aria-level=3][title])',
      },
      {
        css: '[role=heading][title]',
        seen: '2025-11',
        evidence: "the 2026-10 measurement without the id; the project's 2026-11 fixtures",
      },
    ],
  },
  messageTime: {
    name: 'outlook.messageTime',
    note: 'One per message item (expanded or collapsed); the item is its closest messageItem ancestor. The date is in title, or in the text where title is absent.',
    alternatives: [
      {
        css: '[data-testid=SentReceivedSavedTime]',
        seen: '2026-09',
        evidence:
          'the 2026-09 cloud.microsoft page (role=heading, id MSG_…_DATETIME, date as text); public OWA scrapers',
      },
    ],
  },
  messageItem: {
    name: 'outlook.messageItem',
    note: 'Matched upward from messageTime only: aria-expanded alone is far too common to scan for.',
    alternatives: [
      {
        css: '[aria-expanded]',
        seen: '2025-11',
        evidence: `${TEMPLATES_2025} (div[aria-expanded=true] around each message)`,
      },
    ],
  },
  sender: {
    name: 'outlook.sender',
    note: 'The sender element of a message item: an aria-label that starts with a localized "From:" (OUTLOOK_LABELS), "Name <address>", an address, or a name only.',
    alternatives: [
      {
        css: OUTLOOK_LABELS.from.map((label) => `[aria-label^="${label}"]`).join(', '),
        seen: '2025-11',
        evidence: `${TEMPLATES_2025} (span[aria-label="Von: …"] German, span[aria-label="From: …"] English)`,
      },
    ],
  },
  messageBody: {
    name: 'outlook.messageBody',
    note: 'Rendered body of an expanded message; collapsed items show only a preview line. Newer builds put role=document on the UniqueMessageBody_N element itself; older ones use the id without a suffix.',
    alternatives: [
      {
        css: '[id^=UniqueMessageBody_][role=document]',
        seen: '2026-10',
        evidence:
          'the 2026-10 measurement (div#UniqueMessageBody_11[role=document][aria-live=polite]); the 2025-26 body template',
      },
      {
        css: '[role=document] > [id^=UniqueMessageBody_]',
        seen: '2025-11',
        evidence: `${TEMPLATES_2025} (div[role=document] > div#UniqueMessageBody_2); the 2024-11 body copy (same classes)`,
      },
      {
        css: '[id=UniqueMessageBody]',
        seen: '2024-01',
        evidence:
          'the older body template (div#UniqueMessageBody[role=document], no suffix; undated, before 2024-11)',
      },
    ],
  },
  recipientWell: {
    name: 'outlook.recipientWell',
    note: 'To / Cc lines of an expanded message or an open compose form; the label prefix is localized (OUTLOOK_LABELS).',
    alternatives: [
      {
        css: '[data-testid=RecipientWell]',
        seen: '2025-11',
        evidence: `${TEMPLATES_2025} (div[data-testid=RecipientWell] "An: …")`,
      },
    ],
  },
  recipientChip: {
    name: 'outlook.recipientChip',
    note: 'A person inside a recipient line that shows the name and carries the address in title.',
    alternatives: [
      {
        css: '[title*="@"]',
        seen: '2025-11',
        evidence: `${TEMPLATES_2025} (the account root carries its address in title); the project's 2026-11 fixtures`,
      },
    ],
  },
  attachmentTile: {
    name: 'outlook.attachmentTile',
    note: 'Attachment tile inside a message item or a compose form.',
    alternatives: [
      {
        css: '[role=listbox] [role=option]',
        seen: '2025-11',
        evidence: `${TEMPLATES_2025} (div[role=listbox][aria-label=Attachments] > … > div[role=option])`,
      },
    ],
  },
  attachmentName: {
    name: 'outlook.attachmentName',
    note: 'Inside an attachment tile: the first [title] is the file name, the next the size.',
    alternatives: [
      {
        css: '[title]',
        seen: '2025-11',
        evidence: `${TEMPLATES_2025} (.VlyYV[title="document.pdf"], then [title="205 KB"])`,
      },
    ],
  },
  replyIcon: {
    name: 'outlook.replyIcon',
    note: "Fluent icon of a message's Reply action; the button is its closest ancestor.",
    alternatives: [
      {
        css: 'button i[data-icon-name=ArrowReplyRegular]',
        seen: '2025-11',
        evidence: `${TEMPLATES_2025} (toolbar "Nachrichtenaktionen" / "Message actions")`,
      },
    ],
  },
  replyAllIcon: {
    name: 'outlook.replyAllIcon',
    note: "Fluent icon of a message's Reply all action.",
    alternatives: [
      {
        css: 'button i[data-icon-name=ArrowReplyAllRegular]',
        seen: '2025-11',
        evidence: TEMPLATES_2025,
      },
    ],
  },
  actionButton: {
    name: 'outlook.actionButton',
    note: 'The button around a Fluent action icon (Reply, Reply all), matched upward from the icon.',
    alternatives: [
      {
        css: 'button',
        seen: '2025-11',
        evidence: `${TEMPLATES_2025} (button[role=menuitem] > i[data-icon-name])`,
      },
    ],
  },
  replyEditor: {
    name: 'outlook.replyEditor',
    note: 'Inline reply or compose editor (Roosterjs); searched inside readCompose or a compose form only.',
    alternatives: [
      {
        css: '[role=textbox][contenteditable=true]',
        seen: '2024-01',
        evidence:
          'a 2024 compose helper (div[contenteditable=true][role=textbox], .elementToProof); not in the captures',
      },
    ],
  },
  sendButton: {
    name: 'outlook.sendButton',
    note: 'Send of an open compose form. Never clicked by the extension: the person sends; watchSends only listens.',
    alternatives: [
      {
        css: '[data-testid=ComposeSendButton]',
        seen: '2024-01',
        evidence: 'a 2024 compose helper ([data-testid="ComposeSendButton"]); not in the captures',
      },
    ],
  },
  quotedHistory: {
    name: 'outlook.quotedHistory',
    note: 'Where Outlook starts the quoted original in a reply editor: an empty #appendonsend, an hr, then #divRplyFwdMsg with From/Sent/Subject. What the person wrote is everything before it.',
    alternatives: [
      {
        css: '#appendonsend',
        seen: '2026-05',
        evidence:
          'replies written in new Outlook and Outlook on the web, as public mail parsers quote them (a reply of 2026-05 among them)',
      },
      {
        css: '#divRplyFwdMsg',
        seen: '2026-05',
        evidence: 'the same replies; older Outlook wrote it without #appendonsend',
      },
    ],
  },
  composeSubject: {
    name: 'outlook.composeSubject',
    note: 'Subject field of a new message (an inline reply has none: the conversation subject stands).',
    alternatives: [
      {
        css: 'input[data-testid=composer-subject-field]',
        seen: '2024-01',
        evidence: 'a 2024 compose helper; not in the captures',
      },
    ],
  },
  olderItems: {
    name: 'outlook.olderItems',
    note: 'A control folding older items of a long conversation ("See 3 more messages", "3 ältere Elemente"): a button inside the conversation but outside every message item, whose label carries the number. No capture shows its markup, so the hook is structural (the reader checks the item and the number) and names no class or test id.',
    alternatives: [
      {
        css: 'button',
        seen: '2026-11',
        evidence:
          "no public capture shows it; the shape of the issue's report and the project's 2026-11 fixture and demo",
      },
    ],
  },
  accountRoot: {
    name: 'outlook.accountRoot',
    note: 'Folder-pane root of the signed-in mailbox; data-folder-name is its address.',
    alternatives: [
      {
        css: '[id^=primaryMailboxRoot_][data-folder-name]',
        seen: '2025-11',
        evidence: `${TEMPLATES_2025} (userMailbox: div#primaryMailboxRoot_…[data-folder-name])`,
      },
    ],
  },
  accountName: {
    name: 'outlook.accountName',
    note: 'Display name in the account manager (rendered once the "Me" control has loaded).',
    alternatives: [
      {
        css: '#mectrl_currentAccount_primary',
        seen: '2026-11',
        evidence:
          "Microsoft's account manager control on Microsoft 365 pages; the project's 2026-11 fixtures",
      },
    ],
  },
} as const satisfies Record<string, Hook>;

/**
 * The tab title names the signed-in person between the app and product names: "Mail - Anna
 * Schmidt - Outlook", "E-Mail – Anna Schmidt – Outlook" (seen 2026-11). Used for the owner's
 * display name when the account manager has not rendered it.
 */
export const TITLE_OWNER = /^.+?\s[-–]\s(.+?)\s[-–]\sOutlook$/;

export type OutlookSelectorName = keyof typeof OUTLOOK_SELECTORS;
