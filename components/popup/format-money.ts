/** An invoice amount as the person reads money in their own language ("1.547,00 €" / "€1,547.00"). */
export function formatMoney(
  amount: number | undefined,
  currency: string | undefined,
  language: string,
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
