/**
 * The built extension makes no network request of its own: every script, page and
 * stylesheet in dist/chrome and dist/firefox is scanned for the ways code can reach a
 * server. Names alone do not fail the check (a library may test `typeof fetch` or carry
 * dead code); a call or tag fails when it is aimed at a remote host, or at a target that
 * cannot be read from the code (a variable: it could be remote). Dataset source URLs
 * and XML namespace strings are plain strings, not requests, and are not flagged.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DISTS = ['dist/chrome', 'dist/firefox'].map((d) => join(ROOT, d));
const built = DISTS.every((d) => existsSync(join(d, 'manifest.json')));
const SKIP_NOTE = built ? '' : '[skipped: dist/chrome or dist/firefox is missing; run `npm run build` first] ';

const REMOTE = /^(?:https?:|wss?:|ftp:|\/\/)/i;

/** What the first argument after `(` names: a literal URL, an extension URL, or something unknowable here. */
function target(after: string): { remote: boolean; text: string } {
  const arg = after.trimStart();
  const literal = /^(["'`])((?:\\.|(?!\1).)*)\1/.exec(arg);
  if (literal && !literal[2]!.includes('${')) return { remote: REMOTE.test(literal[2]!), text: literal[0] };
  // runtime.getURL(...) always gives a chrome-extension:// or moz-extension:// URL.
  if (/^[\w$.]*runtime\??\.getURL\(/.test(arg)) return { remote: false, text: arg.slice(0, 40) };
  return { remote: true, text: arg.slice(0, 40) };
}

const JS_REQUESTS: { what: string; re: RegExp; always?: boolean }[] = [
  { what: 'fetch()', re: /(?:^|[^\w$.]|(?:window|self|globalThis)\.)fetch\s*\(/g },
  // An XHR's URL is given later to .open(); a beacon exists only to send data to a server.
  { what: 'XMLHttpRequest', re: /new\s+(?:[\w$]+\.)?XMLHttpRequest\b/g, always: true },
  { what: 'sendBeacon()', re: /\.sendBeacon\s*\(/g, always: true },
  { what: 'WebSocket', re: /new\s+(?:[\w$]+\.)?WebSocket\s*\(/g },
  { what: 'EventSource', re: /new\s+(?:[\w$]+\.)?EventSource\s*\(/g },
  { what: 'importScripts()', re: /(?:^|[^\w$.])importScripts\s*\(/g },
  { what: 'import()', re: /(?:^|[^\w$.])import\s*\(/g },
  { what: 'import … from', re: /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?(?=["'`])/g },
  { what: '.src =', re: /\.src\s*=(?!=)\s*/g },
];
const HTML_REQUESTS = /<(script|link|img|iframe|frame|source|video|audio|embed|object|track|input)\b[^>]*?\b(src|href|data|srcset|poster)\s*=\s*["']?\s*([^"'\s>]+)/gi;
const CSS_REQUESTS = /(?:url\(\s*["']?|@import\s+["'])\s*([^"')\s]+)/gi;

/** Every place in one file that could reach the network, as "what → target". */
export function networkUses(source: string, kind: 'js' | 'html' | 'css'): string[] {
  const found: string[] = [];
  if (kind === 'js') {
    for (const { what, re, always } of JS_REQUESTS) {
      for (const m of source.matchAll(re)) {
        const t = target(source.slice(m.index + m[0].length, m.index + m[0].length + 300));
        if (always || t.remote) found.push(`${what} → ${always ? m[0].trim() : t.text}`);
      }
    }
  }
  if (kind === 'html') for (const m of source.matchAll(HTML_REQUESTS)) if (REMOTE.test(m[3]!)) found.push(`<${m[1]} ${m[2]}> → ${m[3]}`);
  if (kind === 'css') for (const m of source.matchAll(CSS_REQUESTS)) if (REMOTE.test(m[1]!)) found.push(`css → ${m[1]}`);
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('no network access in the built extension', () => {
  it('the scanner flags requests to remote or unknown targets, and nothing else', () => {
    const flagged = (s: string) => networkUses(s, 'js').length;
    for (const safe of [
      'if(typeof fetch=="function")x()',
      'const a="fetch";b.prefetch(c)',
      'e.fetch(d)',
      'fetch(chrome.runtime.getURL("data.json"))',
      'await fetch("./data.json")',
      'import{h as r}from"./theme-Ck9xQlIj.js";',
      'import("./chunk.js")',
      'd.src=m.runtime?.getURL("sidebar/sidebar.html")',
      'const ns="http://www.w3.org/2000/svg"',
      'a.href="https://www.scmp.com/news/x"',
      'x.src==y',
    ]) expect(flagged(safe), safe).toBe(0);
    for (const bad of [
      'fetch("https://api.example.com/t")',
      'window.fetch(u,{method:"POST"})',
      ';fetch(`${base}/log`)',
      'new XMLHttpRequest',
      'navigator.sendBeacon("/t",d)',
      'new WebSocket("wss://live.example")',
      'new EventSource(u)',
      'importScripts("https://cdn.example/lib.js")',
      'import("https://cdn.example/m.js")',
      'import{x}from"https://cdn.example/m.js"',
      'i.src="https://pixel.example/p.gif"',
    ]) expect(flagged(bad), bad).toBe(1);
    expect(networkUses('<script type="module" src="../assets/a.js"></script><a href="https://x.example">x</a>', 'html')).toEqual([]);
    expect(networkUses('<script src="https://cdn.example/a.js"></script><link rel="stylesheet" href="//fonts.example/f.css">', 'html')).toHaveLength(2);
    expect(networkUses('a{background:url(data:image/png;base64,AA)}', 'css')).toEqual([]);
    expect(networkUses('@import "https://fonts.example/f.css";b{background:url(https://x.example/i.png)}', 'css')).toHaveLength(2);
  });

  it.skipIf(!built)(`${SKIP_NOTE}no script, page or stylesheet in dist/chrome or dist/firefox reaches a remote host`, () => {
    for (const dist of DISTS) {
      const files = filesUnder(dist).filter((f) => /\.(js|html|css)$/.test(f));
      const names = files.map((f) => relative(dist, f));
      // The scan must have covered every context: the gate, the extractor, UI, background, both pages.
      for (const expected of ['content.js', 'extract.js', 'ui.js', 'highlight.js', 'background.js', 'sidebar/sidebar.html', 'notes/notes.html']) expect(names).toContain(expected);
      const uses = files.flatMap((f) => networkUses(readFileSync(f, 'utf8'), f.slice(f.lastIndexOf('.') + 1) as 'js' | 'html' | 'css').map((u) => `${relative(ROOT, f)}: ${u}`));
      expect(uses).toEqual([]);
    }
  });
});
