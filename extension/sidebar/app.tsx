/**
 * The sidebar: what exchange this article reports, how every source worded it, the
 * exchanges before it, phrase history and notes. Exchanges opened from the timeline
 * stack up, with a Back button, without leaving the page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleFacts } from '../../shared/detector/article';
import type { TabState } from '../../shared/messages';
import { readerLanguage, t } from '../../shared/ui/i18n';
import { eventTitle } from '../../shared/dataset/localize';
import { rpc } from '../../shared/ui/rpc';
import { useCatalog } from '../../shared/ui/catalog';
import { saveTheme, loadTheme, type ThemeChoice } from '../../shared/ui/theme';
import { ExchangeCard } from './exchange-card';
import { WordingTable } from './wording-table';
import { Timeline } from './timeline';
import { PhraseHistory } from './phrase-history';
import { NotesPanel } from './notes-panel';
import type { ExchangeEvent } from '../../shared/dataset/schema';

const nearestBefore = (events: readonly ExchangeEvent[], date: string | null, count: number): ExchangeEvent[] => {
  const cutoff = date ?? '9999-12-31';
  return events.filter((e) => e.date <= cutoff).slice(-count).reverse();
};

export function App() {
  const catalog = useCatalog();
  const [state, setState] = useState<TabState | null>(null);
  const [article, setArticle] = useState<ArticleFacts | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [stack, setStack] = useState<string[]>([]);
  const [theme, setTheme] = useState<ThemeChoice>('system');
  const [quote, setQuote] = useState('');

  useEffect(() => {
    void rpc.tabInfo().then((info) => {
      setState(info.state);
      setArticle(info.article);
      if (info.quote) setQuote(info.quote);
      if (info.state?.status === 'match' && info.state.eventId) setStack([info.state.eventId]);
      setLoaded(true);
      // Keyboard users land at the top of the sidebar; Esc works from here on.
      document.getElementById('top')?.focus();
    });
    void loadTheme().then(setTheme);
    // The frame stays loaded while hidden; when it is shown again (it gets focus), pick up a quote
    // the reader sent from the page's context menu in the meantime.
    const onFocus = () => void rpc.tabInfo().then((info) => info.quote && setQuote(info.quote));
    addEventListener('focus', onFocus);
    return () => removeEventListener('focus', onFocus);
  }, []);

  const currentId = stack[stack.length - 1];
  const current = currentId ? catalog.byId(currentId) : undefined;
  const open = (id: string) => {
    setStack((s) => [...s, id]);
    document.getElementById('top')?.focus();
  };
  const back = () => setStack((s) => s.slice(0, -1));
  const cycleTheme = () => {
    const next: ThemeChoice = theme === 'system' ? 'dark' : theme === 'dark' ? 'light' : 'system';
    setTheme(next);
    void saveTheme(next);
  };

  return (
    <div class="sidebar">
      <header class="topbar">
        <h1 id="top" tabIndex={-1}>Lips &amp; Teeth</h1>
        <div class="row">
          <button type="button" onClick={cycleTheme} aria-label={t('themeButton', t(`theme_${theme}`))} title={t('themeButton', t(`theme_${theme}`))}>
            {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}
          </button>
          <button type="button" onClick={() => void rpc.switchSide()} aria-label={t('switchSide')} title={t('switchSide')}>⇆</button>
          <button type="button" onClick={() => void rpc.openNotesPage()}>{t('allNotes')}</button>
          <button type="button" class="close" onClick={() => void rpc.closeSidebar()} aria-label={t('close')}>×</button>
        </div>
      </header>
      <main>
        {!loaded && <p class="muted">{t('loading')}</p>}
        {loaded && stack.length > 1 && (
          <button type="button" class="link back" onClick={back}>← {t('back')}</button>
        )}
        {loaded && state?.status === 'match' && stack.length === 1 && (
          <p class="notice small" data-testid="status">{t('statusMatch', Math.round((state.confidence ?? 0) * 100))}</p>
        )}
        {loaded && !current && <NoExchange state={state} article={article} quote={quote} onOpen={open} />}
        {current && (
          <div key={current.id}>
            <ExchangeCard event={current} onOpen={open} />
            <WordingTable event={current} articleUrl={article?.url} />
            <Timeline event={current} onOpen={open} />
            <NotesPanel event={current} article={article} initialQuote={quote} />
          </div>
        )}
        <PhraseHistory onOpen={open} />
      </main>
    </div>
  );
}

function NoExchange({ state, article, quote, onOpen }: { state: TabState | null; article: ArticleFacts | null; quote: string; onOpen: (id: string) => void }) {
  const nearest = nearestBefore(useCatalog().events, article?.published ?? null, 5);
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading" data-testid="status">
        {state?.status === 'topic' ? t('statusTopic') : t('statusNone')}
      </h2>
      <p class="muted small">{state?.status === 'topic' ? t('statusTopicHelp') : t('statusNoneHelp')}</p>
      <h3>{article?.published ? t('nearestBefore', article.published) : t('latestExchanges')}</h3>
      <ul class="plain" data-testid="nearest">
        {nearest.map((e) => (
          <li key={e.id}>
            <button type="button" class="link" onClick={() => onOpen(e.id)}>{e.date} · {eventTitle(e, readerLanguage())}</button>
          </li>
        ))}
      </ul>
      {article && <NotesPanel event={undefined} article={article} initialQuote={quote} />}
    </section>
  );
}
