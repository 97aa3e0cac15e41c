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
  /** A whole number with the language's grouping: `1,428` / `1.428`. */
  count(value: number): string;
}

/** The Intl locales a draft language writes with (a language pack's `locale`). */
export interface DraftLocale {
  /** The language's own locale for money, dates and rates: `en-GB`, `de-DE`, `fr-FR`. */
  base: string;
  /** Money in these currencies is written the way their users write it (`CHF` → `de-CH`). */
  moneyByCurrency?: Readonly<Record<string, string>>;
  /** Dates in a draft for an invoice in these currencies (`USD` → `en-US`: "November 27, 2026"). */
  datesByCurrency?: Readonly<Record<string, string>>;
}

/** The formatter of a language's locales, for a draft about an invoice in `invoiceCurrency`. */
export function formatterForLocale(locale: DraftLocale, invoiceCurrency?: string): Formatter {
  const moneyLocale = (currency: string): string =>
    locale.moneyByCurrency?.[currency.toUpperCase()] ?? locale.base;
  const dateLocale = locale.datesByCurrency?.[invoiceCurrency?.toUpperCase() ?? ''] ?? locale.base;
  const dateOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
  return {
    money(amount, currency) {
      try {
        return new Intl.NumberFormat(moneyLocale(currency), {
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
      new Intl.NumberFormat(locale.base, {
        style: 'percent',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(value / 100),
    count: (value) => new Intl.NumberFormat(locale.base).format(Math.round(value)),
  };
}
