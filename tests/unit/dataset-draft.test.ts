/** `npm run dataset:draft`: a saved article page becomes a draft entry, read by the extension's own extractor and detector. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { draftEntry, savedAddress } from '../../scripts/dataset-draft';
import { EVENTS } from '../../shared/dataset/index';
import type { ExchangeEvent } from '../../shared/dataset/schema';

const ROOT = resolve(import.meta.dirname, '../..');
const SAVED = join(ROOT, 'tests/browser/library-pages/saved-en-neasiawire-2027-xi-flood-sympathy.html');
const ADDRESS = 'https://www.neasiawire.example/korea/2027/08/14/xi-kim-flood-sympathy';

describe('dataset:draft', () => {
  it('finds the address a saved page records, before its canonical link', async () => {
    const html = await readFile(SAVED, 'utf8');
    expect(savedAddress(html)).toBe(ADDRESS);
    expect(savedAddress('<html><head><link rel="canonical" href="https://a.example/x"></head></html>')).toBe('https://a.example/x');
    expect(savedAddress('<html><head></head></html>')).toBeNull();
  });

  it('drafts the exchange the page reports, with the article as a story and what is left to write', async () => {
    const report = await draftEntry(await readFile(SAVED, 'utf8'), ADDRESS, EVENTS);
    expect(report).toMatchObject({ gate: true, onTopic: true, resolution: { status: 'topic' } });
    expect(report.entry).toMatchObject({ id: '2027-08-14-xi-sympathy-disaster', date: '2027-08-14', kind: 'sympathy', direction: 'xi-to-kim', occasion: 'disaster' });
    expect(report.entry.coverage).toEqual([{ outlet: 'Northeast Asia Wire', url: ADDRESS, date: '2027-08-14', headline: 'Xi sends Kim message of sympathy over North Korea floods', language: 'en', phrases: expect.arrayContaining([{ text: 'within its capacity', speaker: 'xi' }]) }]);
    // The story is fit for the dataset as it is; only the texts a maintainer writes are missing.
    expect(report.toComplete.every((p) => /\.(title|occasionDetail|summary)(\.(en|ko|zh))?: (must be a non-empty string|needs en)$/.test(p))).toBe(true);
    expect(report.toComplete.length).toBeGreaterThan(0);
  });

  it('says when the bundled record already holds the exchange', async () => {
    const seed = EVENTS.find((e) => e.coverage.some((c) => c.seed?.includes('002')))!;
    const page = await readFile(join(ROOT, 'tests/corpus/pages/seed-002-hkfp-75th-ties.html'), 'utf8');
    const report = await draftEntry(page, savedAddress(page)!, EVENTS as ExchangeEvent[]);
    expect(report.resolution).toEqual({ status: 'match', eventId: seed.id });
  });

  it('runs from npm: JSON on stdout, the reading on stderr; a page with no address is refused', async () => {
    const run = (...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/dataset-draft.ts', ...args], { cwd: ROOT });
    const { stdout, stderr } = await run(SAVED);
    expect((JSON.parse(stdout) as ExchangeEvent).id).toBe('2027-08-14-xi-sympathy-disaster');
    expect(stderr).toMatch(/holds no exchange this article reports/);
    await expect(run(join(ROOT, 'tests/browser/library-pages/README.md'))).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/does not say where it was saved from/) });
  }, 30_000);
});
