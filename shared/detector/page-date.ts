/**
 * The page's date, from everything it offers, most trusted first: JSON-LD, meta tags,
 * <time datetime>, a visible byline or publication line, the story's dateline, the URL,
 * and last a date in the story's opening. Each result says where it came from, and
 * whether it was inferred (completed from another date, or read from prose) rather than
 * published as the page's own date.
 *
 * Datelines without a year ("BEIJING, Sept. 9 (Xinhua) --", "新华社北京5月9日电") are
 * completed from the page's date; a numeric "06/10/2024" is read day first unless the
 * page's locale is American or another date on the page agrees only with month first.
 */
import { completeYear, dayIndex, fullDates, isoOf, isValid, partialDates, urlDate, type DayOrder, type FoundDate, type Ymd } from './dates';

/** Where a date came from, most trusted first. */
export type DateSource = 'jsonld' | 'meta' | 'time' | 'byline' | 'dateline' | 'url' | 'text';

/** A date-bearing string the extractor read, and where. `byline` also covers the document title. */
export interface DateClue {
  source: 'jsonld' | 'meta' | 'time' | 'byline' | 'dateline';
  text: string;
}

export interface PageDate {
  /** YYYY-MM-DD, or null when the page gives no complete date. */
  published: string | null;
  source: DateSource | null;
  /** True when no source states the page's date as such: the date was read from prose. */
  inferred: boolean;
  /**
   * Dates the story's dateline gives for its report, YYYY-MM-DD when the year is known or
   * completed from the page's date, else "--MM-DD" (ISO 8601 for a month and day without a year).
   */
  storyDates: string[];
}

/** Month first only where the page says it is American (en-US) or Filipino (en-PH, fil). */
export function dayOrderOf(lang: string): DayOrder {
  return /^(?:en[-_](?:us|ph)|fil)\b/i.test(lang) ? 'mdy' : 'dmy';
}

/** Machine-readable values: ISO, or a compact 20241006[hhmmss] as some portals' meta tags carry. */
function machineDate(text: string, order: DayOrder): FoundDate | undefined {
  const compact = /^\s*(20\d\d)(\d\d)(\d\d)(?:\d{4,6})?\s*$/.exec(text);
  if (compact) {
    const [y, m, d] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
    if (isValid(y, m, d)) return { y, m, d, index: 0, length: text.length };
  }
  return fullDates(text, { order })[0];
}

/** The day of an ambiguous numeric date that another date on the page agrees with. */
function disambiguate(found: FoundDate, cues: { m: number; d: number }[]): Ymd {
  const first = { y: found.y!, m: found.m, d: found.d };
  if (!found.alt) return first;
  const agrees = (x: Ymd) => cues.some((c) => c.m === x.m && Math.abs(c.d - x.d) <= 2);
  return !agrees(first) && agrees(found.alt) ? found.alt : first;
}

const ORDER: DateClue['source'][] = ['jsonld', 'meta', 'time', 'byline'];

export function pageDate(url: string, lang: string, clues: readonly DateClue[], storyOpening: string): PageDate {
  const order = dayOrderOf(lang);
  const datelines = clues.filter((c) => c.source === 'dateline').map((c) => c.text);
  const fromUrl = urlDate(url);
  // Month–day pairs stated elsewhere on the page: what an ambiguous 06/10/2024 must agree with.
  const cues = [
    ...datelines.flatMap((t) => partialDates(t)),
    ...datelines.flatMap((t) => fullDates(t)),
    ...(fromUrl ? [fromUrl] : []),
  ];

  let published: Ymd | null = null;
  let source: DateSource | null = null;
  for (const kind of ORDER) {
    for (const clue of clues.filter((c) => c.source === kind)) {
      const found = kind === 'byline' ? fullDates(clue.text, { order, byline: true })[0] : machineDate(clue.text, order);
      if (found) {
        published = disambiguate(found, cues);
        source = kind;
        break;
      }
    }
    if (published) break;
  }
  const datelineFull = datelines.map((t) => fullDates(t, { order })[0]).find((f) => f !== undefined);
  if (!published && datelineFull) [published, source] = [disambiguate(datelineFull, cues), 'dateline'];
  if (!published && fromUrl) [published, source] = [fromUrl, 'url'];
  // A byline with only month and day ("12-07 15:37"), completed by a year stated nowhere else: none.
  const opening = fullDates(storyOpening.slice(0, 600), { order })[0];
  if (!published && opening) [published, source] = [disambiguate(opening, cues), 'text'];

  const storyDates = new Set<string>();
  for (const text of datelines) {
    for (const f of fullDates(text, { order })) storyDates.add(isoOf(disambiguate(f, cues)));
    for (const p of partialDates(text)) {
      const completed = published ? completeYear(p, published) : null;
      storyDates.add(completed ? isoOf(completed) : `--${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`);
    }
  }
  // A year-less byline date ("12-07 15:37:47") agreeing with the URL's month and day confirms it; nothing more to add.
  return {
    published: published ? isoOf(published) : null,
    source,
    inferred: source === 'text',
    storyDates: [...storyDates].filter((d) => !published || d.startsWith('--') || Math.abs(dayIndex(parseYmd(d)) - dayIndex(published)) <= 400).slice(0, 8),
  };
}

const parseYmd = (iso: string): Ymd => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
};
