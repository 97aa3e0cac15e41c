/**
 * Plain text from an HTML mail body that has no text/plain part. Pure string work (no DOM):
 * it runs in tests and never renders the mail's markup anywhere.
 */
const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  euro: '€',
  pound: '£',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ntilde: 'ñ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  copy: '©',
  reg: '®',
  shy: '',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X'
          ? parseInt(code.slice(2), 16)
          : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code] ?? whole;
  });
}

/** Markup read at most: the text kept per message is far shorter (parse-message.ts). */
const MAX_HTML = 200_000;

/**
 * Drops comments and the content of head/style/script/title in one linear pass: a lazy regex
 * would rescan to the end for every unclosed "<style" or "<!--" in hostile mail.
 */
function dropInvisible(html: string): string {
  const lower = html.toLowerCase();
  const open = /<!--|<(head|style|script|title)\b/gi;
  let out = '';
  let at = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    out += html.slice(at, m.index);
    const closer = m[1] ? `</${m[1].toLowerCase()}` : '-->';
    const close = lower.indexOf(closer, open.lastIndex);
    if (close < 0) return out; // never closed: the browser would hide the rest too
    const end = m[1] ? lower.indexOf('>', close) : close + 2;
    if (end < 0) return out;
    at = end + 1;
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

export function htmlToText(html: string): string {
  // Tag patterns stop at the next "<" so that a run of unclosed "<" stays linear.
  const text = dropInvisible(html.slice(0, MAX_HTML))
    .replace(/\s+/g, ' ')
    .replace(/<br\b[^<>]*>/gi, '\n')
    .replace(/<li\b[^<>]*>/gi, '\n- ')
    .replace(/<\/(p|div|tr|h[1-6]|li|blockquote|table|ul|ol)\s*>/gi, '\n')
    .replace(/<(p|div|tr|h[1-6]|blockquote|table)\b[^<>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^<>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
