/** Small hand-made exchanges for the unit tests of the wording, findings and relations logic. */
import type { Coverage, ExchangeEvent, Readout } from './schema';

export const event = (over: Partial<ExchangeEvent> & Pick<ExchangeEvent, 'id'>): ExchangeEvent => ({
  date: over.id.slice(0, 10),
  kind: 'congratulation',
  direction: 'kim-to-xi',
  occasion: 'prc-founding',
  title: {},
  occasionDetail: { en: 'PRC founding day' },
  summary: { en: 'S.' },
  terms: { en: [], ko: [], zh: [] },
  readouts: [],
  coverage: [],
  ...over,
});

export const readout = (over: Partial<Readout> & Pick<Readout, 'agency' | 'side' | 'url'>): Readout => ({
  date: '2022-02-26',
  title: `${over.agency} readout`,
  language: 'en',
  phrases: [],
  ...over,
});

export const story = (over: Partial<Coverage> & Pick<Coverage, 'outlet' | 'url'>): Coverage => ({
  date: '2022-02-26',
  headline: `${over.outlet} story`,
  language: 'en',
  phrases: [],
  ...over,
});
