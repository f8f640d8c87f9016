/**
 * The first stage without regexes must decide exactly as the regex it replaced: the
 * vocabulary's sources joined into one case-insensitive pattern over whitespace-collapsed
 * text. Checked on every title, og:title and description of the four labelled corpora and
 * on generated near-misses, for the runtime matcher and for the source the build writes
 * into content.js.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA, loadLabels, parseHtml, type CorpusName } from '../../scripts/eval-core';
import { DIST } from '../../scripts/extension-build';
import { gateText, meta } from '../../extension/content/head-text';
import { FIRST_STAGE_NEEDLES, firstStageMatches, firstStageSource, foldTitle, needlesOf } from '../../shared/detector/first-stage';
import vocabulary from '../../shared/detector/gate-vocabulary.json';

const oldPattern = new RegExp([...vocabulary.sideWords, ...vocabulary.liveWords].join('|'), 'i');
/** What document.title gives: ASCII whitespace collapsed and trimmed (a no-break space stays). */
const asTitle = (s: string) => s.replace(/[\t\n\f\r ]+/g, ' ').trim();
const oldDecision = (s: string) => oldPattern.test(s.replace(/\s+/g, ' '));
const built = new Function(`${firstStageSource().replace('export default ', '')}\nreturn firstStage;`)() as (t: string) => boolean;

type CorpusRead = { strings: string[]; docs: { corpus: CorpusName; file: string; status: string; doc: Document }[] };
let corpusRead: Promise<CorpusRead> | undefined;
/** Every corpus page parsed once for the whole file (four tests read them). */
const corpusStrings = (): Promise<CorpusRead> => (corpusRead ??= readCorpora());

async function readCorpora(): Promise<CorpusRead> {
  const strings: string[] = [];
  const docs = [];
  for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
    for (const label of await loadLabels(corpus)) {
      const doc = parseHtml(await readFile(join(CORPORA[corpus], label.file), 'utf8'));
      strings.push(doc.title, meta(doc, 'og:title'), meta(doc, 'description og:description'));
      docs.push({ corpus, file: label.file, status: label.status, doc });
    }
  }
  return { strings: strings.filter(Boolean), docs };
}

/** Each needle inside, at and across word boundaries, in several cases and scripts. */
function nearMisses(): string[] {
  const out: string[] = [];
  for (const { text } of FIRST_STAGE_NEEDLES) {
    const upper = text.toUpperCase();
    const title = text.replace(/^./, (c) => c.toUpperCase());
    for (const w of [text, upper, title]) {
      out.push(w, `${w} talks`, `The ${w}`, `Mé${w}co`, `ta${w}`, `${w}s`, `${w}_x`, `(${w})`, `${w}-led`, `1${w}`, `${w}2`, `«${w}»`, `“${w}”`, `${w}\u00a0news`, `x\u00a0${w}`);
    }
  }
  out.push('Mexico', 'taxi', 'Xinhua', 'Kimchi', 'skim milk', 'olive oil', 'delivered', 'North\u00a0Korea', 'north  korea', 'N.Korea', 'N. Korea', 'N.  Korea', 'live', 'Live: updates', 'DPRKs', 'PyongYang', 'İstanbul xi', 'ǅ xi');
  return out;
}

describe('the first stage without regexes', () => {
  it('reads the vocabulary as literal needles and refuses regex syntax it could not honour', () => {
    expect(needlesOf('\\bxi\\b')).toEqual([{ text: 'xi', start: true, end: true }]);
    expect(needlesOf('\\bdprk')).toEqual([{ text: 'dprk', start: true, end: false }]);
    expect(needlesOf('n\\. ?korea').map((n) => n.text)).toEqual(['n. korea', 'n.\u00a0korea', 'n.korea']);
    expect(needlesOf('朝鲜')).toEqual([{ text: '朝鲜', start: false, end: false }]);
    for (const bad of ['kim|xi', 'korea.*', '[xX]i', 'Xi', 'n ?k ?r']) expect(() => needlesOf(bad), bad).toThrow(/gate vocabulary/);
  });

  it('decides as the regex it replaced on every corpus title, og:title and description, and on near-misses', async () => {
    const { strings } = await corpusStrings();
    const inputs = [...strings, ...nearMisses()].map(asTitle);
    expect(inputs.length).toBeGreaterThan(1000);
    const disagree = inputs.filter((s) => oldDecision(s) !== firstStageMatches(foldTitle(s)));
    expect(disagree).toEqual([]);
    // The near-misses really do fall on both sides.
    expect(inputs.filter((s) => firstStageMatches(foldTitle(s))).length).toBeGreaterThan(100);
    expect(['taxi', 'Mexico', 'Kimchi', 'olive oil'].some((s) => firstStageMatches(foldTitle(s)))).toBe(false);
  });

  it('the source written into content.js decides as the runtime matcher', async () => {
    const { strings } = await corpusStrings();
    const inputs = [...strings, ...nearMisses()].map((s) => foldTitle(asTitle(s)));
    expect(inputs.filter((t) => built(t) !== firstStageMatches(t))).toEqual([]);
    expect(firstStageSource()).not.toMatch(/new RegExp|\/[^/\n]+\/[gimsuy]*\.test/);
  });

  it('the built content.js (dist/chrome; `npm test` builds before the unit tests) asks the background on exactly the pages the stage lets through', async () => {
    const code = await readFile(join(DIST, 'chrome/content.js'), 'utf8');
    const { docs } = await corpusStrings();
    const pages = [...docs.map((d) => d.doc), ...nearMisses().map((t) => parseHtml(`<html><head><title>${t.replace(/</g, '&lt;')}</title></head><body><p>Words.</p></body></html>`))];
    const wrong: string[] = [];
    for (const doc of pages) {
      let asked = 0;
      const fakeGlobal = { chrome: { runtime: { sendMessage: () => (asked++, Promise.resolve()) } } };
      new Function('document', 'globalThis', code)(doc, fakeGlobal);
      if ((asked === 1) !== firstStageMatches(foldTitle(gateText(doc)))) wrong.push(doc.title);
    }
    expect(pages.length).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it("lets through every labelled exchange or topic page of the four corpora from the title alone (or, for a bare title, the title and the page's opening)", async () => {
    const { docs } = await corpusStrings();
    const relevant = docs.filter((d) => d.status !== 'none');
    expect(relevant.length).toBeGreaterThan(130);
    const stopped = relevant.filter((d) => !firstStageMatches(foldTitle(gateText(d.doc)))).map((d) => `${d.corpus}/${d.file}`);
    expect(stopped).toEqual([]);
  });
});

// Keep the corpora's folders honest: a corpus with no pages would make the test above pass on nothing.
it('reads pages from every corpus', async () => {
  for (const dir of Object.values(CORPORA)) expect((await readdir(join(dir, 'pages'))).length).toBeGreaterThan(10);
});
