/**
 * The citation exports, read back by real parsers: citeproc-js renders a bibliography
 * from the CSL JSON, astrocite-ris reads the RIS, @retorquere/bibtex-parser (Better
 * BibTeX's) the BibTeX. Each must carry outlet, headline, author, date, URL, language
 * and access date, and cite the exchange's readouts (a print one without a URL).
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import CSL from 'citeproc';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { collectCitations, localDay } from './sources';
import { toCslJson, type CslItem } from './csl-json';
import { toRis } from './ris';
import { toBibtex } from './bibtex';
import { EVENT, lookup, NOTES } from './fixtures';

const require = createRequire(import.meta.url);
const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
const { sources } = collectCitations(NOTES, lookup);
const accessedN1 = localDay(NOTES[0]!.accessedAt);
const accessedN2 = localDay(NOTES[1]!.accessedAt);
const article1 = NOTES[0]!.article!;
const url1 = article1.url.replace(/#.*$/, '');

describe('collected sources', () => {
  it('cites each article once, the exchange readouts, and the source and phrase notes point to', () => {
    expect(sources.map((s) => [s.role, s.outlet])).toEqual([
      ['article', 'Hong Kong Free Press HKFP'],
      ['readout', 'KCNA'],
      ['readout', 'Rodong Sinmun'],
      ['readout', "People's Daily"],
      ['article', '한빛일보'],
      ['coverage', 'Yonhap News Agency'],
    ]);
    const print = sources.find((s) => s.outlet === 'Rodong Sinmun')!;
    expect(print.url).toBeUndefined();
    expect(print.print).toEqual({ page: '1' });
    expect(print.accessed).toBeUndefined();
    // A Xinhua text read in People's Daily's print edition: that paper's article, by Xinhua.
    expect(sources.find((s) => s.outlet === "People's Daily")).toMatchObject({ author: 'Xinhua', print: {}, date: '2024-10-07' });
    expect(sources[0]!.url).toBe(url1);
    expect(new Set(sources.map((s) => s.key)).size).toBe(sources.length);
    expect(sources.every((s) => /^[a-z0-9]+$/.test(s.key))).toBe(true);
  });
});

describe('CSL JSON', () => {
  const items = JSON.parse(toCslJson(sources)) as CslItem[];
  it('renders as a bibliography in citeproc-js (Harvard), with access dates and the print page', () => {
    const byId = new Map(items.map((i) => [i.id, i]));
    const engine = new CSL.Engine({ retrieveLocale: (l) => locales[l] ?? locales['en-US']!, retrieveItem: (id) => byId.get(id) }, styles.harvard1!);
    engine.updateItems(items.map((i) => i.id));
    const result = engine.makeBibliography();
    expect(result).not.toBe(false);
    const [meta, entries] = result as Exclude<typeof result, false>;
    expect(meta.bibliography_errors).toEqual([]);
    // citeproc-js sets apostrophes typographically.
    const html = entries.join('\n').replace(/’/g, "'");
    expect(entries).toHaveLength(sources.length);
    for (const s of sources) expect(html).toContain(s.outlet);
    expect(html).toContain('Grundy');
    // en-US month-first dates: the locale citeproc was given.
    expect(html).toContain('(Accessed: January 5, 2026)');
    expect(html).toContain('(Accessed: January 7, 2026)');
    expect(html).not.toContain('#comments');
    expect(html).toContain('조중친선은 불패');
    expect(html).toMatch(/Rodong Sinmun[^\n]*p\. 1/);
  });
  it('has the fields Zotero maps: type, container, issued, accessed, URL, language', () => {
    const hkfp = items[0]!;
    expect(hkfp).toMatchObject({ type: 'article-newspaper', title: article1.title, 'container-title': article1.outlet, author: [{ literal: 'Tom Grundy' }], issued: { 'date-parts': [[2024, 10, 6]] }, URL: url1, language: 'en' });
    expect(hkfp.accessed).toEqual({ 'date-parts': [accessedN1.split('-').map(Number)] });
    expect(items.find((i) => i['container-title'] === 'Rodong Sinmun')).toMatchObject({ page: '1', medium: 'print', language: 'ko' });
  });
});

describe('RIS', () => {
  const ris = toRis(sources);
  const records = parseRis(ris);
  // astrocite gives date parts as the strings it read.
  const day = (v: unknown) => ((v as { 'date-parts': unknown[][] } | undefined)?.['date-parts'][0] ?? []).map(Number);
  it('is read by astrocite-ris, one record per source, with access dates', () => {
    expect(records).toHaveLength(sources.length);
    const hkfp = records.find((r) => r.URL === url1)!;
    expect(hkfp).toMatchObject({ type: 'article-newspaper', title: article1.title, 'container-title': article1.outlet, language: 'en' });
    expect(hkfp.author).toEqual([{ family: 'Grundy', given: 'Tom' }]);
    expect(day(hkfp.issued)).toEqual([2024, 10, 6]);
    expect(day(hkfp.accessed)).toEqual(accessedN1.split('-').map(Number));
    expect(day(records.find((r) => r.title === NOTES[1]!.article!.title)!.accessed)).toEqual(accessedN2.split('-').map(Number));
    const print = records.find((r) => r['container-title'] === 'Rodong Sinmun')!;
    expect(print.URL).toBeUndefined();
    expect(print.page).toBe('1');
  });
  it('carries the reader’s notes and tags with their source, one line each', () => {
    const hkfp = records.find((r) => r.URL === url1)!;
    expect(hkfp.keyword).toEqual(['wording', 'kcna']);
    expect(hkfp.note).toContain('“invincible”');
    expect(hkfp.note).toContain('invincible. Second paragraph.');
    expect(ris).toMatch(/^TY {2}- NEWS\r\n/);
  });
});

describe('BibTeX', () => {
  const bib = toBibtex(sources);
  const library = parseBibtex(bib, { sentenceCase: false });
  it('is read by @retorquere/bibtex-parser without errors, every field back as written', () => {
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(sources.length);
    const hkfp = library.entries.find((e) => e.fields.url === url1)!;
    expect(hkfp.type).toBe('article');
    expect(hkfp.fields.title).toBe(article1.title);
    expect(hkfp.fields.journal).toBe(article1.outlet);
    expect(hkfp.fields.author).toEqual([{ name: 'Tom Grundy' }]);
    expect(hkfp.fields.date).toBe('2024-10-06');
    expect(hkfp.fields.urldate).toBe(accessedN1);
    expect(hkfp.fields.langid).toBe('english');
    expect([...hkfp.fields.keywords!].sort()).toEqual(['kcna', 'wording']);
    expect(hkfp.fields.annote).toContain('Second paragraph.');
    const korean = library.entries.find((e) => e.fields.journal === '한빛일보')!;
    expect(korean.fields.title).toBe(NOTES[1]!.article!.title);
    expect(korean.fields.url).toBe(NOTES[1]!.article!.url);
    expect(korean.fields.urldate).toBe(accessedN2);
    const print = library.entries.find((e) => e.fields.journal === 'Rodong Sinmun')!;
    expect(print.fields.url).toBeUndefined();
    expect(print.fields.pages).toBe('1');
    expect(library.entries.map((e) => e.key)).toEqual(sources.map((s) => s.key));
  });
  it('cites the exchange’s readouts', () => {
    for (const r of EVENT.readouts) expect(library.entries.some((e) => e.fields.title === r.title)).toBe(true);
  });
});
