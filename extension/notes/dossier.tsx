/**
 * A dossier per exchange: what it is (title, labelled dates, who, kind, summary), its
 * sources, every note and quote the reader has on it, and a form to add one. The
 * sidebar's card cannot open outside an article, so its essentials are shown here.
 */
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { eventTitle, localize } from '../../shared/dataset/localize';
import { directionLabel } from '../../shared/dataset/wording';
import type { Note, NoteInput } from '../../shared/storage/notes-schema';
import { formatDay } from '../../shared/ui/dates';
import { kindLabel, occasionLabel, readerLanguage, t } from '../../shared/ui/i18n';
import { safeHref } from '../../shared/ui/theme';
import { exchangeHref } from './exchange-link';
import { DEFAULT_ROUTE, EXPLORER_PAGE, formatRoute } from '../../shared/ui/explorer-route';
import { ExchangeNoteForm } from './exchange-note-form';

interface Props {
  event: ExchangeEvent;
  notes: Note[];
  renderNote: (n: Note, sourceLabel: (url: string) => string | undefined) => preact.JSX.Element;
  onSave: (input: NoteInput) => Promise<boolean>;
}

export function Dossier({ event, notes, renderNote, onSave }: Props) {
  const lang = readerLanguage();
  const id = `dossier-${event.id}`;
  const sourceLabel = (url: string) => {
    const r = event.readouts.find((x) => x.url === url);
    if (r) return `${r.agency}, “${r.title}”`;
    const c = event.coverage.find((x) => x.url === url);
    return c ? `${c.outlet}, “${c.headline}”` : undefined;
  };
  return (
    <section class="dossier" aria-labelledby={`${id}-h`} data-testid="dossier" data-event-id={event.id}>
      <h2 id={`${id}-h`} tabIndex={-1}><a href={exchangeHref(event.id)}>{eventTitle(event, lang)}</a></h2>
      <p class="small"><a href={`../${EXPLORER_PAGE}${formatRoute({ ...DEFAULT_ROUTE, exchange: event.id })}`} data-testid="dossier-explorer">{t('notes_openInExplorer')}</a></p>
      <p class="dates" data-testid="dossier-dates">
        {t('notes_reported', formatDay(event.date))}
        {event.sentDate && event.sentDate !== event.date && <> · {t('notes_sent', formatDay(event.sentDate))}</>}
      </p>
      <p class="row small">
        <span>{directionLabel(event)}</span>
        <span class="chip">{kindLabel(event.kind)}</span>
        <span class="chip">{occasionLabel(event.occasion)}</span>
      </p>
      <p class="summary">{localize(event.summary, lang)}</p>
      <details class="sources" open>
        <summary>{t('notes_sources')} ({event.readouts.length + event.coverage.length})</summary>
        <h3>{t('notes_readouts')}</h3>
        {event.readouts.length === 0 ? <p class="muted">{t('noReadouts')}</p> : (
          <ul class="plain" data-testid="dossier-readouts">
            {event.readouts.map((r) => (
              <li key={`${r.agency}${r.title}`}>
                <span class={`chip ${r.side}`}>{r.agency}</span> <span class="muted">{formatDay(r.date)}</span>{' '}
                {r.url ? <a href={safeHref(r.url)} target="_blank" rel="noopener noreferrer" lang={r.language}>{r.title}</a> : <span lang={r.language}>{r.title} <span class="muted">({r.print?.page ? t('notes_printPage', r.print.page) : t('notes_printEdition')})</span></span>}
              </li>
            ))}
          </ul>
        )}
        {event.coverage.length > 0 && <h3>{t('notes_coverage')}</h3>}
        <ul class="plain">
          {event.coverage.map((c) => (
            <li key={`${c.outlet}${c.headline}`}>
              <span class="chip">{c.outlet}</span> <span class="muted">{formatDay(c.date)}</span>{' '}
              {c.url ? <a href={safeHref(c.url)} target="_blank" rel="noopener noreferrer" lang={c.language}>{c.headline}</a> : <span lang={c.language}>{c.headline} <span class="muted">({c.print?.page ? t('notes_printPage', c.print.page) : t('notes_printEdition')})</span></span>}
            </li>
          ))}
        </ul>
      </details>
      <h3>{t('notes_yourNotes')} ({notes.length})</h3>
      {notes.length === 0 ? <p class="muted">{t('notes_noNotesYet')}</p> : <ol class="plain notes" data-testid="notes">{notes.map((n) => renderNote(n, sourceLabel))}</ol>}
      <ExchangeNoteForm event={event} onSave={onSave} />
    </section>
  );
}
