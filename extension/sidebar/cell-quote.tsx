/** A quoted rendering as the findings show it: the chip, then who printed it, in what language and rendering, and its gloss. */
import type { Cell } from '../../shared/dataset/alignment';
import { glossFor } from '../../shared/dataset/alignment';
import { readerLanguage, t } from '../../shared/ui/i18n';
import { PhraseChip } from './phrase-chip';
import { printedBy, renderingLabel, speakerName } from './labels';

export function CellQuote({ cell, articleOutlet, withSource = true }: { cell: Cell; articleOutlet?: string | undefined; withSource?: boolean }) {
  const gloss = glossFor(cell.gloss, cell.language, readerLanguage());
  return (
    <span class="cell-quote">
      <PhraseChip text={cell.text} lang={cell.language} segments={cell.segments} speaker={speakerName(cell.speaker, cell.source, articleOutlet)} printedBy={printedBy(cell.source, articleOutlet)} />{' '}
      <span class="cell-meta">
        {withSource && <>{printedBy(cell.source, articleOutlet)} · </>}
        {renderingLabel(cell)}
        {cell.inHeadline && <> · {t('cellInHeadline')}</>}
      </span>
      {gloss && <span class="gloss" lang={cell.gloss?.[readerLanguage()] ? undefined : 'en'}>{t('glossPrefix', gloss)}</span>}
    </span>
  );
}
