import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import type { ArticleFacts } from '../../shared/detector/article';
import { quoteLink } from '../../shared/citations/text-fragment';
import { parseTagList, type Note, type NoteInput, type QuoteContext } from '../../shared/storage/notes-schema';
import { t } from '../../shared/ui/i18n';
import { rpc } from '../../shared/ui/rpc';
import { safeHref } from '../../shared/ui/theme';

const DRAFT_DELAY_MS = 250;

/**
 * This exchange's and this article's notes. What the reader types is saved as a draft
 * in the background's database as they type, so closing the sidebar, leaving the page
 * or a crashed tab never loses it; the draft is cleared only once the note is saved.
 */
export function NotesPanel({ event, article, initialQuote = '' }: { event: ExchangeEvent | undefined; article: ArticleFacts | null; initialQuote?: string }) {
  const draftKey = `${event?.id ?? ''}|${article?.url ?? ''}`;
  const [notes, setNotes] = useState<Note[]>([]);
  const [text, setText] = useState('');
  // A passage chosen from the page's context menu arrives as the initial quote.
  const [quote, setQuote] = useState(initialQuote);
  // The text around the quote on the page, so it can be found and linked to again (null: not known yet).
  const [context, setContext] = useState<QuoteContext | null>(null);
  useEffect(() => {
    if (initialQuote) {
      setQuote(initialQuote);
      setContext(null);
    }
  }, [initialQuote]);
  // Quotes of this page's notes that the highlighter could not find on the page any more.
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [tags, setTags] = useState('');
  const [error, setError] = useState('');
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const pending = useRef<{ key: string; text: string } | null>(null);

  /** Sends the waiting draft now (the timer fired, or the frame is going away). */
  const flushDraft = () => {
    clearTimeout(timer.current);
    const draft = pending.current;
    pending.current = null;
    if (draft) void rpc.saveDraft(draft.key, draft.text).then((r) => !r.ok && setError(r.error));
  };
  // A reload or navigation of the page unloads this frame before the timer fires: send the draft first.
  useEffect(() => {
    addEventListener('pagehide', flushDraft);
    return () => removeEventListener('pagehide', flushDraft);
  }, []);

  const refresh = async () => {
    const r = await rpc.notesFor(event?.id, article?.url);
    if (r.ok) setNotes(r.notes);
    else setError(r.error);
    // Highlights this page's quotes again (a new one included) and learns which are gone.
    if (article) void rpc.anchors().then((a) => a.ok && setMissing(new Set(a.missing)));
  };

  useEffect(() => {
    void refresh();
    void rpc.readDraft(draftKey).then((r) => {
      if (r.ok && r.text) {
        try {
          const d = JSON.parse(r.text) as { text?: string; quote?: string; tags?: string; context?: QuoteContext };
          setText(d.text ?? '');
          setQuote(d.quote ?? '');
          setContext(d.context ?? null);
          setTags(d.tags ?? '');
        } catch {
          setText(r.text);
        }
      }
    });
  }, [draftKey]);

  const keepDraft = (next: { text: string; quote: string; tags: string; context?: QuoteContext | null }) => {
    const empty = !next.text && !next.quote && !next.tags;
    const withContext = { ...next, context: next.context === undefined ? context : next.context };
    pending.current = { key: draftKey, text: empty ? '' : JSON.stringify(withContext) };
    clearTimeout(timer.current);
    timer.current = setTimeout(flushDraft, DRAFT_DELAY_MS);
  };

  const add = async () => {
    if (!text.trim() && !quote.trim()) return;
    const input: NoteInput = { text: text.trim(), tags: parseTagList(tags) };
    if (quote.trim()) {
      input.quote = quote.trim();
      // A quote from the context menu came as bare words: find where they stand on the page.
      const found = context ?? (article ? await rpc.captureQuote(input.quote).then((r) => (r.ok ? r.quote : null)) : null);
      if (found) input.quoteContext = { prefix: found.prefix, suffix: found.suffix, ...(found.repeated ? { repeated: true } : {}) };
    }
    if (event) input.eventId = event.id;
    if (article) {
      // The byline is read from the page only now, for the citation; a page without one gives none.
      const author = await rpc.pageAuthor().then((r) => (r.ok ? r.author : undefined));
      input.article = { url: article.url, title: article.headline, outlet: article.outlet, date: article.published, ...(author ? { author } : {}), ...(article.lang ? { lang: article.lang } : {}) };
    }
    const r = await rpc.saveNote(input);
    if (!r.ok) return setError(r.error);
    setError('');
    setText('');
    setQuote('');
    setContext(null);
    setTags('');
    clearTimeout(timer.current);
    pending.current = null;
    await rpc.saveDraft(draftKey, '');
    await refresh();
  };

  const remove = async (note: Note) => {
    const r = await rpc.deleteNote(note.id);
    if (!r.ok) return setError(r.error);
    setDeleted(note);
    await refresh();
  };

  const undo = async () => {
    if (!deleted) return;
    const r = await rpc.restoreNote(deleted);
    if (!r.ok) return setError(r.error);
    setDeleted(null);
    await refresh();
  };

  const saveEdit = async (note: Note) => {
    if (!editing) return;
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = note;
    const r = await rpc.saveNote({ ...rest, id: note.id, text: editing.text });
    if (!r.ok) return setError(r.error);
    setEditing(null);
    await refresh();
  };

  const quoteSelection = async () => {
    // The selection with the text around it; a page the highlighter cannot reach gives the bare words.
    const captured = await rpc.captureQuote().then((r) => (r.ok ? r.quote : null));
    const selected = captured?.quote ?? (await rpc.selection());
    if (!selected) return setError(t('noSelection'));
    const found = captured ? { prefix: captured.prefix, suffix: captured.suffix, ...(captured.repeated ? { repeated: true } : {}) } : null;
    setError('');
    setQuote(selected);
    setContext(found);
    keepDraft({ text, quote: selected, tags, context: found });
  };
  const gone = notes.filter((n) => n.quote && missing.has(n.id));

  return (
    <section aria-labelledby="notes-heading" data-testid="notes">
      <h2 id="notes-heading">{t('notesHeading')}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {deleted && (
        <p class="notice small" role="status">
          {t('noteDeleted')} <button type="button" onClick={() => void undo()}>{t('undo')}</button>
        </p>
      )}
      <div class="note-form">
        <label for="note-text" class="small">{t('newNote')}</label>
        <textarea id="note-text" rows={3} value={text} onInput={(e) => {
          const v = (e.target as HTMLTextAreaElement).value;
          setText(v);
          keepDraft({ text: v, quote, tags });
        }} />
        {quote && (
          <blockquote class="small">
            {quote} <button type="button" class="link" onClick={() => { setQuote(''); setContext(null); keepDraft({ text, quote: '', tags, context: null }); }}>{t('removeQuote')}</button>
          </blockquote>
        )}
        <label for="note-tags" class="small">{t('tags')}</label>
        <input id="note-tags" value={tags} onInput={(e) => {
          const v = (e.target as HTMLInputElement).value;
          setTags(v);
          keepDraft({ text, quote, tags: v });
        }} placeholder="#wording #kcna" />
        <div class="row">
          <button type="button" class="primary" onClick={() => void add()}>{t('saveNote')}</button>
          {/* Quoting takes a selection on the article: there is none where no article is open (the explorer). */}
          {article && <button type="button" onClick={() => void quoteSelection()}>{t('quoteSelection')}</button>}
        </div>
      </div>
      {gone.length > 0 && (
        <section class="notice small" aria-labelledby="missing-quotes-h" data-testid="missing-quotes">
          <h3 id="missing-quotes-h">{t('hl_missingHeading')}</h3>
          <p>{t('hl_missingHelp')}</p>
          <ul class="plain">{gone.map((n) => <li key={n.id}><blockquote class="small">{n.quote}</blockquote></li>)}</ul>
        </section>
      )}
      <ul class="plain notes" data-testid="note-list">
        {notes.map((n) => (
          <li key={n.id} class="note">
            {n.quote && (
              <blockquote class="small">
                {n.quote}
                {missing.has(n.id) && <span class="quote-state" data-testid="quote-missing"> · {t('hl_missing')}</span>}
                {n.article && n.article.url !== article?.url && <> · <a href={safeHref(quoteLink(n.article.url, n.quote, n.quoteContext))} target="_blank" rel="noopener noreferrer">{t('hl_openPassage')}</a></>}
              </blockquote>
            )}
            {editing?.id === n.id ? (
              <>
                <label class="visually-hidden" for={`edit-${n.id}`}>{t('editNote')}</label>
                <textarea id={`edit-${n.id}`} rows={3} value={editing.text} onInput={(e) => setEditing({ id: n.id, text: (e.target as HTMLTextAreaElement).value })} />
                <div class="row">
                  <button type="button" class="primary" onClick={() => void saveEdit(n)}>{t('save')}</button>
                  <button type="button" onClick={() => setEditing(null)}>{t('cancel')}</button>
                </div>
              </>
            ) : (
              <p class="note-text">{n.text}</p>
            )}
            <p class="row small muted">
              <span>{new Date(n.updatedAt).toLocaleString()}</span>
              {n.tags.map((tag) => <span class="chip" key={tag}>#{tag}</span>)}
              <button type="button" class="link" onClick={() => setEditing({ id: n.id, text: n.text })}>{t('edit')}</button>
              <button type="button" class="link" onClick={() => void remove(n)}>{t('delete')}</button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
