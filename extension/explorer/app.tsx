/**
 * The exchange explorer: the whole record as a list, a timeline or a phrase search, under
 * one set of filters kept in the URL, and any exchange opened in full on top of the view.
 * It needs no article: it is reached from the sidebar, the toolbar menu and the notes page.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { eventTitle } from '../../shared/dataset/localize';
import { applyFilter, isFiltered, matchesFilter, withoutYears, yearSpan, type ExchangeFilter, type SortOrder } from '../../shared/dataset/exchange-filter';
import { isRecurring, recordSpan, seriesOf, type Series } from '../../shared/dataset/occasion-gaps';
import { phraseIndexOf } from '../../shared/dataset/phrase-search';
import { OCCASIONS, type ExchangeEvent } from '../../shared/dataset/schema';
import { useCatalog } from '../../shared/ui/catalog';
import { formatRoute, VIEWS, type Route, type View } from '../../shared/ui/explorer-route';
import { kindLabel, occasionLabel, readerLanguage, t } from '../../shared/ui/i18n';
import { rpc } from '../../shared/ui/rpc';
import { loadTheme, saveTheme, type ThemeChoice } from '../../shared/ui/theme';
import { CopyMarkdown } from './copy-markdown';
import { ExchangeDetail } from './exchange-detail';
import { ExchangeList } from './exchange-list';
import { FilterBar } from './filter-bar';
import { plural } from './format';
import { directionShort, directionText, readoutFilterText } from './labels';
import { listRows } from './list-rows';
import { SearchView } from './search-view';
import { TimelineView } from './timeline-view';
import { useRoute } from './use-route';

/** "PRC founding day · Kim → Xi", or "… · Xi → Kim, replies": one row of the timeline, one series of messages. */
function seriesLabel(s: Series): string {
  return t(s.replies ? 'explorerSeriesReplies' : 'explorerSeries', occasionLabel(s.occasion), directionShort(s.direction));
}

/** The filters in words, one line each, for the Markdown copy. */
function filterLines(f: ExchangeFilter, query: string | undefined): string[] {
  const lines: string[] = [];
  if (query) lines.push(t('explorerMdQuery', query));
  if (f.from !== undefined || f.to !== undefined) lines.push(t('explorerMdYears', String(f.from ?? '…'), String(f.to ?? '…')));
  if (f.occasion) lines.push(t('explorerMdFilter', t('explorerOccasion'), occasionLabel(f.occasion)));
  if (f.kind) lines.push(t('explorerMdFilter', t('explorerKind'), kindLabel(f.kind)));
  if (f.direction) lines.push(t('explorerMdFilter', t('explorerDirection'), directionText(f.direction)));
  if (f.readouts) lines.push(t('explorerMdFilter', t('explorerReadouts'), readoutFilterText(f.readouts)));
  if (f.withNotes) lines.push(t('explorerWithNotes'));
  return lines;
}

export function Explorer() {
  const catalog = useCatalog();
  const record = catalog.events;
  const [route, navigate] = useRoute();
  const [noted, setNoted] = useState<ReadonlySet<string> | undefined>(undefined);
  const [theme, setTheme] = useState<ThemeChoice>('system');
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const lastExchange = useRef<string | undefined>(route.exchange);

  const refreshNoted = () => void rpc.notedEventIds().then((r) => setNoted(new Set(r.ok ? r.ids : [])));
  useEffect(() => {
    refreshNoted();
    void loadTheme().then(setTheme);
    // Build the search index while the reader looks at the list, so the first search does not wait for it.
    const idle = (globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200))) as (f: () => void) => unknown;
    idle(() => phraseIndexOf(record, catalog.concepts));
    addEventListener('focus', refreshNoted);
    return () => removeEventListener('focus', refreshNoted);
  }, []);

  // Leaving an exchange: the view comes back with focus on the row the reader opened.
  useEffect(() => {
    if (lastExchange.current && !route.exchange) {
      setFocusId(lastExchange.current);
      refreshNoted();
    } else setFocusId(undefined);
    lastExchange.current = route.exchange;
  }, [route.exchange]);

  const span = useMemo<[number, number]>(() => yearSpan(record) ?? [new Date().getFullYear(), new Date().getFullYear()], [record]);
  const shownYears: [number, number] = [Math.max(route.filter.from ?? span[0], span[0]), Math.min(route.filter.to ?? span[1], span[1])];
  const filterKey = `${JSON.stringify(route.filter)}|${noted?.size ?? -1}`;
  const filtered = useMemo(() => applyFilter(record, route.filter, route.sort, noted), [record, filterKey, route.sort]);
  const unyeared = useMemo(() => applyFilter(record, withoutYears(route.filter), 'oldest', noted), [record, filterKey]);
  const include = (e: ExchangeEvent) => matchesFilter(e, route.filter, noted);
  const searching = route.view === 'search' && !!route.query;
  const result = useMemo(() => (searching ? phraseIndexOf(record, catalog.concepts).search(route.query!, { include }) : null), [searching, route.query, filterKey, record]);

  const rows = useMemo(() => {
    // An occasion view: the years a recurring occasion passed in silence join the list.
    const occasion = route.filter.occasion;
    const gaps = occasion && isRecurring(occasion) ? seriesOf(unyeared, recordSpan(record), OCCASIONS).filter((s) => s.occasion === occasion) : [];
    return listRows(filtered, route.sort, gaps, shownYears[0], shownYears[1]);
  }, [filtered, unyeared, route.sort, shownYears[0], shownYears[1]]);

  const hrefFor = (id: string) => formatRoute({ ...route, exchange: id });
  const go = (patch: Partial<Route>, replace = false) => navigate({ ...route, ...patch }, { replace });
  const setFilter = (filter: ExchangeFilter, sort: SortOrder) => go({ filter, sort }, true);
  const current = route.exchange ? catalog.byId(route.exchange) : undefined;
  const lang = readerLanguage();

  useEffect(() => {
    const what = current ? eventTitle(current, lang) : route.view === 'search' && route.query ? t('explorerTitleSearch', route.query) : t(`explorerTab_${route.view}`);
    document.title = t('explorerDocumentTitle', what);
  }, [route.view, route.query, current?.id]);

  // Esc closes an open exchange (and returns focus to where the reader was); nothing else is trapped.
  useEffect(() => {
    if (!route.exchange) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) go({ exchange: undefined });
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [route]);

  const cycleTheme = () => {
    const next: ThemeChoice = theme === 'system' ? 'dark' : theme === 'dark' ? 'light' : 'system';
    setTheme(next);
    void saveTheme(next);
  };

  // Neighbours in the view the exchange was opened from, by date.
  const ordered = useMemo(() => (result ? result.exchanges.map((x) => x.event) : applyFilter(record, route.filter, 'oldest', noted)), [result, record, filterKey]);
  const at = current ? ordered.findIndex((e) => e.id === current.id) : -1;

  const viewEvents = () => (result ? (route.sort === 'newest' ? [...result.exchanges].reverse() : result.exchanges).map((x) => x.event) : filtered);

  return (
    <div class="explorer">
      <a
        class="ex-skip"
        href="#results"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('results')?.focus();
        }}
      >
        {t('explorerSkipToResults')}
      </a>
      <header class="ex-topbar">
        {/* An open exchange's title is the page's one h1 (the sidebar's own header): the brand steps down. */}
        <Brand as={current ? 'p' : 'h1'} />
        <div class="row">
          <button type="button" onClick={cycleTheme} aria-label={t('themeButton', t(`theme_${theme}`))} title={t('themeButton', t(`theme_${theme}`))}>
            {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}
          </button>
          <a href="../notes/notes.html">{t('allNotes')}</a>
        </div>
      </header>
      {!current && (
        <>
          <nav class="tabs" aria-label={t('explorerViews')}>
            <ul>
              {VIEWS.map((v: View) => (
                <li key={v}>
                  <a href={formatRoute({ ...route, view: v, exchange: undefined })} aria-current={route.view === v ? 'page' : undefined} data-testid={`tab-${v}`}>
                    {t(`explorerTab_${v}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <FilterBar filter={route.filter} sort={route.sort} record={record} span={span} onChange={setFilter}>
            <span role="status" data-testid="shown-count">
              {plural(route.view === 'search' ? 'explorerSearching' : 'explorerShowing', filtered.length, String(record.length))}
            </span>
            <CopyMarkdown events={viewEvents} total={record.length} describe={() => filterLines(route.filter, result ? route.query : undefined)} />
          </FilterBar>
        </>
      )}
      <main id="results" tabIndex={-1}>
        {route.exchange && !current && (
          <p class="notice" role="alert">
            {t('explorerUnknownExchange')} <button type="button" class="link" onClick={() => go({ exchange: undefined })}>{t(`explorerBack_${route.view}`)}</button>
          </p>
        )}
        {current && (
          <ExchangeDetail
            event={current}
            earlier={at > 0 ? ordered[at - 1] : undefined}
            later={at >= 0 && at < ordered.length - 1 ? ordered[at + 1] : undefined}
            hrefFor={hrefFor}
            open={(id) => go({ exchange: id })}
            search={(words) => navigate({ ...route, view: 'search', query: words, exchange: undefined })}
            back={() => go({ exchange: undefined })}
            backLabel={t(`explorerBack_${route.view}`)}
          />
        )}
        {!route.exchange && route.view === 'list' && (
          <section aria-labelledby="list-heading" data-testid="list-view">
            <h2 id="list-heading">{t('explorerListHeading')}</h2>
            {rows.length === 0 ? (
              <p class="notice">{t('explorerNothingMatches')}</p>
            ) : (
              <ExchangeList rows={rows} hrefFor={hrefFor} noted={noted} focusId={focusId} seriesLabel={seriesLabel} />
            )}
          </section>
        )}
        {!route.exchange && route.view === 'timeline' && (
          <TimelineView events={filtered} series={unyeared} record={record} years={shownYears} route={route} hrefFor={hrefFor} seriesLabel={seriesLabel} listHref={formatRoute} />
        )}
        {!route.exchange && route.view === 'search' && (
          <SearchView
            route={route}
            navigate={navigate}
            record={record}
            concepts={catalog.concepts}
            result={result}
            years={shownYears}
            hrefFor={hrefFor}
            filtered={isFiltered(route.filter)}
            clearFilters={() => setFilter({}, route.sort)}
            focusId={focusId}
          />
        )}
      </main>
    </div>
  );
}

function Brand({ as: Tag }: { as: 'h1' | 'p' }) {
  return (
    <Tag class="brand">
      Lips &amp; Teeth <span class="subtitle">{t('explorerSubtitle')}</span>
    </Tag>
  );
}
