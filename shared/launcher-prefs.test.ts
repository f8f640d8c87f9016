import { describe, expect, it } from 'vitest';
import {
  defaultLauncherPrefs, isLauncherHidden, MAX_SITES, parseLauncherPrefs, siteOf, withLauncherHidden, withLauncherPlace, withoutLauncherPlace,
} from './launcher-prefs';

describe('the launcher prefs', () => {
  it('read as the defaults (shown, placed from the page) from nothing or from junk', () => {
    for (const junk of [undefined, null, 3, 'x', [], { hiddenSites: 'a', places: 7, edge: 'top' }, { places: { a: { edge: 'left' }, b: null, c: 5, d: 'up' } }]) {
      expect(parseLauncherPrefs(junk)).toEqual(defaultLauncherPrefs());
    }
  });
  it('keep what was stored, dropping only the broken parts', () => {
    const stored = { v: 1, hiddenEverywhere: true, hiddenSites: ['a.example', 4], edge: 'left', places: { 'a.example': 'right', bad: 'up' } };
    expect(parseLauncherPrefs(stored)).toEqual({ v: 1, hiddenEverywhere: true, hiddenSites: ['a.example'], edge: 'left', places: { 'a.example': 'right' } });
  });
  it('name a site by its host, without www. and case', () => {
    expect(siteOf('WWW.SCMP.com')).toBe('scmp.com');
    expect(siteOf('news.example.org')).toBe('news.example.org');
  });
  it('hide and show on one site, and on every site, each undone on its own', () => {
    let p = withLauncherHidden(defaultLauncherPrefs(), 'a.example', true);
    expect(isLauncherHidden(p, 'a.example')).toBe(true);
    expect(isLauncherHidden(p, 'b.example')).toBe(false);
    p = withLauncherHidden(p, null, true);
    expect(isLauncherHidden(p, 'b.example')).toBe(true);
    p = withLauncherHidden(p, null, false);
    expect(isLauncherHidden(p, 'a.example')).toBe(true);
    expect(isLauncherHidden(p, 'b.example')).toBe(false);
    p = withLauncherHidden(p, 'a.example', false);
    expect(p).toEqual(defaultLauncherPrefs());
    // Hiding twice lists the site once.
    expect(withLauncherHidden(withLauncherHidden(p, 'a.example', true), 'a.example', true).hiddenSites).toEqual(['a.example']);
  });
  it('remember a move per site, try its edge first everywhere, and forget it on request', () => {
    let p = withLauncherPlace(defaultLauncherPrefs(), 'a.example', 'left');
    expect(p.places['a.example']).toBe('left');
    expect(p.edge).toBe('left');
    p = withoutLauncherPlace(p, 'a.example');
    expect(p.places).toEqual({});
    expect(p.edge).toBe('left');
  });
  it('keep the most recent sites when there are too many', () => {
    let p = defaultLauncherPrefs();
    for (let i = 0; i <= MAX_SITES + 5; i++) p = withLauncherPlace(withLauncherHidden(p, `s${i}.example`, true), `s${i}.example`, 'right');
    expect(p.hiddenSites).toHaveLength(MAX_SITES);
    expect(Object.keys(p.places)).toHaveLength(MAX_SITES);
    expect(p.hiddenSites.at(-1)).toBe(`s${MAX_SITES + 5}.example`);
    expect(Object.keys(p.places).at(-1)).toBe(`s${MAX_SITES + 5}.example`);
    expect(p.places['s0.example']).toBeUndefined();
    // A site moved again becomes the most recent.
    p = withLauncherPlace(p, 's10.example', 'left');
    expect(Object.keys(p.places).at(-1)).toBe('s10.example');
  });
});
