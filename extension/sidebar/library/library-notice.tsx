/** The line a library action leaves ("Saved in your library."), with Undo for as long as the sidebar is open. */
import { useState } from 'preact/hooks';
import { t } from '../../../shared/ui/i18n';
import { libraryErrorText, useLibrary } from '../../../shared/ui/library-context';
import { libraryRpc } from '../../../shared/ui/library-rpc';
import type { LibraryOutcome } from './outcome';

export function LibraryNotice({ outcome, onChange }: { outcome: LibraryOutcome; onChange: (next: LibraryOutcome | null) => void }) {
  const library = useLibrary();
  const [error, setError] = useState('');
  const undo = async () => {
    if (!outcome.undoId) return;
    const r = await libraryRpc.undo(outcome.undoId);
    if (!r.ok) return setError(libraryErrorText(r));
    await library.refresh();
    onChange({ text: t('libraryUndone'), undoId: null, state: r.state });
  };
  return (
    <div class="notice small library-notice" role="status" data-testid="library-notice">
      {outcome.text}{' '}
      {outcome.undoId && <button type="button" onClick={() => void undo()}>{t('libraryUndo')}</button>}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
