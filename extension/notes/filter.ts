/** The notes page's filters: the stored-note query, plus the date of the exchange a note is on. */
import { matchesQuery, type Note, type NoteQuery } from '../../shared/storage/notes-schema';

export interface PageFilter extends NoteQuery {
  /** Exchange date bounds, YYYY-MM-DD, inclusive: only notes on an exchange dated within. */
  exchangeFrom?: string;
  exchangeTo?: string;
}

export function matchesFilter(n: Note, f: PageFilter, exchangeDate: (id: string) => string | undefined): boolean {
  if (!matchesQuery(n, f)) return false;
  if (f.exchangeFrom || f.exchangeTo) {
    const date = n.eventId ? exchangeDate(n.eventId) : undefined;
    if (!date) return false;
    if (f.exchangeFrom && date < f.exchangeFrom) return false;
    if (f.exchangeTo && date > f.exchangeTo) return false;
  }
  return true;
}

export const isFiltered = (f: PageFilter): boolean => Object.values(f).some((v) => v !== undefined && v !== '');

/** Start and end of a day the reader picked, in their time zone (for "Note written"). */
export const dayStart = (v: string) => (v ? Date.parse(`${v}T00:00:00`) : undefined);
export const dayEnd = (v: string) => (v ? Date.parse(`${v}T23:59:59.999`) : undefined);
