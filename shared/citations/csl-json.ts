/**
 * CSL JSON (Citation Style Language data, v1.0.2 schema): what Zotero, Mendeley, Pandoc
 * and every citeproc tool import. News stories and agency readouts alike are
 * `article-newspaper`; a text read in print carries its page and no URL.
 */
import { authorNames, type CitedSource } from './sources';

type DateVariable = { 'date-parts': [number, number?, number?][] };

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  author?: { literal: string }[];
  issued?: DateVariable;
  accessed?: DateVariable;
  URL?: string;
  page?: string;
  medium?: string;
  language?: string;
}

/** "2024-10-06" → {date-parts: [[2024, 10, 6]]}; "2024" → [[2024]]. */
export function dateVariable(iso: string | null | undefined): DateVariable | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return undefined;
  const parts = [Number(m[1]), ...(m[2] ? [Number(m[2])] : []), ...(m[3] ? [Number(m[3])] : [])] as [number, number?, number?];
  return { 'date-parts': [parts] };
}

export function toCslItem(s: CitedSource): CslItem {
  const authors = authorNames(s.author);
  const issued = dateVariable(s.date);
  const accessed = dateVariable(s.accessed);
  return {
    id: s.key,
    type: 'article-newspaper',
    title: s.title,
    'container-title': s.outlet,
    ...(authors.length ? { author: authors.map((literal) => ({ literal })) } : {}),
    ...(issued ? { issued } : {}),
    ...(s.url ? { URL: s.url } : {}),
    ...(accessed ? { accessed } : {}),
    ...(s.print ? { medium: 'print', ...(s.print.page ? { page: s.print.page } : {}) } : {}),
    ...(s.language ? { language: s.language } : {}),
  };
}

export const toCslJson = (sources: readonly CitedSource[]): string => `${JSON.stringify(sources.map(toCslItem), null, 2)}\n`;
