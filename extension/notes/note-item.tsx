/**
 * One note on the notes page: the reader's words first and largest, the quote with a link
 * back to its passage, where it came from, and edit (text, tags, quote) in place.
 */
import { useState } from 'preact/hooks';
import { quoteLink } from '../../shared/citations/text-fragment';
import { parseTagList, type Note, type NoteInput } from '../../shared/storage/notes-schema';
import { formatDay, formatMoment } from '../../shared/ui/dates';
import { t } from '../../shared/ui/i18n';
import { safeHref } from '../../shared/ui/theme';
import { exchangeHref } from './exchange-link';

interface Props {
  note: Note;
  /** The exchange's title in the reader's language, or undefined when the record no longer holds it. */
  exchangeTitle: string | undefined;
  /** Hide the exchange line (inside that exchange's dossier). */
  inDossier?: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onSave: (input: NoteInput) => Promise<boolean>;
  onDelete: () => void;
  /** What a note on one source of the exchange is about, in words. */
  sourceLabel?: (url: string) => string | undefined;
}

const firstWords = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export function NoteItem({ note: n, exchangeTitle, inDossier, selected, onSelect, onSave, onDelete, sourceLabel }: Props) {
  const [editing, setEditing] = useState<{ text: string; tags: string; quote: string } | null>(null);
  const id = `note-${n.id}`;
  const save = async () => {
    if (!editing) return;
    const { createdAt: _c, updatedAt: _u, quote: _q, quoteContext, ...rest } = n;
    const quote = editing.quote.trim();
    const input: NoteInput = { ...rest, text: editing.text, tags: parseTagList(editing.tags) };
    // The context still locates an edited quote (a typo fixed); a removed quote takes it along.
    if (quote) Object.assign(input, { quote, ...(quoteContext ? { quoteContext } : {}) });
    if (await onSave(input)) setEditing(null);
  };
  const label = firstWords(n.text || n.quote || '');
  return (
    <li class={`note${selected ? ' selected' : ''}`} data-note-id={n.id}>
      <div class="note-head">
        <input type="checkbox" checked={selected} aria-label={t('notes_selectNote', label)} onChange={(e) => onSelect((e.target as HTMLInputElement).checked)} />
        <span class="meta">{t('notes_writtenOn', formatMoment(n.createdAt))}{n.updatedAt - n.createdAt > 60_000 && <> · {t('notes_editedOn', formatMoment(n.updatedAt))}</>}</span>
        {n.tags.map((tag) => <span class="chip" key={tag}>#{tag}</span>)}
      </div>
      {editing ? (
        <div class="editor">
          <label>{t('notes_editText')}<textarea rows={4} value={editing.text} onInput={(e) => setEditing({ ...editing, text: (e.target as HTMLTextAreaElement).value })} /></label>
          <label>{t('notes_editTags')}<input value={editing.tags} onInput={(e) => setEditing({ ...editing, tags: (e.target as HTMLInputElement).value })} /></label>
          <label>{t('notes_editQuote')}<textarea rows={2} value={editing.quote} onInput={(e) => setEditing({ ...editing, quote: (e.target as HTMLTextAreaElement).value })} /></label>
          <div class="row">
            <button type="button" class="primary" onClick={() => void save()}>{t('save')}</button>
            <button type="button" onClick={() => setEditing(null)}>{t('cancel')}</button>
          </div>
        </div>
      ) : (
        <>
          {n.quote && (
            <blockquote>
              <p class="quote-text">{n.quote}</p>
              {n.article && <a class="passage" href={safeHref(quoteLink(n.article.url, n.quote, n.quoteContext))} target="_blank" rel="noopener noreferrer">{t('notes_openPassage')}</a>}
            </blockquote>
          )}
          {n.text && <p class="note-text" id={`${id}-text`}>{n.text}</p>}
        </>
      )}
      {n.target && (
        <p class="about">{n.target.kind === 'phrase' ? t('notes_aboutPhrase', n.target.text) : t('notes_aboutSource', sourceLabel?.(n.target.url) ?? n.target.url)}</p>
      )}
      <p class="source">
        {n.article && (
          <a href={safeHref(n.article.url)} target="_blank" rel="noopener noreferrer">
            {n.article.outlet}: {n.article.title}
          </a>
        )}
        {n.article && (n.article.author || n.article.date) && <span class="muted"> · {[n.article.author && t('notes_byAuthor', n.article.author), n.article.date && formatDay(n.article.date)].filter(Boolean).join(' · ')}</span>}
        {n.eventId && !inDossier && (
          <span class="exchange-line">
            {n.article && ' · '}
            {t('exchange')}: {exchangeTitle ? <a href={exchangeHref(n.eventId)}>{exchangeTitle}</a> : <span class="muted">{t('notes_unknownExchange', n.eventId)}</span>}
          </span>
        )}
      </p>
      {!editing && (
        <p class="row actions">
          <button type="button" class="link" onClick={() => setEditing({ text: n.text, tags: n.tags.map((x) => `#${x}`).join(' '), quote: n.quote ?? '' })}>{t('edit')}</button>
          <button type="button" class="link" onClick={onDelete}>{t('delete')}</button>
        </p>
      )}
    </li>
  );
}
