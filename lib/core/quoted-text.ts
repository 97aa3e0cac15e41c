/**
 * Strips quoted history from a plain-text mail body so that only what the sender wrote this
 * time is read ("new text"): a payment cue quoted from an old mail is not a new payment.
 *
 * History starts at the first of: a "On <date>, <name> wrote:" intro in any language of
 * ./languages (two-line wrapped form too), an "-----Original Message-----" style separator, or
 * an Outlook header block ("From: ... Sent: ...", "Von: ... Gesendet: ..."). Lines starting
 * with ">" are dropped wherever they are. The scan is line by line, linear in the text read.
 *
 * Work cap: only the first 256 KB of a body are scanned and at most 64 KB of new text are
 * kept. A reply's own words come first, so a 5 MB body costs the same as a 256 KB one.
 */
import { cueIndex } from './cue-index';
import { tokenize } from './phrase-matcher';

const MAX_SCAN = 256 * 1024;
const MAX_NEW_TEXT = 64 * 1024;
/** A header or intro line longer than this is prose, not a quote header. */
const MAX_HEADER_LINE = 400;

/** The line's first word, lower-case, read without a regex (this runs on every line). */
function firstWord(line: string): string {
  let end = 0;
  while (end < line.length && end < 30) {
    const c = line.charCodeAt(end);
    if (c === 32 || c === 9 || c === 44 || c === 46 || c === 58) break;
    end++;
  }
  return line.slice(0, end).toLowerCase();
}

/** "From:" / "De :" / "*Von:*": a header label followed by a colon. */
function headerLabel(line: string, labels: Set<string>): boolean {
  const quick = line.indexOf(':');
  if (quick < 0 || quick > 25) return false;
  const stripped = line.replace(/^[*\s]+/, '');
  const colon = stripped.indexOf(':');
  if (colon < 1 || colon > 20) return false;
  const label = stripped.slice(0, colon).replace(/[*\s]+$/, '').toLowerCase();
  return labels.has(label);
}

function isIntro(line: string, next: string | undefined): boolean {
  if (line.length > MAX_HEADER_LINE) return false;
  const first = firstWord(line);
  const intros = cueIndex().quoteIntros.filter((intro) => intro.lead === first);
  if (intros.length === 0 || !/\d/.test(line)) return false;
  const joined = (next !== undefined && !line.trimEnd().endsWith(':') ? `${line} ${next}` : line).toLowerCase();
  if (!joined.trimEnd().endsWith(':')) return false;
  const words = tokenize(joined.slice(0, MAX_HEADER_LINE * 2)).words;
  return intros.some((intro) => words.includes(intro.verb));
}

function isSeparator(line: string): boolean {
  if (line.length > 100) return false;
  // Separators start with punctuation ("-----Original Message-----") or end with a colon
  // ("Begin forwarded message:"); only those lines are worth tokenising.
  const c = line.charCodeAt(0);
  const punctuationFirst = c === 45 || c === 95 || c === 61 || c === 42 || c === 8212 || c === 8211;
  if (!punctuationFirst && !line.trimEnd().endsWith(':')) return false;
  const words = tokenize(line.toLowerCase()).words;
  return words.length <= 5 && cueIndex().quoteSeparators.has(words);
}

function isHeaderBlock(lines: readonly string[], i: number): boolean {
  const cues = cueIndex();
  if (!headerLabel(lines[i] as string, cues.quoteHeaderFrom)) return false;
  for (let k = i + 1; k < Math.min(lines.length, i + 5); k++) {
    if (headerLabel((lines[k] as string).trimStart(), cues.quoteHeaderSent)) return true;
  }
  return false;
}

/** The text the sender wrote in this message, without quoted or forwarded history. */
export function newText(text: unknown): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  const lines = text.slice(0, MAX_SCAN).split('\n');
  const kept: string[] = [];
  let size = 0;
  for (let i = 0; i < lines.length && size < MAX_NEW_TEXT; i++) {
    const raw = lines[i] as string;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = line.trimStart();
    if (trimmed.startsWith('>')) continue;
    if (trimmed.length > 0) {
      const next = lines[i + 1]?.trim();
      if (isIntro(trimmed, next) || isSeparator(trimmed) || isHeaderBlock(lines, i)) break;
    }
    kept.push(line);
    size += line.length + 1;
  }
  return kept.join('\n').slice(0, MAX_NEW_TEXT);
}
