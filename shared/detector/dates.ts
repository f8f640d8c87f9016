/**
 * Date shapes of news pages in English, Korean and Chinese, as pure parsers. A page states
 * its date in many ways: ISO in metadata, "October 6, 2024" or "6 Oct 2024" in a byline,
 * "2024. 9. 22." on Korean portals, "2024年10月6日", "주체109(2020)년 5월 10일" on a North
 * Korean masthead, "06/10/2024" (day first almost everywhere, month first in the United
 * States), an agency dateline without the year ("BEIJING, Sept. 9 (Xinhua) --",
 * "新华社北京5月9日电"), and in the story only a day ("15日", "지난 21일") or a weekday.
 *
 * `fullDates` finds complete dates; `partialDates` month–day pairs without a year;
 * `dayMentions` bare days and weekdays. page-date.ts decides which of them is the page's date.
 */

/** A calendar date as numbers (month 1–12). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** A date found in text, with where it starts. `y` is absent for a month–day without a year. */
export interface FoundDate {
  y?: number;
  m: number;
  d: number;
  index: number;
  /** Length of the matched text. */
  length: number;
  /** Numeric day/month with both ≤ 12 ("06/10/2024"): read day first; the other reading in `alt`. */
  alt?: Ymd;
}

export type DayOrder = 'dmy' | 'mdy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "Sept." and "Sept" as well as full names; a month name must not run into other letters ("marching").
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3)) + 1;
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';

const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 三十一 as a number ("十月" 10, "二十一日" 21); NaN when not a Chinese numeral. */
export function hanNumber(s: string): number {
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    return (tens ? (HAN_DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (HAN_DIGITS[ones] ?? NaN) : 0);
  }
  return [...s].reduce((n, c) => n * 10 + (HAN_DIGITS[c] ?? NaN), 0);
}

export function isValid(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoOf = ({ y, m, d }: Ymd): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function parseIso(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

const DAY_MS = 86_400_000;
export const dayIndex = ({ y, m, d }: Ymd): number => Date.UTC(y, m - 1, d) / DAY_MS;
export const fromDayIndex = (n: number): Ymd => {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};

interface Shape {
  re: RegExp;
  read(m: RegExpExecArray, order: DayOrder): Omit<FoundDate, 'index' | 'length'> | null;
}

const num = (s: string | undefined) => Number(s);

/** Numeric day and month in either order: day first unless the page's locale says month first, or a part is > 12. */
function dayMonth(a: number, b: number, y: number, order: DayOrder): Omit<FoundDate, 'index' | 'length'> | null {
  if (a > 12 && b <= 12) return { y, m: b, d: a };
  if (b > 12 && a <= 12) return { y, m: a, d: b };
  if (a > 12 || b > 12) return null;
  const dmy = { y, m: b, d: a };
  const mdy = { y, m: a, d: b };
  if (a === b) return dmy;
  return order === 'mdy' ? { ...mdy, alt: dmy } : { ...dmy, alt: mdy };
}

const FULL_SHAPES: Shape[] = [
  // 2024-10-06, 2024/10/06, 2024.10.06, "2024. 9. 22." (Korean portals), 2024-10-06T09:44
  { re: new RegExp(`(?<![\\d.])${YEAR}\\s?([-/.])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{1,2})(?!\\d)`, 'g'), read: (m) => ({ y: num(m[1]), m: num(m[3]), d: num(m[4]) }) },
  // 2024년 10월 6일, 2024年10月6日, 주체109(2020)년 5월 10일
  { re: new RegExp(`${YEAR}\\)?\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})(?!\\d)`, 'g'), read: (m) => ({ y: num(m[1]), m: num(m[2]), d: num(m[3]) }) },
  // 二〇二四年十月六日
  { re: /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]/g, read: (m) => ({ y: hanNumber(m[1]!), m: hanNumber(m[2]!), d: hanNumber(m[3]!) }) },
  // October 6, 2024; Oct. 6th 2024
  { re: new RegExp(`\\b${MONTH}\\s{0,2}(\\d{1,2})${ORD},?\\s{1,2}${YEAR}(?!\\d)`, 'g'), read: (m) => ({ y: num(m[3]), m: monthOf(m[1]!), d: num(m[2]) }) },
  // 6 Oct 2024; 6th of October, 2024; Thursday, 26 April, 2018
  { re: new RegExp(`(?<!\\d)(\\d{1,2})${ORD}(?:\\s+of)?[\\s-]{1,2}${MONTH},?[\\s-]{1,2}${YEAR}(?!\\d)`, 'g'), read: (m) => ({ y: num(m[3]), m: monthOf(m[2]!), d: num(m[1]) }) },
  // 06/10/2024, 6.10.2024, 06-10-2024
  { re: new RegExp(`(?<![\\d./-])(\\d{1,2})([/.-])(\\d{1,2})\\2${YEAR}(?!\\d)`, 'g'), read: (m, order) => dayMonth(num(m[1]), num(m[3]), num(m[4]), order) },
];

/** "19 Jul 21": a two-digit year, only trusted in a byline or title (in prose "21" is rarely a year). */
const SHORT_YEAR: Shape = {
  re: new RegExp(`(?<!\\d)(\\d{1,2})\\s${MONTH}\\s(\\d\\d)(?![\\d:])`, 'g'),
  read: (m) => ({ y: 2000 + num(m[3]), m: monthOf(m[2]!), d: num(m[1]) }),
};

const PARTIAL_SHAPES: Shape[] = [
  // Sept. 9, September 16, July 11th (not followed by a year: those are full dates)
  { re: new RegExp(`\\b${MONTH}\\s{0,2}(\\d{1,2})${ORD}(?![\\d:])(?!,?\\s{1,2}(?:19|20)\\d\\d)`, 'g'), read: (m) => ({ m: monthOf(m[1]!), d: num(m[2]) }) },
  // 14 March, 6th of October
  { re: new RegExp(`(?<![\\d.])(\\d{1,2})${ORD}(?:\\s+of)?\\s${MONTH}(?!,?\\s{1,2}(?:19|20)?\\d\\d)`, 'g'), read: (m) => ({ m: monthOf(m[2]!), d: num(m[1]) }) },
  // 5月9日, 10월 6일, 6月20日至21日 (the first day)
  { re: /(?<![\d年년)])(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日号일]/g, read: (m) => ({ m: num(m[1]), d: num(m[2]) }) },
  // 十月八日
  { re: /(?<![〇零一二三四五六七八九十年])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号]/g, read: (m) => ({ m: hanNumber(m[1]!), d: hanNumber(m[2]!) }) },
];

/** A month–day in a byline, with a clock time or weekday after it: "12-07 15:37:47". */
const BYLINE_PARTIAL: Shape = { re: /(?<![\d.:/-])(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d\d/g, read: (m) => ({ m: num(m[1]), d: num(m[2]) }) };

function scan(text: string, shapes: Shape[], order: DayOrder): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const shape of shapes) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(text); m; m = shape.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const date = shape.read(m, order);
      if (!date || !isValid(date.y ?? 2024, date.m, date.d)) continue;
      if (date.y !== undefined && (date.y < 1990 || date.y > 2099)) continue;
      taken.push([start, end]);
      found.push({ ...date, index: start, length: end - start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface ScanOptions {
  order?: DayOrder;
  /** A byline or title: two-digit years and "MM-DD hh:mm" are dates there. */
  byline?: boolean;
}

/** Every complete date in the text, in reading order. */
export function fullDates(text: string, options: ScanOptions = {}): FoundDate[] {
  const shapes = options.byline ? [...FULL_SHAPES, SHORT_YEAR] : FULL_SHAPES;
  return scan(text.toLowerCase(), shapes, options.order ?? 'dmy').filter((f) => f.y !== undefined);
}

/** Month–day pairs without a year (a dateline, "on Sept. 14", "6月20日"), where no complete date covers them. */
export function partialDates(text: string, options: ScanOptions = {}): FoundDate[] {
  const lower = text.toLowerCase();
  const full = scan(lower, options.byline ? [...FULL_SHAPES, SHORT_YEAR] : FULL_SHAPES, options.order ?? 'dmy');
  const shapes = options.byline ? [...PARTIAL_SHAPES, BYLINE_PARTIAL] : PARTIAL_SHAPES;
  const covered = (i: number) => full.some((f) => Math.abs(f.index - i) < 14);
  return scan(lower, shapes, options.order ?? 'dmy').filter((p) => !covered(p.index));
}

/** The first complete date in the text as YYYY-MM-DD, or null (kept for callers that want one date). */
export function toIsoDate(raw: string, options: ScanOptions = {}): string | null {
  const first = fullDates(raw, options)[0];
  return first ? isoOf(first as Ymd) : null;
}

export type DayWord = { kind: 'day'; day: number; index: number } | { kind: 'weekday'; weekday: number; index: number } | { kind: 'offset'; days: number; index: number };

const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS_KO = '일월화수목금토';
const WEEKDAYS_ZH = '日一二三四五六';

const DAY_WORD_SHAPES: [RegExp, (m: RegExpExecArray) => DayWord | null][] = [
  // Korean "22일", "지난 15일", "오늘(23일)" but not "10월 6일" (a month–day) or "1일 1회"
  [/(?<!월\s?)(?<![\d.])(\d{1,2})\s?일/g, (m) => ({ kind: 'day', day: num(m[1]), index: m.index })],
  // Chinese "15日回电", "9日" but not "5月9日" or "日本"
  [/(?<![\d月])(\d{1,2})\s?日(?!本|报|元|圆|韩|美|俄)/g, (m) => ({ kind: 'day', day: num(m[1]), index: m.index })],
  // "on the 30th", "on the 2nd"
  [/\bon the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:anniversary|congress|plenary|session|birthday|century))/g, (m) => ({ kind: 'day', day: num(m[1]), index: m.index })],
  [/\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g, (m) => ({ kind: 'weekday', weekday: WEEKDAYS_EN.indexOf(m[1]!), index: m.index })],
  [/([일월화수목금토])요일/g, (m) => ({ kind: 'weekday', weekday: WEEKDAYS_KO.indexOf(m[1]!), index: m.index })],
  [/(?:星期|周|週|礼拜)([日天一二三四五六])/g, (m) => ({ kind: 'weekday', weekday: m[1] === '天' ? 0 : WEEKDAYS_ZH.indexOf(m[1]!), index: m.index })],
  [/\byesterday\b|어제|昨日|昨天|전날/g, (m) => ({ kind: 'offset', days: -1, index: m.index })],
  [/\btoday\b|오늘|今日|今天/g, (m) => ({ kind: 'offset', days: 0, index: m.index })],
];

/** Bare days of the month, weekdays and "yesterday"/"today" words, in reading order. */
export function dayMentions(text: string): DayWord[] {
  const lower = text.toLowerCase();
  const found: DayWord[] = [];
  for (const [re, read] of DAY_WORD_SHAPES) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const word = read(m);
      if (word && (word.kind !== 'day' || (word.day >= 1 && word.day <= 31))) found.push(word);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The date a relative word points to, seen from `reference` (the page's date): a bare day
 * is the latest such day on or before it (last month's when the day is later), a weekday
 * the latest such weekday on or before it, "yesterday" the day before.
 */
export function resolveDayWord(word: DayWord, reference: Ymd): Ymd {
  const ref = dayIndex(reference);
  if (word.kind === 'offset') return fromDayIndex(ref + word.days);
  if (word.kind === 'weekday') {
    const refWeekday = new Date(ref * DAY_MS).getUTCDay();
    return fromDayIndex(ref - ((refWeekday - word.weekday + 7) % 7));
  }
  if (word.day <= reference.d) return { ...reference, d: word.day };
  const prev = reference.m === 1 ? { y: reference.y - 1, m: 12 } : { y: reference.y, m: reference.m - 1 };
  return isValid(prev.y, prev.m, word.day) ? { ...prev, d: word.day } : fromDayIndex(ref - 30);
}

/**
 * The year of a month–day without one (a dateline), from a dated reference on the same
 * page: the latest such day on or before the reference, allowing two days for time zones
 * and a dateline that runs ahead of the page's own stamp.
 */
export function completeYear(partial: { m: number; d: number }, reference: Ymd): Ymd | null {
  for (const y of [reference.y + 1, reference.y, reference.y - 1]) {
    if (!isValid(y, partial.m, partial.d)) continue;
    if (dayIndex({ y, m: partial.m, d: partial.d }) <= dayIndex(reference) + 2) return { y, m: partial.m, d: partial.d };
  }
  return null;
}

/** "/2024/10/06/", "/2024-10-06-", "20241006" in an id, "/201605/t20160510_", "/2024-10/08/". */
export function urlDate(url: string): Ymd | null {
  let path = url;
  try {
    const u = new URL(url);
    path = `${u.pathname}${u.search}`;
  } catch {
    // Not a URL: read it as it is.
  }
  const shapes = [
    /(?<!\d)(20\d\d)[/-](\d\d)[/-](\d\d)(?!\d)/,
    /(?<!\d)(20\d\d)-(\d\d)\/(\d\d)(?!\d)/,
    /\/(20\d\d)\/(\d\d)(\d\d)(?!\d)/,
    // Compact YYYYMMDD, alone or at the start of a longer numeric id (Korean portals: 202603101402001).
    /(?<![\d])(20\d\d)(\d\d)(\d\d)(?:\d{0,10})(?![\d])/,
  ];
  for (const re of shapes) {
    const m = re.exec(path);
    if (m && isValid(num(m[1]), num(m[2]), num(m[3]))) return { y: num(m[1]), m: num(m[2]), d: num(m[3]) };
  }
  return null;
}
