/**
 * The filters over the whole record: years, occasion, kind, direction, which side's state
 * media carried it, the reader's notes, and the order. Every change goes to the URL (the
 * view is bookmarkable); the count of what is shown is announced politely.
 */
import type { ComponentChildren } from 'preact';
import { DIRECTIONS, KINDS, OCCASIONS, type ExchangeEvent } from '../../shared/dataset/schema';
import { READOUT_FILTERS, SORT_ORDERS, isFiltered, type ExchangeFilter, type SortOrder } from '../../shared/dataset/exchange-filter';
import { kindLabel, occasionLabel, t } from '../../shared/ui/i18n';
import { directionText, readoutFilterText } from './labels';

interface Props {
  filter: ExchangeFilter;
  sort: SortOrder;
  record: readonly ExchangeEvent[];
  span: [number, number];
  onChange: (filter: ExchangeFilter, sort: SortOrder) => void;
  /** The line under the filters: how many are shown, and the actions on the view. */
  children: ComponentChildren;
}

function Choice({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}

export function FilterBar({ filter, sort, record, span, onChange, children }: Props) {
  const any: [string, string] = ['', t('explorerAny')];
  const years: [string, string][] = [];
  for (let y = span[0]; y <= span[1]; y++) years.push([String(y), String(y)]);
  // Only values the record holds: a choice that can only ever show nothing is noise.
  const present = <T extends string>(all: readonly T[], of: (e: ExchangeEvent) => T) => {
    const seen = new Set(record.map(of));
    return all.filter((v) => seen.has(v) || v === filter.occasion || v === filter.kind || v === filter.direction);
  };
  const set = (patch: Partial<ExchangeFilter>) => {
    const next: ExchangeFilter = { ...filter, ...patch };
    for (const k of Object.keys(next) as (keyof ExchangeFilter)[]) if (next[k] === undefined || next[k] === false) delete next[k];
    onChange(next, sort);
  };
  // The record's first and last years stand for "from the start" and "to the end": they are left out of the URL.
  const year = (v: string, edge: number) => (Number(v) === edge ? undefined : Number(v));
  return (
    <section class="filters" aria-labelledby="filters-heading" data-testid="filters">
      <h2 id="filters-heading" class="visually-hidden">{t('explorerFilters')}</h2>
      <div class="filter-grid">
        <Choice id="f-from" label={t('explorerFromYear')} value={String(filter.from ?? span[0])} options={years} onChange={(v) => set({ from: year(v, span[0]) })} />
        <Choice id="f-to" label={t('explorerToYear')} value={String(filter.to ?? span[1])} options={years} onChange={(v) => set({ to: year(v, span[1]) })} />
        <Choice id="f-occasion" label={t('explorerOccasion')} value={filter.occasion ?? ''} options={[any, ...present(OCCASIONS, (e) => e.occasion).map((o): [string, string] => [o, occasionLabel(o)])]} onChange={(v) => set({ occasion: (v || undefined) as ExchangeFilter['occasion'] })} />
        <Choice id="f-kind" label={t('explorerKind')} value={filter.kind ?? ''} options={[any, ...present(KINDS, (e) => e.kind).map((k): [string, string] => [k, kindLabel(k)])]} onChange={(v) => set({ kind: (v || undefined) as ExchangeFilter['kind'] })} />
        <Choice id="f-direction" label={t('explorerDirection')} value={filter.direction ?? ''} options={[any, ...present(DIRECTIONS, (e) => e.direction).map((d): [string, string] => [d, directionText(d)])]} onChange={(v) => set({ direction: (v || undefined) as ExchangeFilter['direction'] })} />
        <Choice id="f-readouts" label={t('explorerReadouts')} value={filter.readouts ?? ''} options={[any, ...READOUT_FILTERS.map((r): [string, string] => [r, readoutFilterText(r)])]} onChange={(v) => set({ readouts: (v || undefined) as ExchangeFilter['readouts'] })} />
        <Choice id="f-sort" label={t('explorerSort')} value={sort} options={SORT_ORDERS.map((s): [string, string] => [s, t(`explorerSort_${s}`)])} onChange={(v) => onChange(filter, v === 'oldest' ? 'oldest' : 'newest')} />
        <div class="field check">
          <input id="f-notes" type="checkbox" checked={!!filter.withNotes} onChange={(e) => set({ withNotes: (e.target as HTMLInputElement).checked })} />
          <label for="f-notes">{t('explorerWithNotes')}</label>
        </div>
      </div>
      <div class="view-bar">
        {children}
        {isFiltered(filter) && (
          <button type="button" class="link" onClick={() => onChange({}, sort)} data-testid="clear-filters">{t('explorerClearFilters')}</button>
        )}
      </div>
    </section>
  );
}
