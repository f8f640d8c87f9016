/** When the article reports no exchange we hold: say so plainly, and offer the nearest earlier ones. */
import type { ArticleFacts } from '../../shared/detector/article';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { useCatalog } from '../../shared/ui/catalog';
import { formatDay } from '../../shared/ui/format';
import { directionShort, formatLocale, t } from '../../shared/ui/i18n';
import { kindAndTitle } from './around';
import { useActions } from './actions';
import { NotesPanel } from './notes-panel';
import { AddExchange } from './library/add-exchange';
import { ReaderMark } from './library/reader-mark';

const nearestBefore = (events: readonly ExchangeEvent[], date: string | null, count: number): ExchangeEvent[] => {
  const cutoff = date ?? '9999-12-31';
  return events.filter((e) => e.date <= cutoff).slice(-count).reverse();
};

export function NoExchange({ level, article, quote }: { level: 'topic' | 'none'; article: ArticleFacts | null; quote: string }) {
  const { open } = useActions();
  const locale = formatLocale();
  const nearest = nearestBefore(useCatalog().events, article?.published ?? null, 5);
  return (
    <>
      <section class="exchange-head" aria-labelledby="top">
        <h1 id="top" tabIndex={-1} data-testid="status" data-level={level}>{t(level === 'topic' ? 'certaintyTopicTitle' : 'certaintyNoneTitle')}</h1>
        <p class="summary">{t(level === 'topic' ? 'certaintyTopicHelp' : 'certaintyNoneHelp')}</p>
        {level === 'topic' && article && <AddExchange />}
      </section>
      <section aria-labelledby="nearest-heading">
        <h2 id="nearest-heading">{article?.published ? t('nearestEarlier', formatDay(article.published, locale)) : t('latestInRecord')}</h2>
        <ol class="timeline" data-testid="nearest">
          {nearest.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>{formatDay(e.date, locale)}</time> <span class="dir">{directionShort(e.direction)}</span>{' '}
              <button type="button" class="link" onClick={() => open(e.id)}>{kindAndTitle(e)}</button> <ReaderMark event={e} />
            </li>
          ))}
        </ol>
      </section>
      {article && <NotesPanel event={undefined} article={article} initialQuote={quote} />}
    </>
  );
}
