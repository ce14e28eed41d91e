/**
 * How a date is written. Plan days are calendar days, so every style formats in UTC (a day never
 * shifts by the reader's time zone).
 */
export type DateStyle =
  /** "Nov 9, 2026" */
  | 'day'
  /** "November 9, 2026" */
  | 'long-day'
  /** "November 2026" */
  | 'month'
  /** "Nov 2026" (long chart axes) */
  | 'short-month'
  /** "Nov 9" (chart ticks) */
  | 'tick';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'medium', timeZone: 'UTC' },
  'long-day': { dateStyle: 'long', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  'short-month': { month: 'short', year: 'numeric', timeZone: 'UTC' },
  tick: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Formatted texts by locale, style and value: a long plan shows the same few hundred days on every render. */
const texts = new Map<string, string>();

/**
 * A date or day (`2026-11-09`, an ISO moment, or epoch milliseconds) in `locale`. Text that is not
 * a date is returned as given (a host may store anything in a free-text date).
 */
export function formatDate(value: string | number, locale: string, style: DateStyle = 'day'): string {
  const key = `${locale} ${style} ${value}`;
  const known = texts.get(key);
  if (known !== undefined) return known;
  const time = typeof value === 'number' ? value : Date.parse(DAY.test(value) ? `${value}T00:00:00Z` : value);
  const formatterKey = `${locale} ${style}`;
  let formatter = formatters.get(formatterKey);
  if (!formatter) formatters.set(formatterKey, (formatter = new Intl.DateTimeFormat(locale, OPTIONS[style])));
  const text = Number.isNaN(time) ? String(value) : formatter.format(time);
  if (texts.size > 10_000) texts.clear();
  texts.set(key, text);
  return text;
}

/** Formats dates in the host's current locale (the provider's `locale`). */
export class DateFormatController {
  readonly #locale: () => string;

  /** `locale` reads the host's current locale (it changes with the provider's). */
  constructor(locale: () => string) {
    this.#locale = locale;
  }

  /** `value` in the host's locale; empty for no value. */
  format(value: string | number | undefined, style: DateStyle = 'day'): string {
    return value === undefined || value === '' ? '' : formatDate(value, this.#locale(), style);
  }
}
