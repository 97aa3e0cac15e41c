/**
 * Puts a draft into Outlook's own inline reply editor. Outlook's editor (Roosterjs) keeps a
 * model fed by input events and re-renders from it, so text written straight into the DOM
 * would vanish on the next blur. The text goes in through the browser's editing command
 * (execCommand insertText), which fires the trusted beforeinput/input events the editor
 * listens to, exactly like typing. Nothing here ever touches the Send button.
 */
import { closestHook, findAll, findElement, SelectorError } from '../dom';
import { waitForElement } from '../wait-for-element';
import { OUTLOOK_SELECTORS as S } from './outlook-selectors';
import { itemDate } from './read-outlook-thread';

/** Outlook mounts the inline editor within a second; on a loaded machine give it more. */
const EDITOR_WAIT_MS = 5000;

/** Reply-all (keeps the customer's accounts people in copy), else Reply, of the newest message. */
function newestReplyButton(region: Element): HTMLElement | undefined {
  const newest = findAll(region, S.messageTime)
    .map((time) => ({
      item: closestHook(time, S.messageItem),
      at: Date.parse(itemDate(time) ?? ''),
    }))
    .filter(
      (m): m is { item: HTMLElement; at: number } =>
        !!m.item && m.item.getAttribute('aria-expanded') === 'true' && !Number.isNaN(m.at),
    )
    .sort((a, b) => b.at - a.at)[0]?.item;
  for (const scope of [newest, region]) {
    if (!scope) continue;
    const icon = findElement(scope, S.replyAllIcon) ?? findElement(scope, S.replyIcon);
    const button = icon && closestHook(icon, S.actionButton);
    if (button) return button;
  }
  return undefined;
}

/** Caret at the very start of the editor: above Outlook's quoted history and signature. */
function caretToStart(doc: Document, editor: HTMLElement): void {
  editor.focus();
  let first: Node = editor;
  while (first.firstChild && first.firstChild.nodeName !== 'BR') first = first.firstChild;
  const range = doc.createRange();
  range.setStart(first, 0);
  range.collapse(true);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function insertOutlookReply(doc: Document, text: string): Promise<void> {
  const region = findElement(doc, S.readCompose);
  if (!region) throw new SelectorError(S.readCompose.name);
  if (!findElement(region, S.replyEditor)) {
    const button = newestReplyButton(region);
    if (!button) throw new SelectorError(S.replyIcon.name);
    button.click();
  }
  const editor = await waitForElement<HTMLElement>(region, S.replyEditor, EDITOR_WAIT_MS);
  caretToStart(doc, editor);
  // execCommand is deprecated but remains the one way to edit "as the user" that rich-text
  // editors' models accept; there is no replacement API for content scripts (2026-11).
  const inserted = doc.execCommand('insertText', false, text);
  const firstLine = normalise(text.split('\n').find((l) => l.trim()) ?? '');
  if (!inserted || !normalise(editor.textContent ?? '').includes(firstLine)) {
    throw new Error('Outlook did not accept the inserted text.');
  }
}
