/**
 * How sure we are that the article reports an exchange, in the three levels the reader sees
 * (DESIGN.md: "This article reports…", "Probably…", "An exchange we don't hold yet"), from the
 * per-tab detection result. Pure.
 */
import type { TabState } from '../messages';

export type Certainty =
  | { level: 'clear'; eventId: string }
  /** `candidates`: the leading exchange first, then its close rivals (two or three in all). */
  | { level: 'probable'; eventId: string; candidates: string[] }
  | { level: 'topic' }
  | { level: 'none' };

/** For a result without a level (an older background): below this confidence a match is only probable. */
export const CLEAR_CONFIDENCE = 0.8;
const MAX_CANDIDATES = 3;

/**
 * The level to show. `known` says whether the record holds an id (a rival the record no longer
 * has is dropped). `picked` is the reader's earlier choice for this page, honoured among the candidates.
 */
export function certaintyOf(state: TabState | null, known: (id: string) => boolean, picked?: string): Certainty {
  if (!state || state.status === 'none') return { level: 'none' };
  if (state.status === 'topic' || !state.eventId || !known(state.eventId)) return { level: 'topic' };
  const level = state.level ?? ((state.confidence ?? 0) >= CLEAR_CONFIDENCE ? 'clear' : 'probable');
  if (level === 'clear') return { level, eventId: state.eventId };
  const candidates = [...new Set([state.eventId, ...(state.candidates ?? []).map((c) => c.eventId)])].filter(known).slice(0, MAX_CANDIDATES);
  const eventId = picked && candidates.includes(picked) ? picked : state.eventId;
  return { level, eventId, candidates };
}
