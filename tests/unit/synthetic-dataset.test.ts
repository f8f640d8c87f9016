/** The scale benchmark's synthetic datasets: valid, deterministic, spread over years, worded from the real data only. */
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../scripts/bench/synthetic-dataset';
import { loadDataset } from '../../scripts/extension-build';
import { duplicateEvents, validateEvents } from '../../shared/dataset/validate';

describe('synthetic dataset', async () => {
  const real = await loadDataset();
  const events = syntheticDataset(real, 2000, { seed: 7 });

  it('has exactly the size asked for, and passes the dataset validator with no duplicate', () => {
    expect(events).toHaveLength(2000);
    expect(validateEvents(events)).toEqual([]);
    expect(duplicateEvents(events)).toEqual([]);
  });
  it('is the same for the same seed and differs for another', () => {
    expect(syntheticDataset(real, 50, { seed: 7 })).toEqual(events.slice(0, 50));
    expect(syntheticDataset(real, 50, { seed: 8 }).map((e) => e.id)).not.toEqual(events.slice(0, 50).map((e) => e.id));
  });
  it('spreads dates over the years asked for and uses several kinds and occasions', () => {
    const years = new Set(events.map((e) => Number(e.date.slice(0, 4))));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...years)).toBeLessThanOrEqual(2026);
    expect(years.size).toBeGreaterThanOrEqual(25);
    expect(new Set(events.map((e) => e.kind)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(events.map((e) => e.occasion)).size).toBeGreaterThanOrEqual(10);
  });
  it('draws terms and phrases from the real dataset, and links only to .invalid hosts', () => {
    const realTerms = new Set(real.flatMap((e) => [...e.terms.en, ...e.terms.ko, ...e.terms.zh]));
    const realPhrases = new Set(real.flatMap((e) => [...e.readouts, ...e.coverage].flatMap((s) => s.phrases.map((p) => p.text))));
    for (const e of events) {
      for (const t of [...e.terms.en, ...e.terms.ko, ...e.terms.zh]) expect(realTerms.has(t)).toBe(true);
      for (const s of [...e.readouts, ...e.coverage]) {
        expect(new URL(s.url ?? 'missing:').hostname.endsWith('.invalid')).toBe(true);
        for (const p of s.phrases) expect(realPhrases.has(p.text)).toBe(true);
      }
    }
  });
});
