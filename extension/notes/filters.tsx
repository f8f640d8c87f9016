/** The notes page's labelled filters: each says what it filters on. */
import { t } from '../../shared/ui/i18n';
import { dayEnd, dayStart, type PageFilter } from './filter';

interface Props {
  filter: PageFilter;
  set: (patch: Partial<PageFilter>) => void;
  exchanges: { id: string; title: string }[];
  outlets: string[];
  tags: string[];
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
const isoDay = (ms: number | undefined, end = false) => {
  if (ms === undefined) return '';
  const d = new Date(end ? ms - 1 : ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function Filters({ filter, set, exchanges, outlets, tags }: Props) {
  return (
    <section class="filters" aria-label={t('filters')}>
      <label class="search">{t('search')}<input type="search" data-testid="search" value={filter.text ?? ''} onInput={(e) => set({ text: value(e) })} /></label>
      {/* Labels by id, so a select's name is its label alone, not its options too. */}
      <span class="field"><label for="filter-exchange">{t('exchange')}</label><select id="filter-exchange" value={filter.eventId ?? ''} onChange={(e) => set({ eventId: value(e) })}>
        <option value="">{t('any')}</option>{exchanges.map((x) => <option value={x.id} key={x.id}>{x.title}</option>)}
      </select></span>
      <span class="field"><label for="filter-outlet">{t('outlet')}</label><select id="filter-outlet" value={filter.outlet ?? ''} onChange={(e) => set({ outlet: value(e) })}>
        <option value="">{t('any')}</option>{outlets.map((o) => <option value={o} key={o}>{o}</option>)}
      </select></span>
      <span class="field"><label for="filter-tag">{t('tag')}</label><select id="filter-tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: value(e) })}>
        <option value="">{t('any')}</option>{tags.map((tag) => <option value={tag} key={tag}>#{tag}</option>)}
      </select></span>
      <div class="dates">
      <fieldset>
        <legend>{t('notes_written')}</legend>
        <label>{t('notes_dateFrom')}<input type="date" data-testid="written-from" value={isoDay(filter.writtenFrom)} onChange={(e) => set({ writtenFrom: dayStart(value(e)) })} /></label>
        <label>{t('notes_dateTo')}<input type="date" data-testid="written-to" value={isoDay(filter.writtenTo, true)} onChange={(e) => set({ writtenTo: dayEnd(value(e)) })} /></label>
      </fieldset>
      <fieldset>
        <legend>{t('notes_exchangeDate')}</legend>
        <label>{t('notes_dateFrom')}<input type="date" data-testid="exchange-from" value={filter.exchangeFrom ?? ''} onChange={(e) => set({ exchangeFrom: value(e) || undefined })} /></label>
        <label>{t('notes_dateTo')}<input type="date" data-testid="exchange-to" value={filter.exchangeTo ?? ''} onChange={(e) => set({ exchangeTo: value(e) || undefined })} /></label>
      </fieldset>
      </div>
    </section>
  );
}
