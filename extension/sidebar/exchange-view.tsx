/**
 * One exchange, in the order a reader on deadline needs it (DESIGN.md): what it is and how
 * sure we are, what stands out, the evidence (wording table, sources), what came before and
 * after, then the reader's own notes.
 */
import { useMemo } from 'preact/hooks';
import type { ArticleFacts } from '../../shared/detector/article';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { alignWording } from '../../shared/dataset/alignment';
import { findingsOf } from '../../shared/dataset/findings';
import { coverageOf } from '../../shared/dataset/occasion-calendar';
import { aroundOf } from '../../shared/dataset/relations';
import { useCatalog } from '../../shared/ui/catalog';
import { ExchangeHeader, type HeaderMode } from './exchange-header';
import { StandsOut } from './stands-out';
import { WordingTable } from './wording-table';
import { SourcesList } from './sources-list';
import { AroundView } from './around';
import { NotesPanel } from './notes-panel';
import { SkipNav } from './skip-nav';
import { CaptureWording } from './library/capture-wording';
import { ReaderExchangeTools } from './library/reader-exchange-tools';

const SECTIONS: [string, string][] = [
  ['stands-out-heading', 'navStandsOut'],
  ['wording-heading', 'navWording'],
  ['sources-heading', 'navSources'],
  ['around-heading', 'navAround'],
  ['notes-heading', 'navNotes'],
  ['phrase-heading', 'navPhrases'],
];

interface Props {
  event: ExchangeEvent;
  mode: HeaderMode;
  candidates?: string[] | undefined;
  onPick: (id: string) => void;
  /** The article on screen, when this is the exchange it reports: it is placed in the wording table. */
  article: ArticleFacts | null;
  /** For notes: the article the sidebar is open on, whichever exchange is shown. */
  notesArticle: ArticleFacts | null;
  quote: string;
}

export function ExchangeView({ event, mode, candidates, onPick, article, notesArticle, quote }: Props) {
  const events = useCatalog().events;
  const coverage = useMemo(() => coverageOf(events), [events]);
  const alignment = useMemo(
    () => alignWording(event, article ? { url: article.url, text: `${article.headline}\n${article.lead}\n${article.text}` } : undefined),
    [event, article],
  );
  const findings = useMemo(() => findingsOf(event, events, alignment, coverage), [event, events, alignment, coverage]);
  const around = useMemo(() => aroundOf(event, events, coverage), [event, events, coverage]);
  const outlet = article?.outlet;
  return (
    <>
      <ExchangeHeader event={event} mode={mode} candidates={candidates} onPick={onPick} />
      <SkipNav sections={SECTIONS} />
      {/* After the skip links, which stay the first stop of the keyboard. */}
      <ReaderExchangeTools event={event} />
      {/* The article's wording is offered once the exchange it reports is settled (clear, or picked by the reader). */}
      {article && (mode === 'clear' || mode === 'picked') && <CaptureWording event={event} article={article} />}
      {/* Keyed by exchange, so "show more" starts folded for each; the header is not, so a pick keeps focus. */}
      <StandsOut key={`s-${event.id}`} findings={findings} sender={event.direction} articleOutlet={outlet} />
      <WordingTable key={`w-${event.id}`} alignment={alignment} articleOutlet={outlet} />
      <SourcesList sources={alignment.sources} />
      <AroundView around={around} />
      <NotesPanel key={event.id} event={event} article={notesArticle} initialQuote={quote} />
    </>
  );
}
