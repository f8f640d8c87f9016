/**
 * An article as a source of an exchange: whether it is already among the exchange's sources.
 * Pure and small, so the sidebar can ask it without the detector's vocabulary.
 */
import type { Coverage, ExchangeEvent, Language } from '../dataset/schema';
import { LANGUAGES } from '../dataset/schema';
import { sameArticle } from '../dataset/wording';

/** Every web address an exchange's readouts and stories were read at, copies included. */
export function sourceUrls(event: Pick<ExchangeEvent, 'readouts' | 'coverage'>): string[] {
  return [...event.readouts, ...event.coverage].flatMap((s) => [s.url, ...(s.mirrors ?? [])]).filter((u): u is string => typeof u === 'string');
}

/** Is the article at `url` one of the exchange's sources already (its own or one the reader kept)? */
export function isAmongSources(event: Pick<ExchangeEvent, 'readouts' | 'coverage'>, url: string, kept: readonly Coverage[] = []): boolean {
  return [...sourceUrls(event), ...kept.map((c) => c.url).filter((u): u is string => !!u)].some((u) => sameArticle(u, url));
}

/** The dataset's language code for a page's two-letter language. */
export function datasetLanguage(lang: string): Language {
  const base = lang.toLowerCase().slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'other';
}

/** Today in the reader's time zone, YYYY-MM-DD: the date a source is kept on when the page gives none. */
export const localDay = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
