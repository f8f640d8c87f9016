/** The labelled corpus, parsed and extracted once (linkedom, as in scripts/eval-core.ts) for the Node sections. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toArticle, type ArticleFacts, type PageFacts } from '../../shared/detector/article';
import { extractPage, passesGate } from '../../extension/content/extract';
import { CORPUS, loadLabels, parseHtml, type Label } from '../eval-core';

export interface CorpusPage {
  label: Label;
  html: string;
  page: PageFacts;
  article: ArticleFacts;
  /** Whether the content script's gate lets the page through to the background. */
  gate: boolean;
}

export async function corpusPages(): Promise<CorpusPage[]> {
  const out: CorpusPage[] = [];
  for (const label of await loadLabels()) {
    const html = await readFile(join(CORPUS, label.file), 'utf8');
    const doc = parseHtml(html);
    const page = extractPage(doc, label.url);
    out.push({ label, html, page, article: toArticle(page), gate: passesGate(doc) });
  }
  return out;
}
