/** The background's vocabulary (vocabulary.json) compiled once into regexes. */
import vocabulary from './vocabulary.json';
import type { Occasion } from '../dataset/schema';
import { compileTerms } from './text';

export const XI = compileTerms(vocabulary.xi);
export const KIM = compileTerms(vocabulary.kim);
export const EXCHANGE = compileTerms(vocabulary.exchange);
export const MEETING = compileTerms(vocabulary.meeting);
export const REPLY = compileTerms(vocabulary.reply);
export const VERBAL = compileTerms(vocabulary.verbal);
export const CARD = compileTerms(vocabulary.card);
export const CONGRATULATION = compileTerms(vocabulary.congratulation);
export const LETTER = compileTerms(vocabulary.letter);
export const RECOLLECTION = compileTerms(vocabulary.recollection);
/** A meeting spoken of as a plan or expectation: speculation, not a report. */
export const FUTURE = compileTerms(vocabulary.future);
/** A clause that only dates a headline's story by another event ("following summit", "회담 이후"). */
export const BACKGROUND = compileTerms(vocabulary.background);
/** Ministers, premiers, envoys and ambassadors: their meetings are not the leaders'. */
export const OFFICIALS = compileTerms(vocabulary.officials);
export const DEBUNK = compileTerms(vocabulary.debunk);
export const CONDOLENCE = compileTerms(vocabulary.condolence);
export const THANKS = compileTerms(vocabulary.thanks);
export const OTHER_LEADERS = compileTerms(vocabulary.otherLeaders);
export const BOTH_LEADERS = compileTerms(vocabulary.bothLeaders);
export const CHINA = compileTerms(vocabulary.china);
export const NORTH_KOREA = compileTerms(vocabulary.northKorea);
export const OTHER_TOPICS = compileTerms(vocabulary.otherTopics);
/** Leaders' standard titles: every story names them, so as a dataset term they single out nothing. */
export const TITLES: readonly string[] = vocabulary.titles;
export const ORDINAL = vocabulary.ordinal.map((r) => new RegExp(r.slice(3), 'g'));

export const OCCASION_WORDS = Object.fromEntries(
  Object.entries(vocabulary.occasions).map(([occasion, words]) => [occasion, compileTerms(words)]),
) as Record<Exclude<Occasion, 'other'>, RegExp>;
