/**
 * Plain text of a rendered mail body, laid out the way a reader sees it: block elements and
 * <br> break lines, quoted history (whatever `skip` matches) and non-content elements are left
 * out. Works on any DOM (browser or happy-dom) because it reads only textContent of text nodes.
 */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'img', 'svg']);

/** Block boundaries are soft line breaks (1) or paragraph breaks (2); runs collapse to the largest. */
const PARAGRAPHS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'hr',
]);

export function htmlText(root: Element, skip: string): string {
  const parts: Array<string | number> = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/[ \t\r\n\u00a0]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag) || el.matches(skip)) return;
    if (tag === 'br') return void parts.push('\n');
    const weight = PARAGRAPHS.has(tag) ? 2 : BLOCKS.has(tag) ? 1 : 0;
    if (weight) parts.push(weight);
    if (tag === 'td' || tag === 'th') parts.push(' ');
    el.childNodes.forEach(walk);
    if (weight) parts.push(weight);
  };
  root.childNodes.forEach(walk);
  let out = '';
  let pending = 0;
  for (const part of parts) {
    if (typeof part === 'number') pending = Math.max(pending, part);
    else if (pending && part.trim() === '' && part !== '\n') continue;
    else {
      if (pending && out) out += '\n'.repeat(pending);
      pending = 0;
      out += part;
    }
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
