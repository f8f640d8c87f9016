/**
 * "Add this article's wording": when the article resolves to an exchange and is not among its
 * sources yet, keep its outlet, headline, date, address and quoted phrases with them. Beside
 * it, the setting that does this for every such article (off until the reader turns it on).
 */
import { useState } from 'preact/hooks';
import type { ExchangeEvent } from '../../../shared/dataset/schema';
import type { ArticleFacts } from '../../../shared/detector/article';
import { isAmongSources } from '../../../shared/library/sources';
import { t } from '../../../shared/ui/i18n';
import { libraryErrorText, useLibrary } from '../../../shared/ui/library-context';
import { libraryRpc } from '../../../shared/ui/library-rpc';
import { useLibraryOutcome } from './outcome';

export function CaptureWording({ event, article }: { event: ExchangeEvent; article: ArticleFacts | null }) {
  const library = useLibrary();
  const onDone = useLibraryOutcome();
  const [error, setError] = useState('');
  const auto = library.snapshot?.settings.autoCapture ?? false;
  const among = !!article && isAmongSources(event, article.url);

  const capture = async () => {
    const r = await libraryRpc.capture(event.id);
    if (!r.ok) return setError(libraryErrorText(r));
    setError('');
    await library.refresh();
    onDone({ text: t('libraryCaptured'), undoId: r.undoId });
  };
  const setAuto = async (on: boolean) => {
    const r = await libraryRpc.setAutoCapture(on);
    if (!r.ok) return setError(libraryErrorText(r));
    await library.refresh();
  };

  if (!article) return null;
  return (
    <div class="library-capture" data-testid="capture-wording">
      {error && <p class="error" role="alert">{error}</p>}
      {library.autoCaptureError && <p class="error small" role="alert">{t('libraryAutoCaptureFailed')} {libraryErrorText(library.autoCaptureError)}</p>}
      {!among && (
        <>
          <button type="button" onClick={() => void capture()}>{t('libraryCapture')}</button>
          <p class="small muted">{t('libraryCaptureHelp')}</p>
        </>
      )}
      <label class="small check">
        <input type="checkbox" data-testid="auto-capture" checked={auto} onChange={(e) => void setAuto((e.target as HTMLInputElement).checked)} /> {t('libraryAutoCapture')}
      </label>{' '}
      <button type="button" class="link small" onClick={() => void libraryRpc.openPage()}>{t('libraryOpen')}</button>
    </div>
  );
}
