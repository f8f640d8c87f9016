/** The files the notes page writes: citations in four formats and the JSON backup. */
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { eventTitle } from '../../shared/dataset/localize';
import { toBibtex } from '../../shared/citations/bibtex';
import { toCslJson } from '../../shared/citations/csl-json';
import { toMarkdown, type MarkdownWords } from '../../shared/citations/markdown';
import { toRis } from '../../shared/citations/ris';
import { collectCitations, localDay } from '../../shared/citations/sources';
import { toExport, type Note } from '../../shared/storage/notes-schema';
import { formatDay } from '../../shared/ui/dates';
import { readerLanguage, t } from '../../shared/ui/i18n';
import { download } from './download';

export type ExportFormat = 'csl' | 'ris' | 'bibtex' | 'markdown' | 'json';
type Lookup = (id: string) => ExchangeEvent | undefined;

/** The reader's language for every word of the Markdown; sources keep their own. */
export function markdownWords(): MarkdownWords {
  const date = (iso: string) => formatDay(iso, 'long');
  return {
    heading: `Lips & Teeth — ${t('notesHeading')}`,
    exported: (d, n) => t('notes_mdExported', d, n),
    otherNotes: t('notes_otherNotes'),
    readouts: t('notes_readouts'),
    openPassage: t('notes_openPassage'),
    written: (d) => t('notes_writtenOn', d),
    accessed: (d) => t('notes_mdAccessed', d),
    print: (page) => (page ? t('notes_printPage', page) : t('notes_printEdition')),
    by: (a) => t('notes_byAuthor', a),
    about: (target, source) => (target.kind === 'phrase' ? t('notes_aboutPhrase', target.text) : t('notes_aboutSource', source ? `${source.outlet}, “${source.title}”` : target.url)),
    exchangeTitle: (e) => eventTitle(e, readerLanguage()),
    exchangeDates: (e) => [t('notes_reported', date(e.date)), ...(e.sentDate && e.sentDate !== e.date ? [t('notes_sent', date(e.sentDate))] : [])].join(' · '),
    date,
  };
}

const FILES: Record<ExportFormat, { ext: string; type: string }> = {
  csl: { ext: 'csl.json', type: 'application/vnd.citationstyles.csl+json' },
  ris: { ext: 'ris', type: 'application/x-research-info-systems' },
  bibtex: { ext: 'bib', type: 'application/x-bibtex' },
  markdown: { ext: 'md', type: 'text/markdown' },
  json: { ext: 'json', type: 'application/json' },
};

export function exportNotes(format: ExportFormat, notes: readonly Note[], lookup: Lookup): void {
  const sources = () => collectCitations(notes, lookup).sources;
  const text =
    format === 'csl' ? toCslJson(sources())
    : format === 'ris' ? toRis(sources())
    : format === 'bibtex' ? toBibtex(sources())
    : format === 'markdown' ? toMarkdown(notes, lookup, markdownWords())
    : JSON.stringify(toExport(notes), null, 2);
  const name = format === 'json' ? 'lips-and-teeth-notes' : format === 'markdown' ? 'lips-and-teeth-notes' : 'lips-and-teeth-citations';
  download(`${name}-${localDay(Date.now())}.${FILES[format].ext}`, text, FILES[format].type);
}
