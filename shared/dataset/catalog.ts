/**
 * The exchange record as the interface reads it: every exchange in date order, lookup
 * by id (following ids that had to change), and the concept labels. The bundled part is
 * one JSON asset (data/dataset.json, written at build time) that each page loads once;
 * exchanges a reader added join it through `withEvents`.
 */
import type { ConceptLabels, ExchangeEvent } from './schema';

/** The dataset asset as the build writes it. */
export interface DatasetFile {
  format: 'lips-and-teeth-dataset';
  version: 2;
  events: ExchangeEvent[];
  concepts: ConceptLabels;
  /** Old id → current id, for notes saved under an id that later changed. */
  aliases: Record<string, string>;
}

const byDate = (a: ExchangeEvent, b: ExchangeEvent) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

export class Catalog {
  readonly events: readonly ExchangeEvent[];
  private readonly byIdMap: Map<string, ExchangeEvent>;

  constructor(
    events: readonly ExchangeEvent[],
    readonly concepts: ConceptLabels = {},
    private readonly aliases: Record<string, string> = {},
  ) {
    this.events = [...events].sort(byDate);
    this.byIdMap = new Map(this.events.map((e) => [e.id, e]));
  }

  static fromFile(file: DatasetFile): Catalog {
    return new Catalog(file.events, file.concepts, file.aliases);
  }

  /** Looks an exchange up by id, following aliases left behind when an id had to change. */
  byId(id: string): ExchangeEvent | undefined {
    return this.byIdMap.get(id) ?? this.byIdMap.get(this.aliases[id] ?? '');
  }

  /**
   * The same record with more exchanges (a reader's own); an id already present is replaced.
   * `aliases` adds ids that now lead elsewhere (a reader's exchange linked to the bundled one a release added).
   */
  withEvents(extra: readonly ExchangeEvent[], aliases: Record<string, string> = {}): Catalog {
    if (!extra.length && !Object.keys(aliases).length) return this;
    const ids = new Set(extra.map((e) => e.id));
    return new Catalog([...this.events.filter((e) => !ids.has(e.id)), ...extra], this.concepts, { ...this.aliases, ...aliases });
  }
}

/** Parses and checks the shape of the dataset asset; throws a plain message when it is not one. */
export function parseDatasetFile(value: unknown): DatasetFile {
  const v = value as Partial<DatasetFile> | null;
  if (!v || v.format !== 'lips-and-teeth-dataset' || v.version !== 2 || !Array.isArray(v.events)) {
    throw new Error('The bundled exchange record is damaged or from another version. Reinstall or update Lips & Teeth.');
  }
  return { format: v.format, version: v.version, events: v.events, concepts: v.concepts ?? {}, aliases: v.aliases ?? {} };
}
