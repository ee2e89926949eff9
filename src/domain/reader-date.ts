/**
 * Dates as the reader writes them. A plan's dates are stored as calendar days ("2026-12-05"); on paper they are
 * written in the reader's own format: the browser's language when it is the page's language (an English page read
 * in the US prints "December 5, 2026", in Ireland "5 December 2026"), else the page's own locale.
 */

/** The locale to write dates in: the first browser language that shares the page's language, else the page's. */
export function readerLocale(pageLocale: string, browserLanguages: readonly string[]): string {
  const language = primary(pageLocale);
  const match = browserLanguages.find((tag) => primary(tag) === language && isValidLocale(tag));
  return match ?? pageLocale;
}

/** A calendar day (YYYY-MM-DD) written out in the locale ("5 December 2026"); anything else is returned as it is. */
export function formatPlanDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return day;
  return dayFormat(locale).format(date);
}

/** One formatter per locale: making one is slow (it loads the locale's data), and a plan has many dates. */
const formats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    // A calendar day has no time zone: read and write it in UTC, so it never shifts to the day before.
    const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    // A locale Intl cannot use (an empty lang attribute) falls back to the browser's own.
    format = new Intl.DateTimeFormat(isValidLocale(locale) ? locale : undefined, options);
    formats.set(locale, format);
  }
  return format;
}

function primary(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? '';
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}
