/**
 * Runtime validation of the dataset against schema.ts. Run in the unit tests and at
 * build time (the build fails on any error), so a bad edit never ships.
 */
import { DIRECTIONS, KINDS, LANGUAGES, OCCASIONS, READER_ID_PREFIX, SPEAKERS, UI_LANGUAGES, type ExchangeEvent } from './schema';
import { readerTextProblems } from './reader-text';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An exchange a reader added: `user-` and the date it was first entered with, then a random part. */
const READER_ID = new RegExp(`^${READER_ID_PREFIX}(\\d{4}-\\d{2}-\\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$`);
const MAX_PHRASE_WORDS = 16;
const MAX_PHRASE_CHARS = 120;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIsoDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isHttpUrl = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/**
 * A reader-facing text in the interface languages: an object of non-empty strings keyed
 * en/ko/zh, each free of research wording. `required` lists the languages it must have;
 * `'any'` (a reader's own exchange, written in their language) asks for at least one, and
 * does not hold the reader's own words to our research-wording rule.
 */
function checkLocalized(where: string, v: unknown, required: readonly string[] | 'any', errors: string[]): void {
  if (!isObj(v)) {
    errors.push(`${where}: must be an object of texts keyed ${UI_LANGUAGES.join('/')}`);
    return;
  }
  for (const [lang, text] of Object.entries(v)) {
    if (!UI_LANGUAGES.includes(lang as never)) errors.push(`${where}.${lang}: not an interface language (${UI_LANGUAGES.join(', ')})`);
    else if (!nonEmpty(text)) errors.push(`${where}.${lang}: must be a non-empty string`);
    else if (required !== 'any') for (const problem of readerTextProblems(text)) errors.push(`${where}.${lang}: ${problem}`);
  }
  if (required === 'any') {
    if (!UI_LANGUAGES.some((lang) => nonEmpty(v[lang]))) errors.push(`${where}: needs a text in ${UI_LANGUAGES.join(', ')} or another of them`);
  } else for (const lang of required) if (!nonEmpty(v[lang])) errors.push(`${where}: needs ${lang}`);
}

function phraseWords(text: string): number {
  // Chinese and Japanese have no spaces: count roughly two characters as a word.
  // (Korean separates its words with spaces, so the split already counts them.)
  const han = (text.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
  return text.split(/\s+/).filter(Boolean).length + Math.floor(han / 2);
}

function checkPhrases(where: string, phrases: unknown, language: unknown, errors: string[]): void {
  if (!Array.isArray(phrases)) {
    errors.push(`${where}: phrases must be an array`);
    return;
  }
  const seen = new Set<string>();
  for (const [i, p] of phrases.entries()) {
    if (!isObj(p) || !nonEmpty(p.text)) {
      errors.push(`${where}.phrases[${i}]: needs text`);
      continue;
    }
    if (phraseWords(p.text) > MAX_PHRASE_WORDS || p.text.length > MAX_PHRASE_CHARS) errors.push(`${where}.phrases[${i}]: too long for a short quote ("${p.text.slice(0, 40)}…")`);
    if (!SPEAKERS.includes(p.speaker as never)) errors.push(`${where}.phrases[${i}]: speaker "${String(p.speaker)}" is not one of ${SPEAKERS.join(', ')}`);
    if (p.concept !== undefined && !(typeof p.concept === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(p.concept))) errors.push(`${where}.phrases[${i}]: concept must be kebab-case`);
    // An English phrase is glossed for the Korean and Chinese interface only; any other needs an English gloss.
    if (p.gloss !== undefined) checkLocalized(`${where}.phrases[${i}].gloss`, p.gloss, language === 'en' ? [] : ['en'], errors);
    if (seen.has(p.text)) errors.push(`${where}.phrases[${i}]: duplicate phrase "${p.text}"`);
    seen.add(p.text);
  }
}

function checkSource(where: string, s: unknown, kind: 'readout' | 'coverage', errors: string[]): void {
  if (!isObj(s)) {
    errors.push(`${where}: must be an object`);
    return;
  }
  const name = kind === 'readout' ? s.agency : s.outlet;
  if (!nonEmpty(name)) errors.push(`${where}: needs ${kind === 'readout' ? 'agency' : 'outlet'}`);
  if (kind === 'readout' && s.side !== 'dprk' && s.side !== 'prc') errors.push(`${where}: side must be "dprk" or "prc"`);
  // A web source has its URL; a text read in a print edition has `print` instead (never a made-up URL).
  if (s.url === undefined && isObj(s.print)) {
    for (const key of ['page', 'publication'] as const) if (s.print[key] !== undefined && !nonEmpty(s.print[key])) errors.push(`${where}: print.${key} must be a non-empty string`);
  } else if (!isHttpUrl(s.url)) errors.push(`${where}: url must be an absolute http(s) URL, or give print instead (got ${JSON.stringify(s.url)})`);
  else if (s.print !== undefined) errors.push(`${where}: give url or print, not both`);
  if (s.mirrors !== undefined && !(Array.isArray(s.mirrors) && s.mirrors.length > 0 && s.mirrors.every(isHttpUrl))) errors.push(`${where}: mirrors must be a non-empty list of http(s) URLs`);
  if (kind === 'coverage' && s.via !== undefined && !nonEmpty(s.via)) errors.push(`${where}: via must be a non-empty string`);
  if (kind === 'coverage' && s.origin !== undefined && s.origin !== 'reader') errors.push(`${where}: origin must be "reader" or absent`);
  if (!isIsoDate(s.date)) errors.push(`${where}: date must be YYYY-MM-DD`);
  if (!nonEmpty(kind === 'readout' ? s.title : s.headline)) errors.push(`${where}: needs ${kind === 'readout' ? 'title' : 'headline'}`);
  if (!LANGUAGES.includes(s.language as never)) errors.push(`${where}: language must be one of ${LANGUAGES.join(', ')}`);
  checkPhrases(where, s.phrases, s.language, errors);
}

/** Problems with one outlet's story kept on its own (wording a reader kept from an article). */
export function coverageProblems(where: string, coverage: unknown): string[] {
  const errors: string[] = [];
  checkSource(where, coverage, 'coverage', errors);
  return errors;
}

export interface ValidateOptions {
  /** Exchanges outside `input` that `repliesTo` and `related` may name (the bundled record, when checking a reader's pack). */
  knownIds?: Iterable<string>;
}

/** Returns every problem found; an empty list means the dataset is valid. */
export function validateEvents(input: unknown, options: ValidateOptions = {}): string[] {
  const errors: string[] = [];
  if (!Array.isArray(input)) return ['dataset must be an array of events'];
  const ids = new Set<string>();
  const known = new Set(options.knownIds ?? []);
  const urlsPerEvent: string[] = [];
  for (const [i, e] of input.entries()) {
    const where = isObj(e) && typeof e.id === 'string' ? e.id : `event[${i}]`;
    if (!isObj(e)) {
      errors.push(`${where}: must be an object`);
      continue;
    }
    // A reader's exchange keeps the id it was created with when its date is corrected later (notes point at it).
    const reader = e.origin === 'reader';
    if (e.origin !== undefined && !reader) errors.push(`${where}: origin must be "reader" or absent`);
    const readerId = typeof e.id === 'string' ? READER_ID.exec(e.id) : null;
    if (reader ? !(readerId && isIsoDate(readerId[1])) : typeof e.id !== 'string' || !ID.test(e.id)) {
      errors.push(`${where}: id must look like ${reader ? `${READER_ID_PREFIX}YYYY-MM-DD-random (an exchange a reader added)` : 'YYYY-MM-DD-slug'}`);
    } else if (ids.has(e.id as string)) errors.push(`${where}: duplicate id`);
    else ids.add(e.id as string);
    if (!isIsoDate(e.date)) errors.push(`${where}: date must be YYYY-MM-DD`);
    else if (!reader && typeof e.id === 'string' && !e.id.startsWith(e.date)) errors.push(`${where}: id must start with its date ${e.date}`);
    if (e.sentDate !== undefined && !isIsoDate(e.sentDate)) errors.push(`${where}: sentDate must be YYYY-MM-DD`);
    if (!KINDS.includes(e.kind as never)) errors.push(`${where}: kind "${String(e.kind)}" unknown`);
    if (!DIRECTIONS.includes(e.direction as never)) errors.push(`${where}: direction "${String(e.direction)}" unknown`);
    if (!OCCASIONS.includes(e.occasion as never)) errors.push(`${where}: occasion "${String(e.occasion)}" unknown`);
    if (e.anniversary !== undefined && !(Number.isInteger(e.anniversary) && (e.anniversary as number) > 0)) errors.push(`${where}: anniversary must be a positive whole number`);
    const written = reader ? 'any' : ['en'];
    checkLocalized(`${where}.title`, e.title ?? {}, reader && e.title !== undefined && Object.keys(e.title as object).length ? 'any' : [], errors);
    checkLocalized(`${where}.occasionDetail`, e.occasionDetail, written, errors);
    checkLocalized(`${where}.summary`, e.summary, written, errors);
    if (e.unconfirmed !== undefined) checkLocalized(`${where}.unconfirmed`, e.unconfirmed, written, errors);
    for (const field of ['researchNote', 'dateNote'] as const) if (e[field] !== undefined && !nonEmpty(e[field])) errors.push(`${where}: ${field} must be a non-empty string`);
    const terms = e.terms;
    if (!isObj(terms) || !['en', 'ko', 'zh'].every((l) => Array.isArray(terms[l]) && (terms[l] as unknown[]).every(nonEmpty))) {
      errors.push(`${where}: terms needs en, ko and zh string arrays`);
    }
    if (!Array.isArray(e.readouts)) errors.push(`${where}: readouts must be an array`);
    else e.readouts.forEach((r, j) => checkSource(`${where}.readouts[${j}]`, r, 'readout', errors));
    if (!Array.isArray(e.coverage)) errors.push(`${where}: coverage must be an array`);
    else e.coverage.forEach((c, j) => checkSource(`${where}.coverage[${j}]`, c, 'coverage', errors));
    const urls = [...(Array.isArray(e.readouts) ? e.readouts : []), ...(Array.isArray(e.coverage) ? e.coverage : [])]
      .flatMap((s) => (isObj(s) ? [s.url, ...(Array.isArray(s.mirrors) ? s.mirrors : [])] : []))
      .filter((u): u is string => typeof u === 'string');
    const dup = urls.find((u, k) => urls.indexOf(u) !== k);
    if (dup) errors.push(`${where}: source ${dup} listed twice`);
    urlsPerEvent.push(...urls.map((u) => `${u}`));
  }
  for (const e of input) {
    if (!isObj(e)) continue;
    const resolves = (id: unknown) => typeof id === 'string' && (ids.has(id) || known.has(id));
    if (e.repliesTo !== undefined && !resolves(e.repliesTo)) errors.push(`${String(e.id)}: repliesTo ${String(e.repliesTo)} does not resolve`);
    if (e.related !== undefined) {
      if (!Array.isArray(e.related)) errors.push(`${String(e.id)}: related must be an array`);
      else for (const r of e.related) if (!resolves(r)) errors.push(`${String(e.id)}: related ${String(r)} does not resolve`);
    }
  }
  return errors;
}

/** Same exchange entered twice: same date, direction and kind. */
export function duplicateEvents(events: readonly ExchangeEvent[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const e of events) {
    const key = `${e.date}|${e.direction}|${e.kind}|${e.occasion}`;
    const other = seen.get(key);
    if (other) out.push(`${e.id} looks like a duplicate of ${other}`);
    else seen.set(key, e.id);
  }
  return out;
}
