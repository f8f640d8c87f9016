/**
 * Pages whose only date is in one place (JSON-LD @graph, a byline, an agency dateline, the
 * URL, a KCNA Watch-style "Date: dd/mm/yyyy | Source:" line), built from the dataset: each
 * reports one of several exchanges of the same kind, direction and occasion in other
 * years, so only its date can tell which. And a page that fits two exchanges reported days
 * apart, which must come out as a probable match with both as candidates.
 *
 * Expectations are derived from the dataset (HOW-WE-WORK: never hard-code data that may change).
 */
import type { ExchangeEvent } from '../../shared/dataset/schema';

export interface DatedPage {
  /** Which date source the page exercises. */
  source: 'jsonld-graph' | 'byline' | 'dateline' | 'url' | 'kcna-watch';
  url: string;
  html: string;
  eventId: string;
  /** The same page without its date, to show that the date is what decides. */
  undatedHtml: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d!, month: MONTHS[m! - 1]!, dd: String(d).padStart(2, '0'), mm: String(m).padStart(2, '0') };
};

/** Kim's New Year cards to Xi: the same words every year, so the date alone decides. */
export function cardEvents(events: readonly ExchangeEvent[]): ExchangeEvent[] {
  return events.filter((e) => e.kind === 'greeting-card' && e.direction === 'kim-to-xi' && e.occasion === 'new-year').sort((a, b) => a.date.localeCompare(b.date));
}

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a></nav></header>
${body}
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Markets open the week higher</a> <span class="date">March 3, 2021</span></li></ul></aside>
<footer>© News Example</footer></body></html>`;

const STORY = [
  'North Korean leader Kim Jong Un sent New Year cards to Chinese President Xi Jinping and other leaders, the Korean Central News Agency said.',
  'The agency did not say what Kim wrote in the cards to Xi.',
  'China is North Korea’s main ally and economic lifeline.',
];
const HEADLINE = 'Kim Jong Un sends New Year cards to Xi Jinping';
const paragraphs = (first = STORY[0]!) => [first, ...STORY.slice(1)].map((p) => `<p>${p}</p>`).join('\n');

export function datedPages(events: readonly ExchangeEvent[]): DatedPage[] {
  const cards = cardEvents(events);
  if (cards.length < 3) throw new Error('the dataset holds fewer than three of Kim’s New Year cards to Xi: pick another series for these fixtures');
  // Five pages, spread over the series (repeating when it is short).
  const pick = (i: number) => cards[(i * 2) % cards.length]!;
  const title = `<title>${HEADLINE} | News Example</title><meta property="og:type" content="article">`;
  const undated = () => page(title, `<article><h1>${HEADLINE}</h1>\n${paragraphs()}</article>`);
  const out: DatedPage[] = [];

  {
    const e = pick(0);
    const url = 'https://graph.example/world/kim-new-year-cards-xi/';
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Graph Example', url: 'https://graph.example/' }, { '@type': 'WebPage', '@id': url }, { '@type': 'NewsArticle', headline: HEADLINE, datePublished: `${e.date}T09:30:00+09:00`, author: { '@type': 'Person', name: 'Staff' } }] };
    out.push({ source: 'jsonld-graph', url, eventId: e.id, undatedHtml: undated(), html: page(`${title}<script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<article><h1>${HEADLINE}</h1>\n${paragraphs()}</article>`) });
  }
  {
    const e = pick(1);
    const p = parts(e.date);
    const url = 'https://byline.example/news/politics/kim-cards-xi';
    out.push({ source: 'byline', url, eventId: e.id, undatedHtml: undated(), html: page(title, `<article><h1>${HEADLINE}</h1><div class="byline">By Staff Reporter · Published ${p.d} ${p.month} ${p.y}, 10:42</div>\n${paragraphs()}</article>`) });
  }
  {
    const e = pick(2);
    const p = parts(e.date);
    const url = 'https://wire.example/story/kim-cards-xi';
    out.push({ source: 'dateline', url, eventId: e.id, undatedHtml: undated(), html: page(title, `<article><h1>${HEADLINE}</h1>\n${paragraphs(`SEOUL, ${p.month.slice(0, 3)}. ${p.d}, ${p.y} (Yonhap) -- ${STORY[0]}`)}</article>`) });
  }
  {
    const e = pick(3);
    const p = parts(e.date);
    const url = `https://url.example/${p.y}/${p.mm}/${p.dd}/kim-cards-xi/`;
    out.push({ source: 'url', url, eventId: e.id, undatedHtml: undated(), html: page(title, `<article><h1>${HEADLINE}</h1>\n${paragraphs()}</article>`) });
  }
  {
    const e = pick(4);
    const p = parts(e.date);
    const url = 'https://kcnawatch.example/newstream/1700000000-123456789/kim-jong-un-sends-new-year-cards/';
    const kcnaHeadline = 'Kim Jong Un Sends New Year Cards to Xi Jinping';
    const body = `<div class="today">February 16, 2026</div><h1>${kcnaHeadline}</h1>
<div class="meta">Date: ${p.dd}/${p.mm}/${p.y} | Source: KCNA.kp (En) | <a href="#">Read original version at source</a></div>
<article><p>Pyongyang, ${p.month} ${p.d} (KCNA) -- Kim Jong Un sent New Year cards to Xi Jinping, general secretary of the Central Committee of the Communist Party of China and president of the People's Republic of China, and to other leaders.</p></article>
<section class="more"><h3>More From KCNA.kp (En)</h3><ul><li><a href="#">Major News Items</a><span class="d">February 16, 2026</span></li></ul></section>`;
    out.push({
      source: 'kcna-watch',
      url,
      eventId: e.id,
      undatedHtml: page(`<title>${kcnaHeadline} | KCNA Watch</title>`, `<h1>${kcnaHeadline}</h1><article><p>Kim Jong Un sent New Year cards to Xi Jinping, general secretary of the Central Committee of the Communist Party of China, and to other leaders.</p></article>`),
      html: page(`<title>${kcnaHeadline} | KCNA Watch</title>`, body),
    });
  }
  return out;
}

/**
 * Two exchanges of the same kind, sender and occasion reported a few days apart (the dataset
 * holds Kim's visit of condolence and his message of sympathy after the 2018 bus crash), and
 * a page dated between them that says only what both share.
 */
export function probablePage(events: readonly ExchangeEvent[]): { url: string; html: string; eventIds: [string, string] } | null {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i]!, sorted[i + 1]!];
    const days = (Date.parse(b.date) - Date.parse(a.date)) / 86_400_000;
    if (a.kind !== 'sympathy' || b.kind !== 'sympathy' || a.direction !== 'kim-to-xi' || b.direction !== 'kim-to-xi' || a.occasion !== b.occasion || days < 1 || days > 3) continue;
    const middle = new Date(Date.parse(a.date) + Math.floor(days / 2) * 86_400_000 + 43_200_000).toISOString();
    const headline = 'Kim Jong Un expresses sympathy to Xi Jinping';
    const html = page(
      `<title>${headline} | News Example</title><meta property="og:type" content="article"><meta property="article:published_time" content="${middle}">`,
      `<article><h1>${headline}</h1><p>North Korean leader Kim Jong Un expressed his sympathy to Chinese President Xi Jinping, state media said.</p><p>No further details were given.</p></article>`,
    );
    return { url: 'https://probable.example/world/kim-sympathy-xi', html, eventIds: [a.id, b.id] };
  }
  return null;
}
