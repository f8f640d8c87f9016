/**
 * One answer from two indexes: the bundled record's and the reader's own exchanges', built
 * by the same index code (shared/detector/resolve.ts) and scored the same way. The rule is
 * the resolver's own: a match only when one exchange clearly leads, now across both.
 */

/** What the combination reads of a resolution; every other field travels with the one chosen. */
export interface ResolutionLike {
  status: 'match' | 'topic' | 'none';
  eventId?: string;
  candidates: { id: string; score: number }[];
}

/** The resolver's margin (resolve.ts MARGIN): how far the leader must be ahead of the next exchange. */
export const MARGIN = 1;

const top = (r: ResolutionLike) => r.candidates[0]?.score ?? -Infinity;

/**
 * The bundled answer, unless the reader's index has a match that leads every bundled
 * candidate by the margin. A bundled match with a reader's exchange as close as the margin
 * is no longer clear, so it becomes `topic`, as the resolver decides within one index.
 */
export function combineResolutions<R extends ResolutionLike>(bundled: R, reader: R, margin = MARGIN): R {
  if (bundled.status === 'none' || reader.status === 'none') return bundled;
  const candidates = [...bundled.candidates, ...reader.candidates].sort((a, b) => b.score - a.score).slice(0, 5);
  const [winner, other] = top(reader) > top(bundled) ? [reader, bundled] : [bundled, reader];
  if (winner.status === 'match' && top(winner) - top(other) >= margin) return { ...winner, candidates };
  if (winner.status !== 'match' && other.status !== 'match') return { ...bundled, candidates };
  // Close rivals across the two indexes: say it is about an exchange, not which one.
  const topicAnswer = bundled.status === 'topic' ? bundled : reader.status === 'topic' ? reader : null;
  if (topicAnswer) return { ...topicAnswer, candidates };
  const demoted: Record<string, unknown> = { ...(bundled as object), status: 'topic', candidates };
  for (const key of ['eventId', 'level', 'rivals']) delete demoted[key];
  return demoted as unknown as R;
}
