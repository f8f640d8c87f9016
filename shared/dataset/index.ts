/**
 * The bundled dataset, as one sorted array. Vite inlines the per-year JSON files at
 * build time; nothing is fetched at run time.
 */
import type { ExchangeEvent } from './schema';
import aliases from './aliases.json';

const files = import.meta.glob<ExchangeEvent[]>('./events/*.json', { eager: true, import: 'default' });

export const EVENTS: readonly ExchangeEvent[] = Object.values(files)
  .flat()
  .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

const byId = new Map(EVENTS.map((e) => [e.id, e]));
const ALIASES: Record<string, string> = aliases;

/** Looks an exchange up by id, following aliases left behind when an id had to change. */
export function eventById(id: string): ExchangeEvent | undefined {
  return byId.get(id) ?? byId.get(ALIASES[id] ?? '');
}
