/**
 * Reads money amounts written in local formats: `1.190,00 €`, `€1,190.00`, `1 190,00 €` (also
 * with a (narrow) no-break space), `CHF 2'500.00`, `£450`, `$3,200`, `EUR 1.190,00`,
 * `1.190,00 EUR`. Only numbers next to a currency sign or code count: "19 %" and phone numbers
 * are not amounts. Patterns are bounded (at most 20 characters per number), so a line is read
 * in linear time whatever it contains.
 */

export interface FoundAmount {
  amount: number;
  /** ISO 4217 */
  currency: string;
  index: number;
}

const CODES = 'EUROS|EURO|EUR|GBP|USD|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK';
const NUM = "\\d[\\d.,'’\\u00a0\\u202f ]{0,18}";
const BEFORE = new RegExp(`(?:(?<!\\p{L})(${CODES}|US\\$|SFr\\.|Fr\\.)|([€£$]))\\s{0,2}(${NUM})`, 'giu');
const AFTER = new RegExp(`(${NUM})\\s{0,2}(?:([€£$])|(${CODES})(?!\\p{L}))`, 'giu');
const SPACES = /[\s\u00a0\u202f]+/;

const SIGNS: Record<string, string> = { '€': 'EUR', '£': 'GBP', $: 'USD', US$: 'USD', SFR: 'CHF', FR: 'CHF', EURO: 'EUR', EUROS: 'EUR' };

function currencyOf(token: string): string {
  const upper = token.toUpperCase().replace(/\.$/, '');
  return SIGNS[upper] ?? upper;
}

/** Joins space-separated digit groups that belong to one number ("1 190,00"). */
function joinGroups(raw: string, currencyAfter: boolean): string {
  const groups = raw.trim().split(SPACES).filter((g) => g.length > 0);
  if (groups.length <= 1) return groups[0] ?? '';
  if (currencyAfter) {
    let i = groups.length - 1;
    while (i > 0 && /^\d{3}(?!\d)/.test(groups[i] as string) && /^\d{1,3}$/.test(groups[i - 1] as string)) i--;
    return groups.slice(i).join('');
  }
  let j = 1;
  while (j < groups.length && /^\d{1,3}$/.test(groups[j - 1] as string) && /^\d{3}(?:[.,]\d{1,2})?$/.test(groups[j] as string)) j++;
  return groups.slice(0, j).join('');
}

/** "1.190,00" -> 1190, "1,190.00" -> 1190, "2'500.00" -> 2500, "450" -> 450. */
export function parseLocalNumber(raw: string): number | undefined {
  const s = raw.replace(/['’]/g, '').replace(/[.,]+$/, '');
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
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

/** Every amount with a currency in one line (cut to 2,000 characters). */
export function findAmounts(line: string): FoundAmount[] {
  const s = line.length > 2000 ? line.slice(0, 2000) : line;
  if (!/\d/.test(s)) return [];
  const found: FoundAmount[] = [];
  const taken: [number, number][] = [];
  BEFORE.lastIndex = 0;
  for (let m = BEFORE.exec(s); m !== null; m = BEFORE.exec(s)) {
    const amount = parseLocalNumber(joinGroups(m[3] as string, false));
    if (amount !== undefined) {
      found.push({ amount, currency: currencyOf((m[1] ?? m[2]) as string), index: m.index });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  AFTER.lastIndex = 0;
  for (let m = AFTER.exec(s); m !== null; m = AFTER.exec(s)) {
    const start = m.index;
    if (taken.some(([a, b]) => start < b && start + m[0].length > a)) continue;
    const amount = parseLocalNumber(joinGroups(m[1] as string, true));
    if (amount !== undefined) found.push({ amount, currency: currencyOf((m[2] ?? m[3]) as string), index: m.index });
  }
  return found;
}
