/**
 * What an on-topic article says about its exchange, read once and compared with every
 * candidate by resolve.ts: the dates it gives (page date, dateline, dates and days named
 * in the sentences that report the exchange), occasion words, anniversary ordinals and
 * congress numbers in any of the three languages, the kind of message, who sent it, and
 * its text in a loose form for matching quoted phrases whatever the quotation marks.
 */
import type { ArticleFacts } from './article';
import { completeYear, dayIndex, dayMentions, fullDates, parseIso, partialDates, resolveDayWord, type Ymd } from './dates';
import type { Sender } from './direction';
import type { Occasion } from '../dataset/schema';
import { countMatches, firstIndex, hasMatch, normalize, sentences } from './text';
import type { TopicSignals } from './topic';
import { CARD, CONDOLENCE, CONGRATULATION, EXCHANGE, LETTER, MEETING, OCCASION_WORDS, ORDINAL, RECOLLECTION, REPLY, THANKS, VERBAL } from './vocabulary';

/** Letters and digits only: quoted phrases match whatever quotation marks, spaces or punctuation surround them. */
export const loose = (normalized: string): string => normalized.replace(/[^\p{L}\p{N}]+/gu, '');

const HAN_NUMERAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 七 → 7, 十九 → 19, 二十 → 20, 八十 → 80. */
function hanOrdinal(s: string): number {
  if (!s.includes('十')) return HAN_NUMERAL[s] ?? NaN;
  const [tens, ones] = s.split('十');
  return (tens ? (HAN_NUMERAL[tens] ?? NaN) : 1) * 10 + (ones ? (HAN_NUMERAL[ones] ?? NaN) : 0);
}
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * Anniversary ordinals and congress numbers: "75th", "75주년", "75돌/돐", "75周年", "七十五周年",
 * "第七次代表大会", "十九大", "8차 당대회", "제8차", "Seventh Congress".
 */
export function ordinalsIn(text: string): Set<string> {
  const found = new Set<string>();
  // "First" (session, time, visit) is everywhere and names nothing; a plenary session's number neither.
  const add = (n: number) => Number.isFinite(n) && n > 1 && n < 200 && found.add(String(n));
  for (const re of ORDINAL) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A day of the month is no anniversary: "on the 30th", "September 9th", "the 2nd of October".
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (/(?:\bon the|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s$/.test(before) || /^ of (?:(?:last|this|next) month|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(after)) continue;
      if (m[1]) add(Number(m[1]));
    }
  }
  for (const m of text.matchAll(/(\d{1,3})\s?돐|제?(\d{1,2})\s?차\s?(?:당\s?)?(?:대회|당대회)|第(\d{1,3})次(?!全体|全会|会议)/g)) add(Number(m[1] ?? m[2] ?? m[3]));
  // 十九大, 二十大, 劳动党七大 (a party congress), 七十五周年, 十四届 (an NPC term), 第七次
  for (const m of text.matchAll(/第([一二三四五六七八九十]{1,3})次(?!全体|全会|会议)|([一二三四五六七八九十]{1,3})(?:周年|届)|(?:党|党的|中共|劳动党)([一二三四五六七八九十]{1,3})大|(?<![一二三四五六七八九十])([十二][一二三四五六七八九十]{1,2})大(?![会学使国陆家])/g)) {
    add(hanOrdinal(m[1] ?? m[2] ?? m[3] ?? m[4]!));
  }
  // 建党百年, 百年华诞, 一百周年: a centenary (not 百年未有之大变局, "changes unseen in a century").
  if (/(?:建党|成立|诞辰|创建|建军)百年|百年华诞|一?百周年/.test(text)) add(100);
  // "marking 80 years since the end of World War II": an 80th anniversary.
  for (const m of text.matchAll(/(?<!\d)(\d{1,3}) years (?:since|after) /g)) add(Number(m[1]));
  for (const m of text.matchAll(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:party )?(?:congress|plenum|plenary)/g)) add(EN_ORDINALS.indexOf(m[1]!) + 1);
  return found;
}

/** Dates an article gives for its exchange, as day numbers, month–days or bare days of the month. */
export interface DateCues {
  /** The page's own date (day number), or null. */
  published: number | null;
  /** Complete dates stated for the report or the sending (dateline, "on Sept. 14", "15日回电"). */
  exact: number[];
  /** "MM-DD" without a year (a yearless dateline on an undated page). */
  monthDays: string[];
  /** Bare days of the month ("22일", "15日") on a page with no date to resolve them against. */
  days: number[];
  /** On an undated page, the latest year it names: the story is not older. */
  latestYear: number | null;
}

export interface ArticleCues {
  headline: string;
  /** Words the headline puts in quotation marks (loose form): usually the exchange's key phrase. */
  headlineQuotes: string[];
  looseHeadline: string;
  opening: string;
  /** Opening and body in loose form, for quoted phrases. */
  looseText: string;
  occasions: Map<Occasion, number>;
  headlineOccasions: Set<Occasion>;
  ordinals: Set<string>;
  reply: boolean;
  congratulation: boolean;
  letter: boolean;
  verbal: boolean;
  card: boolean;
  condolence: boolean;
  thanks: boolean;
  meeting: boolean;
  sender: Sender | null;
  dates: DateCues;
}

const md = (x: { m: number; d: number }) => `${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;

function dateCues(article: ArticleFacts, evidence: string[], latestDatasetYear: number): DateCues {
  const published = article.published ? parseIso(article.published) : null;
  const exact = new Set<number>();
  const monthDays = new Set<string>();
  const days = new Set<number>();
  for (const d of article.storyDates ?? []) {
    if (d.startsWith('--')) monthDays.add(d.slice(2));
    else exact.add(dayIndex(parseIso(d)));
  }
  // The sentences that state the story: "On Sept. 14 Kim replied", "15日回电", "지난 21일 자 답전"
  // (further down, a date is as likely another exchange's, recalled).
  const told = evidence.slice(0, 2).join('\n');
  for (const f of fullDates(told)) exact.add(dayIndex(f as Ymd));
  for (const p of partialDates(told)) {
    const completed = published ? completeYear(p, published) : null;
    if (completed) exact.add(dayIndex(completed));
    else monthDays.add(md(p));
  }
  for (const word of dayMentions(told)) {
    if (published) exact.add(dayIndex(resolveDayWord(word, published)));
    else if (word.kind === 'day') days.add(word.day);
  }
  let latestYear: number | null = null;
  if (!published) {
    // Years the story names, up to the dataset's last year plus one: later ones are plans ("by 2030").
    for (const m of `${article.headline}\n${article.text.slice(0, 20_000)}`.matchAll(/(?<!\d)(20[0-4]\d)(?:년|年|\b)/g)) {
      const y = Number(m[1]);
      if (y <= latestDatasetYear + 1 && (latestYear === null || y > latestYear)) latestYear = y;
    }
  }
  return { published: published ? dayIndex(published) : null, exact: [...exact], monthDays: [...monthDays], days: [...days], latestYear };
}

/** A sentence where thanks come before the congratulation they are for. */
function thanksForCongratulation(text: string): boolean {
  return text.split('\n').some((s) => {
    const thanks = firstIndex(THANKS, s);
    const congratulation = firstIndex(CONGRATULATION, s);
    return thanks >= 0 && congratulation > thanks;
  });
}

/**
 * The headline and the opening without the sentences that recall other exchanges ("the two
 * leaders last met in Pyongyang in 2019", "当时…"): their occasion words and terms belong to
 * those, not to the story. The sentence that states the story is always kept.
 */
function currentOpening(headline: string, lead: string, main: string): string {
  const kept = sentences(lead).filter((s) => !hasMatch(RECOLLECTION, s) || main.includes(s));
  return `${headline}\n${kept.join('\n')}`;
}

export function cuesOf(article: ArticleFacts, topic: TopicSignals, latestDatasetYear: number): ArticleCues {
  const headline = normalize(article.headline);
  const opening = currentOpening(headline, normalize(article.lead), topic.evidence[0] ?? headline);
  const occasions = new Map<Occasion, number>();
  const headlineOccasions = new Set<Occasion>();
  for (const [occasion, re] of Object.entries(OCCASION_WORDS) as [Occasion, RegExp][]) {
    const n = countMatches(re, opening, 10);
    if (n > 0) occasions.set(occasion, n);
    if (hasMatch(re, headline)) headlineOccasions.add(occasion);
  }
  // The kind is what the headline and the story's first statements say was sent; a message
  // mentioned further down (an envoy's greetings in a round-up) is another exchange.
  const focus = `${headline}\n${topic.evidence.slice(0, 2).join('\n')}`;
  // A headline quote often splices fragments with an ellipsis ("각별한 친선의 정…친선협조 더욱 강화"): each counts.
  const headlineQuotes = [...headline.matchAll(/["'‘“「『]([^"'’”」』]{6,80})["'’”」』]/g)]
    .flatMap((m) => m[1]!.split(/…|\.{3}/))
    .map(loose)
    .filter((q) => q.length >= 5);
  return {
    headline,
    headlineQuotes,
    looseHeadline: loose(headline),
    opening,
    looseText: loose(`${opening}\n${normalize(article.text.slice(0, 30_000))}`),
    occasions,
    headlineOccasions,
    ordinals: ordinalsIn(opening),
    // "Thanked Kim for his congratulations", "感谢金正恩祝贺": an answer to a congratulation, not one.
    reply: hasMatch(REPLY, focus) || thanksForCongratulation(focus),
    // The story's main sentence says "congratulated": a congratulation rather than a verbal message or letter.
    congratulation: hasMatch(CONGRATULATION, `${headline}\n${topic.evidence[0] ?? ''}`) && !thanksForCongratulation(`${headline}\n${topic.evidence[0] ?? ''}`),
    letter: hasMatch(LETTER, headline),
    verbal: hasMatch(VERBAL, focus),
    card: hasMatch(CARD, focus),
    condolence: hasMatch(CONDOLENCE, focus),
    thanks: hasMatch(THANKS, headline),
    // A headline with a meeting and a message ("Xi receives envoy who carries Kim's letter") reports the message.
    meeting: topic.meeting || (hasMatch(MEETING, headline) && !hasMatch(EXCHANGE, headline)),
    sender: topic.sender,
    dates: dateCues(article, topic.evidence, latestDatasetYear),
  };
}
