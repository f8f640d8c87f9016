/**
 * The quality gate of the bundled dataset, over every year at once: the validator, no
 * exchange entered twice, aliases that resolve, the five seed articles, and the coverage
 * the product requires. The figures are printed so CI output shows them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENTS } from './index';
import aliases from './aliases.json';
import { duplicateEvents, validateEvents } from './validate';
import { COVERAGE_THRESHOLDS, coverageFigures, describeFigures } from './coverage-stats';
import { completeness } from './completeness';
import concepts from './concepts.json';
import anchors from './concept-anchors.json';
import { conceptProblems } from './concept-checks';
import { readerTextProblems } from './reader-text';

/** The seed articles live beside the repository (`../shared/seeds/`, see schema.ts). */
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const ids = new Set(EVENTS.map((e) => e.id));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('dataset integrity', () => {
  it('passes the validator as a whole (cross-year references included)', () => {
    expect(validateEvents([...EVENTS])).toEqual([]);
  });

  it('has no exchange entered twice', () => {
    expect(duplicateEvents(EVENTS)).toEqual([]);
  });

  it('has aliases that point at existing ids and never shadow a live id', () => {
    const entries: [string, string][] = Object.entries(aliases as Record<string, string>);
    expect(entries.filter(([, target]) => !ids.has(target))).toEqual([]);
    expect(entries.filter(([alias]) => ids.has(alias))).toEqual([]);
  });

  it('names every source as readers know it: no maintainers\' remarks in agency, outlet or via', () => {
    // A bracket only for a place that tells two names apart ("ABC News (Australia)"); a service, edition
    // or language is said by `language`, the site a copy was read on by `via`, anything else goes in `researchNote`.
    const PLACES = ['Australia', 'Hong Kong', 'Taiwan'];
    const clean = (name: string) => {
      const m = /^([^(),;]+?)(?: \(([^()]+)\))?$/.exec(name);
      return !!m && (m[2] === undefined || PLACES.includes(m[2])) && readerTextProblems(name).length === 0;
    };
    const names = EVENTS.flatMap((e) => [
      ...e.readouts.map((r) => `${e.id}: ${r.agency}`),
      ...e.coverage.flatMap((c) => [`${e.id}: ${c.outlet}`, ...(c.via ? [`${e.id}: via ${c.via}`] : [])]),
    ]);
    expect(names.filter((n) => !clean(n.replace(/^.*?: (via )?/, '')))).toEqual([]);
    expect(EVENTS.flatMap((e) => e.coverage.filter((c) => c.via === c.outlet).map((c) => `${e.id}: ${c.outlet} via itself`))).toEqual([]);
  });

  it('covers each of the five seed articles once, with the headline the seed shows', () => {
    expect(existsSync(SEEDS), `seed folder ${SEEDS}`).toBe(true);
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toHaveLength(5);
    const entries = EVENTS.flatMap((e) => e.coverage.filter((c) => c.seed !== undefined).map((c) => ({ id: e.id, ...c })));
    expect(entries.map((c) => c.seed).sort()).toEqual(files);
    for (const c of entries) {
      const text = squash(readFileSync(`${SEEDS}${c.seed}`, 'utf8'));
      expect(text, `${c.id}: headline of ${c.seed}`).toContain(squash(c.headline));
      for (const p of c.phrases) expect(text, `${c.id}: phrase of ${c.seed}`).toContain(squash(p.text));
    }
  });
});

describe('dataset in three languages', () => {
  const c = completeness(EVENTS, concepts);

  it('names, places and summarises every exchange in English, Korean and Chinese', () => {
    expect(c.missing).toEqual([]);
  });

  it('glosses every Korean, Chinese and Japanese phrase in English', () => {
    expect(c.cjkGlossed).toBe(c.cjkPhrases);
  });

  it('labels every concept in English, Korean and Chinese', () => {
    expect(c.unlabelledConcepts).toEqual([]);
  });

  it('links every rendering of the same words, and every recurring formula, to a concept', () => {
    expect(conceptProblems(EVENTS, anchors)).toEqual([]);
  });
});

describe('dataset coverage (product minimums)', () => {
  const figures = coverageFigures(EVENTS);
  console.log(`Dataset coverage:\n  ${describeFigures(figures).join('\n  ')}`);
  const t = COVERAGE_THRESHOLDS;

  it(`has at least ${t.events} events`, () => expect(figures.events).toBeGreaterThanOrEqual(t.events));
  it(`has a state-media readout for at least ${t.withReadout * 100}% of events`, () => expect(figures.withReadout).toBeGreaterThanOrEqual(t.withReadout));
  it(`has ≥2 independent sources for at least ${t.twoOrganisations * 100}% of events`, () => expect(figures.twoOrganisations).toBeGreaterThanOrEqual(t.twoOrganisations));
  it(`has ≥3 independent sources for at least ${t.threeOrganisations * 100}% of events`, () => expect(figures.threeOrganisations).toBeGreaterThanOrEqual(t.threeOrganisations));
  it(`has a Korean or Chinese source for at least ${t.koreanOrChinese * 100}% of events`, () => expect(figures.koreanOrChinese).toBeGreaterThanOrEqual(t.koreanOrChinese));
});
