/** The detector on the labelled corpus, in Node: CI fails below the product's thresholds. */
import { describe, expect, it } from 'vitest';
import { isMiss, runCorpus, score, THRESHOLDS } from '../../scripts/eval-core';

describe('labelled corpus', async () => {
  const outcomes = await runCorpus();
  const s = score(outcomes);
  const misses = outcomes.filter(isMiss).map((o) => `${o.label.file}: expected ${o.label.status} ${o.label.eventId ?? ''}, got ${o.prediction.status} ${o.prediction.eventId ?? ''}`);

  it('has the five seeds and at least 60 more pages, 10 Korean and 10 Chinese', () => {
    expect(outcomes.filter((o) => o.label.kind === 'seed')).toHaveLength(5);
    expect(outcomes.length).toBeGreaterThanOrEqual(65);
    expect(outcomes.filter((o) => o.label.lang === 'ko').length).toBeGreaterThanOrEqual(10);
    expect(outcomes.filter((o) => o.label.lang === 'zh').length).toBeGreaterThanOrEqual(10);
  });
  it('resolves every seed article to its exchange', () => {
    for (const o of outcomes.filter((x) => x.label.kind === 'seed')) expect(o.prediction).toMatchObject({ status: 'match', eventId: o.label.eventId });
  });
  it(`meets precision ≥ ${THRESHOLDS.precision}, recall ≥ ${THRESHOLDS.recall}, event accuracy ≥ ${THRESHOLDS.eventAccuracy}`, () => {
    console.log(`corpus: ${s.pages} pages, precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, event accuracy ${s.eventAccuracy.toFixed(3)}; misses: ${misses.length ? misses.join('; ') : 'none'}`);
    expect(s.precision).toBeGreaterThanOrEqual(THRESHOLDS.precision);
    expect(s.recall).toBeGreaterThanOrEqual(THRESHOLDS.recall);
    expect(s.eventAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.eventAccuracy);
  });
});

describe.each(['holdout', 'holdout2'] as const)('held-out corpus %s (written without sight of the detector; see its README)', async (name) => {
  const outcomes = await runCorpus(undefined, name);
  const s = score(outcomes);
  it(`meets the same thresholds`, () => {
    const misses = outcomes.filter(isMiss).map((o) => o.label.file);
    console.log(`${name}: ${s.pages} pages, precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, event accuracy ${s.eventAccuracy.toFixed(3)}; misses: ${misses.join('; ') || 'none'}`);
    expect(s.precision).toBeGreaterThanOrEqual(THRESHOLDS.precision);
    expect(s.recall).toBeGreaterThanOrEqual(THRESHOLDS.recall);
    expect(s.eventAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.eventAccuracy);
  });
});
