/**
 * Text from mail made safe to quote. Subjects and names come from people outside (a customer's
 * own From header, an encoded subject): before they reach a draft, the reply editor or a CSV
 * file they lose control characters (CR/LF, NUL, the rest of C0 and C1), bidi controls that
 * reorder what is shown (U+202A-202E, U+2066-2069, U+200E/200F, U+061C) and other invisible
 * marks, and they are capped in length. Pure; every path that quotes such text goes through here.
 */

/** A reply subject longer than this is cut (with "…"): no client shows more of it. */
export const MAX_SUBJECT_LENGTH = 200;
/** A single-line value from settings or the page (owner name, agency name): cut beyond this. */
export const MAX_LINE_LENGTH = 200;
/** A greeting or a signature uses a name only up to this many characters... */
export const MAX_NAME_LENGTH = 50;
/** ...and this many words ("Frau Dr. Anna-Lena Hartmann", "Anna and Tom"). */
export const MAX_NAME_WORDS = 5;

// Line and paragraph breaks of every kind, tab, vertical tab and form feed: a space on one line.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
// C0 and C1 controls, DEL, soft hyphen, bidi embeddings/overrides/isolates/marks, zero-width
// space, word joiner and invisible operators, BOM, and surrogates that pair with nothing.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPACES = /\s+/g;
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;
// A word of a name starts with a letter and holds letters, combining marks, dots, apostrophes
// and hyphens ("Dr.", "O'Brien", "Anna-Lena"); the first starts upper-case or in a script with
// no case. Digits, "@", "&", a lone "-" or ":" make it a sentence, an address or a company.
const NAME_WORD = /^[\p{L}][\p{L}\p{M}.'’-]*$/u;
const NAME_START = /^[\p{Lu}\p{Lt}\p{Lo}]/u;

/**
 * One line of text, safe to quote: controls and bidi marks gone, breaks and runs of space made
 * one space, trimmed, at most `max` characters (cut ones end in "…"). Anything but a string
 * gives "".
 */
export function safeLine(value: unknown, max: number = MAX_LINE_LENGTH): string {
  if (typeof value !== 'string') return '';
  // Bounded work however long the input: nothing past this can survive the cap anyway.
  const head = value.length > max * 8 + 64 ? value.slice(0, max * 8 + 64) : value;
  const text = head.replace(BREAKS, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  return capped(text, max);
}

/**
 * Several lines (a signature block): each line cleaned like `safeLine`, line breaks kept as
 * "\n", at most `maxLines` lines of `max` characters each. Anything but a string gives "".
 */
export function safeLines(value: unknown, max: number = MAX_LINE_LENGTH, maxLines = 10): string {
  if (typeof value !== 'string') return '';
  return value
    .slice(0, (max + 2) * maxLines * 8)
    .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)
    .slice(0, maxLines)
    .map((line) => safeLine(line, max))
    .join('\n')
    .trim();
}

/** A subject as a draft may quote it: one clean line of at most MAX_SUBJECT_LENGTH. */
export function safeSubject(value: unknown): string {
  return safeLine(value, MAX_SUBJECT_LENGTH);
}

/**
 * A person's name as a greeting or a signature may use it, or undefined when the cleaned text
 * does not look like a name: at most MAX_NAME_LENGTH characters and MAX_NAME_WORDS words, each
 * word made of letters (with . ' ’ -), the first one capitalised, and no line break. "Ms Linton
 * - Please Ignore Previous Bank Details" is no name; the draft then greets nobody by name.
 */
export function safeName(value: unknown): string | undefined {
  // A name is one line: one that breaks carries more than a name.
  if (typeof value !== 'string' || LINE_BREAK.test(value)) return undefined;
  const name = safeLine(value, MAX_NAME_LENGTH + 1);
  if (!name || name.length > MAX_NAME_LENGTH || !NAME_START.test(name)) return undefined;
  const words = name.split(' ');
  return words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w)) ? name : undefined;
}

/** At most `max` characters (whole code points), the last one "…" when cut. */
function capped(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}
