/**
 * What the reader chose for the launcher (the tab on the page's edge that opens the sidebar
 * where an exchange was found): hidden on some sites or on every site, and where they moved
 * it. Kept in `storage.local` under `launcher`, written by the launcher itself (ui.js), the
 * sidebar's menu and the notes page; each reads the whole value, changes it with the pure
 * functions below and writes it back. Version 1 is the first; a value that does not parse
 * reads as the defaults (the launcher shown, placed from the page), never as an error.
 */
export const LAUNCHER_KEY = 'launcher';

export type Edge = 'left' | 'right';

export interface LauncherPrefs {
  v: 1;
  hiddenEverywhere: boolean;
  /** Sites (host names without `www.`) where the reader hid it, most recent last. */
  hiddenSites: string[];
  /** The edge the launcher is first tried on: the one the reader last moved it to, on any site. */
  edge: Edge;
  /**
   * The edge the reader moved it to, by site, most recent last. It is still placed along that
   * edge where it covers no text (on the other edge only if that one has no room).
   */
  places: Record<string, Edge>;
}

/** Enough for every site a reader visits; the oldest choices go first. */
export const MAX_SITES = 500;

export const defaultLauncherPrefs = (): LauncherPrefs => ({ v: 1, hiddenEverywhere: false, hiddenSites: [], edge: 'right', places: {} });

/** The site a choice is kept for: the host name, lower case, without `www.`. */
export const siteOf = (host: string): string => host.toLowerCase().replace(/^www\./, '');

const isEdge = (v: unknown): v is Edge => v === 'left' || v === 'right';

export function parseLauncherPrefs(value: unknown): LauncherPrefs {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<LauncherPrefs>;
  const places: Record<string, Edge> = {};
  for (const [site, edge] of Object.entries(v.places && typeof v.places === 'object' ? v.places : {})) if (isEdge(edge)) places[site] = edge;
  return {
    v: 1,
    hiddenEverywhere: v.hiddenEverywhere === true,
    hiddenSites: Array.isArray(v.hiddenSites) ? v.hiddenSites.filter((s) => typeof s === 'string') : [],
    edge: isEdge(v.edge) ? v.edge : 'right',
    places,
  };
}

export const isLauncherHidden = (p: LauncherPrefs, site: string): boolean => p.hiddenEverywhere || p.hiddenSites.includes(site);

/** Hides or shows the launcher on one site, or on every site when `site` is null. */
export function withLauncherHidden(p: LauncherPrefs, site: string | null, hidden: boolean): LauncherPrefs {
  if (site === null) return { ...p, hiddenEverywhere: hidden };
  const others = p.hiddenSites.filter((s) => s !== site);
  return { ...p, hiddenSites: hidden ? [...others, site].slice(-MAX_SITES) : others };
}

/** Remembers the edge the reader moved the launcher to on a site; that edge is then tried first everywhere. */
export function withLauncherPlace(p: LauncherPrefs, site: string, edge: Edge): LauncherPrefs {
  const places = Object.entries(p.places).filter(([s]) => s !== site).slice(1 - MAX_SITES);
  return { ...p, edge, places: Object.fromEntries([...places, [site, edge]]) };
}

/** Forgets the edge the reader chose on a site: it goes where the page leaves room, on the edge last chosen anywhere. */
export function withoutLauncherPlace(p: LauncherPrefs, site: string): LauncherPrefs {
  const places = { ...p.places };
  delete places[site];
  return { ...p, places };
}
