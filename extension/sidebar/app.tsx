/**
 * The sidebar: which exchange this article reports and how sure we are, what stands out,
 * how every source worded it, what came before and after, phrase history and notes.
 * Exchanges opened from a list stack up, with a Back button, without leaving the page.
 * `sidebar.html?event=<id>` shows one exchange with no article (links from other pages, tests).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SidebarTabInfo } from '../../shared/messages';
import { t } from '../../shared/ui/i18n';
import { rpc } from '../../shared/ui/rpc';
import { useCatalog } from '../../shared/ui/catalog';
import { certaintyOf } from '../../shared/ui/certainty';
import { saveTheme, loadTheme, type ThemeChoice } from '../../shared/ui/theme';
import { ActionsContext, type SidebarActions } from './actions';
import { ExchangeView } from './exchange-view';
import { NoExchange } from './no-exchange';
import { PhraseHistory } from './phrase-history';
import type { HeaderMode } from './exchange-header';
import { focusSection } from './skip-nav';
import { searchHash } from '../../shared/ui/explorer-route';
import { LibraryNotice } from './library/library-notice';
import { LibraryOutcomeContext, type LibraryOutcome } from './library/outcome';
import { LauncherMenu } from './launcher-menu';

const deepLink = new URLSearchParams(location.search).get('event');

export function App() {
  const catalog = useCatalog();
  const [info, setInfo] = useState<SidebarTabInfo | null>(null);
  const [stack, setStack] = useState<string[]>(deepLink ? [deepLink] : []);
  const [picked, setPicked] = useState<string | undefined>();
  const [theme, setTheme] = useState<ThemeChoice>('system');
  const [quote, setQuote] = useState('');
  const [phrase, setPhrase] = useState<{ text: string; n: number } | null>(null);
  const [libraryOutcome, setLibraryOutcome] = useState<LibraryOutcome | null>(null);

  useEffect(() => {
    void rpc.tabInfo().then((answer) => {
      setInfo(answer);
      setPicked(answer.pick);
      if (answer.quote) setQuote(answer.quote);
    });
    void loadTheme().then(setTheme);
    // The frame stays loaded while hidden; when it is shown again (it gets focus), pick up a quote
    // the reader sent from the page's context menu in the meantime.
    const onFocus = () => void rpc.tabInfo().then((answer) => answer.quote && setQuote(answer.quote));
    addEventListener('focus', onFocus);
    return () => removeEventListener('focus', onFocus);
  }, []);

  const certainty = useMemo(() => certaintyOf(info?.state ?? null, (id) => !!catalog.byId(id), picked), [info, catalog, picked]);
  const articleEventId = certainty.level === 'clear' || certainty.level === 'probable' ? certainty.eventId : undefined;
  const currentId = stack[stack.length - 1] ?? articleEventId;
  const current = currentId ? catalog.byId(currentId) : undefined;
  const onArticleExchange = stack.length === 0;
  const mode: HeaderMode = !onArticleExchange ? 'browsing' : certainty.level === 'probable' ? (picked === certainty.eventId ? 'picked' : 'probable') : 'clear';

  // Focus lands on the title (no ring: it is not a control) when the sidebar opens and when the
  // reader opens or leaves another exchange; not on a pick, where focus stays in the radio group.
  useEffect(() => {
    if (!info) return;
    scrollTo(0, 0);
    document.getElementById('top')?.focus({ preventScroll: true });
  }, [info, stack.length]);

  const actions: SidebarActions = useMemo(() => ({
    open: (id: string) => setStack((s) => [...s, id]),
    quote: (text: string) => {
      setQuote(text);
      // After the note form has the quote: the reader writes next to it.
      setTimeout(() => focusSection('note-text'));
    },
    history: (text: string) => {
      setPhrase((p) => ({ text, n: (p?.n ?? 0) + 1 }));
      setTimeout(() => focusSection('phrase-input'));
    },
    search: (text: string) => void rpc.openExplorer(searchHash(text)),
  }), []);

  // A change to the reader's library may change what the article reports (an exchange added, deleted, undone).
  const onLibrary = (outcome: LibraryOutcome | null) => {
    setLibraryOutcome(outcome);
    if (outcome?.state !== undefined) {
      setInfo((old) => (old ? { ...old, state: outcome.state ?? null } : old));
      setStack(deepLink ? [deepLink] : []);
    }
    // The notice is at the top: bring the reader there once it is drawn, as opening an exchange does.
    setTimeout(() => {
      scrollTo(0, 0);
      document.getElementById('top')?.focus({ preventScroll: true });
    });
  };

  const pick = (id: string) => {
    setPicked(id);
    void rpc.pickEvent(id);
  };
  const cycleTheme = () => {
    const next: ThemeChoice = theme === 'system' ? 'dark' : theme === 'dark' ? 'light' : 'system';
    setTheme(next);
    void saveTheme(next);
  };

  return (
    <ActionsContext.Provider value={actions}>
      <LibraryOutcomeContext.Provider value={onLibrary}>
      <div class="sidebar">
        <header class="topbar">
          <span class="brand">Lips &amp; Teeth</span>
          <div class="row">
            <button type="button" onClick={cycleTheme} aria-label={t('themeButton', t(`theme_${theme}`))} title={t('themeButton', t(`theme_${theme}`))}>
              {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}
            </button>
            <button type="button" onClick={() => void rpc.switchSide()} aria-label={t('switchSide')} title={t('switchSide')}>⇆</button>
            <button type="button" onClick={() => void rpc.openExplorer()}>{t('explorerOpen')}</button>
            <button type="button" onClick={() => void rpc.openNotesPage()}>{t('allNotes')}</button>
            <LauncherMenu />
            <button type="button" class="close" onClick={() => void rpc.closeSidebar()} aria-label={t('close')}>×</button>
          </div>
        </header>
        <main>
          {!info && <p class="muted">{t('loading')}</p>}
          {libraryOutcome && <LibraryNotice outcome={libraryOutcome} onChange={onLibrary} />}
          {info && stack.length > (deepLink ? 1 : 0) && (
            <button type="button" class="link back" onClick={() => setStack((s) => s.slice(0, -1))}>← {t('back')}</button>
          )}
          {info && current && (
            <ExchangeView
              event={current}
              mode={mode}
              candidates={onArticleExchange && certainty.level === 'probable' ? certainty.candidates : undefined}
              onPick={pick}
              article={onArticleExchange ? info.article : null}
              notesArticle={info.article}
              quote={quote}
            />
          )}
          {info && !current && <NoExchange level={certainty.level === 'topic' ? 'topic' : 'none'} article={info.article} quote={quote} />}
          <PhraseHistory prefill={phrase} />
        </main>
      </div>
      </LibraryOutcomeContext.Provider>
    </ActionsContext.Provider>
  );
}
