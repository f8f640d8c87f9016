import { describe, expect, it } from 'vitest';
import { matchQuote, normalizeSpace } from './match-quote';

const page = 'Kim Jong Un said the friendship is invincible. Xi Jinping said the friendship is invincible and strategic. The end.';

describe('matchQuote', () => {
  it('finds the exact words', () => {
    const m = matchQuote(page, { quote: 'invincible and strategic' });
    expect(m && page.slice(m.start, m.end)).toBe('invincible and strategic');
    expect(m?.quoteScore).toBe(1);
  });

  it('tells a repeated passage apart by its context', () => {
    const second = page.indexOf('the friendship is invincible', 40);
    const m = matchQuote(page, { quote: 'the friendship is invincible', prefix: 'Xi Jinping said ', suffix: ' and strategic' });
    expect(m?.start).toBe(second);
    const first = matchQuote(page, { quote: 'the friendship is invincible', prefix: 'Kim Jong Un said ', suffix: '. Xi' });
    expect(first?.start).toBe(page.indexOf('the friendship is invincible'));
  });

  it('finds a passage after a small edit, and not one that was rewritten', () => {
    const edited = page.replace('invincible and strategic', 'invincible and strategik');
    const m = matchQuote(edited, { quote: 'Xi Jinping said the friendship is invincible and strategic' });
    expect(m).not.toBeNull();
    expect(m!.quoteScore).toBeLessThan(1);
    expect(matchQuote(page, { quote: 'Both sides pledged closer cooperation in trade and culture' })).toBeNull();
  });

  it('finds short quotes only word for word', () => {
    expect(matchQuote(page, { quote: 'invincibl!' })).toBeNull();
    expect(matchQuote(page, { quote: 'The end.' })?.start).toBe(page.indexOf('The end.'));
  });

  it('normalises whitespace', () => {
    expect(normalizeSpace('  a\n\n b\t c ')).toBe('a b c');
  });
});
