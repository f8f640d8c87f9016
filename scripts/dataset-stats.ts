/**
 * `npm run dataset:stats`: prints, as Markdown, the dataset's coverage figures, events per
 * year and kind and per occasion, sourcing depth, three-language completeness, concept
 * coverage and the known gaps (no readout, a single source), so the tables in
 * shared/dataset/README.md can be regenerated after every edit.
 */
import { loadDatasetFile } from './extension-build';
import { KINDS, OCCASIONS, type ExchangeEvent } from '../shared/dataset/schema';
import { completeness } from '../shared/dataset/completeness';
import { lookAlikePairs } from '../shared/dataset/concept-checks';
import { COVERAGE_THRESHOLDS, coverageFigures, hasKoreanOrChineseSource, organisationOf, organisationsOf } from '../shared/dataset/coverage-stats';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function figuresSection(events: ExchangeEvent[]): string {
  const f = coverageFigures(events);
  const t = COVERAGE_THRESHOLDS;
  const count = (test: (e: ExchangeEvent) => boolean) => events.filter(test).length;
  const line = (name: string, n: number, value: number, min: number) => [name, `${n} (${pct(value)})`, pct(min), value >= min ? 'yes' : '**no**'];
  return table(['Figure', 'Events', 'Minimum', 'Met'], [
    ['Events', f.events, t.events, f.events >= t.events ? 'yes' : '**no**'],
    line('≥1 state-media readout', count((e) => e.readouts.length > 0), f.withReadout, t.withReadout),
    line('≥2 independent sources', count((e) => organisationsOf(e).size >= 2), f.twoOrganisations, t.twoOrganisations),
    line('≥3 independent sources', count((e) => organisationsOf(e).size >= 3), f.threeOrganisations, t.threeOrganisations),
    line('a Korean or Chinese source', count(hasKoreanOrChineseSource), f.koreanOrChinese, t.koreanOrChinese),
  ]);
}

function perYearSection(events: ExchangeEvent[]): string {
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort();
  const kinds = KINDS.filter((k) => events.some((e) => e.kind === k));
  const cells = (list: ExchangeEvent[]) => [...kinds.map((k) => list.filter((e) => e.kind === k).length || ''), list.length, list.filter((e) => e.readouts.length > 0).length, list.filter((e) => organisationsOf(e).size >= 2).length];
  return table(['Year', ...kinds, 'total', 'with readout', '≥2 sources'], [
    ...years.map((y) => [y, ...cells(events.filter((e) => e.date.startsWith(y)))]),
    ['**all**', ...cells(events)],
  ]);
}

/** The source names as written in the dataset, one per organisation. */
function sourceNames(e: ExchangeEvent): string {
  const byOrganisation = new Map<string, string>();
  for (const name of [...e.readouts.map((r) => r.agency), ...e.coverage.map((c) => c.outlet)]) if (!byOrganisation.has(organisationOf(name))) byOrganisation.set(organisationOf(name), name);
  return [...byOrganisation.values()].join('; ') || 'none';
}

function gapsSection(events: ExchangeEvent[]): string {
  const list = (items: ExchangeEvent[], note: (e: ExchangeEvent) => string) => items.map((e) => `- \`${e.id}\`: ${note(e)}`).join('\n');
  const noReadout = events.filter((e) => e.readouts.length === 0);
  const single = events.filter((e) => organisationsOf(e).size < 2);
  return [
    `### Events without a state-media readout (${noReadout.length})`,
    '',
    list(noReadout, (e) => `${e.occasionDetail.en} (sources: ${sourceNames(e)})`),
    '',
    `### Events with a single independent source (${single.length})`,
    '',
    list(single, (e) => `${e.occasionDetail.en} (only ${sourceNames(e)})`),
  ].join('\n');
}

function perOccasionSection(events: ExchangeEvent[]): string {
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort();
  const occasions = OCCASIONS.filter((o) => events.some((e) => e.occasion === o));
  return table(['Occasion', ...years, 'total'], occasions.map((o) => {
    const list = events.filter((e) => e.occasion === o);
    return [o, ...years.map((y) => list.filter((e) => e.date.startsWith(y)).length || ''), list.length];
  }));
}

function completenessSection(file: Awaited<ReturnType<typeof loadDatasetFile>>): string {
  const c = completeness(file.events, file.concepts);
  const share = (n: number, of: number) => `${n} of ${of} (${pct(of ? n / of : 1)})`;
  const lines = table(['Figure', 'Value'], [
    ['Exchanges with title, occasion and summary in en, ko and zh', share(c.threeLanguages, c.events)],
    ['Titles in all three languages', share(c.titles, c.events)],
    ['Summaries in English / Korean / Chinese', `${c.summaries.en} / ${c.summaries.ko} / ${c.summaries.zh}`],
    ['Korean, Chinese and Japanese phrases with an English gloss', share(c.cjkGlossed, c.cjkPhrases)],
    ['Phrases linked to a concept', share(c.withConcept, c.phrases)],
    ['Concepts (labelled in en, ko and zh)', `${c.concepts} (${c.concepts - c.unlabelledConcepts.length})`],
    ['Source texts (and mirror copies beyond them)', `${c.texts} (${c.mirrors})`],
    ['Exchanges by independent sources: 1 / 2 / 3 / 4+', c.depth.join(' / ')],
  ]);
  const missing = c.missing.length ? ['', `Not yet in three languages (${c.missing.length}): ${c.missing.slice(0, 20).map((m) => `\`${m.id}\` (${m.what.join(', ')})`).join('; ')}${c.missing.length > 20 ? '; …' : ''}`] : [];
  return [lines, ...missing].join('\n');
}

const file = await loadDatasetFile();
const events = file.events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
console.log([
  '## Coverage figures', '', figuresSection(events), '',
  '## Languages, glosses, concepts and sourcing depth', '', completenessSection(file), '',
  '## Events per year and kind', '', perYearSection(events), '',
  '## Events per occasion and year', '', perOccasionSection(events), '',
  '## Known gaps', '', gapsSection(events), '',
  '## For review: phrases that look like renderings of each other but share no concept', '',
  'Same exchange, same speaker, different sources, most English content words in common (the gloss stands in for Korean, Chinese and Japanese). Link them with a concept if they render the same words.', '',
  ...lookAlikePairs(events).map((p) => `- ${p}`),
].join('\n'));
