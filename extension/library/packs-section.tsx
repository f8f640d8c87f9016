/**
 * Dataset packs: export the reader's exchanges and kept wording as one file in the dataset's
 * own schema; import one with a preview of what it adds and changes, then apply (undoable).
 * A pack with any problem is refused whole, its problem named, and nothing changes.
 */
import { useState } from 'preact/hooks';
import type { ImportPreview } from '../../shared/library/library-messages';
import { MAX_PACK_CHARS } from '../../shared/library/pack';
import { t } from '../../shared/ui/i18n';
import { libraryErrorText, useLibrary } from '../../shared/ui/library-context';
import { libraryRpc } from '../../shared/ui/library-rpc';
import { download } from '../notes/download';
import type { PageMessage } from './page-message';

const count = (p: ImportPreview) => p.exchanges.add.length + p.exchanges.change.length + p.sources.add.length + p.sources.change.length;

export function PacksSection({ say }: { say: (m: PageMessage) => void }) {
  const library = useLibrary();
  const [pending, setPending] = useState<{ text: string; preview: ImportPreview } | null>(null);
  const refused = (detail: string) => say({ error: `${t('libraryImportRefused')}: ${detail}` });

  const exportPack = async () => {
    const r = await libraryRpc.exportPack();
    if (!r.ok) return say({ error: libraryErrorText(r) });
    download(`lips-and-teeth-pack-${new Date().toISOString().slice(0, 10)}.json`, r.text, 'application/json');
    say({ text: t('libraryExported', r.exchanges, r.sources) });
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (import it twice) fires `change` again.
    input.value = '';
    if (!file) return;
    setPending(null);
    // Past what one extension message can carry, refused before it is sent (the background says the same past its limit).
    if (file.size > MAX_PACK_CHARS) return refused(`The file is too large (${Math.ceil(file.size / 1048576)} MB; the limit is ${MAX_PACK_CHARS / 1048576} MB).`);
    const text = await file.text();
    const r = await libraryRpc.previewImport(text);
    if (!r.ok) return refused(r.code === 'invalid' ? r.error : libraryErrorText(r));
    say({ text: '' });
    setPending({ text, preview: r.preview });
  };

  const apply = async () => {
    if (!pending) return;
    const r = await libraryRpc.applyImport(pending.text);
    setPending(null);
    if (!r.ok) return refused(r.code === 'invalid' ? r.error : libraryErrorText(r));
    await library.refresh();
    const p = r.preview;
    say({ text: t('libraryImported', p.exchanges.add.length, p.exchanges.change.length, p.sources.add.length, p.sources.change.length), undoId: r.undoId });
  };

  const p = pending?.preview;
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('libraryPacks')}</h2>
      <p class="small muted">{t('libraryPacksHelp')}</p>
      <div class="row">
        <button type="button" onClick={() => void exportPack()}>{t('libraryExport')}</button>
        <label class="file-button">{t('libraryImport')}<input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => void choose(e.target as HTMLInputElement)} /></label>
      </div>
      {p && (
        <div class="preview" data-testid="import-preview" role="region" aria-labelledby="preview-heading">
          <h3 id="preview-heading">{t('libraryPreviewHeading')}</h3>
          {count(p) === 0 ? (
            <p data-testid="preview-nothing">{t('libraryPreviewNothing')}</p>
          ) : (
            <ul>
              <li data-testid="preview-add">{t('libraryPreviewAdd', p.exchanges.add.length)}{p.exchanges.add.map((e) => <div class="small muted" key={e.id}>{e.date} · {e.summary}</div>)}</li>
              <li data-testid="preview-change">{t('libraryPreviewChange', p.exchanges.change.length)}{p.exchanges.change.map((e) => <div class="small muted" key={e.id}>{e.date} · {e.summary}</div>)}</li>
              <li data-testid="preview-sources">{t('libraryPreviewSources', p.sources.add.length)}{p.sources.add.map((s) => <div class="small muted" key={`${s.eventId}${s.url}`}>{s.outlet}: {s.headline}</div>)}</li>
              <li data-testid="preview-sources-changed">{t('libraryPreviewSourcesChanged', p.sources.change.length)}</li>
              {p.joins.length > 0 && <li data-testid="preview-joins">{t('libraryPreviewJoins', p.joins.length)}</li>}
            </ul>
          )}
          <p class="small muted" data-testid="preview-same">{t('libraryPreviewSame', p.exchanges.same + p.sources.same)}</p>
          <div class="row">
            {count(p) > 0 && <button type="button" class="primary" onClick={() => void apply()}>{t('libraryApply')}</button>}
            <button type="button" onClick={() => setPending(null)}>{t('libraryCancel')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
