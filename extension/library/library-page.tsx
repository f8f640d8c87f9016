/** The reader's library page: kept wording and its setting, the exchanges they added, and dataset packs. */
import { useState } from 'preact/hooks';
import { t } from '../../shared/ui/i18n';
import { libraryErrorText, useLibrary } from '../../shared/ui/library-context';
import { libraryRpc } from '../../shared/ui/library-rpc';
import { ExchangesSection } from './exchanges-section';
import { PacksSection } from './packs-section';
import type { PageMessage } from './page-message';
import { SettingsSection } from './settings-section';

export function LibraryPage() {
  const library = useLibrary();
  const [message, setMessage] = useState<PageMessage | null>(null);
  const undo = async (undoId: string) => {
    const r = await libraryRpc.undo(undoId);
    if (!r.ok) return setMessage({ error: libraryErrorText(r) });
    await library.refresh();
    setMessage({ text: t('libraryUndone') });
  };
  return (
    <div class="page">
      <header>
        <h1>Lips &amp; Teeth — {t('libraryPageTitle')}</h1>
        <p class="muted">{t('libraryPageIntro')}</p>
      </header>
      {library.error && <p class="error" role="alert" data-testid="error">{libraryErrorText(library.error)}</p>}
      {library.autoCaptureError && <p class="error" role="alert">{t('libraryAutoCaptureFailed')} {libraryErrorText(library.autoCaptureError)}</p>}
      {message && 'error' in message && <p class="error" role="alert" data-testid="error">{message.error}</p>}
      {message && 'text' in message && message.text && (
        <p class="notice" role="status" data-testid="message">
          {message.text} {message.undoId && <button type="button" onClick={() => void undo(message.undoId!)}>{t('libraryUndo')}</button>}
        </p>
      )}
      <SettingsSection say={setMessage} />
      <ExchangesSection say={setMessage} />
      <PacksSection say={setMessage} />
    </div>
  );
}
