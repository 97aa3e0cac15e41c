/**
 * Reads the conversation Outlook on the web shows into a MailThread: a pure function of the
 * page (a Document or any root) and the URL, so it runs the same on saved fixtures and live.
 */
import type { MailAddress, MailMessage } from '../../core/index';
import { anyCss, expectElement, findAll, findElement, SelectorError } from '../dom';
import type { OpenThread } from '../mail-client';
import { blockText } from './block-text';
import { parseRecipientLine, parseShownAddress, sameName, stripLabel } from './outlook-address';
import { parseOutlookDate } from './outlook-date';
import { readOutlookOwner } from './read-outlook-owner';
import { OUTLOOK_LABELS, OUTLOOK_SELECTORS as S, SENDER_CSS } from './outlook-selectors';

export interface OutlookReadOptions {
  /** location.href: the conversation id falls back to the /id/<id> path segment. */
  url: string;
  /** The person's own other addresses (settings). */
  aliases?: readonly string[];
  /** The person's name from settings, used when Outlook's account control has not rendered. */
  ownerName?: string;
}

/** The /mail/.../id/<id> segment of an Outlook URL (pushState navigation, no hash). */
export function outlookItemIdFromUrl(url: string): string | undefined {
  const match = /\/mail\/(?:.*\/)?id\/([^/?#]+)/.exec(new URL(url).pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

interface RawMessage extends MailMessage {
  collapsed: boolean;
}

function readMessage(time: Element): RawMessage {
  const item = time.closest(anyCss(S.messageItem));
  if (!item) throw new SelectorError(S.messageItem.name);
  const date = parseOutlookDate(time.getAttribute('title') || time.textContent || '');
  if (!date) throw new SelectorError(S.messageTime.name);
  const senderEl = item.querySelector(SENDER_CSS);
  const from = senderEl && parseShownAddress(stripLabel(senderEl.getAttribute('aria-label') ?? '', OUTLOOK_LABELS.from).rest);
  if (!from) throw new SelectorError('outlook.sender');

  const to: MailAddress[] = [];
  const cc: MailAddress[] = [];
  for (const well of findAll(item, S.recipientWell)) {
    const line = parseRecipientLine(blockText(well).replace(/\n/g, '; '));
    // A person chip may carry its address in title while showing the name only.
    const titled = Array.from(well.querySelectorAll('[title*="@"]'));
    for (const person of line.people) {
      const chip = titled.find((el) => sameName(el.textContent?.trim(), person.name));
      if (!person.email && chip) person.email = (chip.getAttribute('title') ?? '').trim().toLowerCase();
    }
    (line.kind === 'cc' ? cc : to).push(...line.people);
  }
  const attachments = findAll(item, S.attachmentTile)
    .map((tile) => tile.querySelector('[title]')?.getAttribute('title')?.trim())
    .filter((name): name is string => !!name)
    .map((name) => ({ name }));
  const body = findElement(item, S.messageBody);
  const collapsed = item.getAttribute('aria-expanded') !== 'true' || !body;
  return { id: '', from, to, cc, date, text: body ? blockText(body) : undefined, attachments, collapsed };
}

/** Outlook shows people of the person's own organisation by name only: fill in what we can. */
function resolveNames(messages: MailMessage[], known: MailAddress[]): void {
  const people = [...known, ...messages.flatMap((m) => [m.from, ...(m.to ?? []), ...(m.cc ?? [])])];
  const lookup = (person: MailAddress): void => {
    if (person.email) return;
    const match = people.find((p) => p.email && sameName(p.name, person.name));
    if (match) person.email = match.email;
  };
  for (const m of messages) [m.from, ...(m.to ?? []), ...(m.cc ?? [])].forEach(lookup);
}

/**
 * @returns undefined when no conversation is open.
 * @throws SelectorError when a conversation is open but the layout no longer matches.
 */
export function readOutlookThread(root: ParentNode, opts: OutlookReadOptions): OpenThread | undefined {
  const itemId = outlookItemIdFromUrl(opts.url);
  const pane = findElement(root, S.readingPane);
  if (!pane) {
    if (itemId) throw new SelectorError(S.readingPane.name);
    return undefined;
  }
  const region = pane.closest(anyCss(S.readCompose)) ?? pane;
  const subject = expectElement(region, S.subject).getAttribute('title')?.trim();
  const convId = findElement(root, S.selectedConversationRow)?.getAttribute('data-convid') || itemId;
  if (!convId) throw new SelectorError(S.selectedConversationRow.name);

  const times = findAll(pane, S.messageTime);
  if (times.length === 0) throw new SelectorError(S.messageTime.name);
  // Outlook lists newest first by default (a per-user setting); the core wants oldest first.
  const raw = times.map(readMessage).sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const owner = readOutlookOwner(root, opts);
  const ownerAddress = owner.emails[0] ? [{ name: owner.name, email: owner.emails[0] }] : [];
  resolveNames(raw, ownerAddress);

  // Outlook shows one subject for the conversation, not each reply's own: it belongs to the first.
  const messages: MailMessage[] = raw.map(({ collapsed: _collapsed, ...m }, i) => ({
    ...m,
    id: `m${i + 1}`,
    ...(i === 0 && subject ? { subject } : {}),
  }));
  const unresolved = messages.filter((m) => !m.from.email).map((m) => m.from.name ?? '');
  return {
    thread: { id: `outlook:${convId}`, client: 'outlook', subject, owner, messages },
    hiddenMessages: 0,
    collapsedMessages: raw.filter((m) => m.collapsed).length,
    unresolvedSenders: unresolved.filter((name, i) => unresolved.indexOf(name) === i),
  };
}
