import { describe, expect, it } from 'vitest';
import { encodeTerm, quoteLink, textDirective } from './text-fragment';

describe('text fragments', () => {
  it('encodes the characters the directive uses, and everything a URL needs', () => {
    expect(encodeTerm('blood-sealed, friendship & trust')).toBe('blood%2Dsealed%2C%20friendship%20%26%20trust');
    expect(encodeTerm('조중 친선')).toBe('%EC%A1%B0%EC%A4%91%20%EC%B9%9C%EC%84%A0');
  });

  it('writes a short quote whole, and a long one as its first and last words', () => {
    expect(textDirective('deepen   strategic\ncommunication')).toBe('text=deepen%20strategic%20communication');
    const long = 'China and the DPRK are friendly socialist neighbours linked by mountains and rivers forever';
    expect(textDirective(long)).toBe('text=China%20and%20the%20DPRK,mountains%20and%20rivers%20forever');
  });

  it('adds the words around a short or repeated quote, cut at its block', () => {
    const context = { prefix: 'Previous paragraph.\nKim Jong Un called it ', suffix: ' and pledged support.\nNext', repeated: false };
    expect(textDirective('invincible', context)).toBe('text=Un%20called%20it-,invincible,-and%20pledged%20support.');
    expect(textDirective('the friendship is invincible today', { ...context, repeated: true })).toBe('text=Un%20called%20it-,the%20friendship%20is%20invincible%20today,-and%20pledged%20support.');
    // A long enough unique quote needs no context.
    expect(textDirective('the friendship is invincible today', context)).toBe('text=the%20friendship%20is%20invincible%20today');
    // A context cut mid-word drops the cut word.
    expect(textDirective('invincible', { prefix: 'xxxxxxxxxxxxxxxxxxxxxtremely is ', suffix: ' after that', repeated: true })).toBe('text=is-,invincible,-after%20that');
    expect(textDirective('invincible', { prefix: 'Short is ', suffix: ' after', repeated: true })).toBe('text=Short%20is-,invincible,-after');
  });

  it('keeps an anchor and replaces an older directive', () => {
    expect(quoteLink('https://news.example/a#top', 'the words')).toBe('https://news.example/a#top:~:text=the%20words');
    expect(quoteLink('https://news.example/a#:~:text=old', 'new words')).toBe('https://news.example/a#:~:text=new%20words');
    expect(quoteLink('https://news.example/a', '  ')).toBe('https://news.example/a');
  });
});
