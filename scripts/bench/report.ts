/** A section of the benchmark report, printed as a text table and written as Markdown. */

export interface Section {
  title: string;
  /** What was measured and how, in a sentence or two. */
  method: string;
  columns: string[];
  rows: string[][];
  /** Findings and caveats under the table. */
  notes: string[];
}

export function toText(s: Section): string {
  const widths = s.columns.map((c, i) => Math.max(c.length, ...s.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`\n== ${s.title}`, line(s.columns), line(widths.map((w) => '-'.repeat(w))), ...s.rows.map(line), ...s.notes.map((n) => `  * ${n}`)].join('\n');
}

const cell = (c: string) => c.replace(/\|/g, '\\|');

export function toMarkdown(s: Section): string {
  return [
    `## ${s.title}`,
    '',
    s.method,
    '',
    `| ${s.columns.map(cell).join(' | ')} |`,
    `| ${s.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...s.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
    ...s.notes.map((n) => `- ${n}`),
    ...(s.notes.length ? [''] : []),
  ].join('\n');
}
