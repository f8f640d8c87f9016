/** Dates in the interface language through Intl (6 Oct 2024 / 2024년 10월 6일 / 2024年10月6日). */
import { uiLanguage } from './i18n';

const cache = new Map<string, Intl.DateTimeFormat>();
const format = (options: Intl.DateTimeFormatOptions) => {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(uiLanguage(), options)));
  return f;
};

/** A calendar date (YYYY-MM-DD, or YYYY-MM / YYYY) as the reader writes it; the raw text if it is none. */
export function formatDay(iso: string, month: 'short' | 'long' = 'short'): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const at = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return format({ year: 'numeric', ...(m[2] ? { month } : {}), ...(m[3] ? { day: 'numeric' } : {}), timeZone: 'UTC' }).format(at);
}

/** A moment (ms) in the reader's time zone, to the minute. */
export const formatMoment = (ms: number): string => format({ year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(ms);
