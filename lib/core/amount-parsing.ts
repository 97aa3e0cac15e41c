/**
 * Reads money amounts written in local formats: `1.190,00 €`, `€1,190.00`, `1 190,00 €` (also
 * with a (narrow) no-break space), `CHF 2'500.00`, `£450`, `$3,200`, `EUR 1.190,00`,
 * `1.190,00 EUR`, `1.220,00 euro`. Only numbers next to a currency sign or code count: "19 %"
 * and phone numbers are not amounts.
 *
 * One scan for plain literals finds the currency signs and codes; the number next to each is
 * read with a sticky, bounded pattern (at most 20 characters), so a text costs linear time
 * whatever it contains.
 */

export interface FoundAmount {
  amount: number;
  /** ISO 4217 */
  currency: string;
  index: number;
}

/** Currency codes as written on invoices (upper case), plus the word "euro" in any case. */
const CODES = ['EUR', 'GBP', 'USD', 'CHF', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK'];
const SIGNS: Record<number, string> = { 0x20ac: 'EUR', 0xa3: 'GBP', 0x24: 'USD' };
/** Text read for amounts: an invoice's figures sit near the top of what its sender wrote. */
const MAX_TEXT = 64 * 1024;
const NUMBER_AFTER = /[ \t\u00a0\u202f]{0,2}(\d[\d.,'’\u00a0\u202f ]{0,18})/y;
const SPACES = /[\s\u00a0\u202f]+/;

interface Marker {
  at: number;
  end: number;
  currency: string;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** A currency sign or code starting at i, or undefined. */
function markerAt(s: string, i: number, c: number): Marker | undefined {
  const sign = SIGNS[c];
  if (sign) {
    return { at: i, end: i + 1, currency: sign };
  }
  const codes = CODES_BY_FIRST.get(c);
  if (!codes && c !== 0x65) return undefined;
  if (i > 0 && isLetter(s.charCodeAt(i - 1))) return undefined;
  if (
    (c | 32) === 0x65 &&
    (s.charCodeAt(i + 1) | 32) === 0x75 &&
    (s.charCodeAt(i + 2) | 32) === 0x72 &&
    (s.charCodeAt(i + 3) | 32) === 0x6f
  ) {
    const len = (s.charCodeAt(i + 4) | 32) === 0x73 ? 5 : 4;
    if (!isLetter(s.charCodeAt(i + len))) return { at: i, end: i + len, currency: 'EUR' };
  }
  for (const code of codes ?? []) {
    if (!s.startsWith(code, i)) continue;
    if (code.endsWith('.') || !isLetter(s.charCodeAt(i + code.length))) {
      return { at: i, end: i + code.length, currency: code.endsWith('.') ? 'CHF' : code };
    }
  }
  return undefined;
}

/** Codes by their first char code, so most capitalised words are dismissed with one lookup. */
const CODES_BY_FIRST = new Map<number, string[]>();
for (const code of [...CODES, 'Fr.', 'SFr.']) {
  const list = CODES_BY_FIRST.get(code.charCodeAt(0)) ?? [];
  list.push(code);
  CODES_BY_FIRST.set(code.charCodeAt(0), list);
}

const NUMBER_CHARS = new Set([..."0123456789.,'’ \u00a0\u202f"]);
const GAP_CHARS = new Set([' ', '\t', '\u00a0', '\u202f']);

/** The number written right before position `at` (after skipping up to two spaces). */
function numberBefore(s: string, at: number, floor: number): string | undefined {
  let j = at;
  for (let k = 0; k < 2 && j > floor && GAP_CHARS.has(s[j - 1] as string); k++) j--;
  const end = j;
  if (end <= floor || !/\d/.test(s[end - 1] as string)) return undefined;
  while (j > floor && end - j < 20 && NUMBER_CHARS.has(s[j - 1] as string)) j--;
  const raw = s.slice(j, end);
  const first = raw.search(/\d/);
  return first < 0 ? undefined : raw.slice(first);
}

/** Joins space-separated digit groups that belong to one number ("1 190,00"). */
function joinGroups(raw: string, currencyAfter: boolean): string {
  const groups = raw
    .trim()
    .split(SPACES)
    .filter((g) => g.length > 0);
  if (groups.length <= 1) return groups[0] ?? '';
  if (currencyAfter) {
    let i = groups.length - 1;
    while (
      i > 0 &&
      /^\d{3}(?!\d)/.test(groups[i] as string) &&
      /^\d{1,3}$/.test(groups[i - 1] as string)
    )
      i--;
    return groups.slice(i).join('');
  }
  let j = 1;
  while (
    j < groups.length &&
    /^\d{1,3}$/.test(groups[j - 1] as string) &&
    /^\d{3}(?:[.,]\d{1,2})?$/.test(groups[j] as string)
  )
    j++;
  return groups.slice(0, j).join('');
}

/** "1.190,00" -> 1190, "1,190.00" -> 1190, "2'500.00" -> 2500, "450" -> 450. */
export function parseLocalNumber(raw: string): number | undefined {
  // Digits, dots and commas only; apostrophe groups ("2'500") are dropped first.
  let apostrophes = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 39 || c === 0x2019) apostrophes = true;
    else if (!((c >= 48 && c <= 57) || c === 46 || c === 44)) return undefined;
  }
  let s = apostrophes ? raw.replace(/['’]/g, '') : raw;
  let last = s.length;
  while (last > 0 && (s.charCodeAt(last - 1) === 46 || s.charCodeAt(last - 1) === 44)) last--;
  s = s.slice(0, last);
  if (s.length === 0 || s.charCodeAt(0) < 48 || s.charCodeAt(0) > 57) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = s.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const tail = parts[parts.length - 1] as string;
    // One separator followed by exactly three digits groups thousands ("1.190", "$3,200").
    normal = parts.length > 2 || tail.length === 3 ? parts.join('') : parts.join('.');
  } else normal = s;
  const value = Number(normal);
  if (!Number.isFinite(value) || value <= 0 || value >= 1e10) return undefined;
  return Math.round(value * 100) / 100;
}

/** A hostile text full of currency signs is read up to this many of them. */
const MAX_MARKERS = 2000;

/**
 * Candidate signs and codes, found by one regex scan of plain literals (no nested quantifier:
 * linear), each then confirmed by `markerAt` (word boundaries, "euros").
 */
const CANDIDATES = new RegExp(`[€£$]|${CODES.join('|')}|S?Fr\\.|[Ee]uro|EURO`, 'g');

/** Where currency signs and codes stand in `s`, in order of position. */
function markers(s: string): Marker[] {
  const found: Marker[] = [];
  CANDIDATES.lastIndex = 0;
  for (
    let m = CANDIDATES.exec(s);
    m !== null && found.length < MAX_MARKERS;
    m = CANDIDATES.exec(s)
  ) {
    const marker = markerAt(s, m.index, s.charCodeAt(m.index));
    if (marker) {
      found.push(marker);
      CANDIDATES.lastIndex = Math.max(CANDIDATES.lastIndex, marker.end);
    }
  }
  return found;
}

/** Every amount with a currency in a text (the first 64 KB), in order of position. */
export function findAmounts(text: string): FoundAmount[] {
  const s = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const found: FoundAmount[] = [];
  // Where the previous amount's number ended: a number is never read twice.
  let used = 0;
  for (const marker of markers(s)) {
    if (marker.at < used) continue;
    const before = numberBefore(s, marker.at, used);
    let amount: number | undefined;
    let index = marker.at;
    if (before !== undefined) {
      amount = parseLocalNumber(joinGroups(before, true));
      index = marker.at - before.length;
      used = marker.end;
    } else {
      NUMBER_AFTER.lastIndex = marker.end;
      const m = NUMBER_AFTER.exec(s);
      if (m) {
        amount = parseLocalNumber(joinGroups(m[1] as string, false));
        used = marker.end + m[0].length;
      }
    }
    if (amount !== undefined) found.push({ amount, currency: marker.currency, index });
  }
  return found;
}
