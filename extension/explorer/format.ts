/** Dates, numbers and counted phrases in the reader's language, through the platform's Intl (DESIGN.md: never concatenation). */
import { t, uiLanguage } from '../../shared/ui/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(uiLanguage(), { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
};

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** "26 Feb 2022" / "2022년 2월 26일" / "2022年2月26日"; a dataset day (YYYY-MM-DD), never moved by the time zone. */
export function formatDay(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(utc(day)) : day;
}

/** "26 Feb" / "2월 26일" / "2月26日": a day within a year already shown. */
export function formatDayInYear(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? dateFormat({ day: 'numeric', month: 'short' }).format(utc(day)) : day;
}

export const formatNumber = (n: number): string => new Intl.NumberFormat(uiLanguage()).format(n);

/** A counted message: `key_one`, `key_other`… chosen by Intl.PluralRules; the count is $1, formatted. */
export function plural(key: string, n: number, ...more: (string | number)[]): string {
  const category = new Intl.PluralRules(uiLanguage()).select(n);
  const text = t(`${key}_${category}`, formatNumber(n), ...more);
  return text === `${key}_${category}` ? t(`${key}_other`, formatNumber(n), ...more) : text;
}
