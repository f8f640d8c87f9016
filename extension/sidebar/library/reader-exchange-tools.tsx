/** Edit or delete an exchange the reader added (deleting can be undone). Nothing for bundled exchanges. */
import { useState } from 'preact/hooks';
import type { ExchangeEvent } from '../../../shared/dataset/schema';
import { t } from '../../../shared/ui/i18n';
import { libraryErrorText, useLibrary } from '../../../shared/ui/library-context';
import { libraryRpc } from '../../../shared/ui/library-rpc';
import { ExchangeForm } from './exchange-form';
import { fromEvent, toInput, type FormValues } from './form-values';
import { useLibraryOutcome } from './outcome';

export function ReaderExchangeTools({ event }: { event: ExchangeEvent }) {
  const library = useLibrary();
  const onDone = useLibraryOutcome();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  if (event.origin !== 'reader') return null;

  const save = async (v: FormValues): Promise<string | null> => {
    const r = await libraryRpc.save(toInput(v, event));
    if (!r.ok) return libraryErrorText(r);
    await library.refresh();
    setEditing(false);
    onDone({ text: t(r.linkedTo ? 'libraryLinkedOnSave' : 'librarySaved'), undoId: r.undoId, state: r.state });
    return null;
  };

  const remove = async () => {
    const r = await libraryRpc.remove(event.id);
    if (!r.ok) return setError(libraryErrorText(r));
    await library.refresh();
    onDone({ text: t('libraryDeleted'), undoId: r.undoId, state: r.state });
  };

  return (
    <div class="library-tools" data-testid="reader-exchange-tools">
      {error && <p class="error" role="alert">{error}</p>}
      {editing ? (
        <ExchangeForm heading={t('libraryEditHeading')} initial={fromEvent(event)} onSave={save} onCancel={() => setEditing(false)} />
      ) : (
        <div class="row small">
          <button type="button" onClick={() => setEditing(true)}>{t('libraryEdit')}</button>
          <button type="button" onClick={() => void remove()}>{t('libraryDelete')}</button>
        </div>
      )}
    </div>
  );
}
