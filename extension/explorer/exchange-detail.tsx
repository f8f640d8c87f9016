/**
 * One exchange in full: the sidebar's own card and wording table (the one place the
 * explorer imports sidebar components, so following a sidebar redesign is one edit here),
 * the reader's notes on it, and the exchanges before and after it in the current view.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { eventTitle } from '../../shared/dataset/localize';
import { readerLanguage, t } from '../../shared/ui/i18n';
import { ExchangeCard } from '../sidebar/exchange-card';
import { WordingTable } from '../sidebar/wording-table';
import { Timeline } from '../sidebar/timeline';
import { ExchangeNotes } from './exchange-notes';
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

export function ExchangeDetail({ event, earlier, later, hrefFor, open, search, back, backLabel }: Props) {
  const root = useRef<HTMLDivElement>(null);
  // A new exchange on screen: move focus to its heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    const heading = root.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
    scrollTo({ top: 0 });
  }, [event.id]);
  const lang = readerLanguage();
  return (
    <div class="exchange-detail" ref={root} data-testid="exchange-detail">
      <p>
        <button type="button" onClick={back} data-testid="back">← {backLabel}</button>
      </p>
      <ExchangeCard event={event} onOpen={open} />
      <WordingTable event={event} articleUrl={undefined} onSearch={search} />
      <ExchangeNotes event={event} />
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
      <Timeline event={event} onOpen={open} />
    </div>
  );
}
