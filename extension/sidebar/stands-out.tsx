/**
 * "What stands out": the findings computed from the record (shared/dataset/findings.ts),
 * each said in one sentence with its evidence beside it. The first few are on the first
 * screen; the rest a click away.
 */
import { useState } from 'preact/hooks';
import type { Finding } from '../../shared/dataset/findings';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { eventTitle } from '../../shared/dataset/localize';
import { formatDay, formatList, yearRanges } from '../../shared/ui/format';
import { formatLocale, leaderName, ordinal, plural, readerLanguage, t } from '../../shared/ui/i18n';
import { useActions } from './actions';
import { CellQuote } from './cell-quote';
import { speakerName } from './labels';

/** How many findings fit the first screen beside the title. */
const FIRST_SCREEN = 4;

function ExchangeLink({ event }: { event: ExchangeEvent }) {
  const { open } = useActions();
  return (
    <button type="button" class="link" onClick={() => open(event.id)}>
      {eventTitle(event, readerLanguage())} ({formatDay(event.date, formatLocale())})
    </button>
  );
}

const years = (ys: number[]) => formatList(yearRanges(ys), formatLocale());
const days = (n: number) => plural('days', n);
/** A delay between sending dates says "sent"; one between reports says "reported". */
const SAME_DAY = { sent: 'findingReplySameDay', reported: 'findingReplyReportedSameDay' } as const;
const AFTER = { sent: 'findingReplyDelay', reported: 'findingReplyReportedDelay' } as const;

function FindingView({ finding: f, sender, articleOutlet }: { finding: Finding; sender: ExchangeEvent['direction']; articleOutlet?: string | undefined }) {
  switch (f.type) {
    case 'side-only': {
      const agencies = formatList([...new Set(f.row.cells.filter((c) => c.source?.side === f.side).map((c) => c.source!.name))], formatLocale());
      return (
        <>
          <p>{t(f.side === 'dprk' ? 'findingOnlyDprk' : 'findingOnlyPrc', agencies, speakerName(f.row.speaker, f.cell.source, articleOutlet))}</p>
          <CellQuote cell={f.cell} articleOutlet={articleOutlet} />
          {f.more > 0 && <p class="aside">{plural('findingMoreInTable', f.more)}</p>}
        </>
      );
    }
    case 'rendered':
      return (
        <>
          <p>{t('findingRendered', speakerName(f.row.speaker, f.variants[0].source, articleOutlet))}</p>
          <ul class="renderings">
            {f.original && <li><CellQuote cell={f.original} articleOutlet={articleOutlet} /></li>}
            {f.variants.map((c, i) => <li key={i}><CellQuote cell={c} articleOutlet={articleOutlet} /></li>)}
          </ul>
          {f.more > 0 && <p class="aside">{plural('findingMoreInTable', f.more)}</p>}
        </>
      );
    case 'reply-delay':
      return (
        <>
          <p>{f.days === 0 ? t(SAME_DAY[f.basis]) : t(AFTER[f.basis], days(f.days))}</p>
          <p class="ref"><ExchangeLink event={f.answered} /></p>
          {f.typical !== undefined && <p class="aside">{t('findingTypical', days(f.typical))}</p>}
        </>
      );
    case 'answered-after':
      return (
        <>
          <p>{t('findingAnsweredAfter', days(f.days))}</p>
          <p class="ref"><ExchangeLink event={f.by} /></p>
        </>
      );
    case 'silence':
      return <p>{sender === 'both' ? t('findingSilenceBoth', years(f.years)) : t('findingSilence', leaderName(sender === 'xi-to-kim' ? 'xi' : 'kim'), years(f.years))}</p>;
    case 'round-only':
      return (
        <p>
          {t('findingRoundOnly', formatList(f.marked.map((m) => `${ordinal(m.ordinal)} (${m.year})`), formatLocale()))}
          {f.missed.length > 0 && <> {t('findingRoundMissed', years(f.missed))}</>}
        </p>
      );
    case 'unanswered':
      return <p>{t('findingUnanswered', years(f.years))}</p>;
    case 'phrase-first':
      return (
        <>
          <p>{t('findingPhraseFirst', speakerName(f.row.speaker, f.cell.source), plural('laterExchanges', f.later))}</p>
          <CellQuote cell={f.cell} articleOutlet={articleOutlet} />
        </>
      );
    case 'phrase-returns':
      return (
        <>
          <p>{t('findingPhraseReturns', speakerName(f.row.speaker, f.cell.source), plural('years', f.years))}</p>
          <CellQuote cell={f.cell} articleOutlet={articleOutlet} />
          <p class="aside">{t('findingPreviousUse')} <ExchangeLink event={f.previous} /></p>
        </>
      );
    case 'phrase-last':
      return (
        <>
          <p>{t('findingPhraseLast', speakerName(f.row.speaker, f.cell.source), plural('laterMessages', f.since))}</p>
          <CellQuote cell={f.cell} articleOutlet={articleOutlet} />
        </>
      );
  }
}

export function StandsOut({ findings, sender, articleOutlet }: { findings: Finding[]; sender: ExchangeEvent['direction']; articleOutlet?: string | undefined }) {
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, FIRST_SCREEN);
  return (
    <section class="stands-out" aria-labelledby="stands-out-heading" data-testid="stands-out">
      <h2 id="stands-out-heading" tabIndex={-1}>{t('standsOutHeading')}</h2>
      {findings.length === 0 ? (
        <p class="muted">{t('standsOutNone')}</p>
      ) : (
        <ul class="findings">
          {shown.map((f, i) => (
            <li key={`${f.type}-${i}`} data-finding={f.type} class={f.type === 'side-only' ? `finding side-${f.side}` : 'finding'}>
              <FindingView finding={f} sender={sender} articleOutlet={articleOutlet} />
            </li>
          ))}
        </ul>
      )}
      {!all && findings.length > FIRST_SCREEN && (
        <button type="button" class="link more" onClick={() => setAll(true)}>{plural('showMoreFindings', findings.length - FIRST_SCREEN)}</button>
      )}
    </section>
  );
}
