/**
 * The sources, one entry per text: a readout or story carried by several sites is one
 * source with several links, and the count counts texts, not copies.
 */
import type { SourceText } from '../../shared/dataset/source-texts';
import { formatDay, languageName } from '../../shared/ui/format';
import { formatLocale, plural, t } from '../../shared/ui/i18n';
import { safeHref } from '../../shared/ui/theme';
import { FromYourReading } from './library/reader-mark';

const host = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

export function SourcesList({ sources }: { sources: SourceText[] }) {
  const locale = formatLocale();
  return (
    <section aria-labelledby="sources-heading" data-testid="sources">
      <h2 id="sources-heading" tabIndex={-1}>
        {t('sourcesHeading')} <span class="count" data-testid="source-count">{plural('sourceCount', sources.length)}</span>
      </h2>
      {sources.length === 0 ? (
        <p class="muted">{t('sourcesNone')}</p>
      ) : (
        <ol class="sources">
          {sources.map((s) => (
            <li key={s.key} class={`source${s.side ? ` side-${s.side}` : ''}${s.isThisArticle ? ' this-article' : ''}`} data-testid="source" data-kind={s.kind}>
              <p class="source-head">
                <strong>{s.name}</strong>
                {s.via && <span class="meta"> {t('via', s.via)}</span>}
                {s.side && <span class={`side-tag side-${s.side}`}>{t(s.side === 'dprk' ? 'dprkMedia' : 'prcMedia')}</span>}
                {s.isThisArticle && <span class="this-mark">★ {t('thisArticleMark')}</span>}
                <FromYourReading source={s} />
              </p>
              <p class="meta">
                <time dateTime={s.date}>{formatDay(s.date, locale)}</time> · {languageName(s.language, locale) || s.language}
              </p>
              {s.urls[0] ? (
                <a href={safeHref(s.urls[0])} target="_blank" rel="noopener noreferrer" lang={s.language} class="headline">{s.title}</a>
              ) : (
                <span lang={s.language} class="headline">{s.title}</span>
              )}
              {s.print && (
                <p class="meta" data-testid="print">
                  {s.print.page ? t('printEditionPage', s.print.publication ?? s.name, s.print.page) : t('printEdition', s.print.publication ?? s.name)}
                </p>
              )}
              {s.urls.length > 1 && (
                <p class="copies" data-testid="copies">
                  {t('copiesAlso')}{' '}
                  {s.urls.slice(1).map((u, i) => (
                    <span key={u}>{i > 0 && ', '}<a href={safeHref(u)} target="_blank" rel="noopener noreferrer">{host(u)}</a></span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
