/**
 * When a release catches up: a bundled exchange with the same direction and occasion as one
 * the reader added, reported within three days of it, is the same exchange. For the catch-all
 * occasion "other" the kind must agree too, or two unrelated messages of one week would merge.
 */
import type { ExchangeEvent } from '../dataset/schema';
import type { LibraryExchange } from './library-schema';

export const CATCH_UP_DAYS = 3;

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export type BundledFacts = Pick<ExchangeEvent, 'id' | 'date' | 'direction' | 'occasion' | 'kind'>;

/** The bundled exchange a reader's exchange is, if any: the nearest in date, the same kind first. */
export function bundledTwin(reader: ExchangeEvent, bundled: readonly BundledFacts[]): BundledFacts | undefined {
  const d = day(reader.date);
  return bundled
    .filter((b) => b.direction === reader.direction && b.occasion === reader.occasion && Math.abs(day(b.date) - d) <= CATCH_UP_DAYS && (reader.occasion !== 'other' || b.kind === reader.kind))
    .sort((a, b) => Math.abs(day(a.date) - d) - Math.abs(day(b.date) - d) || Number(b.kind === reader.kind) - Number(a.kind === reader.kind) || a.id.localeCompare(b.id))[0];
}

/** Every reader's exchange not linked yet that the bundled record now holds: reader id → bundled id. */
export function catchUps(exchanges: readonly LibraryExchange[], bundled: readonly BundledFacts[]): { readerId: string; bundledId: string }[] {
  const out: { readerId: string; bundledId: string }[] = [];
  for (const x of exchanges) {
    if (x.linkedTo) continue;
    const twin = bundledTwin(x.event, bundled);
    if (twin) out.push({ readerId: x.id, bundledId: twin.id });
  }
  return out;
}
