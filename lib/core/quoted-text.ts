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

/** "From:" / "De :" / "*Von:*": a header label followed by a colon. */
function headerLabel(line: string, labels: Set<string>): boolean {
  let from = 0;
  while (from < line.length && isLabelPadding(line.charCodeAt(from))) from++;
  const colon = line.indexOf(':', from);
  // Header labels are one short word ("From", "Gesendet", "Verzonden").
  if (colon < from + 1 || colon > from + 14) return false;
  let to = colon;
  while (to > from && isLabelPadding(line.charCodeAt(to - 1))) to--;
  return labels.has(line.slice(from, to).toLowerCase());
}

function isLabelPadding(c: number): boolean {
  return c === 42 /* * */ || c === 32 || c === 9 || c === 0xa0;
}

/** Quote intros start with a two-letter word (on, am, le, el, il, op): a cheap first check. */
function mayBeIntro(line: string): boolean {
  const c = line.charCodeAt(2);
  if (line.length <= 3 || (c !== 32 && c !== 9)) return false;
  const pair = ((line.charCodeAt(0) | 32) << 8) | (line.charCodeAt(1) | 32);
  return INTRO_PAIRS.has(pair);
}

/** The first two letters of every language's quote intro, as one number each. */
const INTRO_PAIRS: ReadonlySet<number> = /* @__PURE__ */ new Set(
  cueIndex().quoteIntros.map((i) => (i.lead.charCodeAt(0) << 8) | i.lead.charCodeAt(1)),
);

function isIntro(line: string, next: string | undefined): boolean {
  if (line.length > MAX_HEADER_LINE) return false;
  const lead = line.slice(0, 2).toLowerCase();
  const verbs = cueIndex().quoteIntros.filter((intro) => intro.lead === lead);
  if (verbs.length === 0 || !/\d/.test(line)) return false;
  const closed = line.trimEnd().endsWith(':');
  if (!closed && (next === undefined || !next.trimEnd().endsWith(':'))) return false;
  const joined = (closed ? line : `${line} ${next}`).toLowerCase();
  // The verb as a whole word: "wrote", "schrieb", "a écrit", "escribió", "ha scritto", "schreef".
  return verbs.some(({ verb }) => {
    for (let at = joined.indexOf(verb); at >= 0; at = joined.indexOf(verb, at + 1)) {
      const before = joined.charCodeAt(at - 1);
      const after = joined.charCodeAt(at + verb.length);
      if (!isLetterCode(before) && !isLetterCode(after)) return true;
    }
    return false;
  });
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
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

/** The text the sender wrote in this message, without quoted or forwarded history. */
export function newText(text: unknown): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  const end = Math.min(text.length, MAX_SCAN);
  // Lines are read one at a time up to the first history marker; the quoted history after it
  // is never split or copied. Kept text is one slice unless ">" lines had to be cut out.
  let pieces: string[] | undefined;
  let keptFrom = 0;
  let pos = 0;
  let stop = end;
  while (pos < end) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    // Work on offsets: a line is only copied out when it might be a history marker.
    let first = pos;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    if (first < lineEnd && text.charCodeAt(first) === 62 /* > */) {
      if (pos > keptFrom) (pieces ??= []).push(text.slice(keptFrom, pos));
      keptFrom = lineEnd + 1;
    } else if (first < lineEnd && mightBeMarker(text, first, lineEnd)) {
      if (isBoundary(text, text.slice(first, lineEnd), lineEnd, end)) {
        stop = pos;
        break;
      }
    }
    if (pos > MAX_NEW_TEXT) {
      stop = lineEnd;
      break;
    }
    pos = lineEnd + 1;
  }
  const tail = stop > keptFrom ? text.slice(keptFrom, stop) : '';
  const kept = pieces ? [...pieces, tail].join('') : tail;
  const clean = kept.length > MAX_NEW_TEXT ? kept.slice(0, MAX_NEW_TEXT) : kept;
  const noCr = clean.includes('\r') ? clean.replace(/\r/g, '') : clean;
  let last = noCr.length;
  while (last > 0 && noCr.charCodeAt(last - 1) === 10) last--;
  return last === noCr.length ? noCr : noCr.slice(0, last);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

/**
 * Cheap test on offsets, no copy: could the line starting at `first` open quoted history?
 * Intros start with a two-letter word ("On", "Am", "Le", "El", "Il", "Op"), separators with
 * punctuation or end with a colon, header blocks have a colon within their first 25 chars.
 */
function mightBeMarker(text: string, first: number, lineEnd: number): boolean {
  const c = text.charCodeAt(first);
  if (c === 45 || c === 95 || c === 61 || c === 42 || c === 8212 || c === 8211) return true;
  const third = text.charCodeAt(first + 2);
  if (lineEnd - first > 3 && (third === 32 || third === 9)) {
    const pair = ((c | 32) << 8) | (text.charCodeAt(first + 1) | 32);
    if (INTRO_PAIRS.has(pair)) return true;
  }
  let last = lineEnd - 1;
  while (last > first && isSpace(text.charCodeAt(last))) last--;
  if (text.charCodeAt(last) === 58 /* : */) return true;
  // A header block starts with a "From" label (from, von, de, da, van): f, v or d first.
  let label = first;
  while (label < lineEnd && text.charCodeAt(label) === 42 /* * */) label++;
  const l = text.charCodeAt(label) | 32;
  if (l !== 102 && l !== 118 && l !== 100) return false;
  const limit = Math.min(lineEnd, first + 18);
  for (let i = first; i < limit; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/** Up to `count` lines after the line ending at `lineEnd` (CR stripped). */
function linesAfter(text: string, lineEnd: number, end: number, count: number): string[] {
  const lines: string[] = [];
  let p = lineEnd + 1;
  while (lines.length < count && p < end) {
    const nl = text.indexOf('\n', p);
    const e = nl < 0 || nl > end ? end : nl;
    lines.push(withoutCr(text.slice(p, e)));
    p = e + 1;
  }
  return lines;
}

function withoutCr(line: string): string {
  return line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
}

/** Is this (trimmed) line the start of quoted history? Looks ahead a few lines when needed. */
function isBoundary(text: string, trimmed: string, lineEnd: number, end: number): boolean {
  const line = withoutCr(trimmed);
  if (mayBeIntro(line) && isIntro(line, linesAfter(text, lineEnd, end, 1)[0]?.trim())) return true;
  if (isSeparator(line)) return true;
  const cues = cueIndex();
  if (!headerLabel(line, cues.quoteHeaderFrom)) return false;
  return linesAfter(text, lineEnd, end, 4).some((l) =>
    headerLabel(l.trimStart(), cues.quoteHeaderSent),
  );
}
