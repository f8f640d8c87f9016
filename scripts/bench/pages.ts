/**
 * Pages the benchmark serves. Non-candidates: the pages a reader opens all day, which the
 * content script must leave almost at once. Each is generated (deterministic, no page
 * script of its own) and checked against the gate in Node before it is used, so a change
 * to the gate vocabulary cannot silently turn a "non-candidate" into a candidate.
 */
import { parseHtml } from '../eval-core';
import { passesGate } from '../../extension/content/extract';
import { gateText } from '../../extension/content/head-text';
import { firstStageMatches, foldTitle } from '../../shared/detector/first-stage';

export interface BenchPage {
  name: string;
  url: string;
  html: string;
  /** What the gate does with it, for the report. */
  gate: string;
}

// Plain words that hit none of the gate's vocabulary (no leader, country, or exchange word).
const WORDS = ('the council said on tuesday that its plan would add new bus routes parks and bike lanes across the city by next year while '
  + 'residents asked how much the work would cost and when roads might close for repairs engineers expect the first phase to start in spring '
  + 'after a public hearing local shops hope more people will walk through the old market square budget figures show a small rise in spending '
  + 'on schools libraries and water pipes officials added that fees will stay the same').split(' ');

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13 + (i >> 3)) % WORDS.length]!);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

const paragraphs = (count: number, offset = 0) => Array.from({ length: count }, (_, i) => `<p>${sentence(i + offset, 30)} ${sentence(i + offset + 1, 28)}</p>`).join('\n');
const nav = Array.from({ length: 30 }, (_, i) => `<a href="/section-${i}">Section ${i}</a>`).join(' ');

function newsPage(opts: { title: string; description?: string; body: string }): string {
  const meta = opts.description === undefined ? '' : `<meta property="og:title" content="${opts.title}"><meta name="description" content="${opts.description}"><meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-10T08:00:00Z">`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${opts.title} | Midland Courier</title>${meta}</head>
<body><header><nav>${nav}</nav></header>${opts.body}<footer><p>© 2026 Midland Courier</p></footer></body></html>`;
}

/** A long ordinary news article (about 9,000 words): the gate stops at the title. */
function longArticle(): string {
  const related = Array.from({ length: 20 }, (_, i) => `<li><a href="/news/${i}">${sentence(i, 8)}</a></li>`).join('');
  return newsPage({
    title: 'City council approves new budget for parks and buses',
    description: 'The council approved the plan on Tuesday.',
    body: `<article><h1>City council approves new budget for parks and buses</h1><time datetime="2026-03-10">10 March 2026</time>\n${paragraphs(160)}</article><aside><ul>${related}</ul></aside>`,
  });
}

/** A long North Korea story with no China and no exchange: past the title check, stopped by the opening text. */
function nearMiss(): string {
  const body = Array.from({ length: 160 }, (_, i) => `<p>${i % 5 === 0 ? 'North Korea fired a rocket from near Pyongyang, officials in Seoul and Tokyo said. ' : ''}${sentence(i, 30)} ${sentence(i + 1, 28)}</p>`).join('\n');
  return newsPage({
    title: 'North Korea fires long-range rocket, Seoul says',
    description: 'North Korea fired a rocket toward the sea on Tuesday, officials in Seoul said.',
    body: `<article><h1>North Korea fires long-range rocket, Seoul says</h1><time datetime="2026-03-10">10 March 2026</time>\n${body}</article>`,
  });
}

/** A page of several megabytes: a forum thread with thousands of comments. */
function bigPage(): string {
  const comments = Array.from({ length: 4500 }, (_, i) => `<div class="post" id="c${i}"><div class="who"><a href="/u/${i}">reader${i}</a> <span class="when">2026-03-${String(1 + (i % 28)).padStart(2, '0')}</span></div><p>${sentence(i, 40)} ${sentence(i + 3, 40)}</p><p>${sentence(i + 5, 20)}</p></div>`).join('\n');
  return newsPage({ title: 'Forum: best routes for a spring bike ride', description: 'Readers share their routes.', body: `<main><h1>Best routes for a spring bike ride</h1>${comments}</main>` });
}

/** Thousands of elements and no og:title or description meta: every meta lookup walks the whole document. */
function manyElements(): string {
  const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>${i}</td><td><a href="/item/${i}">Item ${i}</a></td><td>${(i * 37) % 1000}</td><td>${(i * 13) % 97}</td><td><span>${i % 2 ? 'in stock' : 'sold out'}</span></td><td><button>Add</button></td></tr>`).join('\n');
  return newsPage({ title: 'Price list: garden tools', body: `<main><h1>Price list</h1><table><tbody>${rows}</tbody></table></main>` });
}

export function nonCandidatePages(): BenchPage[] {
  const pages = [
    { name: 'long article (unrelated)', url: 'http://news.bench.example/2026/03/10/council-budget', html: longArticle() },
    { name: 'long article on North Korea (near miss)', url: 'http://news.bench.example/2026/03/10/rocket', html: nearMiss() },
    { name: 'several-MB forum page', url: 'http://forum.bench.example/thread/bike-routes', html: bigPage() },
    { name: 'thousands of elements, no meta', url: 'http://shop.bench.example/prices', html: manyElements() },
  ];
  return pages.map((p) => {
    const doc = parseHtml(p.html);
    if (passesGate(doc)) throw new Error(`bench page "${p.name}" passes the gate: it is not a non-candidate any more`);
    const stage = firstStageMatches(foldTitle(gateText(doc))) ? 'passes the title; the extractor stops at the opening text' : 'stops at title';
    return { ...p, gate: stage };
  });
}

/** A ~1 MB article made from a seed: its own story paragraphs repeated inside the story body. */
export function megabyteArticle(seedHtml: string): string {
  const marker = '<div class="support">';
  if (!seedHtml.includes(marker)) throw new Error('the 1 MB article is built from seed 002, whose story body ends before its support box');
  const story = [...seedHtml.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1]!);
  const filler: string[] = [];
  let size = seedHtml.length;
  for (let i = 0; size < 1_000_000; i++) {
    const p = `<p>(${i + 1}) ${story[i % story.length]}</p>\n`;
    filler.push(p);
    size += p.length;
  }
  return seedHtml.replace(marker, () => `${filler.join('')}${marker}`);
}
