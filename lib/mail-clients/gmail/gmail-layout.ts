/**
 * Gmail's layout as the sidebar's visibility check needs it (MailClient.layout): the top bar it
 * docks below, what it must never cover (message text, the conversation toolbar, the reply
 * bar and editor, Gmail's own side panel, the message list of a split pane) and the content it
 * may narrow. Looked up inside the open conversation and the layout row, never page-wide text.
 *
 * These hooks are optional parts of a layout (a side panel is open or not), so they are matched
 * with every alternative at once and leave the reading-health report alone.
 */
import { closestHook, findAny, findElement, findEvery, type Hook } from '../dom';
import type { ClientLayout } from '../mail-client';
import { gmailSelectors as sel } from './gmail-selectors';
import { findOpenSubject } from './read-gmail-thread';

const hook = (name: string, note: string, alternatives: Hook['alternatives']): Hook => ({
  name: `gmail.layout.${name}`,
  note,
  alternatives,
});

export const gmailLayoutHooks = {
  topBar: hook(
    'topBar',
    "The OneGoogle bar (search, account) above everything: a landmark, Gmail's ids rotate.",
    [
      {
        css: 'header[role="banner"]',
        seen: '2025-11',
        evidence: 'OneGoogle bar, gmail.js issue #814 copies (2025-11)',
      },
      { css: '#gb', seen: '2020-10', evidence: 'InboxSDK page fixtures (2017-2020)' },
    ],
  ),
  sidePanel: hook(
    'sidePanel',
    "Gmail's own side panel at the right edge: the companion panel (Calendar, Keep, Tasks, add-ons, since 2018) and its icon rail; the 2017 add-on column before it.",
    [
      {
        css: 'div.brC-brG',
        seen: '2025-11',
        evidence: "InboxSDK's companion sidebar content container (2018-2025)",
      },
      {
        css: 'div.brC-aT5-aOt-Jw',
        seen: '2025-11',
        evidence: "InboxSDK's side panel icon rail, role=navigation or complementary (2018-2025)",
      },
      {
        css: 'div.bAw',
        seen: '2025-11',
        evidence: 'side panel rail read by a public Gmail userscript (2025)',
      },
      {
        css: '.no > .nn.bnl',
        seen: '2017-09',
        evidence: 'InboxSDK add-on sidebar fixture (2017-09-08)',
      },
    ],
  ),
  threadList: hook(
    'threadList',
    'The message list, shown beside or above the conversation in a split pane.',
    [
      { css: 'div[gh="tl"]', seen: '2025-11', evidence: 'InboxSDK thread list view (2014-2025)' },
      { css: 'div.ae4', seen: '2014-12', evidence: 'InboxSDK thread list fixture (2014-12)' },
    ],
  ),
  toolbar: hook(
    'toolbar',
    "The conversation's toolbar (back, archive, labels) above the subject.",
    [
      { css: '[gh="mtb"]', seen: '2025-11', evidence: 'InboxSDK thread toolbar (2016-2025)' },
      { css: 'div.iH', seen: '2025-11', evidence: 'InboxSDK thread toolbar (2016-2025)' },
    ],
  ),
  replyBar: hook(
    'replyBar',
    'The Reply / Reply all / Forward bar under the last message; Gmail can render it several times, some hidden.',
    [{ css: '.amn', seen: '2025-11', evidence: 'InboxSDK reply bar notes (2025-11)' }],
  ),
  replyForm: hook(
    'replyForm',
    'The inline reply form around the editor (recipients, editor, Send bar).',
    [
      { css: 'div.ip', seen: '2020-10', evidence: 'compose popup capture (2020)' },
      { css: '.M9', seen: '2020-10', evidence: 'compose popup capture (2020)' },
    ],
  ),
} as const satisfies Record<string, Hook>;

/** The nearest element holding both `a` and `b`. */
function commonAncestor(a: Element, b: Element): Element {
  let el: Element | null = a;
  while (el && !el.contains(b)) el = el.parentElement;
  return el ?? a;
}

export function gmailLayout(doc: Document): ClientLayout | undefined {
  const subject = findOpenSubject(doc);
  const main = subject && closestHook(subject, sel.conversationMain);
  if (!main) return undefined;
  const h = gmailLayoutHooks;
  const row = findElement(doc, sel.sidebarRow);
  // Only panels that take room: Gmail keeps closed ones in the DOM.
  const sidePanels = findEvery(doc, h.sidePanel).filter((el) => el.getClientRects().length > 0);
  const topBar = findAny(doc, h.topBar);
  const avoid = [
    ...findEvery(main, sel.messageBody),
    ...findEvery(main, h.toolbar),
    ...findEvery(main, h.replyBar),
    ...findEvery(main, h.replyForm),
    ...findEvery(main, sel.replyEditor),
    ...findEvery(row ?? doc, h.threadList),
    ...sidePanels,
    ...(topBar ? [topBar] : []),
  ];
  // A fixed sidebar makes room at the right edge for everything there, Gmail's panel included.
  const content = sidePanels.reduce<Element | undefined>(
    (c, panel) => (c ? commonAncestor(c, panel) : c),
    row ?? main,
  );
  return { topBar, avoid, content };
}
