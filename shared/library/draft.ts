/**
 * The detector's reading of an article as a draft exchange: report date, sent date if the
 * story states one, direction, kind, occasion and anniversary ordinal, and the article as the
 * first source. Pure; the background prefills the sidebar's "Add this exchange" form with it,
 * and `npm run dataset:draft` prints it for a maintainer. The reader corrects what is wrong.
 */
import type { Coverage, Direction, Kind, Occasion } from '../dataset/schema';
import type { ArticleFacts } from '../detector/article';
import { countMatches, hasMatch, normalize } from '../detector/text';
import { decideTopic, type TopicSignals } from '../detector/topic';
import { CARD, CONDOLENCE, CONGRATULATION, LETTER, MEETING, OCCASION_WORDS, ORDINAL, REPLY, THANKS, VERBAL } from '../detector/vocabulary';
import { quotedPhrases } from './quoted-phrases';
import { datasetLanguage, localDay } from './sources';

export interface ExchangeDraft {
  /** When the article reports it: the page's date, or today when the page gives none. */
  date: string;
  sentDate?: string;
  kind: Kind;
  direction: Direction;
  occasion: Occasion;
  anniversary?: number;
  /** The article as the exchange's first source. */
  source: Coverage;
  /** Whether the detector reads the article as a Xi–Kim exchange at all (a maintainer's check). */
  onTopic: boolean;
}

/** Occasions that come back every year, so an ordinal ("79th") is their anniversary. */
const ANNIVERSARIES: readonly Occasion[] = ['prc-founding', 'dprk-founding', 'wpk-founding', 'cpc-founding', 'diplomatic-ties', 'treaty', 'armistice', 'cpv'];

/** The article as an outlet's story: outlet, headline, date, address, language and the phrases it quotes. */
export function coverageFromArticle(article: ArticleFacts, sender: 'xi' | 'kim' | 'both' | null, today = localDay()): Coverage {
  let host = '';
  try {
    host = new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    // An address that does not parse is refused by the validator; the outlet stays empty for the reader to fill.
  }
  return {
    outlet: article.outlet.trim() || host,
    url: article.url,
    date: article.published ?? today,
    headline: article.headline.trim(),
    language: datasetLanguage(article.lang),
    phrases: quotedPhrases(article.headline, article.text, sender),
    origin: 'reader',
  };
}

function kindOf(headline: string, focus: string, topic: TopicSignals, occasion: Occasion): Kind {
  if (topic.meeting || (hasMatch(MEETING, headline) && !/message|letter|축전|친서|贺电|口信/.test(headline))) return 'meeting';
  if (hasMatch(REPLY, focus)) return 'reply';
  if (hasMatch(CARD, focus)) return 'greeting-card';
  if (hasMatch(VERBAL, focus)) return 'verbal-message';
  if (hasMatch(CONDOLENCE, focus)) return occasion === 'disaster' ? 'sympathy' : 'condolence';
  if (hasMatch(THANKS, headline)) return 'thanks';
  if (hasMatch(CONGRATULATION, focus)) return 'congratulation';
  if (hasMatch(LETTER, headline)) return 'letter';
  return 'message';
}

const ELECTION = /elect|선출|추대|당선|当选|连任|選/;
/** An anniversary ordinal ("74th anniversary", "74주년", "74周年") and the words right after it. */
const ANNIVERSARY_PHRASE = /(?:\d{1,3}(?:st|nd|rd|th) anniversary|\d{1,3}\s?(?:주년|돌|周年))[^.。\n]{0,60}/g;

/**
 * The occasion the opening names, by weight: the words right after an anniversary ordinal
 * ("the 74th anniversary of the founding of the DPRK") most, the headline next, then how
 * often. Congress and election words count only where the story speaks of an election:
 * leaders' titles ("General Secretary", "President of the State Affairs") use them too.
 */
function occasionOf(headline: string, opening: string, kind: Kind): Occasion {
  const anniversaries = [...opening.matchAll(ANNIVERSARY_PHRASE)].map((m) => m[0]).join('\n');
  const election = ELECTION.test(opening);
  let best: Occasion = kind === 'meeting' ? 'summit' : 'other';
  let bestScore = 0;
  for (const [occasion, re] of Object.entries(OCCASION_WORDS) as [Occasion, RegExp][]) {
    if ((occasion === 'party-congress' || occasion === 'state-election') && !election) continue;
    const score = countMatches(re, opening, 10) + (hasMatch(re, headline) ? 3 : 0) + (hasMatch(re, anniversaries) ? 20 : 0);
    if (score > bestScore) [best, bestScore] = [occasion, score];
  }
  return best;
}

/** An ordinal next to "anniversary" (English) or one of the anniversary forms (주년, 돌, 周年). */
function anniversaryIn(opening: string): number | undefined {
  const found: { n: number; near: boolean; at: number }[] = [];
  for (const re of ORDINAL) {
    re.lastIndex = 0;
    for (let m = re.exec(opening); m; m = re.exec(opening)) {
      const after = opening.slice(m.index + m[0].length, m.index + m[0].length + 24);
      found.push({ n: Number(m[1]), near: !/^\d/.test(m[0]) || /anniversary/.test(after), at: m.index });
    }
    re.lastIndex = 0;
  }
  const pick = found.filter((f) => f.n > 0).sort((a, b) => Number(b.near) - Number(a.near) || a.at - b.at)[0];
  return pick?.n;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Days the yearly occasions fall on: a date like 9 September in a story is the occasion, not the sending. */
const OCCASION_DAYS = new Set(['1-1', '9-9', '10-1', '10-10', '7-1', '10-6', '7-11', '7-27', '10-25']);
const SENDING = /\bsent\b|\bsend|dated|deliver|convey|보낸|보냈|전달|발송|致电|致信|发来|送/;

/**
 * A date just after a word of sending ("sent … on Aug. 12", "12일 보낸", "8月12日致电" read
 * either way round), before the report date, at most three weeks before it, and not the day a
 * yearly occasion falls on: when it was sent.
 */
function sentDateIn(opening: string, reported: string): string | undefined {
  const year = Number(reported.slice(0, 4));
  const near = (index: number) => SENDING.test(opening.slice(Math.max(0, index - 80), index + 30));
  const candidates: [number, number][] = [];
  for (const m of opening.matchAll(new RegExp(`\\b(${MONTHS.join('|')})[a-z]*\\.? (\\d{1,2})(?!\\d)`, 'g'))) if (near(m.index)) candidates.push([MONTHS.indexOf(m[1]!) + 1, Number(m[2])]);
  for (const m of opening.matchAll(/(\d{1,2}) ?(?:월|月) ?(\d{1,2}) ?(?:일|日)/g)) if (near(m.index)) candidates.push([Number(m[1]), Number(m[2])]);
  for (const [month, day] of candidates) {
    if (OCCASION_DAYS.has(`${month}-${day}`)) continue;
    for (const y of [year, year - 1]) {
      const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const t = Date.parse(`${iso}T00:00:00Z`);
      const before = (Date.parse(`${reported}T00:00:00Z`) - t) / 86_400_000;
      if (!Number.isNaN(t) && new Date(t).toISOString().startsWith(iso) && before >= 1 && before <= 21) return iso;
    }
  }
  return undefined;
}

/** The draft of the exchange an article reports, as the detector reads it. */
export function draftFromArticle(article: ArticleFacts, today = localDay()): ExchangeDraft {
  const topic = decideTopic(article);
  const headline = normalize(article.headline);
  const opening = `${headline}\n${normalize(article.lead)}`;
  const focus = `${headline}\n${topic.evidence.join('\n')}`;
  const provisional = kindOf(headline, focus, topic, 'other');
  const occasion = occasionOf(headline, opening, provisional);
  const kind = kindOf(headline, focus, topic, occasion);
  const direction: Direction = kind === 'meeting' || !topic.sender || topic.sender === 'both' ? 'both' : topic.sender === 'xi' ? 'xi-to-kim' : 'kim-to-xi';
  const date = article.published ?? today;
  const draft: ExchangeDraft = { date, kind, direction, occasion, source: coverageFromArticle(article, topic.sender, today), onTopic: topic.onTopic };
  const sent = sentDateIn(opening, date);
  if (sent) draft.sentDate = sent;
  const anniversary = ANNIVERSARIES.includes(occasion) ? anniversaryIn(opening) : undefined;
  if (anniversary) draft.anniversary = anniversary;
  return draft;
}
