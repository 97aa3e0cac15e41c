/**
 * Reads the conversation Outlook on the web shows into a MailThread: a pure function of the
 * page (a Document or any root) and the URL, so it runs the same on saved fixtures and live.
 */
import type { MailAddress, MailMessage } from '../../core/index';
import { closestHook, expectElement, findAll, findElement, SelectorError } from '../dom';
import type { OpenThread } from '../mail-client';
import { htmlText } from '../html-text';
import { parseRecipientLine, parseShownAddress, sameName, stripLabel } from './outlook-address';
import { parseOutlookDate } from './outlook-date';
import { readOutlookOwner } from './read-outlook-owner';
import { OUTLOOK_LABELS, OUTLOOK_SELECTORS as S } from './outlook-selectors';

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

/**
 * A message's id: Outlook's markup gives none that is known to hold across visits and views
 * (the 2026-09 page's MSG_…_DATETIME id is per render as far as anyone has shown), so a short
 * hash of the sender as shown (name, else address) and the instant. A collapsed item shows the
 * same name and time as the expanded one, so the message keeps its id in either view and on
 * every visit: text remembered under it stands in when it is collapsed next time.
 */
export function outlookMessageId(shownSender: string, isoDate: string): string {
  const key = `${shownSender.trim().toLowerCase()}|${new Date(isoDate).toISOString()}`;
  let h = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `ol-${(h >>> 0).toString(36)}`;
}

/** The date an item shows: its title, else its text (newer builds write the date as text only). */
export function itemDate(time: Element): string | undefined {
  return parseOutlookDate(time.getAttribute('title') || time.textContent || '');
}

interface RawMessage extends MailMessage {
  collapsed: boolean;
  shownSender: string;
}

/** A collapsed item's preview line: its text outside the sender and the time. */
function previewOf(item: Element, skip: Element[]): string | undefined {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) out += ` ${node.nodeValue ?? ''}`;
    else if (node.nodeType === 1 && !skip.includes(node as Element)) node.childNodes.forEach(walk);
  };
  walk(item);
  const text = out.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The To and Cc lines under `scope` (a message item or a compose form). */
export function readRecipients(scope: ParentNode): { to: MailAddress[]; cc: MailAddress[] } {
  const to: MailAddress[] = [];
  const cc: MailAddress[] = [];
  for (const well of findAll(scope, S.recipientWell)) {
    const line = parseRecipientLine(htmlText(well).replace(/\n/g, '; '));
    // A person chip may carry its address in title while showing the name only.
    const chips = findAll(well, S.recipientChip);
    for (const person of line.people) {
      const chip = chips.find((el) => sameName(el.textContent?.trim(), person.name));
      if (!person.email && chip)
        person.email = (chip.getAttribute('title') ?? '').trim().toLowerCase();
    }
    (line.kind === 'cc' ? cc : to).push(...line.people);
  }
  return { to, cc };
}

/** Attachment names under `scope` (a message item or a compose form). */
export function readAttachments(scope: ParentNode): { name: string }[] {
  return findAll(scope, S.attachmentTile)
    .map((tile) => findElement(tile, S.attachmentName)?.getAttribute('title')?.trim())
    .filter((name): name is string => !!name)
    .map((name) => ({ name }));
}

/** The id of the message whose item holds `time` (see outlookMessageId), or undefined. */
export function messageIdOf(time: Element): string | undefined {
  const item = closestHook(time, S.messageItem);
  const date = itemDate(time);
  const sender = item && findElement(item, S.sender);
  const from =
    sender &&
    parseShownAddress(
      stripLabel(sender.getAttribute('aria-label') ?? '', OUTLOOK_LABELS.from).rest,
    );
  return date && from ? outlookMessageId(from.name || from.email, date) : undefined;
}

function readMessage(time: Element): RawMessage {
  const item = closestHook(time, S.messageItem);
  if (!item) throw new SelectorError(S.messageItem.name);
  const date = itemDate(time);
  if (!date) throw new SelectorError(S.messageTime.name);
  const senderEl = findElement(item, S.sender);
  const shown = senderEl
    ? stripLabel(senderEl.getAttribute('aria-label') ?? '', OUTLOOK_LABELS.from).rest
    : '';
  const from = parseShownAddress(shown);
  if (!senderEl || !from) throw new SelectorError(S.sender.name);

  const { to, cc } = readRecipients(item);
  const attachments = readAttachments(item);
  const body = findElement(item, S.messageBody);
  const collapsed = item.getAttribute('aria-expanded') !== 'true' || !body;
  const message: RawMessage = {
    id: '',
    from,
    to,
    cc,
    date,
    attachments,
    collapsed,
    shownSender: from.name || from.email,
  };
  if (body) message.text = htmlText(body);
  else {
    const preview = previewOf(item, [senderEl, time]);
    if (preview) message.preview = preview;
  }
  return message;
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
 * Older items Outlook folds behind one control ("See 3 more messages"): a button inside the
 * conversation but outside every message item, whose label carries the number.
 */
export function foldedOlderItems(pane: ParentNode): { control: HTMLElement; count: number }[] {
  const folds: { control: HTMLElement; count: number }[] = [];
  for (const button of findAll(pane, S.olderItems)) {
    if (closestHook(button, S.messageItem)) continue;
    const count = Number(
      /\d+/.exec(button.getAttribute('aria-label') || button.textContent || '')?.[0] ?? 0,
    );
    if (count > 0) folds.push({ control: button, count });
  }
  return folds;
}

/**
 * @returns undefined when no conversation is open.
 * @throws SelectorError when a conversation is open but the layout no longer matches.
 */
export function readOutlookThread(
  root: ParentNode,
  opts: OutlookReadOptions,
): OpenThread | undefined {
  const itemId = outlookItemIdFromUrl(opts.url);
  const pane = findElement(root, S.readingPane);
  if (!pane) {
    if (itemId) throw new SelectorError(S.readingPane.name);
    return undefined;
  }
  const region = closestHook(pane, S.readCompose) ?? pane;
  const subject = expectElement(region, S.subject).getAttribute('title')?.trim();
  const convId =
    findElement(root, S.selectedConversationRow)?.getAttribute('data-convid') || itemId;
  if (!convId) throw new SelectorError(S.selectedConversationRow.name);

  const times = findAll(pane, S.messageTime);
  if (times.length === 0) throw new SelectorError(S.messageTime.name);
  // Outlook lists newest first by default (a per-user setting); the core wants oldest first.
  // Its times have minute precision, so an auto-reply or bounce shares its message's minute:
  // turn a newest-first list around before sorting, so that equal times keep the shown order.
  const shown = times.map(readMessage);
  // All in one minute: Outlook's default order, newest first.
  const newestFirst =
    shown.length > 1 && Date.parse(shown[0]!.date) >= Date.parse(shown.at(-1)!.date);
  const raw = (newestFirst ? shown.reverse() : shown).sort(
    (a, b) => Date.parse(a.date) - Date.parse(b.date),
  );
  const owner = readOutlookOwner(root, opts);
  const ownerAddress = owner.emails[0] ? [{ name: owner.name, email: owner.emails[0] }] : [];
  resolveNames(raw, ownerAddress);

  // Outlook shows one subject for the conversation, not each reply's own: it belongs to the first.
  const seen = new Map<string, number>();
  const messages: MailMessage[] = raw.map(({ collapsed: _collapsed, shownSender, ...m }, i) => {
    const base = outlookMessageId(shownSender, m.date);
    const n = (seen.get(base) ?? 0) + 1; // two messages from one sender in one minute
    seen.set(base, n);
    return { ...m, id: n > 1 ? `${base}-${n}` : base, ...(i === 0 && subject ? { subject } : {}) };
  });
  const unresolved = messages.filter((m) => !m.from.email).map((m) => m.from.name ?? '');
  return {
    thread: { id: `outlook:${convId}`, client: 'outlook', subject, owner, messages },
    hiddenMessages: foldedOlderItems(pane).reduce((sum, f) => sum + f.count, 0),
    collapsedMessages: raw.filter((m) => m.collapsed).length,
    unresolvedSenders: unresolved.filter((name, i) => unresolved.indexOf(name) === i),
  };
}
