/**
 * On an article about an exchange the record does not hold: "Add this exchange" opens a short
 * form filled in from the article and the detector's reading; "Save exchange" keeps it in the
 * reader's library, and the article then shows it as its exchange.
 */
import { useState } from 'preact/hooks';
import { t } from '../../../shared/ui/i18n';
import { libraryErrorText, useLibrary } from '../../../shared/ui/library-context';
import { libraryRpc } from '../../../shared/ui/library-rpc';
import { ExchangeForm } from './exchange-form';
import { fromDraft, toInput, type FormValues } from './form-values';
import { useLibraryOutcome } from './outcome';

export function AddExchange() {
  const library = useLibrary();
  const onDone = useLibraryOutcome();
  const [values, setValues] = useState<FormValues | null>(null);
  const [error, setError] = useState('');

  const open = async () => {
    const r = await libraryRpc.draft();
    if (!r.ok) return setError(libraryErrorText(r));
    setError('');
    setValues(fromDraft(r.draft));
    setTimeout(() => document.getElementById('lib-summary')?.focus());
  };

  const save = async (v: FormValues): Promise<string | null> => {
    const r = await libraryRpc.save(toInput(v));
    if (!r.ok) return libraryErrorText(r);
    await library.refresh();
    setValues(null);
    onDone({ text: t(r.linkedTo ? 'libraryLinkedOnSave' : 'librarySaved'), undoId: r.undoId, state: r.state });
    return null;
  };

  return (
    <div class="library-add" data-testid="add-exchange">
      {error && <p class="error" role="alert">{error}</p>}
      {values ? (
        <ExchangeForm heading={t('libraryFormHeading')} initial={values} onSave={save} onCancel={() => setValues(null)} />
      ) : (
        <>
          <button type="button" class="primary" onClick={() => void open()}>{t('libraryAddExchange')}</button>
          <p class="small muted">{t('libraryAddHelp')}</p>
          <button type="button" class="link small" onClick={() => void libraryRpc.openPage()}>{t('libraryOpen')}</button>
        </>
      )}
    </div>
  );
}
