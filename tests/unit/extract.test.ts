/** The extractor's reading of a page (in Node, on linkedom): date clues and the gate on pages whose title says nothing. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/eval-core';
import { extractPage, passesGate } from '../../extension/content/extract';
import { isBareTitle, titleAndMeta } from '../../extension/content/head-text';

const doc = (head: string, body: string) => parseHtml(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);

describe('date clues', () => {
  it('reads the article object of a JSON-LD @graph before the site and page objects', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', datePublished: '2020-01-01' }, { '@type': 'NewsArticle', datePublished: '2024-10-06T09:00:00Z' }] };
    const facts = extractPage(doc(`<title>t</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<h1>t</h1><p>x</p>'), 'https://x.example/a');
    expect(facts.dates[0]).toEqual({ source: 'jsonld', text: '2024-10-06T09:00:00Z' });
  });

  it('reads meta tag names whatever their case (DC.date, parsely-pub-date, og:regDate)', () => {
    const facts = extractPage(doc('<meta name="DC.date" content="2024-10-06"><meta name="parsely-pub-date" content="2024-10-05"><meta property="og:regDate" content="20241004093000">', '<h1>t</h1>'), 'https://x.example/a');
    expect(facts.dates.filter((c) => c.source === 'meta').map((c) => c.text)).toEqual(['2024-10-05', '2024-10-06', '20241004093000']);
  });

  it("reads the byline after the headline, not a site's date bar above it nor the dates of other stories", () => {
    const facts = extractPage(
      doc('<title>Kim replies to Xi</title>', '<div class="today">February 16, 2026</div><h1>Kim replies to Xi</h1><div class="meta">Date: 16/09/2020 | Source: KCNA</div><article><p>Story.</p></article><section class="more"><ul><li><a>Other</a><span class="date">February 18, 2026</span></li></ul></section><figure><figcaption class="caption">Kim and Xi in Beijing, 19 June 2018.</figcaption></figure>'),
      'https://x.example/a',
    );
    const bylines = facts.dates.filter((c) => c.source === 'byline').map((c) => c.text);
    expect(bylines[0]).toBe('Date: 16/09/2020 | Source: KCNA');
    expect(bylines.join('\n')).not.toContain('February 18, 2026');
    expect(bylines.join('\n')).not.toContain('19 June 2018');
  });

  it("reads the story's dateline and a closing source line, not a photo caption's date", () => {
    const story = `<p>Pyongyang, June 12 (KCNA) -- Kim Jong Un sent greetings. ${'More words. '.repeat(40)}</p><p>(KCNA - June 12, 2020)</p>`;
    const facts = extractPage(doc('<title>t</title>', `<h1>t</h1><article><figure><figcaption>Photo taken 19 June 2018</figcaption></figure>${story}</article>`), 'https://x.example/a');
    const datelines = facts.dates.filter((c) => c.source === 'dateline').map((c) => c.text);
    expect(datelines[0]).toMatch(/^Pyongyang, June 12 \(KCNA\)/);
    expect(datelines[1]).toBe('(KCNA - June 12, 2020)');
    expect(facts.text).not.toContain('19 June 2018');
  });
});

describe('the page language', () => {
  it('takes the region from og:locale when <html lang> has none, for reading 10/06/2024', () => {
    expect(extractPage(doc('<meta property="og:locale" content="en_US"><title>t</title>', '<h1>t</h1>'), 'https://x.example/a').lang).toBe('en_US');
    expect(extractPage(parseHtml('<html lang="en-GB"><head><meta property="og:locale" content="en_US"></head><body></body></html>'), 'https://x.example/a').lang).toBe('en-GB');
  });
});

describe('a page whose title is only a masthead, a channel name or a date', () => {
  const masthead = doc('<title>로동신문 2020-05-10</title>', '<div class="mast">주체109(2020)년 5월 10일 로동신문</div><div class="hl">김정은동지께 습근평동지가 구두친서를 보내여왔다</div><p>김정은동지께서 구두친서를 보내신데 대한 회답으로 습근평동지가 구두친서를 보내여왔다.</p>');
  const ordinary = doc('<title>Rain expected across the region this weekend</title>', '<p>Kim Jong Un sent a message to Xi Jinping.</p>');

  it('is told from a headline by its length, Hangul and Han counting double', () => {
    expect(isBareTitle('로동신문 2020-05-10')).toBe(true);
    expect(isBareTitle('竹新社')).toBe(true);
    expect(isBareTitle('习近平复电金正恩')).toBe(false);
    expect(isBareTitle('Rain expected across the region this weekend')).toBe(false);
  });

  it('has the opening of its body read by the gate; a page with a real title has not', () => {
    expect(titleAndMeta(masthead)).toContain('김정은동지께');
    expect(titleAndMeta(ordinary)).not.toContain('Kim Jong Un');
    expect(passesGate(masthead)).toBe(true);
    expect(passesGate(ordinary)).toBe(false);
  });

  it('passes the gate when laid out in <div>s only (e-papers, channel mirrors)', () => {
    const epaper = doc('<title>推动中朝关系与时俱进</title>', '<div class="t">推动中朝关系与时俱进</div><div class="c">应金正恩邀请，习近平于6月8日至9日对朝鲜进行国事访问。</div>');
    expect(passesGate(epaper)).toBe(true);
  });
});
