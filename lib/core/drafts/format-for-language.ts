import { calendarDateToUtc } from './calendar-date';

/** Money, dates and rates written the way a reader of the draft's language expects them. */
export interface Formatter {
  /** `1.190,00 €` (de), `€1,190.00` (en), `CHF 2'702.50`; undefined for an unknown currency code. */
  money(amount: number, currency: string): string | undefined;
  /** `2 September 2026` / `2. September 2026`. */
  date(date: string): string;
  /** A deadline with its weekday: `Friday 27 November 2026` / `Freitag, 27. November 2026`. */
  deadline(date: string): string;
  /** `10.27%` / `10,27 %`. */
  percent(value: number): string;
}

// Swiss francs are written the Swiss way in either language; the dollar the way its users write it.
const englishLocaleByCurrency: Record<string, string> = {
  USD: 'en-US',
  CAD: 'en-CA',
  AUD: 'en-AU',
  CHF: 'en-CH',
};
const germanLocaleByCurrency: Record<string, string> = { CHF: 'de-CH' };

export function formatterFor(language: 'en' | 'de', invoiceCurrency?: string): Formatter {
  const localeFor = (currency?: string): string => {
    const code = currency?.toUpperCase() ?? '';
    return language === 'de'
      ? (germanLocaleByCurrency[code] ?? 'de-DE')
      : (englishLocaleByCurrency[code] ?? 'en-GB');
  };
  // Dates follow the invoice's currency too: an American customer reads "November 27, 2026".
  const dateLocale = localeFor(invoiceCurrency === 'CHF' ? undefined : invoiceCurrency);
  const dateOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
  return {
    money(amount, currency) {
      try {
        return new Intl.NumberFormat(localeFor(currency), {
          style: 'currency',
          currency: currency.toUpperCase(),
        }).format(amount);
      } catch {
        return undefined; // Not an ISO 4217 code: the sentence leaves the amount out.
      }
    },
    date: (date) =>
      new Intl.DateTimeFormat(dateLocale, dateOptions).format(calendarDateToUtc(date)),
    deadline: (date) =>
      new Intl.DateTimeFormat(dateLocale, { ...dateOptions, weekday: 'long' }).format(
        calendarDateToUtc(date),
      ),
    percent: (value) =>
      new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', {
        style: 'percent',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(value / 100),
  };
}
