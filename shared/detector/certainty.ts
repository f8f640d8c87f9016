/**
 * How sure the resolver is, in words a reader can trust: a clear match (one exchange fits),
 * a probable one (close rivals remain: the two or three candidates are offered), or no
 * match (a Xi–Kim exchange the dataset may not hold).
 *
 * The scores of the leading candidates become probabilities with a softmax that also holds
 * a "none of these" option: an exchange the dataset does not hold scores about as much as
 * an article with no date to go on can earn (NONE_UNDATED) or with one (NONE_DATED). The
 * constants were fitted on the four labelled corpora (scripts/calibrate.ts prints the fit):
 * a reported 0.9 is right about nine times in ten, and a clear match, which needs a leading
 * probability of CLEAR and a date that agrees (when the page has one), was right at least
 * 98 times in 100 there.
 */

export type Level = 'clear' | 'probable';

/** Softmax temperature: score points per e-fold of odds. */
export const TEMPERATURE = 1.1;
/** The "none of these" option's score, for a page with a date and without one. */
export const NONE_DATED = 4.5;
export const NONE_UNDATED = 3.5;
/** Leading probability for a clear match, and for a probable one. */
export const CLEAR = 0.8;
export const PROBABLE = 0.35;
/** A rival is offered beside the leader when at least this likely. */
const RIVAL = 0.08;

export interface Verdict {
  level: Level | null;
  confidence: number;
  rivals: { eventId: string; confidence: number }[];
}

const round = (x: number) => Math.round(x * 100) / 100;

export function probabilities(scores: readonly number[], dated: boolean): number[] {
  const none = dated ? NONE_DATED : NONE_UNDATED;
  const top = Math.max(none, ...scores);
  const weights = scores.map((s) => Math.exp((s - top) / TEMPERATURE));
  const total = weights.reduce((a, b) => a + b, Math.exp((none - top) / TEMPERATURE));
  return weights.map((w) => w / total);
}

/**
 * `dated`: the page gives a date (its own or its story's); `dateAgrees`: that date fits the
 * leading exchange; `singledOut`: the content names that exchange (an ordinal, a phrase, an
 * envoy...), not just its kind and occasion. Against the page's date a match needs such
 * content and is at most probable; without any date, a clear match needs it too.
 */
export function certainty(candidates: readonly { id: string; score: number }[], context: { dated: boolean; dateAgrees: boolean; singledOut: boolean }): Verdict {
  if (candidates.length === 0) return { level: null, confidence: 0, rivals: [] };
  const p = probabilities(candidates.map((c) => c.score), context.dated);
  const best = p[0]!;
  const rivals = candidates.map((c, i) => ({ eventId: c.id, confidence: round(p[i]!) })).filter((r, i) => i === 0 || r.confidence >= RIVAL).slice(0, 3);
  if (context.dated && !context.dateAgrees && !context.singledOut) return { level: null, confidence: round(best), rivals };
  const clearDate = context.dated ? context.dateAgrees : context.singledOut;
  const level: Level | null = best >= CLEAR && clearDate ? 'clear' : best >= PROBABLE ? 'probable' : null;
  return { level, confidence: round(best), rivals };
}
