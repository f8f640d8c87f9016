/**
 * The reader's notebook: every note, newest first, as a list or as a dossier per exchange;
 * labelled filters, edit, select several to export or delete (with undo), citations in
 * four formats and the JSON backup, tag renaming, and notices about keeping notes safe.
 * Filtering runs over the notes already loaded, so typing never waits on the database.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { eventTitle } from '../../shared/dataset/localize';
import { MAX_IMPORT_BYTES, tooLargeMessage, type Note, type NoteInput } from '../../shared/storage/notes-schema';
import { readerLanguage, t } from '../../shared/ui/i18n';
import { tCount } from '../../shared/ui/plural';
import { useCatalog } from '../../shared/ui/catalog';
import { rpc } from '../../shared/ui/rpc';
import { Dossier } from './dossier';
import { EmptyState, ExchangePicker } from './empty-state';
import { exchangeFromHash } from './exchange-link';
import { exportNotes, type ExportFormat } from './exports';
import { isFiltered, matchesFilter, type PageFilter } from './filter';
import { Filters } from './filters';
import { NoteItem } from './note-item';
import { BackupReminder, StorageNotice } from './notices';
import { BACKUP_REMINDER_AFTER, readPrefs, updatePrefs, type NotesPrefs } from './notes-prefs';
import { TagTools } from './tag-tools';

const PAGE = 200;
type Status = { text: string; undo?: Note[] };

export function NotesPage() {
  const catalog = useCatalog();
  const lang = readerLanguage();
  const [all, setAll] = useState<Note[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [prefs, setPrefs] = useState<NotesPrefs>({});
  const [storageNotice, setStorageNotice] = useState(false);
  const [filter, setFilter] = useState<PageFilter>({});
  const [view, setView] = useState<'list' | 'dossier'>('list');
  const [focus, setFocus] = useState<string | null>(exchangeFromHash(location.hash));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [shown, setShown] = useState(PAGE);

  const reload = async () => {
    const r = await rpc.listNotes({});
    if (r.ok) {
      setAll(r.notes);
      // A note deleted elsewhere cannot stay selected.
      setSelected((s) => new Set(r.notes.filter((n) => s.has(n.id)).map((n) => n.id)));
    } else setError(r.error);
    setLoaded(true);
  };
  useEffect(() => {
    void reload();
    void Promise.all([rpc.status(), readPrefs()]).then(async ([r, p]) => {
      setPrefs(p);
      if (!r.ok) return setError(r.error);
      // Only a window may ask: StorageManager.persist() does not exist in Chrome's service
      // worker, so the background can only report. The grant covers the whole extension origin.
      const granted = r.persisted || ((await navigator.storage?.persist?.().catch(() => false)) ?? false);
      // Said once: after this visit, the reader knows, and the backup reminder takes over.
      if (!granted && !p.storageNoticeShown) {
        setStorageNotice(true);
        setPrefs(await updatePrefs({ storageNoticeShown: true }));
      }
    });
    const onHash = () => {
      const id = exchangeFromHash(location.hash);
      setFocus(id);
      if (id) {
        setView('dossier');
        requestAnimationFrame(() => document.getElementById(`dossier-${id}-h`)?.focus());
      }
    };
    onHash();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const title = (id: string) => {
    const e = catalog.byId(id);
    return e ? eventTitle(e, lang) : undefined;
  };
  const exchangeDate = (id: string) => catalog.byId(id)?.date;
  const filtered = useMemo(() => all.filter((n) => matchesFilter(n, filter, exchangeDate)), [all, filter, catalog]);
  const outlets = useMemo(() => [...new Set(all.map((n) => n.article?.outlet).filter((o): o is string => !!o))].sort(), [all]);
  const tags = useMemo(() => [...new Set(all.flatMap((n) => n.tags))].sort(), [all]);
  const exchanges = useMemo(
    () => [...new Set(all.map((n) => n.eventId).filter((e): e is string => !!e))].map((id) => ({ id, title: title(id) ?? id, date: exchangeDate(id) ?? '' })).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    [all, catalog],
  );
  const chosen = useMemo(() => all.filter((n) => selected.has(n.id)), [all, selected]);
  const scope = chosen.length ? chosen : filtered;
  const unsaved = useMemo(() => all.filter((n) => n.updatedAt > (prefs.lastBackupAt ?? 0)).length, [all, prefs]);

  const set = (patch: Partial<PageFilter>) => {
    setShown(PAGE);
    setFilter((q) => {
      const next = { ...q, ...patch };
      for (const k of Object.keys(next) as (keyof PageFilter)[]) if (next[k] === '' || next[k] === undefined) delete next[k];
      return next;
    });
  };
  const say = (text: string, undo?: Note[]) => {
    setError('');
    setStatus({ text, ...(undo ? { undo } : {}) });
  };

  const doExport = async (format: ExportFormat, notes: readonly Note[]) => {
    exportNotes(format, notes, (id) => catalog.byId(id));
    // A backup is a JSON file of every note: remember when, for the reminder.
    if (format === 'json' && notes.length === all.length) {
      setPrefs(await updatePrefs({ lastBackupAt: Date.now() }));
      setStorageNotice(false);
    }
  };
  const backupAll = () => void doExport('json', all);

  const save = async (input: NoteInput): Promise<boolean> => {
    const r = await rpc.saveNote(input);
    if (!r.ok) {
      setError(r.error);
      return false;
    }
    say(t('notes_saved'));
    await reload();
    return true;
  };
  const remove = async (ids: string[]) => {
    const r = await rpc.deleteNotes(ids);
    if (!r.ok) return setError(r.error);
    await reload();
    say(tCount('notes_deletedCount', r.notes.length), r.notes);
    // Focus follows to the message, where Undo is.
    requestAnimationFrame(() => document.getElementById('status-undo')?.focus());
  };
  const undo = async (notes: Note[]) => {
    const r = await rpc.restoreNotes(notes);
    if (!r.ok) return setError(r.error);
    await reload();
    say(tCount('notes_restoredCount', notes.length));
  };
  const rename = async (from: string, to: string) => {
    const r = await rpc.renameTag(from, to);
    if (!r.ok) return setError(r.error);
    if (filter.tag === from) set({ tag: undefined });
    await reload();
    say(tCount('notes_tagRenamed', r.changed, `#${from}`, `#${to.trim().replace(/^#/, '').toLowerCase()}`));
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (import it twice) fires `change` again.
    input.value = '';
    if (!file) return;
    setStatus(null);
    setError('');
    if (file.size > MAX_IMPORT_BYTES) return setError(`${t('importFailed')}: ${tooLargeMessage(file.size)}`);
    const r = await rpc.importNotes(await file.text());
    if (!r.ok) return setError(`${t('importFailed')}: ${r.error}`);
    say(t('importReport', r.report.added, r.report.updated, r.report.skipped));
    await reload();
  };
  const toggle = (id: string, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });

  const backupSection = (
    <div class="backup">
      <p class="scope">{t('notes_backupHelp')}</p>
      <div class="row">
        {all.length > 0 && <button type="button" onClick={() => void doExport('json', scope)}>{t('exportJson')}</button>}
        <label class="file-button">{t('importJson')}<input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => void importFile(e.target as HTMLInputElement)} /></label>
      </div>
    </div>
  );

  const renderNote = (n: Note, sourceLabel?: (url: string) => string | undefined, inDossier = false) => (
    <NoteItem key={n.id} note={n} exchangeTitle={n.eventId ? title(n.eventId) : undefined} inDossier={inDossier} selected={selected.has(n.id)}
      onSelect={(on) => toggle(n.id, on)} onSave={save} onDelete={() => void remove([n.id])} {...(sourceLabel ? { sourceLabel } : {})} />
  );

  return (
    <div class="page">
      <a class="skip" href="#notes-main">{t('notes_skip')}</a>
      <header class="row spread">
        <h1>Lips &amp; Teeth — {t('notesHeading')}</h1>
        <span class="row">
          <a href="../explorer/explorer.html">{t('explorerOpen')}</a>
          <span class="muted" data-testid="count">{t('noteCount', filtered.length, all.length)}</span>
        </span>
      </header>
      {storageNotice && <StorageNotice onBackup={backupAll} onDismiss={() => setStorageNotice(false)} />}
      {!storageNotice && unsaved >= BACKUP_REMINDER_AFTER && <BackupReminder unsaved={unsaved} lastBackupAt={prefs.lastBackupAt} onBackup={backupAll} />}
      {error && <p class="error" role="alert" data-testid="error">{error}</p>}
      <div role="status" aria-live="polite">
        {status && (
          <p class="notice" data-testid="message">
            {status.text}
            {status.undo && <> <button type="button" id="status-undo" onClick={() => { void undo(status.undo!); }}>{t('undo')}</button></>}
          </p>
        )}
      </div>
      {loaded && all.length === 0 && !focus ? (
        <>
          <EmptyState events={catalog.events} />
          {/* A new browser: the way back in is a backup file. */}
          <section class="actions-bar" aria-label={t('exportImport')}>{backupSection}</section>
        </>
      ) : (
        <>
          <Filters filter={filter} set={set} exchanges={exchanges} outlets={outlets} tags={tags} />
          <section class="actions-bar" aria-label={t('exportImport')}>
            <div class="export">
              <p class="scope" data-testid="export-scope">{chosen.length ? tCount('notes_scopeSelected', chosen.length) : tCount('notes_scopeShown', filtered.length)}</p>
              <div class="row">
                <button type="button" title={t('notes_cslHelp')} onClick={() => void doExport('csl', scope)}>CSL JSON</button>
                <button type="button" title={t('notes_risHelp')} onClick={() => void doExport('ris', scope)}>RIS</button>
                <button type="button" title={t('notes_bibtexHelp')} onClick={() => void doExport('bibtex', scope)}>BibTeX</button>
                <button type="button" title={t('notes_markdownHelp')} onClick={() => void doExport('markdown', scope)}>Markdown</button>
              </div>
            </div>
            {backupSection}
          </section>
          <div class="row toolbar">
            <fieldset class="view">
              <legend>{t('notes_view')}</legend>
              <label><input type="radio" name="view" checked={view === 'list'} onChange={() => { setView('list'); if (focus) location.hash = ''; }} /> {t('notes_viewList')}</label>
              <label><input type="radio" name="view" checked={view === 'dossier'} onChange={() => setView('dossier')} /> {t('notes_viewDossier')}</label>
            </fieldset>
            <div class="row selection" data-testid="selection">
              {chosen.length > 0 && <span>{tCount('notes_selectedCount', chosen.length)}</span>}
              <button type="button" onClick={() => setSelected(new Set(filtered.map((n) => n.id)))}>{t('notes_selectAllShown')}</button>
              {chosen.length > 0 && <button type="button" onClick={() => setSelected(new Set())}>{t('notes_clearSelection')}</button>}
              {chosen.length > 0 && <button type="button" class="danger" onClick={() => void remove(chosen.map((n) => n.id))}>{t('notes_deleteSelected')}</button>}
            </div>
          </div>
          <TagTools tags={tags} onRename={rename} />
          <main id="notes-main" tabIndex={-1}>
            {filtered.length === 0 && isFiltered(filter) && (
              <p class="notice">{t('notes_noMatch')} <button type="button" onClick={() => setFilter({})}>{t('notes_clearFilters')}</button></p>
            )}
            {view === 'list' ? (
              <>
                <ol class="plain notes" data-testid="notes">{filtered.slice(0, shown).map((n) => renderNote(n))}</ol>
                {filtered.length > shown && <button type="button" onClick={() => setShown((s) => s + PAGE)}>{t('showMore')}</button>}
              </>
            ) : (
              dossierView()
            )}
          </main>
        </>
      )}
    </div>
  );

  /** Called, not mounted as a component: a component defined here would remount (and lose edits) on every render. */
  function dossierView() {
    const p = { focus, notes: filtered, shown, renderNote, onSave: save, onMore: () => setShown((s) => s + PAGE) };
    const focused = p.focus ? catalog.byId(p.focus) : undefined;
    if (focused) {
      return (
        <>
          <p><a href="#">{t('notes_allExchanges')}</a></p>
          <Dossier event={focused} notes={all.filter((n) => n.eventId && catalog.byId(n.eventId) === focused)} renderNote={(n, label) => p.renderNote(n, label, true)} onSave={p.onSave} />
        </>
      );
    }
    const groups = new Map<string, Note[]>();
    for (const n of p.notes) {
      const e = n.eventId ? catalog.byId(n.eventId) : undefined;
      const key = e?.id ?? '';
      groups.set(key, [...(groups.get(key) ?? []), n]);
    }
    const ids = [...groups.keys()].filter(Boolean).sort((a, b) => catalog.byId(b)!.date.localeCompare(catalog.byId(a)!.date));
    let budget = p.shown;
    return (
      <>
        <ExchangePicker events={catalog.events} />
        {ids.map((id) => {
          if (budget <= 0) return null;
          const notes = groups.get(id)!;
          budget -= notes.length;
          return <Dossier key={id} event={catalog.byId(id)!} notes={notes} renderNote={(n, label) => p.renderNote(n, label, true)} onSave={p.onSave} />;
        })}
        {groups.has('') && budget > 0 && (
          <section class="dossier" aria-labelledby="other-notes-h">
            <h2 id="other-notes-h">{t('notes_otherNotes')}</h2>
            <ol class="plain notes" data-testid="notes">{groups.get('')!.slice(0, budget).map((n) => p.renderNote(n))}</ol>
          </section>
        )}
        {budget < 0 && <button type="button" onClick={p.onMore}>{t('showMore')}</button>}
      </>
    );
  }
}
