/**
 * The floors: the least any page-reading extension costs, loaded like ours. The empty
 * floor's whole content script is `void document.title;`; the title-and-meta floor reads
 * document.title and two meta tags, as the gate of earlier releases did (ours now reads the
 * title alone; docs/gate-cost.md). Written to temporary folders by the
 * benchmark.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const manifest = (name: string) => ({
  manifest_version: 3,
  name,
  version: '1.0.0',
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle', all_frames: false }],
});

export const EMPTY_FLOOR = 'void document.title;\n';

export const TITLE_META_FLOOR = `(() => {
  const title = document.title;
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  globalThis.__floor = title.length + ogTitle.length + description.length;
})();
`;

async function writeExtension(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lt-bench-floor-'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest(name), null, 2));
  await writeFile(join(dir, 'content.js'), content);
  return dir;
}

export const writeEmptyFloor = (): Promise<string> => writeExtension('Benchmark empty floor', EMPTY_FLOOR);
export const writeFloorExtension = (): Promise<string> => writeExtension('Benchmark title-and-meta floor', TITLE_META_FLOOR);
