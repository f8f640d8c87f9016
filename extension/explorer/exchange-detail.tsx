/**
 * One exchange in full, as the sidebar shows it: the sidebar's own exchange view (what it
 * is, what stands out, the wording table, the sources, before and after, the reader's
 * notes), then the exchanges before and after it in the explorer's current view. This is
 * the one module that imports sidebar components, so following the sidebar is one edit here.
 */
import '../sidebar/sidebar.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { eventTitle } from '../../shared/dataset/localize';
import { readerLanguage, t } from '../../shared/ui/i18n';
import { ActionsContext, type SidebarActions } from '../sidebar/actions';
import { ExchangeView } from '../sidebar/exchange-view';
import { formatDay } from './format';

interface Props {
  event: ExchangeEvent;
  /** The exchanges just before and after it in the view the reader came from (by date). */
  earlier?: ExchangeEvent;
  later?: ExchangeEvent;
  hrefFor: (id: string) => string;
  open: (id: string) => void;
  search: (words: string) => void;
  back: () => void;
  backLabel: string;
}

const ignorePick = () => undefined;

export function ExchangeDetail({ event, earlier, later, hrefFor, open, search, back, backLabel }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [quote, setQuote] = useState('');
  // A new exchange on screen: focus its title, so keyboard and screen-reader users start there.
  useEffect(() => {
    setQuote('');
    scrollTo({ top: 0 });
    root.current?.querySelector<HTMLElement>('#top')?.focus({ preventScroll: true });
  }, [event.id]);
  // What the sidebar's chips and links ask for, done the explorer's way: in this page.
  const actions = useMemo<SidebarActions>(
    () => ({
      open,
      quote: (text) => {
        setQuote(text);
        setTimeout(() => document.getElementById('note-text')?.focus());
      },
      history: search,
      search,
    }),
    [open, search],
  );
  const lang = readerLanguage();
  return (
    <ActionsContext.Provider value={actions}>
      <div class="exchange-detail" ref={root} data-testid="exchange-detail">
        <p>
          <button type="button" onClick={back} data-testid="back">← {backLabel}</button>
        </p>
        <ExchangeView event={event} mode="browsing" onPick={ignorePick} article={null} notesArticle={null} quote={quote} />
        <nav class="neighbours" aria-label={t('explorerNeighbours')}>
          {earlier && (
            <a href={hrefFor(earlier.id)} rel="prev" data-testid="earlier">
              ← {t('explorerEarlier')}: {formatDay(earlier.date)} · {eventTitle(earlier, lang)}
            </a>
          )}
          {later && (
            <a href={hrefFor(later.id)} rel="next" data-testid="later">
              {t('explorerLater')}: {formatDay(later.date)} · {eventTitle(later, lang)} →
            </a>
          )}
        </nav>
      </div>
    </ActionsContext.Provider>
  );
}
