/**
 * Phrase search: every exchange whose sources quoted some words, in any language or
 * script, grouped by year, each quote with who said it and where, and a chart of the
 * years. What the search reached through concept links is said, not hidden.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ConceptLabels, ExchangeEvent, UiLanguage } from '../../shared/dataset/schema';
import { eventTitle, localize } from '../../shared/dataset/localize';
import { exchangesPerYear, phraseIndexOf, type ExchangeHits, type PhraseSearchResult, type QuoteHit } from '../../shared/dataset/phrase-search';
import { foldForSearch, matchRange } from '../../shared/dataset/search-fold';
import { kindLabel, readerLanguage, t } from '../../shared/ui/i18n';
import { safeHref } from '../../shared/ui/theme';
import { formatDay, plural } from './format';
import { directionShort, senderSide, speakerText } from './labels';
import { YearChart } from './year-chart';
import { MAX_QUERY, type Route } from '../../shared/ui/explorer-route';
import type { Navigate } from './use-route';

/** Exchanges rendered at first and per "Show more": a broad query can reach thousands. */
const STEP = 50;

interface Props {
  route: Route;
  navigate: Navigate;
  record: readonly ExchangeEvent[];
  concepts: ConceptLabels;
  /** The search of `route.query` over the exchanges the filters let through; null when nothing is asked. */
  result: PhraseSearchResult | null;
  years: [number, number];
  hrefFor: (id: string) => string;
  filtered: boolean;
  clearFilters: () => void;
  /** An exchange to bring into view and focus (the one the reader came back from). */
  focusId?: string;
}

export function SearchView({ route, navigate, record, concepts, result, years, hrefFor, filtered, clearFilters, focusId }: Props) {
  const [text, setText] = useState(route.query ?? '');
  const [shown, setShown] = useState(STEP);
  const input = useRef<HTMLInputElement>(null);
  // Back, Forward or a link changed the query: show it in the box.
  useEffect(() => {
    if ((route.query ?? '') !== text.trim()) setText(route.query ?? '');
  }, [route.query]);
  useEffect(() => {
    if (!route.query) input.current?.focus();
  }, []);
  const lang = readerLanguage();
  // Only while nothing is asked: the words most often quoted, by what they mean.
  const suggestions = useMemo(() => (route.query ? [] : phraseIndexOf(record, concepts).topConcepts(6, concepts, lang).map((c) => c.words)), [record, !route.query]);
  const ordered = useMemo(() => (result ? (route.sort === 'newest' ? [...result.exchanges].reverse() : result.exchanges) : []), [result, route.sort]);
  // A new search or order starts at the top; coming back from an exchange shows as far as it.
  useLayoutEffect(() => {
    const at = focusId ? ordered.findIndex((x) => x.event.id === focusId) : -1;
    setShown(Math.max(STEP, at + 1));
  }, [result, route.sort, focusId]);
  const results = useRef<HTMLDivElement>(null);
  const focused = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (!focusId || focused.current === focusId) return;
    const link = results.current?.querySelector<HTMLElement>(`a[data-event-id="${CSS.escape(focusId)}"]`);
    if (!link) return;
    focused.current = focusId;
    link.scrollIntoView({ block: 'center' });
    link.focus({ preventScroll: true });
  }, [focusId, shown]);

  const search = (q: string) => navigate({ ...route, query: q.trim().slice(0, MAX_QUERY) || undefined }, { replace: true });

  return (
    <section aria-labelledby="search-heading" data-testid="search-view">
      <h2 id="search-heading">{t('explorerSearchHeading')}</h2>
      <form
        role="search"
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          search(text);
        }}
      >
        <label for="phrase-search">{t('explorerSearchLabel')}</label>
        <div class="row">
          <input
            id="phrase-search"
            ref={input}
            type="search"
            value={text}
            maxLength={MAX_QUERY}
            autoComplete="off"
            aria-describedby="search-help"
            data-testid="search-input"
            onInput={(e) => {
              const v = (e.target as HTMLInputElement).value;
              setText(v);
              search(v);
            }}
          />
          <button type="submit" class="primary">{t('explorerSearchButton')}</button>
        </div>
        <p id="search-help" class="small muted">{t('explorerSearchHelp')}</p>
      </form>
      {!route.query && (
        <p class="suggestions small">
          {t('explorerTry')}{' '}
          {suggestions.map((s) => (
            <button type="button" class="chip" key={s} onClick={() => { setText(s); search(s); }}>{s}</button>
          ))}
        </p>
      )}
      <p class="result-count" role="status" data-testid="search-count">
        {route.query && result && (result.folded ? plural('explorerSearchCount', result.exchanges.length, plural('explorerQuoteCount', result.quoteCount)) : t('explorerQueryTooShort'))}
      </p>
      {result && result.concepts.length > 0 && <ConceptLine result={result} concepts={concepts} lang={lang} />}
      {result && result.folded && result.exchanges.length === 0 && (
        <p class="notice">
          {t('explorerNoQuote', route.query ?? '')}{' '}
          {filtered && <button type="button" class="link" onClick={clearFilters}>{t('explorerSearchWholeRecord')}</button>}
        </p>
      )}
      {result && result.exchanges.length > 0 && (
        <>
          <YearChart id="search-years" caption={t('explorerSearchChartCaption', route.query ?? '')} unit={t('explorerAxisExchanges')} series={[{ label: t('explorerAxisExchanges'), className: 'accent' }]} data={exchangesPerYear(result, years[0], years[1]).map((d) => ({ year: d.year, values: [d.count] }))} />
          <div ref={results}>
            <Results ordered={ordered.slice(0, shown)} folded={result.folded} hrefFor={hrefFor} lang={lang} />
          </div>
          {ordered.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + STEP)}>
              {t('explorerShowMore', String(Math.min(STEP, ordered.length - shown)), String(ordered.length - shown))}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function ConceptLine({ result, concepts, lang }: { result: PhraseSearchResult; concepts: ConceptLabels; lang: UiLanguage }) {
  const count = (c: string) => result.exchanges.filter((x) => x.quotes.some((q) => q.concept === c)).length;
  return (
    <div class="concepts small" data-testid="search-concepts">
      <p>{t('explorerConceptsReached')}</p>
      <ul class="chips">
        {result.concepts.map((c) => (
          <li key={c} class="chip">
            {localize(concepts[c], lang) || c.replace(/-/g, ' ')} <span class="muted">· {plural('explorerExchangeCount', count(c))}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Results grouped by year (in the order given), each exchange with its matching quotes. */
function Results({ ordered, folded, hrefFor, lang }: { ordered: ExchangeHits[]; folded: string; hrefFor: (id: string) => string; lang: UiLanguage }) {
  const groups: { year: number; hits: ExchangeHits[] }[] = [];
  for (const hits of ordered) {
    const year = Number(hits.event.date.slice(0, 4));
    if (groups.at(-1)?.year !== year) groups.push({ year, hits: [] });
    groups.at(-1)!.hits.push(hits);
  }
  return (
    <div data-testid="search-results">
      {groups.map((g) => (
        <section key={g.year} aria-labelledby={`year-${g.year}`} class="year-group">
          <h3 id={`year-${g.year}`}>
            {g.year} <span class="muted small">{plural('explorerExchangeCount', g.hits.length)}</span>
          </h3>
          <ol class="results">
            {g.hits.map(({ event, quotes }) => (
              <li key={event.id} class="result" data-event-id={event.id}>
                <h4>
                  <a href={hrefFor(event.id)} data-event-id={event.id}>{eventTitle(event, lang)}</a>
                </h4>
                <p class="ex-meta">
                  <time dateTime={event.date}>{formatDay(event.date)}</time>
                  <span class={`chip side-${senderSide(event.direction)}`}>{directionShort(event.direction)}</span>
                  <span>{kindLabel(event.kind)}</span>
                </p>
                <ul class="quotes">
                  {quotes.map((q, i) => <Quote key={i} quote={q} folded={folded} lang={lang} />)}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function Marked({ text, folded }: { text: string; folded: string }) {
  const range = matchRange(text, folded);
  if (!range) return <>{text}</>;
  return (
    <>
      {text.slice(0, range[0])}
      <mark>{text.slice(range[0], range[1])}</mark>
      {text.slice(range[1])}
    </>
  );
}

function Quote({ quote, folded, lang }: { quote: QuoteHit; folded: string; lang: UiLanguage }) {
  const { source } = quote;
  const gloss = source.language !== lang ? quote.gloss?.[lang] : undefined;
  const href = source.url ? safeHref(source.url) : undefined;
  const where = source.print ? (source.print.page ? t('explorerPrintPage', source.print.page) : t('explorerPrintEdition')) : '';
  return (
    <li class={`quote matched-${quote.matchedBy}`}>
      <blockquote lang={source.language === 'other' ? undefined : source.language}>
        <Marked text={quote.text} folded={quote.matchedBy === 'concept' ? '' : folded} />
      </blockquote>
      {gloss && foldForSearch(gloss) !== foldForSearch(quote.text) && <p class="ex-gloss small">{t('explorerGloss', gloss)}</p>}
      <p class="attribution small">
        <span class={`ex-who ex-who-${quote.speaker}`}>{speakerText(quote.speaker)}</span>
        {' · '}
        {source.side && <span class={`chip ${source.side}`}>{source.side === 'dprk' ? t('explorerDprkStateMedia') : t('explorerPrcStateMedia')}</span>}
        <span>{source.name}</span>
        {quote.matchedBy !== 'headline' && (
          <>
            {': '}
            {href ? <a href={href} target="_blank" rel="noopener noreferrer" lang={source.language === 'other' ? undefined : source.language}>{source.title}</a> : <span lang={source.language === 'other' ? undefined : source.language}>{source.title}</span>}
          </>
        )}
        {quote.matchedBy === 'headline' && href && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">{t('explorerOpenSource')}</a>
          </>
        )}
        {where && <span> · {where}</span>}
        <span class="muted"> · {formatDay(source.date)}</span>
        {quote.matchedBy !== 'words' && <span class="how"> · {t(`explorerMatched_${quote.matchedBy}`)}</span>}
      </p>
    </li>
  );
}
