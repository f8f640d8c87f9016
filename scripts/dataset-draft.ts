/**
 * `npm run dataset:draft -- <saved article .html> [--url <address>]`: prints a draft dataset
 * entry for the exchange a saved article page reports, read with the extension's own
 * extractor and detector (the same code the extension runs on the page), for a maintainer to
 * check against the sources and complete. The entry goes to stdout as JSON; what the detector
 * read, and what is left to write, go to stderr.
 *
 * The article's address comes from --url, else the "saved from url" comment browsers write
 * when saving a page, else its canonical link or og:url.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHtml } from './eval-core';
import { extractPage, passesGate } from '../extension/content/extract';
import { toArticle } from '../shared/detector/article';
import { ExchangeIndex } from '../shared/detector/resolve';
import { draftFromArticle } from '../shared/library/draft';
import { validateEvents } from '../shared/dataset/validate';
import type { Coverage, ExchangeEvent } from '../shared/dataset/schema';
import { loadDataset } from './extension-build';

/** The page's own address, as a saved copy records it. */
export function savedAddress(html: string): string | null {
  const saved = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(html);
  if (saved) return saved[1]!;
  const doc = parseHtml(html);
  const candidates = [doc.querySelector('link[rel=canonical]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')];
  return candidates.find((u): u is string => !!u && /^https?:\/\//.test(u)) ?? null;
}

export interface DraftReport {
  entry: ExchangeEvent;
  gate: boolean;
  onTopic: boolean;
  /** What the bundled record makes of the article: an exchange it already holds, or none. */
  resolution: { status: string; eventId?: string };
  /** What the validator still asks for: the fields a maintainer writes. */
  toComplete: string[];
}

export async function draftEntry(html: string, url: string, events?: readonly ExchangeEvent[]): Promise<DraftReport> {
  const doc = parseHtml(html);
  const gate = passesGate(doc);
  const article = toArticle(extractPage(doc, url));
  const draft = draftFromArticle(article);
  const record = events ?? (await loadDataset());
  const r = ExchangeIndex.fromEvents(record).resolve(article);
  const { origin: _origin, ...story } = draft.source;
  const sender = draft.direction === 'xi-to-kim' ? 'xi' : draft.direction === 'kim-to-xi' ? 'kim' : 'xi-kim';
  const entry: ExchangeEvent = {
    id: `${draft.date}-${sender}-${draft.kind}-${draft.occasion}`,
    date: draft.date,
    ...(draft.sentDate ? { sentDate: draft.sentDate } : {}),
    kind: draft.kind,
    direction: draft.direction,
    occasion: draft.occasion,
    ...(draft.anniversary ? { anniversary: draft.anniversary } : {}),
    // Left empty on purpose: the validator refuses the entry until a maintainer writes them.
    title: { en: '', ko: '', zh: '' },
    occasionDetail: { en: '', ko: '', zh: '' },
    summary: { en: '', ko: '', zh: '' },
    terms: { en: [], ko: [], zh: [] },
    readouts: [],
    coverage: [story as Coverage],
    researchNote: `Drafted by npm run dataset:draft from a saved copy of ${url}; every field is to be checked against the sources.`,
  };
  const toComplete = validateEvents([entry], { knownIds: record.map((e) => e.id) });
  return { entry, gate, onTopic: draft.onTopic, resolution: { status: r.status, ...(r.eventId ? { eventId: r.eventId } : {}) }, toComplete };
}

async function main(argv: string[]): Promise<number> {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--url');
  const urlAt = argv.indexOf('--url');
  if (!file) {
    console.error('Usage: npm run dataset:draft -- <saved article .html> [--url <the article\'s address>]');
    return 2;
  }
  const html = await readFile(resolve(file), 'utf8').catch((e: NodeJS.ErrnoException) => {
    console.error(`${file}: cannot be read (${e.code ?? e.message}).`);
    return null;
  });
  if (html === null) return 2;
  const url = urlAt >= 0 ? argv[urlAt + 1] : savedAddress(html);
  if (!url || !/^https?:\/\//.test(url)) {
    console.error(`${file}: the page does not say where it was saved from. Give its address: --url https://…`);
    return 2;
  }
  const report = await draftEntry(html, url);
  console.log(JSON.stringify(report.entry, null, 2));
  console.error(`\nRead from ${url}`);
  console.error(`  gate: ${report.gate ? 'passed' : 'not passed (the extension would not read this page)'}; Xi–Kim exchange: ${report.onTopic ? 'yes' : 'no (check that the page is about one)'}`);
  if (report.resolution.status === 'match') {
    console.error(`  The bundled record already holds this exchange: ${report.resolution.eventId}. Add the coverage entry above to it instead of a new exchange.`);
  } else console.error('  The bundled record holds no exchange this article reports.');
  console.error(`  Check the date, kind, direction, occasion, anniversary and each phrase and speaker against the sources; then write:\n    ${report.toComplete.join('\n    ')}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
