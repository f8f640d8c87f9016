/** The reader's notes on one exchange, and a box to add one (through the background, which holds the notes database). */
import { useEffect, useState } from 'preact/hooks';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import type { Note } from '../../shared/storage/notes-schema';
import { t } from '../../shared/ui/i18n';
import { rpc } from '../../shared/ui/rpc';
import { plural } from './format';

export function ExchangeNotes({ event }: { event: ExchangeEvent }) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const refresh = async () => {
    const r = await rpc.notesFor(event.id);
    if (r.ok) setNotes(r.notes);
    else setError(r.error);
  };
  useEffect(() => {
    setNotes(null);
    setText('');
    setError('');
    void refresh();
  }, [event.id]);
  const add = async () => {
    if (!text.trim()) return;
    const r = await rpc.saveNote({ eventId: event.id, text: text.trim(), tags: [] });
    if (!r.ok) return setError(r.error);
    setText('');
    setError('');
    await refresh();
  };
  return (
    <section aria-labelledby="exchange-notes-heading" data-testid="exchange-notes">
      <h2 id="exchange-notes-heading">{t('explorerYourNotes')}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {notes && <p class="small muted">{notes.length ? plural('explorerNoteCount', notes.length) : t('explorerNoNotes')}</p>}
      {notes && notes.length > 0 && (
        <ul class="notes">
          {notes.map((n) => (
            <li key={n.id} class="note">
              {n.quote && <blockquote>{n.quote}</blockquote>}
              <p class="note-text">{n.text}</p>
              <p class="small muted">
                {new Date(n.updatedAt).toLocaleString()}
                {n.article && <> · {n.article.outlet}</>}
                {n.tags.map((tag) => <span class="chip" key={tag}>#{tag}</span>)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form
        class="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label for="explorer-note">{t('explorerAddNote')}</label>
        <textarea id="explorer-note" rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        <p>
          <button type="submit" class="primary">{t('explorerSaveNote')}</button>
        </p>
      </form>
    </section>
  );
}
