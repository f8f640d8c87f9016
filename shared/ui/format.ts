/**
 * Dates, numbers, years and language names through the platform's Intl, in the reader's
 * locale (DESIGN.md, "Words on screen": never string concatenation). Pure: the locale is
 * passed in, so these run the same in Node's unit tests and in the extension pages.
 */

/** A dataset day (YYYY-MM-DD) as a UTC date, so no time zone moves it by a day. */
const utcDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** "26 Feb 2022" / "Feb 26, 2022" / "2022년 2월 26일" / "2022年2月26日"; the year is left out when `withYear` is false. */
export function formatDay(day: string, locale: string, withYear = true): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
  if (withYear) options.year = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(utcDay(day));
}

export const formatNumber = (n: number, locale: string): string => new Intl.NumberFormat(locale).format(n);

/** The plural category of `n` in the locale ("one", "other", …), for choosing a message key. */
export const pluralCategory = (n: number, locale: string, type: Intl.PluralRuleType = 'cardinal'): Intl.LDMLPluralRule => new Intl.PluralRules(locale, { type }).select(n);

/** Years as compact ranges: [2013, 2015, 2016, 2017] → ["2013", "2015–2017"]. */
export function yearRanges(years: readonly number[]): string[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return out;
}

/** "a, b and c" / "a, b 및 c" / "a、b和c". */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** A language's name in the reader's language ("Korean", "한국어", "韩语"); our code `other` has none. */
export function languageName(code: string, locale: string): string {
  if (code === 'other') return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
