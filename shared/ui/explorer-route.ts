/**
 * The explorer's state in its URL, so a view can be bookmarked, shared with oneself,
 * reloaded and navigated with the browser's Back button:
 *   #/list?from=2018&to=2022&occasion=prc-founding&kind=reply&dir=kim-to-xi&readouts=both&notes=1&sort=oldest
 *   #/timeline?…   #/search?q=new+situation&…   #/exchange/<id>?back=search&q=…&…
 * Parsing never throws: an unknown or malformed value is dropped, the rest kept.
 */
import { isDirection, isKind, isOccasion, isReadoutFilter, type ExchangeFilter, type SortOrder } from '../dataset/exchange-filter';

export const VIEWS = ['list', 'timeline', 'search'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  /** The exchange open on top of the view. */
  exchange?: string;
  /** The phrase searched (search view), kept when an exchange is opened from the results. */
  query?: string;
  filter: ExchangeFilter;
  sort: SortOrder;
}

export const DEFAULT_ROUTE: Route = { view: 'list', filter: {}, sort: 'newest' };
export const MAX_QUERY = 200;
const ID = /^[a-z0-9][a-z0-9-]{0,159}$/;
const YEAR = /^(19|20|21)\d\d$/;

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const mark = raw.indexOf('?');
  const [path, search] = mark < 0 ? [raw, ''] : [raw.slice(0, mark), raw.slice(mark + 1)];
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(search);
  const route: Route = { view: 'list', filter: {}, sort: params.get('sort') === 'oldest' ? 'oldest' : 'newest' };
  const first = parts[0] ?? '';
  if (first === 'exchange') {
    const id = decodeURIComponent(parts[1] ?? '');
    if (ID.test(id)) route.exchange = id;
    const back = params.get('back') ?? '';
    if ((VIEWS as readonly string[]).includes(back)) route.view = back as View;
  } else if ((VIEWS as readonly string[]).includes(first)) {
    route.view = first as View;
  }
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY);
  if (q) route.query = q;

  const f = route.filter;
  const year = (key: string) => {
    const v = params.get(key) ?? '';
    return YEAR.test(v) ? Number(v) : undefined;
  };
  const from = year('from');
  const to = year('to');
  if (from !== undefined) f.from = from;
  if (to !== undefined) f.to = to;
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) [f.from, f.to] = [f.to, f.from];
  const occasion = params.get('occasion') ?? '';
  if (isOccasion(occasion)) f.occasion = occasion;
  const kind = params.get('kind') ?? '';
  if (isKind(kind)) f.kind = kind;
  const dir = params.get('dir') ?? '';
  if (isDirection(dir)) f.direction = dir;
  const readouts = params.get('readouts') ?? '';
  if (isReadoutFilter(readouts)) f.readouts = readouts;
  if (params.get('notes') === '1') f.withNotes = true;
  return route;
}

/** The query string of a route's filter, sort and search, in a fixed order ('' for none). */
function paramsOf(route: Route): URLSearchParams {
  const p = new URLSearchParams();
  if (route.query) p.set('q', route.query);
  const f = route.filter;
  if (f.from !== undefined) p.set('from', String(f.from));
  if (f.to !== undefined) p.set('to', String(f.to));
  if (f.occasion) p.set('occasion', f.occasion);
  if (f.kind) p.set('kind', f.kind);
  if (f.direction) p.set('dir', f.direction);
  if (f.readouts) p.set('readouts', f.readouts);
  if (f.withNotes) p.set('notes', '1');
  if (route.sort !== 'newest') p.set('sort', route.sort);
  return p;
}

export function formatRoute(route: Route): string {
  const p = paramsOf(route);
  let path = `/${route.view}`;
  if (route.exchange) {
    path = `/exchange/${encodeURIComponent(route.exchange)}`;
    if (route.view !== 'list') p.set('back', route.view);
  }
  const qs = p.toString().replace(/\+/g, '%20');
  return `#${path}${qs ? `?${qs}` : ''}`;
}

/** The explorer's page address with a route, relative to the extension's root (for links from other pages). */
export const EXPLORER_PAGE = 'explorer/explorer.html';
export const searchHash = (query: string): string => formatRoute({ ...DEFAULT_ROUTE, view: 'search', query: query.trim().slice(0, MAX_QUERY) });
