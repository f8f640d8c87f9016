/**
 * Every note, newest first, with full-text search, filters, edit and delete, export
 * (JSON, Markdown with citations) and import. Filtering runs over the notes already
 * loaded, so typing in the search box never waits on the database.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { exchangeTitle } from '../../shared/dataset/wording';
import { MAX_IMPORT_BYTES, matchesQuery, toExport, toMarkdown, tooLargeMessage, type Note, type NoteQuery } from '../../shared/storage/notes-schema';
import { t } from '../../shared/ui/i18n';
import { useCatalog } from '../../shared/ui/catalog';
import { rpc } from '../../shared/ui/rpc';
import { safeHref } from '../../shared/ui/theme';
import { download } from './download';

const PAGE = 200;

export function NotesPage() {
  const catalog = useCatalog();
  const [all, setAll] = useState<Note[]>([]);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [query, setQuery] = useState<NoteQuery>({});
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);

  const reload = async () => {
    const r = await rpc.listNotes({});
    if (r.ok) setAll(r.notes);
    else setError(r.error);
  };
  useEffect(() => {
    void reload();
    void rpc.status().then(async (r) => {
      if (!r.ok) return setError(r.error);
      // Only a window may ask: StorageManager.persist() does not exist in Chrome's service
      // worker, so the background can only report. The grant covers the whole extension origin.
      setPersisted(r.persisted || ((await navigator.storage?.persist?.().catch(() => false)) ?? false));
    });
  }, []);

  const filtered = useMemo(() => all.filter((n) => matchesQuery(n, query)), [all, query]);
  const outlets = useMemo(() => [...new Set(all.map((n) => n.article?.outlet).filter((o): o is string => !!o))].sort(), [all]);
  const tags = useMemo(() => [...new Set(all.flatMap((n) => n.tags))].sort(), [all]);
  const exchanges = useMemo(() => [...new Set(all.map((n) => n.eventId).filter((e): e is string => !!e))].sort().reverse(), [all]);
  const set = (patch: Partial<NoteQuery>) => {
    setShown(PAGE);
    setQuery((q) => {
      const next = { ...q, ...patch };
      for (const k of Object.keys(next) as (keyof NoteQuery)[]) if (next[k] === '' || next[k] === undefined) delete next[k];
      return next;
    });
  };
  const titleOf = (id: string) => {
    const e = catalog.byId(id);
    return e ? exchangeTitle(e) : undefined;
  };
  const stamp = new Date().toISOString().slice(0, 10);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (import it twice) fires `change` again.
    input.value = '';
    if (!file) return;
    setMessage('');
    setError('');
    if (file.size > MAX_IMPORT_BYTES) return setError(`${t('importFailed')}: ${tooLargeMessage(file.size)}`);
    const r = await rpc.importNotes(await file.text());
    if (!r.ok) return setError(`${t('importFailed')}: ${r.error}`);
    setMessage(t('importReport', r.report.added, r.report.updated, r.report.skipped));
    await reload();
  };

  const remove = async (note: Note) => {
    const r = await rpc.deleteNote(note.id);
    if (!r.ok) return setError(r.error);
    await reload();
    setMessage(t('noteDeleted'));
  };

  const saveEdit = async (note: Note) => {
    if (!editing) return;
    const { createdAt: _c, updatedAt: _u, ...rest } = note;
    const r = await rpc.saveNote({ ...rest, text: editing.text });
    if (!r.ok) return setError(r.error);
    setEditing(null);
    await reload();
  };

  return (
    <div class="page">
      <header class="row spread">
        <h1>Lips &amp; Teeth — {t('notesHeading')}</h1>
        <span class="muted small" data-testid="count">{t('noteCount', filtered.length, all.length)}</span>
      </header>
      {persisted === false && <p class="notice small" role="status">{t('notPersisted')}</p>}
      {error && <p class="error" role="alert" data-testid="error">{error}</p>}
      {message && <p class="notice" role="status" data-testid="message">{message}</p>}
      <section class="filters" aria-label={t('filters')}>
        <label>{t('search')}<input type="search" data-testid="search" value={query.text ?? ''} onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} /></label>
        <label>{t('exchange')}<select value={query.eventId ?? ''} onChange={(e) => set({ eventId: (e.target as HTMLSelectElement).value })}>
          <option value="">{t('any')}</option>{exchanges.map((id) => <option value={id} key={id}>{titleOf(id) ?? id}</option>)}
        </select></label>
        <label>{t('outlet')}<select value={query.outlet ?? ''} onChange={(e) => set({ outlet: (e.target as HTMLSelectElement).value })}>
          <option value="">{t('any')}</option>{outlets.map((o) => <option value={o} key={o}>{o}</option>)}
        </select></label>
        <label>{t('tag')}<select value={query.tag ?? ''} onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value })}>
          <option value="">{t('any')}</option>{tags.map((tag) => <option value={tag} key={tag}>#{tag}</option>)}
        </select></label>
        <label>{t('from')}<input type="date" onChange={(e) => set({ from: dateStart((e.target as HTMLInputElement).value) })} /></label>
        <label>{t('to')}<input type="date" onChange={(e) => set({ to: dateEnd((e.target as HTMLInputElement).value) })} /></label>
      </section>
      <section class="row" aria-label={t('exportImport')}>
        <button type="button" onClick={() => download(`lips-and-teeth-notes-${stamp}.json`, JSON.stringify(toExport(filtered), null, 2), 'application/json')}>{t('exportJson')}</button>
        <button type="button" onClick={() => download(`lips-and-teeth-notes-${stamp}.md`, toMarkdown(filtered, titleOf), 'text/markdown')}>{t('exportMarkdown')}</button>
        <label class="file-button">{t('importJson')}<input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => void importFile(e.target as HTMLInputElement)} /></label>
      </section>
      <ol class="plain notes" data-testid="notes">
        {filtered.slice(0, shown).map((n) => (
          <li key={n.id} class="note">
            <p class="row small muted">
              <span>{new Date(n.updatedAt).toLocaleString()}</span>
              {n.tags.map((tag) => <span class="chip" key={tag}>#{tag}</span>)}
            </p>
            {n.quote && <blockquote>{n.quote}</blockquote>}
            {editing?.id === n.id ? (
              <>
                <textarea aria-label={t('editNote')} rows={4} value={editing.text} onInput={(e) => setEditing({ id: n.id, text: (e.target as HTMLTextAreaElement).value })} />
                <div class="row"><button type="button" class="primary" onClick={() => void saveEdit(n)}>{t('save')}</button><button type="button" onClick={() => setEditing(null)}>{t('cancel')}</button></div>
              </>
            ) : (
              <p class="note-text">{n.text}</p>
            )}
            <p class="small">
              {n.article && <a href={safeHref(n.article.url)} target="_blank" rel="noopener noreferrer">{n.article.outlet}: {n.article.title}</a>}
              {n.eventId && <span class="muted"> · {titleOf(n.eventId) ?? n.eventId}</span>}
            </p>
            <p class="row small">
              <button type="button" class="link" onClick={() => setEditing({ id: n.id, text: n.text })}>{t('edit')}</button>
              <button type="button" class="link" onClick={() => void remove(n)}>{t('delete')}</button>
            </p>
          </li>
        ))}
      </ol>
      {filtered.length > shown && <button type="button" onClick={() => setShown((s) => s + PAGE)}>{t('showMore')}</button>}
    </div>
  );
}

const dateStart = (v: string) => (v ? Date.parse(`${v}T00:00:00`) : undefined);
const dateEnd = (v: string) => (v ? Date.parse(`${v}T23:59:59.999`) : undefined);
