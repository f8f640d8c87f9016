/** The exchanges the reader added, newest first, each marked "added by you", with delete (undoable); linked ones say where they went. */
import type { LibraryExchange } from '../../shared/library/library-schema';
import { localize, eventTitle } from '../../shared/dataset/localize';
import { kindLabel, occasionLabel, readerLanguage, t } from '../../shared/ui/i18n';
import { useCatalog } from '../../shared/ui/catalog';
import { libraryErrorText, useLibrary } from '../../shared/ui/library-context';
import { libraryRpc } from '../../shared/ui/library-rpc';
import type { PageMessage } from './page-message';

export function ExchangesSection({ say }: { say: (m: PageMessage) => void }) {
  const library = useLibrary();
  const catalog = useCatalog();
  const lang = readerLanguage();
  const exchanges = [...(library.snapshot?.exchanges ?? [])].reverse();

  const remove = async (x: LibraryExchange) => {
    const r = await libraryRpc.remove(x.id);
    if (!r.ok) return say({ error: libraryErrorText(r) });
    await library.refresh();
    say({ text: t('libraryDeleted'), undoId: r.undoId });
  };

  return (
    <section aria-labelledby="exchanges-heading">
      <h2 id="exchanges-heading">{t('libraryExchanges')}</h2>
      {exchanges.length === 0 && <p class="muted">{t('libraryNoExchanges')}</p>}
      <ol class="plain exchanges" data-testid="exchanges">
        {exchanges.map((x) => {
          const linked = x.linkedTo ? catalog.byId(x.linkedTo) : undefined;
          return (
            <li key={x.id} data-event-id={x.id}>
              <p class="row small muted">
                <time dateTime={x.event.date}>{x.event.date}</time>
                <span>{t(`libraryDirection_${x.event.direction.replace(/-/g, '_')}`)}</span>
                <span class="chip">{kindLabel(x.event.kind)}</span>
                <span class="chip">{occasionLabel(x.event.occasion)}</span>
                <span class="chip reader">{t('libraryAddedByYou')}</span>
              </p>
              <p class="summary">{localize(x.event.summary, lang)}</p>
              {linked ? (
                <p class="small" data-testid="joined">{t('libraryJoined', `${linked.date} · ${eventTitle(linked, lang)}`)}</p>
              ) : (
                <button type="button" class="link small" onClick={() => void remove(x)}>{t('libraryDelete')}</button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
