/**
 * Every exchange the filters let through, as a list: a real <ul>, each row a link that
 * opens the exchange, grouped by year under headings. Past a few hundred rows only the
 * rows near the viewport are rendered (each row still says its place in the whole list),
 * so ten thousand exchanges open as fast as a hundred.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { eventTitle } from '../../shared/dataset/localize';
import { ReaderMark } from '../sidebar/library/reader-mark';
import { readoutSides } from '../../shared/dataset/exchange-filter';
import { kindLabel, occasionLabel, readerLanguage, t } from '../../shared/ui/i18n';
import { formatDay, plural } from './format';
import { directionShort, senderSide } from './labels';
import { yearCounts, type ListRow } from './list-rows';
import { useWindowVirtualizer } from './use-window-virtualizer';
import type { Series } from '../../shared/dataset/occasion-gaps';

/** Below this many rows the whole list is rendered: the browser's find-in-page then sees every row. */
export const VIRTUAL_FROM = 300;

interface Props {
  rows: readonly ListRow[];
  hrefFor: (id: string) => string;
  noted: ReadonlySet<string> | undefined;
  /** An exchange to bring into view and focus (the one the reader came back from). */
  focusId?: string;
  seriesLabel: (s: Series) => string;
}

export function ExchangeList(props: Props) {
  return props.rows.length >= VIRTUAL_FROM ? <VirtualRows {...props} /> : <AllRows {...props} />;
}

function focusRow(list: HTMLElement | null, id: string | undefined): boolean {
  const link = id ? list?.querySelector<HTMLElement>(`a[data-event-id="${CSS.escape(id)}"]`) : null;
  if (!link) return false;
  link.scrollIntoView({ block: 'center' });
  link.focus({ preventScroll: true });
  return true;
}

function AllRows({ rows, focusId, ...rest }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const counts = useMemo(() => yearCounts(rows), [rows]);
  useLayoutEffect(() => void focusRow(list.current, focusId), [focusId]);
  return (
    <ul class="exchange-list" ref={list} data-testid="exchange-list">
      {rows.map((row) => (
        <Row key={row.key} row={row} count={counts.get(row.year) ?? 0} {...rest} />
      ))}
    </ul>
  );
}

function VirtualRows({ rows, focusId, ...rest }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const counts = useMemo(() => yearCounts(rows), [rows]);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => setMargin(list.current ? list.current.getBoundingClientRect().top + scrollY : 0));
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.heading ? 118 : 84),
    getItemKey: (i) => rows[i]?.key ?? String(i),
    scrollMargin: margin,
  });
  // Coming back from an exchange: scroll its row into the rendered window, then focus it.
  const pending = useRef(focusId);
  useLayoutEffect(() => {
    pending.current = focusId;
    const index = focusId ? rows.findIndex((r) => r.type === 'exchange' && r.event.id === focusId) : -1;
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [focusId]);
  useLayoutEffect(() => {
    if (pending.current && focusRow(list.current, pending.current)) pending.current = undefined;
  });
  const items = virtualizer.getVirtualItems();
  return (
    <ul class="exchange-list virtual" ref={list} style={{ height: `${virtualizer.getTotalSize()}px` }} data-testid="exchange-list">
      {items.map((item) => {
        const row = rows[item.index]!;
        return (
          <Row
            key={row.key}
            row={row}
            count={counts.get(row.year) ?? 0}
            index={item.index}
            setSize={rows.length}
            measure={virtualizer.measureElement}
            top={item.start - virtualizer.options.scrollMargin}
            {...rest}
          />
        );
      })}
    </ul>
  );
}

interface RowProps extends Omit<Props, 'rows' | 'focusId'> {
  row: ListRow;
  count: number;
  index?: number;
  setSize?: number;
  measure?: (el: HTMLElement | null) => void;
  top?: number;
}

function Row({ row, count, index, setSize, measure, top, hrefFor, noted, seriesLabel }: RowProps) {
  const virtual = index !== undefined;
  const attrs = virtual ? { 'data-index': index, 'aria-setsize': setSize, 'aria-posinset': index + 1, style: { transform: `translateY(${top}px)` } } : {};
  const heading = row.heading && (
    <h3 class="year-heading">
      {row.year} <span class="muted small">{plural('explorerExchangeCount', count)}</span>
    </h3>
  );
  if (row.type === 'gap') {
    return (
      <li class="gap-row" ref={measure} {...attrs} data-testid="gap-row">
        {heading}
        <p class="gap-text">
          <span class="gap-mark" aria-hidden="true" />
          {t('explorerGapRow', String(row.year), seriesLabel(row.series))}
        </p>
      </li>
    );
  }
  const e = row.event;
  const sides = readoutSides(e);
  return (
    <li class="exchange-row" ref={measure} {...attrs}>
      {heading}
      <a class="exchange-link" href={hrefFor(e.id)} data-event-id={e.id}>
        {eventTitle(e, readerLanguage())}
      </a>
      <p class="ex-meta">
        <time dateTime={e.date}>{formatDay(e.date)}</time>
        <span class={`chip side-${senderSide(e.direction)}`}>{directionShort(e.direction)}</span>
        <span>{kindLabel(e.kind)}</span>
        <span class="muted">{occasionLabel(e.occasion)}</span>
        {sides.dprk && <span class="chip dprk">{t('explorerHasDprkReadout')}</span>}
        {sides.prc && <span class="chip prc">{t('explorerHasPrcReadout')}</span>}
        {noted?.has(e.id) && <span class="chip noted">{t('explorerHasNotes')}</span>}
        <ReaderMark event={e} />
      </p>
    </li>
  );
}
