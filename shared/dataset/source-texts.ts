/**
 * The texts an exchange's sources printed, one entry per text: a readout and its mirrors,
 * or one organisation's story carried under the same headline on several sites, is one
 * source with several links (DESIGN.md: counts count distinct sources, not copies).
 */
import type { Coverage, ExchangeEvent, Language, Phrase, PrintLocation, Readout } from './schema';
import { normalize } from '../detector/text';
import { organisationOf } from './coverage-stats';
import { sameArticle } from './wording';
import { readerTextProblems } from './reader-text';

export interface SourceText {
  /** Stable within the exchange: the first URL. */
  key: string;
  kind: 'readout' | 'coverage';
  /** The agency or outlet as the dataset names it. */
  name: string;
  /** The site it was read on, when that is not the outlet. */
  via?: string;
  /** Whose state media printed it (readouts only). */
  side?: 'dprk' | 'prc';
  date: string;
  title: string;
  language: Language;
  /** Every page carrying this text; the first is the one the dataset cites first. Empty for a print-only text. */
  urls: string[];
  /** Where in a print edition it was read, when it was. */
  print?: PrintLocation;
  /** The phrases it quoted, once each (copies may list the same phrase). */
  phrases: Phrase[];
  /** One of its pages is the article the reader is on. */
  isThisArticle: boolean;
  /** Kept by the reader from an article they read (shown "from your reading"). */
  origin?: 'reader';
}

/**
 * A source's name as readers see it: a bracketed remark that is a maintainer's note ("(outlet not
 * named on the stored page)") is left out; one that names the wire or the site ("(Yonhap)") stays.
 */
export const readerName = (name: string): string =>
  name.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (readerTextProblems(inner).length ? '' : whole)).trim() || name;

const textKey = (kind: string, organisation: string, title: string) => `${kind}|${organisation}|${normalize(title).trim()}`;

function mergePhrases(into: Phrase[], more: readonly Phrase[]): void {
  for (const p of more) if (!into.some((q) => normalize(q.text) === normalize(p.text))) into.push(p);
}

/** Readouts first (as the dataset orders them), then coverage; copies folded into their first entry. */
export function sourceTexts(event: Pick<ExchangeEvent, 'readouts' | 'coverage'>, articleUrl?: string): SourceText[] {
  const out: SourceText[] = [];
  const byKey = new Map<string, SourceText>();
  const add = (kind: SourceText['kind'], s: Readout | Coverage, name: string, title: string) => {
    const key = textKey(kind, organisationOf(name), title);
    const urls = [s.url, ...(s.mirrors ?? [])].filter((u): u is string => !!u);
    const existing = byKey.get(key);
    if (existing) {
      for (const u of urls) if (!existing.urls.includes(u)) existing.urls.push(u);
      mergePhrases(existing.phrases, s.phrases);
      if (s.date < existing.date) existing.date = s.date;
    } else {
      const text: SourceText = { key: s.url ?? `print|${name}|${s.date}|${title}`, kind, name: readerName(name), date: s.date, title, language: s.language, urls, phrases: [], isThisArticle: false };
      if (s.print) text.print = s.print;
      mergePhrases(text.phrases, s.phrases);
      if ('side' in s) text.side = s.side;
      if ('via' in s && s.via) text.via = readerName(s.via);
      if ('origin' in s && s.origin) text.origin = s.origin;
      byKey.set(key, text);
      out.push(text);
    }
  };
  for (const r of event.readouts) add('readout', r, r.agency, r.title);
  for (const c of event.coverage) add('coverage', c, c.outlet, c.headline);
  if (articleUrl) for (const s of out) s.isThisArticle = s.urls.some((u) => sameArticle(u, articleUrl));
  return out;
}
