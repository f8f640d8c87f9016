import type { ExchangeEvent } from '../../shared/dataset/schema';
import { wordingOf } from '../../shared/dataset/wording';
import { t } from '../../shared/ui/i18n';
import { safeHref } from '../../shared/ui/theme';

/** Every source for this exchange side by side, with what they share and where they differ. */
export function WordingTable({ event, articleUrl }: { event: ExchangeEvent; articleUrl: string | undefined }) {
  const w = wordingOf(event, articleUrl);
  const shared = w.phrases.filter((p) => p.spread === 'all');
  const sideOnly = w.phrases.filter((p) => p.stateSide);
  return (
    <section aria-labelledby="wording-heading" data-testid="wording">
      <h2 id="wording-heading">{t('wordingHeading', w.rows.length)}</h2>
      {shared.length > 0 && (
        <p class="small">{t('sharedByAll')}: {shared.map((p) => <span class="chip all" key={p.text}>{p.text}</span>)}</p>
      )}
      {sideOnly.length > 0 && (
        <div class="small" data-testid="side-only">
          <h3>{t('oneSideOnly')}</h3>
          {sideOnly.map((p) => (
            <p key={p.text}>
              <span class={`chip ${p.stateSide === 'dprk-only' ? 'dprk' : 'prc'}`}>{p.stateSide === 'dprk-only' ? t('onlyDprk') : t('onlyPrc')}</span> “{p.text}”
            </p>
          ))}
        </div>
      )}
      {w.renderings.length > 0 && (
        <div class="small" data-testid="renderings">
          <h3>{t('renderedDifferently')}</h3>
          <ul>
            {w.renderings.map((r) => (
              <li key={r.concept}>
                {r.variants.map((v, i) => (
                  <span key={v.text}>{i > 0 && ' · '}<mark>“{v.text}”</mark> <span class="muted">({v.sources.join(', ')})</span></span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol class="plain sources" data-testid="sources">
        {w.rows.map((row) => (
          <li key={row.url ?? row.title} class={row.isThisArticle ? 'this-article' : ''} data-testid={row.isThisArticle ? 'this-article' : undefined}>
            <div class="row small">
              <strong>{row.name}</strong>
              {row.side && <span class={`chip ${row.side}`}>{row.side === 'dprk' ? t('dprkMedia') : t('prcMedia')}</span>}
              <span class="muted">{row.date} · {row.language}</span>
              {row.isThisArticle && <span class="chip all">{t('thisArticle')}</span>}
            </div>
            {row.url ? <a href={safeHref(row.url)} target="_blank" rel="noopener noreferrer" lang={row.language}>{row.title}</a> : <span lang={row.language}>{row.title}</span>}
            {row.phrases.length > 0 && (
              <p class="phrases">
                {row.phrases.map((p) => {
                  const tally = w.phrases.find((x) => x.text === p.text);
                  const cls = tally?.spread === 'all' ? 'all' : tally?.stateSide ? (tally.stateSide === 'dprk-only' ? 'dprk' : 'prc') : tally?.spread === 'one' ? 'unique' : '';
                  return (
                    <span class={`chip ${cls}`} lang={row.language} key={p.text} title={t(`speaker_${p.speaker}`)}>
                      “{p.text}”{tally?.spread === 'one' && <span class="visually-hidden"> ({t('onlyHere')})</span>}
                    </span>
                  );
                })}
              </p>
            )}
          </li>
        ))}
      </ol>
      <p class="small muted">{t('legend')}</p>
    </section>
  );
}
