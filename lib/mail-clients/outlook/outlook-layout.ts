/**
 * Outlook on the web's layout as the sidebar's visibility check needs it (MailClient.layout):
 * the suite header it docks below, what it must never cover (message text, message toolbars,
 * the inline reply editor, the message list when shown) and the content it may narrow (the
 * region holding the folder pane, the list and the reading pane). Looked up inside the reading
 * pane and by id, never page-wide text.
 *
 * Optional parts of a layout (the list is hidden with the reading pane off), so the hooks are
 * matched with every alternative at once and leave the reading-health report alone.
 */
import { findAny, findEvery, type Hook } from '../dom';
import type { ClientLayout } from '../mail-client';
import { OUTLOOK_SELECTORS as S } from './outlook-selectors';

const hook = (name: string, note: string, alternatives: Hook['alternatives']): Hook => ({
  name: `outlook.layout.${name}`,
  note,
  alternatives,
});

export const outlookLayoutHooks = {
  topBar: hook(
    'topBar',
    'The Microsoft 365 suite header (app launcher, search, account) across the top.',
    [
      {
        css: '#O365_NavHeader',
        seen: '2025-11',
        evidence: 'suite header anchors of a public OWA userscript (2025)',
      },
      {
        css: '#o365header',
        seen: '2025-11',
        evidence: 'suite header anchors of a public OWA userscript (2025)',
      },
      {
        css: 'div[role="banner"], header[role="banner"]',
        seen: '2025-11',
        evidence: 'banner landmark, same userscript (2025)',
      },
    ],
  ),
  messageList: hook(
    'messageList',
    'The message list; hidden when the reading pane is off and a conversation is open.',
    [{ css: '#MailList', seen: '2025-11', evidence: 'Mailvelope OWA templates (2025-11)' }],
  ),
  messageToolbar: hook(
    'messageToolbar',
    "A message's action bar (Reply, Reply all, Forward) inside the reading pane.",
    [{ css: '[role="toolbar"]', seen: '2025-11', evidence: 'Mailvelope OWA templates (2025-11)' }],
  ),
  inlineCompose: hook('inlineCompose', 'The inline reply form (recipients, editor, Send).', [
    {
      css: '[data-app-section="InlineCompose"]',
      seen: '2025-11',
      evidence: 'data-app-section values in public OWA scrapers (2025)',
    },
    {
      css: '[role="textbox"][contenteditable="true"]',
      seen: '2025-11',
      evidence: 'Mailvelope OWA templates (2025-11)',
    },
  ]),
  messageText: hook(
    'messageText',
    "A message's rendered body: the role=document wrapper or the body element itself.",
    [
      {
        css: '[id^="UniqueMessageBody"]',
        seen: '2026-10',
        evidence: 'OWA body fragments, 2024-11 to 2026-10',
      },
    ],
  ),
} as const satisfies Record<string, Hook>;

export function outlookLayout(doc: Document): ClientLayout | undefined {
  const pane = findAny(doc, S.readCompose);
  if (!pane) return undefined;
  const h = outlookLayoutHooks;
  const topBar = findAny(doc, h.topBar);
  const avoid = [
    ...findEvery(pane, h.messageText),
    ...findEvery(pane, h.messageToolbar),
    ...findEvery(pane, h.inlineCompose),
    ...findEvery(doc, h.messageList),
    ...(topBar ? [topBar] : []),
  ];
  return { topBar, avoid, content: pane.parentElement ?? undefined };
}
