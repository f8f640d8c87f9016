/**
 * RIS, as Zotero, EndNote and Mendeley read it: one record per source (TY NEWS), the
 * outlet in T2, dates as YYYY/MM/DD/, the access date in Y2, and the reader's notes on
 * that source as N1 (Zotero makes each a child note) with their tags as KW.
 */
import { authorNames, type CitedSource } from './sources';

const risDate = (iso: string) => {
  const [y, m = '', d = ''] = iso.split('-');
  return `${y}/${m}/${d}/`;
};

/**
 * A value on one line: RIS has no continuation lines that every reader accepts (astrocite
 * refuses them), so a paragraph break becomes " ¶ " and any other line break a space.
 */
function lines(tag: string, value: string): string[] {
  const one = value.replace(/\s*\n\s*\n\s*/g, ' ¶ ').replace(/\s+/g, ' ').trim();
  return [`${tag}  - ${one}`];
}

function record(s: CitedSource): string[] {
  const out = [...lines('TY', 'NEWS'), ...lines('TI', s.title), ...lines('T2', s.outlet)];
  for (const name of authorNames(s.author)) out.push(...lines('AU', name));
  if (s.date) out.push(...lines('PY', s.date.slice(0, 4)), ...lines('DA', risDate(s.date)));
  if (s.url) out.push(...lines('UR', s.url));
  if (s.accessed) out.push(...lines('Y2', risDate(s.accessed)));
  if (s.print) out.push(...lines('M3', 'Print'), ...(s.print.page ? lines('SP', s.print.page) : []));
  if (s.language) out.push(...lines('LA', s.language));
  for (const tag of [...new Set(s.notes.flatMap((n) => n.tags))]) out.push(...lines('KW', tag));
  for (const n of s.notes) {
    const quote = n.quote ? `“${n.quote.replace(/\s*\n\s*/g, ' ')}”` : '';
    const text = [quote, n.text].filter(Boolean).join('\n\n');
    if (text) out.push(...lines('N1', text));
  }
  out.push('ER  - ', '');
  return out;
}

export const toRis = (sources: readonly CitedSource[]): string => sources.flatMap(record).join('\r\n');
