import { describe, expect, it } from 'vitest';
import { toMarkdown, type MarkdownWords } from './markdown';
import { EVENT, lookup, NOTES } from './fixtures';

const date = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const words: MarkdownWords = {
  heading: 'Lips & Teeth notes',
  exported: (d, n) => `Exported ${d} · ${n} notes`,
  otherNotes: 'Other notes',
  readouts: 'State-media readouts',
  openPassage: 'Open at this passage',
  written: (d) => `Note written ${d}`,
  accessed: (d) => `accessed ${d}`,
  print: (page) => (page ? `print edition, p. ${page}` : 'print edition'),
  by: (a) => `by ${a}`,
  about: (t, s) => (t.kind === 'phrase' ? `About the phrase “${t.text}”` : `About ${s?.outlet ?? 'a source'}`),
  exchangeTitle: (e) => e.title.en!,
  exchangeDates: (e) => `Reported ${date(e.date)}${e.sentDate ? ` · Sent ${date(e.sentDate)}` : ''}`,
  date,
};

describe('Markdown export', () => {
  const md = toMarkdown(NOTES, lookup, words, Date.UTC(2026, 0, 9, 12));
  if (process.env.SHOW_MD) console.log(md);

  it('groups notes under their exchange, with its labelled dates and readouts as footnotes', () => {
    expect(md).toContain(`## ${EVENT.title.en}`);
    expect(md).toContain('Reported 6 October 2024 · Sent 5 October 2024');
    expect(md).toMatch(/State-media readouts: KCNA\[\^\d+\], Rodong Sinmun\[\^\d+\], People's Daily\[\^\d+\]/);
    expect(md).toContain('## Other notes');
  });

  it('quotes with a footnote and a text-fragment link to the passage', () => {
    expect(md).toContain('> invincible [^4]\n>\n> [Open at this passage](https://hongkongfp.com/2024/10/06/xi-kim/#comments:~:text=called%20the%20friendship-,invincible,-and%20strategic)');
    expect(md).toContain('KCNA calls the friendship invincible.  \nSecond paragraph.');
  });

  it('cites every source once, with author, date, URL or print page, and access date', () => {
    const footnotes = md.split('\n').filter((l) => /^\[\^\d+\]: /.test(l));
    expect(footnotes).toHaveLength(6);
    expect(md).toContain('[^4]: Hong Kong Free Press HKFP, “China’s Xi & Kim: 100% {“friendship”} #ties\\_$^~\\\\”, by Tom Grundy, 6 October 2024, <https://hongkongfp.com/2024/10/06/xi-kim/> (accessed 5 January 2026).');
    expect(md).toMatch(/\]: Rodong Sinmun, “조중친선은 불패”, 7 October 2024, print edition, p\. 1\.$/m);
    expect(md).toContain('(accessed 7 January 2026)');
    expect(md).toMatch(/\]: People's Daily, “习近平同朝鲜最高领导人金正恩互致贺电”, by Xinhua, 7 October 2024, print edition\.$/m);
  });

  it('shows no internal ids', () => {
    for (const n of NOTES) expect(md).not.toContain(n.id);
    expect(md).not.toContain(EVENT.id);
  });

  it('says what a note on a source or a phrase is about', () => {
    expect(md).toContain('*About Yonhap News Agency*');
    expect(md).toContain('*About the phrase “invincible”*');
  });
});
