/** The kept-wording setting: keep every matched article's wording automatically (off until turned on), how much is kept, delete it all. */
import { useState } from 'preact/hooks';
import { t } from '../../shared/ui/i18n';
import { libraryErrorText, useLibrary } from '../../shared/ui/library-context';
import { libraryRpc } from '../../shared/ui/library-rpc';
import type { PageMessage } from './page-message';

export function SettingsSection({ say }: { say: (m: PageMessage) => void }) {
  const library = useLibrary();
  const [busy, setBusy] = useState(false);
  const snapshot = library.snapshot;
  if (!snapshot) return null;
  const kb = Math.ceil(snapshot.usage.sourceChars / 1024);

  const setAuto = async (on: boolean) => {
    const r = await libraryRpc.setAutoCapture(on);
    if (!r.ok) return say({ error: libraryErrorText(r) });
    await library.refresh();
  };
  const clear = async () => {
    setBusy(true);
    const r = await libraryRpc.clearSources();
    setBusy(false);
    if (!r.ok) return say({ error: libraryErrorText(r) });
    await library.refresh();
    say({ text: t('libraryDeletedAll', r.deleted), undoId: r.undoId });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('librarySettings')}</h2>
      <p>
        <label class="check">
          <input type="checkbox" data-testid="auto-capture" checked={snapshot.settings.autoCapture} onChange={(e) => void setAuto((e.target as HTMLInputElement).checked)} />
          {t('libraryAutoCapture')}
        </label>
      </p>
      <p data-testid="usage">{t('libraryUsage', snapshot.usage.sources, kb)}</p>
      <button type="button" disabled={busy || snapshot.usage.sources === 0} onClick={() => void clear()}>{t('libraryDeleteAll')}</button>
    </section>
  );
}
