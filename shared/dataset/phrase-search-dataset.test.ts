/**
 * Phrase search over the bundled record. Concept labels and glosses are still being
 * written, so every expectation is derived from the dataset as it is now: whatever a
 * concept, label or gloss says, the search must reach it.
 */
import { describe, expect, it } from 'vitest';
import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import { EVENTS } from './index';
import concepts from './concepts.json';
import { PhraseIndex } from './phrase-search';
import type { ConceptLabels, Phrase } from './schema';

const index = new PhraseIndex(EVENTS, concepts as ConceptLabels);
const phrasesOf = (e: (typeof EVENTS)[number]): Phrase[] => [...e.readouts, ...e.coverage].flatMap((s) => s.phrases);
/** Every exchange that quoted words of a concept. */
const exchangesWith = (concept: string) => EVENTS.filter((e) => phrasesOf(e).some((p) => p.concept === concept)).map((e) => e.id);
const found = (query: string) => new Set(index.search(query).exchanges.map((x) => x.event.id));
const OLYMPIC_REPLY = '2022-02-26-xi-reply-olympics';

describe('phrase search over the dataset', () => {
  it('"new situation" and "新形势" each find the Olympic reply and the other exchanges that used the words', () => {
    const olympic = EVENTS.find((e) => e.id === OLYMPIC_REPLY)!;
    const concept = phrasesOf(olympic).find((p) => /new situation/i.test(p.text))?.concept;
    expect(concept, 'the Olympic reply quotes "new situation" with a concept').toBeTruthy();
    const linked = exchangesWith(concept!);
    expect(linked.length, 'the concept links several exchanges').toBeGreaterThan(1);
    for (const query of ['new situation', '新形势', '新局勢', '새로운 정세']) {
      const hits = found(query);
      for (const id of linked) expect(hits.has(id), `${query} → ${id}`).toBe(true);
    }
  });

  it('one rendering of a concept finds every exchange that quoted any rendering of it', () => {
    const byConcept = new Map<string, Phrase[]>();
    for (const e of EVENTS) for (const p of phrasesOf(e)) if (p.concept) byConcept.set(p.concept, [...(byConcept.get(p.concept) ?? []), p]);
    let checked = 0;
    for (const [concept, phrases] of byConcept) {
      const expected = exchangesWith(concept);
      for (const p of phrases) {
        if ([...p.text.trim()].length < 2) continue;
        const hits = found(p.text);
        for (const id of expected) expect(hits.has(id), `"${p.text}" (${concept}) → ${id}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  }, 60_000);

  it('every concept label, in every language it has, finds the concept’s exchanges', () => {
    for (const [concept, label] of Object.entries(concepts as ConceptLabels)) {
      const expected = exchangesWith(concept);
      for (const [lang, text] of Object.entries(label)) {
        if (!text) continue;
        const hits = found(text);
        for (const id of expected) expect(hits.has(id), `${lang} label "${text}" (${concept}) → ${id}`).toBe(true);
      }
    }
  });

  it('every gloss finds the exchange whose quote it glosses', () => {
    const expected = new Map<string, Set<string>>();
    for (const e of EVENTS) {
      for (const p of phrasesOf(e)) {
        for (const gloss of Object.values(p.gloss ?? {})) if (gloss && [...gloss].length >= 2) expected.set(gloss, (expected.get(gloss) ?? new Set()).add(e.id));
      }
    }
    expect(expected.size).toBeGreaterThan(50);
    for (const [gloss, ids] of expected) {
      const hits = found(gloss);
      for (const id of ids) expect(hits.has(id), `gloss "${gloss}" → ${id}`).toBe(true);
    }
  }, 60_000);

  it('Chinese quotes are found written in traditional characters too', () => {
    const toTraditional = ConverterFactory([[STCharacters]]);
    let changed = 0;
    for (const e of EVENTS) {
      for (const s of [...e.readouts, ...e.coverage]) {
        if (s.language !== 'zh') continue;
        for (const p of s.phrases) {
          const traditional = toTraditional(p.text);
          if (traditional === p.text || [...p.text].length < 2) continue;
          changed++;
          expect(found(traditional).has(e.id), `"${traditional}" (${p.text}) → ${e.id}`).toBe(true);
        }
      }
    }
    expect(changed).toBeGreaterThan(5);
  });
});
