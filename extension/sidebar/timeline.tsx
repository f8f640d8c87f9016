import { useCatalog } from '../../shared/ui/catalog';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { relationsOf } from '../../shared/dataset/relations';
import { directionLabel } from '../../shared/dataset/wording';
import { kindLabel, readerLanguage, t } from '../../shared/ui/i18n';
import { eventTitle } from '../../shared/dataset/localize';

/** Earlier exchanges: the reply chain, the same occasion in past years, and the ones just before. */
export function Timeline({ event, onOpen }: { event: ExchangeEvent; onOpen: (id: string) => void }) {
  const r = relationsOf(event, useCatalog().events);
  const groups: [string, ExchangeEvent[]][] = [
    [t('replyChain'), [...r.answers, ...r.answeredBy, ...r.related]],
    [t('sameOccasion'), r.sameOccasion.slice(0, 8)],
    [t('justBefore'), r.before],
  ];
  return (
    <section aria-labelledby="timeline-heading" data-testid="timeline">
      <h2 id="timeline-heading">{t('earlierExchanges')}</h2>
      {groups.map(([label, events]) =>
        events.length === 0 ? null : (
          <div key={label}>
            <h3>{label}</h3>
            <ol class="timeline">
              {events.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.date} class="muted small">{e.date}</time>{' '}
                  <button type="button" class="link" onClick={() => onOpen(e.id)} data-event-id={e.id}>
                    {directionLabel(e)} — {kindLabel(e.kind)}: {eventTitle(e, readerLanguage())}
                  </button>
                </li>
              ))}
            </ol>
          </div>
        ),
      )}
    </section>
  );
}
