/**
 * BibTeX (readable by BibLaTeX, Zotero, JabRef and Better BibTeX): one @article per source
 * with `entrysubtype = {newspaper}`, the outlet as `journal`, `urldate` for the access date,
 * the reader's notes as `annote`. Text is escaped for TeX; names are kept whole in braces,
 * because a byline ("Kim Tong-Hyung", "연합뉴스") is no place to guess a family name.
 */
import { authorNames, type CitedSource } from './sources';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LANGIDS: Record<string, string> = { en: 'english', ko: 'korean', zh: 'chinese', ja: 'japanese', ru: 'russian', fr: 'french', de: 'german', es: 'spanish' };

/** Escapes TeX's special characters in a braced field value (braces stay balanced). */
export function escapeTex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\textasciicircum{}' : c === '~' ? '\\textasciitilde{}' : `\\${c}`,
  );
}

/** A URL is verbatim in BibTeX: only characters that would unbalance braces or break the field are encoded. */
const verbatimUrl = (url: string) => url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));

function entry(s: CitedSource): string {
  const fields: [string, string][] = [];
  const authors = authorNames(s.author);
  if (authors.length) fields.push(['author', authors.map((a) => `{${escapeTex(a)}}`).join(' and ')]);
  // Double braces keep the headline's capitals as printed.
  fields.push(['title', `{${escapeTex(s.title)}}`], ['journal', escapeTex(s.outlet)], ['entrysubtype', 'newspaper']);
  if (s.date) {
    fields.push(['date', s.date], ['year', s.date.slice(0, 4)]);
    const month = Number(s.date.slice(5, 7));
    if (month >= 1 && month <= 12) fields.push(['month', MONTHS[month - 1]!]);
  }
  if (s.print?.page) fields.push(['pages', escapeTex(s.print.page)]);
  if (s.print) fields.push(['howpublished', 'Print edition']);
  if (s.url) fields.push(['url', verbatimUrl(s.url)]);
  if (s.accessed) fields.push(['urldate', s.accessed]);
  if (s.language && LANGIDS[s.language]) fields.push(['langid', LANGIDS[s.language]!]);
  const tags = [...new Set(s.notes.flatMap((n) => n.tags))];
  if (tags.length) fields.push(['keywords', escapeTex(tags.join(', '))]);
  const notes = s.notes.map((n) => [n.quote ? `“${n.quote.replace(/\s*\n\s*/g, ' ')}”` : '', n.text].filter(Boolean).join(' — ')).filter(Boolean);
  if (notes.length) fields.push(['annote', escapeTex(notes.join('\n\n'))]);
  const body = fields.map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`).join(',\n');
  return `@article{${s.key},\n${body}\n}\n`;
}

export const toBibtex = (sources: readonly CitedSource[]): string => sources.map(entry).join('\n');
