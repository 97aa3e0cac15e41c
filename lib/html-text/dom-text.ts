/**
 * Plain text of a rendered mail body (a node of the mail page) by the rules of
 * `text-layout.ts`. It reads only element names and text nodes, so it works on any DOM and
 * never touches the page's markup as markup.
 */
import { SKIPPED, TextLayout } from './text-layout';

/** @param skip elements left out with their content (the client's quoted history). */
export function domText(root: Node, skip?: (el: Element) => boolean): string {
  const inPre = root.nodeType === 1 && (root as Element).localName === 'pre';
  const layout = new TextLayout({ inPre });
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      layout.text(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag) || (skip && skip(el))) return;
    layout.open(tag);
    el.childNodes.forEach(walk);
    layout.close(tag);
  };
  root.childNodes.forEach(walk);
  return layout.result();
}
