/** Small records for the library's unit tests: one reader's exchange and kept sources, built through the same code the background uses. */
import type { Coverage, ExchangeEvent } from '../dataset/schema';
import { eventFromInput, type CapturedSource, type LibraryExchange } from './library-schema';

export const story = (url: string, headline = 'Xi sends Kim message of sympathy over floods', date = '2027-08-14'): Coverage => ({
  outlet: new URL(url).hostname,
  url,
  date,
  headline,
  language: 'en',
  phrases: [{ text: 'feel deeply for the Korean people', speaker: 'xi' }],
  origin: 'reader',
});

export function readerExchange(patch: Partial<ExchangeEvent> = {}, random = 'abc12345'): LibraryExchange {
  const event = {
    ...eventFromInput(
      { date: '2027-08-14', kind: 'sympathy', direction: 'xi-to-kim', occasion: 'disaster', occasionDetail: { en: 'Floods in North Hamgyong' }, summary: { en: 'Xi sent Kim a message of sympathy over floods.' }, source: story('https://www.neasiawire.example/korea/2027/08/14/xi-kim-flood-sympathy') },
      undefined,
      random,
    ),
    ...patch,
  };
  return { id: event.id, event, createdAt: 1, updatedAt: 2 };
}

export const kept = (eventId: string, url: string, id = `s-${url.length}-${eventId.length}`): CapturedSource => ({ id, eventId, coverage: story(url), capturedAt: 3, auto: false });
