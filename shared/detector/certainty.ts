/**
 * How sure the resolver is, in words a reader can trust: a clear match (one exchange fits),
 * a probable one (close rivals remain: the two or three candidates are offered), or no
 * match (a Xi–Kim exchange the dataset may not hold).
 *
 * The scores of the leading candidates become probabilities with a softmax that also holds
 * a "none of these" option, scored as much as an exchange the dataset does not hold tends
 * to earn, with a date to go on and without one. The constants are fitted by
 * `npm run calibrate -- --fit` (scripts/calibrate.ts) on the four labelled corpora and on
 * damaged copies of their pages (no date, no headline, only the opening, sentences
 * dropped), since on the pages themselves, which the rules were written from, nearly every
 * answer is right: the temperature and "none" scores by log loss on the copies, then the
 * lowest clear threshold at which clear matches stay right 99 times in 100 on the copies
 * (and always on the pages), then the lowest probable threshold (at least 0.4) at which a
 * "probably" is right two times in three.
 */

export type Level = 'clear' | 'probable';

export interface Calibration {
  /** Softmax temperature: score points per e-fold of odds. */
  temperature: number;
  /** The "none of these" option's score, for a page with a date and without one. */
  noneDated: number;
  noneUndated: number;
  /** Leading probability for a clear match, and for a probable one. */
  clear: number;
  probable: number;
}

export const CALIBRATION: Calibration = { temperature: 0.6, noneDated: 4.5, noneUndated: 2.5, clear: 0.94, probable: 0.41 };
/** A rival is offered beside the leader when at least this likely. */
const RIVAL = 0.08;

export interface Verdict {
  level: Level | null;
  confidence: number;
  rivals: { eventId: string; confidence: number }[];
}

const round = (x: number) => Math.round(x * 100) / 100;

export function probabilities(scores: readonly number[], dated: boolean, c: Calibration = CALIBRATION): number[] {
  const none = dated ? c.noneDated : c.noneUndated;
  const top = Math.max(none, ...scores);
  const weights = scores.map((s) => Math.exp((s - top) / c.temperature));
  const total = weights.reduce((a, b) => a + b, Math.exp((none - top) / c.temperature));
  return weights.map((w) => w / total);
}

/**
 * `dated`: the page gives a date (its own or its story's); `dateAgrees`: that date fits the
 * leading exchange; `singledOut`: the content names that exchange (an ordinal, a phrase, an
 * envoy...), not just its kind and occasion. Against the page's date a match needs such
 * content and is at most probable; without any date, a clear match needs it too.
 */
export interface CertaintyContext {
  dated: boolean;
  dateAgrees: boolean;
  singledOut: boolean;
}

export function certainty(candidates: readonly { id: string; score: number }[], context: CertaintyContext, c: Calibration = CALIBRATION): Verdict {
  if (candidates.length === 0) return { level: null, confidence: 0, rivals: [] };
  const p = probabilities(candidates.map((x) => x.score), context.dated, c);
  const best = p[0]!;
  const rivals = candidates.map((x, i) => ({ eventId: x.id, confidence: round(p[i]!) })).filter((r, i) => i === 0 || r.confidence >= RIVAL).slice(0, 3);
  if (context.dated && !context.dateAgrees && !context.singledOut) return { level: null, confidence: round(best), rivals };
  const clearDate = context.dated ? context.dateAgrees : context.singledOut;
  const level: Level | null = best >= c.clear && clearDate ? 'clear' : best >= c.probable ? 'probable' : null;
  return { level, confidence: round(best), rivals };
}
