/** Amounts and dates in the sidebar's own language (the browser's), not the thread's. */
export function formatAmount(locale: string, amount: number, currency = 'EUR'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/** A YYYY-MM-DD calendar date as the locale writes it ("19 Oct 2026", "19.10.2026"). */
export function formatCalendarDate(locale: string, date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Date(y, m - 1, d).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
