/** Pages the browser tests serve: the labelled corpus, plus small pages made for one behaviour. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Label } from '../../scripts/eval-core';

export const CORPUS = resolve(import.meta.dirname, '../corpus');

export async function corpus(): Promise<(Label & { html: string; servedUrl: string })[]> {
  const labels = JSON.parse(await readFile(join(CORPUS, 'labels.json'), 'utf8')) as Label[];
  return Promise.all(
    labels.map(async (l) => ({ ...l, html: await readFile(join(CORPUS, l.file), 'utf8'), servedUrl: l.url.replace(/^https:/, 'http:') })),
  );
}

export const seedLabels = async () => (await corpus()).filter((l) => l.kind === 'seed');

export const UNRELATED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rain expected across the region this weekend | Daily Weather</title>
<meta property="og:type" content="article"><meta name="description" content="Forecasters expect steady rain on Saturday."></head>
<body><header><nav><a href="/">Home</a> <a href="/weather">Weather</a></nav></header><article><h1>Rain expected across the region this weekend</h1>
<p>Forecasters said on Thursday that a band of rain would cross the region on Saturday, clearing by Sunday afternoon.</p>
<p>Temperatures will stay mild, and no storm warnings have been issued.</p></article>
<script>window.__pageErrors = []; addEventListener('error', (e) => window.__pageErrors.push(String(e.message)));</script></body></html>`;

/** An article page whose body the page's own script swaps, like a single-page news site. */
/** JSON that is safe inside an inline <script> (no "</script>" can end it early). */
const inlineJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export function spaPage(first: string, second: { title: string; html: string; path: string }): string {
  const script = `<script>
window.__swap = () => {
  history.pushState({}, '', ${inlineJson(second.path)});
  document.title = ${inlineJson(second.title)};
  document.querySelectorAll('meta[property="og:title"],meta[property="article:published_time"],script[type="application/ld+json"]').forEach((m) => m.remove());
  document.body.innerHTML = ${inlineJson(second.html)};
};
</script></body>`;
  // A function replacer: the article's text may contain "$&"-like sequences.
  return first.replace('</body>', () => script);
}
