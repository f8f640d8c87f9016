/**
 * The wording table (DESIGN.md, "How good news tools show comparison"): a legend first, then
 * one row group per thing said, the state-media original first, each rendering with who
 * printed it, its language, original or translation, and a gloss for Korean, Chinese and
 * Japanese; the words that differ are marked inside the text; the article on screen is
 * placed in it from the phrases it quotes.
 */
import { useState } from 'preact/hooks';
import type { AlignedRow, Alignment, Cell } from '../../shared/dataset/alignment';
import { glossFor, quotingSources } from '../../shared/dataset/alignment';
import { localize } from '../../shared/dataset/localize';
import { useCatalog } from '../../shared/ui/catalog';
import { plural, readerLanguage, t } from '../../shared/ui/i18n';
import { PhraseChip } from './phrase-chip';
import { printedBy, renderingLabel, speakerName, speakerSide } from './labels';
import { focusSection } from './skip-nav';
import { FromYourReading } from './library/reader-mark';

/** Rows shown before "Show more": enough for the findings' evidence, short enough to scroll past. */
const FIRST_ROWS = 8;

function Legend() {
  return (
    <div class="legend" data-testid="legend">
      <h3 class="legend-title">{t('legendHeading')}</h3>
      <ul>
        <li><span class="swatch prc" aria-hidden="true" />{t('legendPrc')}</li>
        <li><span class="swatch dprk" aria-hidden="true" />{t('legendDprk')}</li>
        <li>{t('legendOriginal')}</li>
        <li><mark>{t('legendMarkSample')}</mark> {t('legendMark')}</li>
        <li><span class="this-mark">★ {t('thisArticleMark')}</span> {t('legendThisArticle')}</li>
      </ul>
    </div>
  );
}

function CellRow({ cell, articleOutlet }: { cell: Cell; articleOutlet?: string | undefined }) {
  const lang = readerLanguage();
  const gloss = glossFor(cell.gloss, cell.language, lang);
  const side = cell.source?.side;
  return (
    <tr class={`cell${cell.thisArticle ? ' this-article' : ''}`} data-testid={cell.thisArticle ? 'this-article' : 'cell'} data-rendering={cell.rendering} data-language={cell.language}>
      <th scope="row" class={`who${side ? ` side-${side}` : ''}`}>
        {/* The article on screen, when none of the sources, is named by its outlet beside the mark. */}
        <span class="who-name">{cell.source ? cell.source.name : articleOutlet}</span>
        {cell.thisArticle && <span class="this-mark">★ {t('thisArticleMark')}</span>}
      </th>
      <td>
        <PhraseChip text={cell.text} lang={cell.language} segments={cell.segments} speaker={speakerName(cell.speaker, cell.source, articleOutlet)} printedBy={printedBy(cell.source, articleOutlet)} />
        <span class="cell-meta" data-testid="rendering">
          {renderingLabel(cell)}
          {cell.inHeadline && <> · {t('cellInHeadline')}</>}
          {cell.source && <FromYourReading source={cell.source} inline />}
        </span>
        {gloss && <span class="gloss" data-testid="gloss" lang={cell.gloss?.[lang] ? undefined : 'en'}>{t('glossPrefix', gloss)}</span>}
      </td>
    </tr>
  );
}

function RowGroup({ row, articleOutlet }: { row: AlignedRow; articleOutlet?: string | undefined }) {
  const concepts = useCatalog().concepts;
  const label = row.concept ? localize(concepts[row.concept], readerLanguage()) : '';
  const first = row.cells[0] ?? null;
  const side = speakerSide(row.speaker, first?.source ?? null);
  return (
    <tbody data-row={row.key} data-side-only={row.sideOnly}>
      <tr class="row-head">
        <th colSpan={2} scope="colgroup">
          <span class={`speaker${side ? ` side-${side}` : ''}`} data-testid="speaker">{t('wordsOf', speakerName(row.speaker, first?.source ?? null, articleOutlet))}</span>
          {label && <span class="concept"> · {label}</span>}
          {row.sideOnly && <span class={`side-tag side-${row.sideOnly}`}>{t(row.sideOnly === 'dprk' ? 'rowOnlyDprk' : 'rowOnlyPrc')}</span>}
        </th>
      </tr>
      {row.cells.map((cell, i) => <CellRow key={i} cell={cell} articleOutlet={articleOutlet} />)}
    </tbody>
  );
}

export function WordingTable({ alignment, articleOutlet }: { alignment: Alignment; articleOutlet?: string | undefined }) {
  const [all, setAll] = useState(false);
  const rows = all ? alignment.rows : alignment.rows.slice(0, FIRST_ROWS);
  return (
    <section aria-labelledby="wording-heading" data-testid="wording">
      <h2 id="wording-heading" tabIndex={-1}>{t('wordingHeading')}</h2>
      {alignment.rows.length === 0 ? (
        <p class="muted">{t('wordingNone')}</p>
      ) : (
        <>
          <p class="lede" data-testid="wording-count">{plural('wordingCount', quotingSources(alignment))}</p>
          <Legend />
          <a class="skip-link" href="#sources-heading" onClick={(e) => { e.preventDefault(); focusSection('sources-heading'); }}>{t('skipTable')}</a>
          <table class="wording" data-testid="wording-table">
            <caption class="visually-hidden">{t('wordingHeading')}</caption>
            <colgroup><col class="col-who" /><col /></colgroup>
            <thead class="visually-hidden">
              <tr><th scope="col">{t('tableWho')}</th><th scope="col">{t('tableWording')}</th></tr>
            </thead>
            {rows.map((row) => <RowGroup key={row.key} row={row} articleOutlet={articleOutlet} />)}
          </table>
          {!all && alignment.rows.length > FIRST_ROWS && (
            <button type="button" class="link more" onClick={() => setAll(true)}>{plural('showMoreRows', alignment.rows.length - FIRST_ROWS)}</button>
          )}
        </>
      )}
    </section>
  );
}
