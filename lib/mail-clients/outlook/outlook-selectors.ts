/**
 * Outlook on the web selectors, as data. Outlook's CSS-module class names are hashed and rotate
 * (e.g. `aVla3`, `XbIp4` in Nov 2025), and its aria-labels follow the UI language, so every
 * selector here leans on `data-*` attributes, ARIA roles, ids and Fluent icon names. The only
 * localized strings are kept in `OUTLOOK_LABELS`, English and German side by side.
 *
 * Evidence: the hand-trimmed OWA templates Mailvelope keeps for its tests (German UI,
 * outlook.office.com, 2025-11-17; see /work/shared/fixtures/real-dom/outlook/SOURCES.md) and
 * public OWA scrapers that read `data-testid="SentReceivedSavedTime"`. Each entry is counted
 * in the dated fixtures under tests/fixtures/outlook/ by tests/mail-clients/outlook-reader.test.ts.
 */
import type { Hook } from '../dom';

/** One-alternative hook (to be split into dated alternatives with their evidence). */
function hook(h: { name: string; css: string; note: string; seen: string }): Hook {
  return { name: h.name, note: h.note, alternatives: [{ css: h.css, seen: h.seen, evidence: 'Mailvelope OWA templates (2025-11)' }] };
}

const RAW = {
  conversationRow: {
    name: 'outlook.conversationRow',
    css: '[role=option][data-convid]',
    note: 'Message-list row; data-convid is the conversation id, stable across reloads.',
    seen: '2025-11',
  },
  selectedConversationRow: {
    name: 'outlook.selectedConversationRow',
    css: '[role=option][data-convid][aria-selected=true]',
    note: 'The open conversation. Absent in a pop-out window or with the list hidden: fall back to the /id/ URL.',
    seen: '2025-11',
  },
  readingPane: {
    name: 'outlook.readingPane',
    css: '[data-app-section=ConversationContainer]',
    note: 'The conversation inside the reading pane (role=main data-app-section=MailReadCompose wraps it).',
    seen: '2025-11',
  },
  readCompose: {
    name: 'outlook.readCompose',
    css: '[role=main][data-app-section=MailReadCompose]',
    note: 'Reading pane region; holds the conversation and the inline reply editor.',
    seen: '2025-11',
  },
  subject: {
    name: 'outlook.subject',
    css: '[role=heading][title]',
    note: 'Conversation subject; title carries the full, untruncated text.',
    seen: '2025-11',
  },
  messageTime: {
    name: 'outlook.messageTime',
    css: '[data-testid=SentReceivedSavedTime]',
    note: 'One per message item (expanded or collapsed); the item is its closest [aria-expanded] ancestor.',
    seen: '2025-11',
  },
  messageItem: {
    name: 'outlook.messageItem',
    css: '[aria-expanded]',
    note: 'Matched upward from messageTime only: aria-expanded alone is far too common to scan for.',
    seen: '2025-11',
  },
  messageBody: {
    name: 'outlook.messageBody',
    css: '[role=document] > [id^=UniqueMessageBody_]',
    note: 'Rendered body of an expanded message; collapsed items show only a preview line.',
    seen: '2025-11',
  },
  recipientWell: {
    name: 'outlook.recipientWell',
    css: '[data-testid=RecipientWell]',
    note: 'To / Cc lines of an expanded message; the label prefix is localized (OUTLOOK_LABELS).',
    seen: '2025-11',
  },
  attachmentTile: {
    name: 'outlook.attachmentTile',
    css: '[role=listbox] [role=option]',
    note: 'Attachment tile inside a message item; its first [title] node is the file name, the next the size.',
    seen: '2025-11',
  },
  replyIcon: {
    name: 'outlook.replyIcon',
    css: 'button i[data-icon-name=ArrowReplyRegular]',
    note: 'Fluent icon of a message\'s Reply action; the button is its closest ancestor.',
    seen: '2025-11',
  },
  replyAllIcon: {
    name: 'outlook.replyAllIcon',
    css: 'button i[data-icon-name=ArrowReplyAllRegular]',
    note: 'Fluent icon of a message\'s Reply all action.',
    seen: '2025-11',
  },
  replyEditor: {
    name: 'outlook.replyEditor',
    css: '[role=textbox][contenteditable=true]',
    note: 'Inline reply editor (Roosterjs); searched inside readCompose only.',
    seen: '2025-11',
  },
  sendButton: {
    name: 'outlook.sendButton',
    css: '[data-testid=ComposeSendButton]',
    note: 'Marks an open compose form. Never clicked: the person sends.',
    seen: '2025-11',
  },
  accountRoot: {
    name: 'outlook.accountRoot',
    css: '[id^=primaryMailboxRoot_][data-folder-name]',
    note: 'Folder-pane root of the signed-in mailbox; data-folder-name is its address.',
    seen: '2025-11',
  },
  accountName: {
    name: 'outlook.accountName',
    css: '#mectrl_currentAccount_primary',
    note: 'Display name in the account manager (rendered once the "Me" control has loaded).',
    seen: '2026-11',
  },
} as const;

export const OUTLOOK_SELECTORS = Object.fromEntries(
  Object.entries(RAW).map(([key, value]) => [key, hook(value)]),
) as Record<keyof typeof RAW, Hook>;

/**
 * The tab title names the signed-in person between the app and product names: "Mail - Anna
 * Schmidt - Outlook", "E-Mail – Anna Schmidt – Outlook" (seen 2026-11). Used for the owner's
 * display name when the account manager has not rendered it.
 */
export const TITLE_OWNER = /^.+?\s[-–]\s(.+?)\s[-–]\sOutlook$/;

export type OutlookSelectorName = keyof typeof OUTLOOK_SELECTORS;

/**
 * The localized text Outlook puts in front of values. Matched as prefixes of aria-labels and
 * recipient lines, never as the only hook. Add a language by adding its words here.
 */
export const OUTLOOK_LABELS = {
  from: ['From:', 'Von:'],
  to: ['To:', 'An:'],
  cc: ['Cc:', 'CC:'],
} as const;

/** Sender element: an aria-label that starts with a localized "From:" (English, German). */
export const SENDER_CSS = OUTLOOK_LABELS.from.map((label) => `[aria-label^="${label}"]`).join(', ');
