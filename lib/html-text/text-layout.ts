/**
 * Plain text of a mail body laid out the way a reader sees it: the one set of rules for every
 * reader of HTML mail (the Gmail and Outlook pages' DOM in `dom-text.ts`, raw markup of imported
 * mail in `markup-text.ts`), so every source hands the core the same shape of text.
 *
 * - Block elements start and end a line; paragraphs, headings, lists, tables, quotes, <pre> and
 *   <hr> stand apart with a blank line. Runs of breaks collapse to the largest (at most one
 *   blank line).
 * - <br> breaks the line (Outlook's editor writes an empty line as <div><br></div>).
 * - Inline elements keep the spaces around them; the source's indentation is not text; ASCII
 *   whitespace and no-break spaces collapse to one space (narrow no-break spaces in amounts stay).
 * - Table cells in a row are separated by a space.
 * - <pre> keeps its spaces and line breaks.
 * - Scripts, styles, images and other non-content elements are left out.
 *
 * Written out rather than using innerText, which depends on layout and differs between Chromium
 * and the test DOM. The text is built in parts with its trailing spaces and line breaks counted,
 * never by re-reading what was written: linear in the size of the mail.
 */
export const BLOCKS: ReadonlySet<string> = new Set([
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
const PARAGRAPHS: ReadonlySet<string> = new Set([
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
/** Elements whose content is never text a reader sees. */
export const SKIPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'img',
  'svg',
]);
const SPACES = /[ \t\r\n\f\u00a0]+/g;

export class TextLayout {
  private readonly parts: string[] = [];
  /** Nothing visible written yet. */
  private empty = true;
  /** Line breaks at the end of what is written. */
  private trailingBreaks = 0;
  /** A space is due before the next text on this line. */
  private space = false;
  private preDepth: number;

  constructor(opts: { inPre?: boolean } = {}) {
    this.preDepth = opts.inPre ? 1 : 0;
  }

  private get atLineStart(): boolean {
    return this.empty || this.trailingBreaks > 0;
  }

  /** An element starts: a block breaks the line (or leaves a blank one), a cell adds a space. */
  open(tag: string): void {
    if (tag === 'br') {
      this.space = false;
      this.write('\n');
      return;
    }
    const gap = PARAGRAPHS.has(tag) ? 2 : BLOCKS.has(tag) ? 1 : 0;
    if (gap) this.breakTo(gap);
    if ((tag === 'td' || tag === 'th') && !this.atLineStart) this.space = true;
    if (tag === 'pre') this.preDepth++;
  }

  /** An element ends (its content, if any, was written in between). */
  close(tag: string): void {
    if (tag === 'pre' && this.preDepth > 0) this.preDepth--;
    const gap = PARAGRAPHS.has(tag) ? 2 : BLOCKS.has(tag) ? 1 : 0;
    if (gap) this.breakTo(gap);
  }

  /** Text as it stands in the source (entities already decoded). */
  text(raw: string): void {
    if (raw.length === 0) return;
    if (this.preDepth > 0) {
      this.flushSpace();
      this.write(raw.replace(/\u00a0/g, ' '));
      return;
    }
    const text = raw.replace(SPACES, ' ');
    const lead = text.charCodeAt(0) === 32;
    const core = text.trim();
    if (lead && !this.atLineStart) this.space = true;
    if (core.length > 0) {
      this.flushSpace();
      this.write(core);
      if (text.charCodeAt(text.length - 1) === 32) this.space = true;
    }
  }

  /** The text, lines without trailing spaces, at most one blank line in a row. */
  result(): string {
    return this.parts
      .join('')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private flushSpace(): void {
    if (this.space && !this.atLineStart) this.write(' ');
    this.space = false;
  }

  private breakTo(newlines: number): void {
    this.space = false;
    if (this.empty) return;
    if (this.trailingBreaks < newlines) this.write('\n'.repeat(newlines - this.trailingBreaks));
  }

  private write(s: string): void {
    this.parts.push(s);
    let i = s.length - 1;
    while (i >= 0 && s.charCodeAt(i) === 10) i--;
    if (i < 0) this.trailingBreaks += s.length;
    else this.trailingBreaks = s.length - 1 - i;
    if (this.empty && i >= 0) this.empty = false;
  }
}
