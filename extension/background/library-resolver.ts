/**
 * The reader's exchanges in resolution: an index of them built by the same index code as the
 * bundled one (ExchangeIndex.fromEvents), consulted beside it, so another outlet's article
 * about an exchange the reader added resolves to it. Kept for the worker's life and rebuilt
 * after any change to the library; with no exchange of the reader's, nothing is opened.
 */
import type { ArticleFacts } from '../../shared/detector/article';
import { ExchangeIndex, type Resolution } from '../../shared/detector/resolve';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { combineResolutions } from '../../shared/library/combine-resolutions';
import { readLibrary } from '../../shared/storage/library-db';
import { ensureReconciled } from './library-catch-up';

let readerIndex: Promise<ExchangeIndex | null> | null = null;

/** The library changed: the next article rebuilds the reader's index from the database. */
export function forgetReaderIndex(): void {
  readerIndex = null;
}

const englishOrdinal = (n: number): string => {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
  return `${n}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
};

/**
 * A reader writes the occasion in their own language, where the index looks for anniversary
 * ordinals in English; the ordinal they chose is given to it as an English term as well.
 */
function forIndex(event: ExchangeEvent): ExchangeEvent {
  if (!event.anniversary) return event;
  return { ...event, terms: { ...event.terms, en: [...event.terms.en, `${englishOrdinal(event.anniversary)} anniversary`] } };
}

function loadReaderIndex(): Promise<ExchangeIndex | null> {
  readerIndex ??= ensureReconciled()
    .then(() => readLibrary())
    .then(({ exchanges }) => {
      const own = exchanges.filter((x) => !x.linkedTo).map((x) => forIndex(x.event));
      return own.length ? ExchangeIndex.fromEvents(own) : null;
    })
    .catch(() => {
      // A library that cannot be opened (a private window in Firefox) must not stop detection.
      readerIndex = null;
      return null;
    });
  return readerIndex;
}

/** The bundled resolution, or the reader's exchange the article reports when one clearly leads. */
export async function alongsideLibrary(bundled: Resolution, article: ArticleFacts): Promise<Resolution> {
  if (bundled.status === 'none') return bundled;
  const index = await loadReaderIndex();
  return index ? combineResolutions(bundled, index.resolve(article)) : bundled;
}
