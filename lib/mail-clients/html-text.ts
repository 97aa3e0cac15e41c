import { matchesHook, type Hook } from './dom';

/**
 * Plain text of a rendered mail body, laid out the way a reader sees it. Both clients' readers
 * use it, so Gmail and Outlook hand the core the same shape of text.
 *
 * - Block elements start and end a line; paragraphs, headings, lists, tables, quotes, <pre> and
 *   <hr> stand apart with a blank line. Runs of breaks collapse to the largest (at most one
 *   blank line).
 * - <br> breaks the line (Outlook's editor writes an empty line as <div><br></div>).
 * - Inline elements keep the spaces around them; the source's indentation is not text; ASCII
 *   whitespace and no-break spaces collapse to one space (narrow no-break spaces in amounts stay).
 * - Table cells in a row are separated by a space.
 * - <pre> keeps its spaces and line breaks.
 * - Scripts, styles, images and other non-content elements are left out, and so is whatever
 *   matches the `skip` hook (quoted history).
 *
 * Written out rather than using innerText, which depends on layout and differs between Chromium
 * and the test DOM; it reads only text nodes, so it works on any DOM.
 */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
/** Blocks with a blank line around them, as a mail client renders them. */
const PARAGRAPHS = new Set([
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'ol',
  'p',
  'pre',
  'table',
  'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'img', 'svg']);
const SPACES = /[ \t\r\n\f\u00a0]+/g;

export function htmlText(root: Node, skip?: Hook): string {
  let out = '';
  const atLineStart = (): boolean => !out || out.endsWith('\n');
  const breakTo = (newlines: number): void => {
    if (!out) return;
    out = out.replace(/ +$/, '');
    const trailing = /\n*$/.exec(out)?.[0].length ?? 0;
    if (trailing < newlines) out += '\n'.repeat(newlines - trailing);
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      if (pre) {
        out += raw.replace(/\u00a0/g, ' ');
        return;
      }
      const text = raw.replace(SPACES, ' ');
      if (text.trim()) out += atLineStart() ? text.trimStart() : text;
      else if (!atLineStart() && !out.endsWith(' ')) out += ' ';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag) || (skip && matchesHook(el, skip))) return;
    if (tag === 'br') {
      out = out.replace(/ +$/, '') + '\n';
      return;
    }
    const gap = PARAGRAPHS.has(tag) ? 2 : BLOCKS.has(tag) ? 1 : 0;
    if (gap) breakTo(gap);
    if ((tag === 'td' || tag === 'th') && !atLineStart() && !out.endsWith(' ')) out += ' ';
    el.childNodes.forEach((child) => walk(child, pre || tag === 'pre'));
    if (gap) breakTo(gap);
  };
  const inPre = root.nodeType === 1 && (root as Element).localName === 'pre';
  root.childNodes.forEach((child) => walk(child, inPre));
  return out
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
