import type { ExchangeEvent } from '../../shared/dataset/schema';
import { directionLabel } from '../../shared/dataset/wording';
import { kindLabel, occasionLabel, readerLanguage, t } from '../../shared/ui/i18n';
import { eventTitle, localize } from '../../shared/dataset/localize';
import { safeHref } from '../../shared/ui/theme';
import { useCatalog } from '../../shared/ui/catalog';
import { relationsOf } from '../../shared/dataset/relations';

/** The exchange at a glance: when, who to whom, what, why, our summary and the state-media readouts. */
export function ExchangeCard({ event, onOpen }: { event: ExchangeEvent; onOpen: (id: string) => void }) {
  const { answers: [answers], answeredBy } = relationsOf(event, useCatalog().events);
  const lang = readerLanguage();
  return (
    <section class="card" aria-labelledby="exchange-heading" data-testid="exchange">
      <p class="muted small">
        <time dateTime={event.date}>{event.date}</time>
        {event.sentDate && event.sentDate !== event.date && <> · {t('sentOn', event.sentDate)}</>}
      </p>
      <h2 id="exchange-heading" data-testid="exchange-title">{directionLabel(event)}</h2>
      <p class="row small">
        <span class="chip" data-testid="kind">{kindLabel(event.kind)}</span>
        <span class="chip">{occasionLabel(event.occasion)}</span>
      </p>
      <p class="occasion">{localize(event.occasionDetail, lang)}</p>
      <p data-testid="summary">{localize(event.summary, lang)}</p>
      {event.unconfirmed && <p class="small muted">⚠ {t('unconfirmed')}: {localize(event.unconfirmed, lang)}</p>}
      {answers && (
        <p class="small">{t('answers')}: <button type="button" class="link" onClick={() => onOpen(answers.id)}>{answers.date} · {eventTitle(answers, lang)}</button></p>
      )}
      {answeredBy.map((r) => (
        <p class="small" key={r.id}>{t('answeredBy')}: <button type="button" class="link" onClick={() => onOpen(r.id)}>{r.date} · {directionLabel(r)}</button></p>
      ))}
      <h3>{t('readouts')}</h3>
      {event.readouts.length === 0 ? (
        <p class="muted small">{t('noReadouts')}</p>
      ) : (
        <ul class="plain readouts" data-testid="readouts">
          {event.readouts.map((r) => (
            <li key={r.url ?? r.title}>
              <span class={`chip ${r.side}`}>{r.agency}</span> <span class="muted small">{r.date}</span>{' '}
              {r.url ? <a href={safeHref(r.url)} target="_blank" rel="noopener noreferrer" lang={r.language}>{r.title}</a> : <span lang={r.language}>{r.title}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
