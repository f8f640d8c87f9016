/** What an empty notebook says: how notes are made, and a way to start one on any exchange. */
import { useState } from 'preact/hooks';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { eventTitle } from '../../shared/dataset/localize';
import { formatDay } from '../../shared/ui/dates';
import { readerLanguage, t } from '../../shared/ui/i18n';
import { exchangeHref } from './exchange-link';

/**
 * Opens any exchange's dossier, where a note can be written without an article. A button
 * opens it, not the select's change: arrowing through a closed select fires change.
 */
export function ExchangePicker({ events }: { events: readonly ExchangeEvent[] }) {
  const lang = readerLanguage();
  const [id, setId] = useState('');
  return (
    <p class="picker row">
      <label>{t('notes_startExchange')}
        <select value={id} data-testid="exchange-picker" onChange={(e) => setId((e.target as HTMLSelectElement).value)}>
          <option value="">{t('notes_chooseExchange')}</option>
          {[...events].reverse().map((e) => <option key={e.id} value={e.id}>{formatDay(e.date)} · {eventTitle(e, lang)}</option>)}
        </select>
      </label>
      <button type="button" disabled={!id} onClick={() => { location.hash = exchangeHref(id); }}>{t('notes_openDossier')}</button>
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
