/** What an empty notebook says: how notes are made, and a way to start one on any exchange. */
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { eventTitle } from '../../shared/dataset/localize';
import { formatDay } from '../../shared/ui/dates';
import { readerLanguage, t } from '../../shared/ui/i18n';
import { exchangeHref } from './exchange-link';

/** Opens any exchange's dossier, where a note can be written without an article. */
export function ExchangePicker({ events }: { events: readonly ExchangeEvent[] }) {
  const lang = readerLanguage();
  return (
    <p class="picker">
      <label>{t('notes_startExchange')}
        <select value="" data-testid="exchange-picker" onChange={(e) => {
          const id = (e.target as HTMLSelectElement).value;
          if (id) location.hash = exchangeHref(id);
        }}>
          <option value="">{t('notes_chooseExchange')}</option>
          {[...events].reverse().map((e) => <option key={e.id} value={e.id}>{formatDay(e.date)} · {eventTitle(e, lang)}</option>)}
        </select>
      </label>
    </p>
  );
}

export function EmptyState({ events }: { events: readonly ExchangeEvent[] }) {
  return (
    <section class="empty" aria-labelledby="empty-h" data-testid="empty">
      <h2 id="empty-h">{t('notes_emptyHeading')}</h2>
      <ol>
        <li>{t('notes_emptyHow1')}</li>
        <li>{t('notes_emptyHow2')}</li>
        <li>{t('notes_emptyHow3')}</li>
      </ol>
      <ExchangePicker events={events} />
    </section>
  );
}
