/**
 * The floor: the least any page-reading extension costs. Its content script reads
 * document.title and two meta tags, as ours does first, and nothing else. Written to a
 * temporary folder by the benchmark and loaded like ours.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MANIFEST = {
  manifest_version: 3,
  name: 'Benchmark floor',
  version: '1.0.0',
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle', all_frames: false }],
};

const CONTENT = `(() => {
  const title = document.title;
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  globalThis.__floor = title.length + ogTitle.length + description.length;
})();
`;

export async function writeFloorExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lt-bench-floor-'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  await writeFile(join(dir, 'content.js'), CONTENT);
  return dir;
}
