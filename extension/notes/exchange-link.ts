/**
 * Where an exchange title on the notes page leads. One function, so the target can move:
 * today the exchange's dossier on this page (its card's essentials and every note on it);
 * once the explorer page exists, `explorer/explorer.html#/exchange/<id>`.
 */
const PREFIX = '#/exchange/';

export const exchangeHref = (id: string): string => `${PREFIX}${encodeURIComponent(id)}`;

/** The exchange a notes-page address points at, if any. */
export function exchangeFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || null;
  } catch {
    return null;
  }
}
