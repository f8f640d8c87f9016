// Debug helper: prints what the detector sees on one page. Usage: npx tsx scripts/debug-page.mts FILE URL
import { readFile } from 'node:fs/promises';
import { parseHtml } from './eval-core';
import { extractPage } from '../extension/content/extract';
import { toArticle } from '../shared/detector/article';
import { ExchangeIndex } from '../shared/detector/resolve';
import { loadDataset } from './extension-build';
const [file, url] = process.argv.slice(2);
const doc = parseHtml(await readFile(file!, 'utf8'));
const a = toArticle(extractPage(doc, url!));
console.log({ ...a, text: a.text.slice(0, 300), lead: a.lead.slice(0, 300) });
const r = ExchangeIndex.fromEvents(await loadDataset()).resolve(a);
console.log(JSON.stringify({ status: r.status, eventId: r.eventId, c: r.candidates, sender: r.topic.sender, meeting: r.topic.meeting, ev: r.topic.evidence }, null, 1));
