/**
 * Sees the person send a message from Outlook (the compose form's Send button, or Ctrl+Enter
 * in its editor) and hands on what the form held at that moment: the editor's own text (the
 * quoted original Outlook appends left out), subject, recipients, attachment names, and the
 * conversation for an inline reply. One capturing listener per event type on the document with
 * a cheap filter (one closest() per click, the key first for keydown); it reads synchronously,
 * before Outlook's own handlers remove the form, never cancels or delays the event, and calls
 * onSend in a later task.
 */
import type { SentMessage } from '../mail-client';
import { closestHook, findElement } from '../dom';
import { htmlText } from '../html-text';
import { OUTLOOK_SELECTORS as S } from './outlook-selectors';
import { outlookItemIdFromUrl, readAttachments, readRecipients } from './read-outlook-thread';
import { readOutlookOwner } from './read-outlook-owner';

/** How far up from the Send button or the editor a compose form may reach. */
const MAX_FORM_DEPTH = 12;

/** The smallest ancestor of `from` holding both an editor and a Send button. */
function composeForm(from: Element): Element | undefined {
  let el: Element | null = from;
  for (let depth = 0; el && depth < MAX_FORM_DEPTH; depth++, el = el.parentElement) {
    if (findElement(el, S.replyEditor) && findElement(el, S.sendButton)) return el;
  }
  return undefined;
}

/** The editor's text above the quoted original (read from a copy; the page is left alone). */
export function ownText(editor: Element): string {
  const copy = editor.cloneNode(true) as Element;
  const marker = findElement(copy, S.quotedHistory);
  if (marker) {
    let node: Node | null = marker;
    while (node && node !== copy) {
      const parent: Node | null = node.parentNode;
      while (node.nextSibling) node.nextSibling.remove();
      if (node === marker) marker.remove();
      node = parent;
    }
  }
  return htmlText(copy);
}

function capture(doc: Document, form: Element): SentMessage {
  const editor = findElement(form, S.replyEditor);
  const region = closestHook(form, S.readCompose);
  const pane = region && findElement(region, S.readingPane);
  const input = findElement<HTMLInputElement>(form, S.composeSubject);
  const { to } = readRecipients(form);
  const sent: SentMessage = {
    text: editor ? ownText(editor) : '',
    attachments: readAttachments(form),
    to,
    date: new Date().toISOString(),
  };
  const owner = readOutlookOwner(doc, {});
  if (owner.emails[0])
    sent.from = owner.name
      ? { name: owner.name, email: owner.emails[0] }
      : { email: owner.emails[0] };
  // An inline reply in the reading region belongs to the open conversation.
  const subject =
    input?.value.trim() ||
    (region && pane ? findElement(region, S.subject)?.getAttribute('title')?.trim() : undefined);
  if (subject) sent.subject = subject;
  if (region && pane) {
    const convId =
      findElement(doc, S.selectedConversationRow)?.getAttribute('data-convid') ||
      outlookItemIdFromUrl(doc.location.href);
    if (convId) sent.threadId = `outlook:${convId}`;
  }
  return sent;
}

export function watchOutlookSends(
  doc: Document,
  onSend: (sent: SentMessage) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const handle = (from: Element): void => {
    try {
      const form = composeForm(from);
      if (!form) return;
      const sent = capture(doc, form);
      setTimeout(() => {
        if (!signal.aborted) onSend(sent);
      }, 0);
    } catch (error) {
      // Never into Outlook's send: a form we cannot read is simply not recorded.
      console.debug(
        '[unghost] outlook: could not read the message being sent',
        error instanceof Error ? error.name : '',
      );
    }
  };
  const onClick = (event: MouseEvent): void => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const button = closestHook(target, S.sendButton);
    if (button) handle(button);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    const editor = closestHook(target, S.replyEditor);
    if (editor) handle(editor);
  };
  doc.addEventListener('click', onClick, { capture: true, signal });
  doc.addEventListener('keydown', onKey, { capture: true, signal });
}
