import { domText } from '../html-text/dom-text';
import { matchesHook, type Hook } from './dom';

/**
 * Plain text of a rendered mail body by the project's one set of layout rules
 * (lib/html-text/text-layout.ts), leaving out whatever matches the `skip` hook (quoted history).
 * Both clients' readers use it, so Gmail and Outlook hand the core the same shape of text.
 */
export function htmlText(root: Node, skip?: Hook): string {
  return domText(root, skip ? (el) => matchesHook(el, skip) : undefined);
}
