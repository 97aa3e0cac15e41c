/**
 * Plain text of a rendered mail body with its line structure. Outlook's editor writes one
 * <div> per line (an empty line is <div><br></div>); pasted and external mail uses <p> and
 * <br>. Written out rather than using innerText because innerText depends on layout and
 * differs between Chromium and the test DOM.
 */
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'div',
  'dl',
  'dt',
  'dd',
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
  'section',
  'table',
  'tr',
  'ul',
]);
/** Blocks with a blank line around them, as a mail client renders them. */
const PARAGRAPH = new Set(['p', 'pre']);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

export function blockText(root: Node): string {
  let out = '';
  const breakTo = (newlines: number): void => {
    if (!out) return;
    const trailing = /\n*$/.exec(out)?.[0].length ?? 0;
    if (trailing < newlines) out += '\n'.repeat(newlines - trailing);
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
      if (pre) out += text;
      else if (text.trim())
        out += (/\n$/.test(out) || !out ? text.trimStart() : text).replace(/\s+/g, ' ');
      else if (out && !/[\s]$/.test(out)) out += ' ';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).localName;
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      out = out.replace(/ +$/, '') + '\n';
      return;
    }
    const gap = PARAGRAPH.has(tag) ? 2 : BLOCK.has(tag) ? 1 : 0;
    if (gap) breakTo(gap);
    node.childNodes.forEach((child) => walk(child, pre || tag === 'pre'));
    if (gap) breakTo(gap);
  };
  walk(root, false);
  return out
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
