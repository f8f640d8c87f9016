/** Section 5: bundle sizes of the built Chrome extension against scripts/budgets.json (the build already fails past them). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleSizes, checkBudgets, ROOT } from '../extension-build';
import type { Section } from './report';

export async function sizesSection(outDir: string): Promise<Section> {
  const budgets = JSON.parse(await readFile(join(ROOT, 'scripts/budgets.json'), 'utf8')) as Record<string, number>;
  const sizes = await bundleSizes(outDir);
  const verdict = await checkBudgets(outDir, false).then(() => 'all within budget', (e: Error) => e.message);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return {
    title: '5. Bundle sizes',
    method: 'dist/chrome, measured by `bundleSizes()` in scripts/extension-build.ts (minified; gzip for reference), against scripts/budgets.json.',
    columns: ['bundle', 'minified', 'gzip', 'budget', 'share of budget'],
    rows: Object.entries(sizes).map(([name, { min, gzip }]) => [name, kb(min), kb(gzip), budgets[name] ? kb(budgets[name]) : '–', budgets[name] ? `${((min / budgets[name]) * 100).toFixed(0)}%` : '–']),
    notes: [verdict],
  };
}
