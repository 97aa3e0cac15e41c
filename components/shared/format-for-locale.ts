/**
 * Money and calendar days in the reader's own language (the browser's), not the thread's. One
 * module for the sidebar, the popup and the CSV; the language always comes first.
 */

/** An amount as the person reads money ("1.547,00 €" / "€1,547.00"); '' when there is none. */
export function formatMoney(
  language: string,
  amount: number | undefined,
  currency: string | undefined = 'EUR',
): string {
  if (amount === undefined) return '';
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency: currency || 'EUR',
    }).format(amount);
  } catch {
    // An unknown currency code from a hostile or odd mail: show the bare figure and the code.
    return `${new Intl.NumberFormat(language, { minimumFractionDigits: 2 }).format(amount)} ${currency ?? ''}`.trim();
  }
}

/** A plain figure with a fixed number of decimals as the person writes numbers ("12.5" / "12,5"). */
export function formatNumber(language: string, value: number, decimals: number): string {
  const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  try {
    return new Intl.NumberFormat(language, options).format(value);
  } catch {
    return value.toFixed(decimals);
  }
}

/** A calendar day (YYYY-MM-DD, a longer ISO string is cut) as the person writes dates ("23 Dec 2026" / "23.12.2026"). */
export function formatDay(language: string, day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  // Noon UTC, shown in UTC: the same calendar day in every time zone.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return day;
  }
}
