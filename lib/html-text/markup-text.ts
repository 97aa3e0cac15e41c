/**
 * Plain text of an HTML mail body given as markup (imported mail with no text/plain part), by
 * the rules of `text-layout.ts`. No DOM: it runs in the import's worker. htmlparser2 reads the
 * markup as a browser would in the ways that matter here (every HTML entity, comments, raw
 * text of scripts and styles, unclosed tags, stray "<") in one linear pass; nothing is rendered.
 */
import { Parser } from 'htmlparser2';
import { SKIPPED, TextLayout } from './text-layout';

/** Markup read at most: the text kept per imported message is far shorter. */
const MAX_HTML = 200_000;

export function markupText(html: string): string {
  const layout = new TextLayout();
  // Inside script, style, head...: nothing is text until the element closes.
  let skipped = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (skipped > 0 || SKIPPED.has(name)) {
          // Void elements (img) close at once; the parser reports that as a close.
          skipped++;
          return;
        }
        layout.open(name);
      },
      onclosetag(name) {
        if (skipped > 0) {
          skipped--;
          return;
        }
        layout.close(name);
      },
      ontext(text) {
        if (skipped === 0) layout.text(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.write(html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html);
  parser.end();
  return layout.result();
}
