/**
 * Section 5: bundle sizes of the built Chrome extension against scripts/budgets.json (the
 * build already fails past them), beside an earlier build's when the run was given one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleSizes, checkBudgets, ROOT } from '../extension-build';
import type { Section } from './report';

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** Bytes of the scripts a manifest declares as content scripts: what runs on every page. */
export async function declaredContentBytes(dir: string): Promise<{ files: string[]; min: number }> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  let min = 0;
  for (const f of files) min += (await readFile(join(dir, f))).length;
  return { files, min };
}

export async function sizesSection(outDir: string, beforeDir?: string): Promise<Section> {
  const budgets = JSON.parse(await readFile(join(ROOT, 'scripts/budgets.json'), 'utf8')) as Record<string, number>;
  const sizes = await bundleSizes(outDir);
  const verdict = await checkBudgets(outDir, false).then(() => 'all within budget', (e: Error) => e.message);
  const declared = await declaredContentBytes(outDir);
  const before = beforeDir ? await declaredContentBytes(beforeDir) : null;
  // An earlier build's files, read directly (its Vite manifest is not ours): scripts and data assets only.
  const beforeSize = async (name: string) => (beforeDir ? (await readFile(join(beforeDir, name)).catch(() => null))?.length : undefined);
  const rows: string[][] = [];
  for (const [name, { min, gzip }] of Object.entries(sizes)) {
    const b = await beforeSize(name);
    rows.push([name, kb(min), kb(gzip), budgets[name] ? kb(budgets[name]) : '–', budgets[name] ? `${((min / budgets[name]) * 100).toFixed(0)}%` : '–', ...(beforeDir ? [b === undefined ? '–' : kb(b)] : [])]);
  }
  return {
    title: '5. Bundle sizes',
    method: `dist/chrome, measured by \`bundleSizes()\` in scripts/extension-build.ts (minified; gzip for reference), against scripts/budgets.json.${beforeDir ? ' "before": the same file in the earlier build given with --before (pages are not compared: their chunk names differ).' : ''}`,
    columns: ['bundle', 'minified', 'gzip', 'budget', 'share of budget', ...(beforeDir ? ['before'] : [])],
    rows,
    notes: [
      `Declared content scripts (what runs on every page): ${declared.files.join(', ')}, ${kb(declared.min)} minified${before ? `; before: ${before.files.join(', ')}, ${kb(before.min)}` : ''}.`,
      verdict,
    ],
  };
}
