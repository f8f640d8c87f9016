import { describe, expect, it } from 'vitest';
import { certaintyOf } from './certainty';

const known = (id: string) => id !== 'gone';
const match = { url: 'https://a.example/x', status: 'match' as const, eventId: 'a' };

describe('certainty in three levels', () => {
  it('says clear for a clear match and probable for a probable one, whatever the confidence number', () => {
    expect(certaintyOf({ ...match, level: 'clear', confidence: 0.6 }, known)).toEqual({ level: 'clear', eventId: 'a' });
    expect(certaintyOf({ ...match, level: 'probable', confidence: 0.99, candidates: [{ eventId: 'b', confidence: 0.3 }] }, known)).toEqual({ level: 'probable', eventId: 'a', candidates: ['a', 'b'] });
  });
  it('never gives a 60 % and a 99 % match the same level when the background gives no level', () => {
    expect(certaintyOf({ ...match, confidence: 0.99 }, known).level).toBe('clear');
    expect(certaintyOf({ ...match, confidence: 0.6 }, known).level).toBe('probable');
  });
  it('offers at most three candidates, the leading one first, without unknown or repeated ones', () => {
    const c = certaintyOf({ ...match, level: 'probable', candidates: ['a', 'gone', 'b', 'c', 'd'].map((eventId) => ({ eventId, confidence: 0.2 })) }, known);
    expect(c).toEqual({ level: 'probable', eventId: 'a', candidates: ['a', 'b', 'c'] });
  });
  it('honours the reader’s pick among the candidates only', () => {
    const state = { ...match, level: 'probable' as const, candidates: [{ eventId: 'b', confidence: 0.4 }] };
    expect(certaintyOf(state, known, 'b')).toMatchObject({ eventId: 'b' });
    expect(certaintyOf(state, known, 'z')).toMatchObject({ eventId: 'a' });
    expect(certaintyOf({ ...match, level: 'clear' }, known, 'b')).toEqual({ level: 'clear', eventId: 'a' });
  });
  it('says topic for an exchange we do not hold, and none for no exchange', () => {
    expect(certaintyOf({ url: 'u', status: 'topic' }, known)).toEqual({ level: 'topic' });
    expect(certaintyOf({ ...match, eventId: 'gone' }, known)).toEqual({ level: 'topic' });
    expect(certaintyOf({ url: 'u', status: 'none' }, known)).toEqual({ level: 'none' });
    expect(certaintyOf(null, known)).toEqual({ level: 'none' });
  });
});
