/**
 * The shape of the bundled Xi–Kim exchange dataset.
 *
 * Source of truth: one JSON file per year under `shared/dataset/events/YYYY.json`,
 * each an array of `ExchangeEvent`. `validate.ts` checks every rule written here.
 */

/** What was sent (or that the leaders met). */
export const KINDS = [
  'congratulation', // congratulatory message / letter / telegram on an occasion
  'reply', // a message answering an earlier one
  'letter', // a personal letter not tied to a fixed occasion
  'verbal-message', // an oral message carried by an envoy or an official
  'greeting-card', // New Year (or other) greeting card
  'condolence', // on a death
  'sympathy', // on a disaster, accident or epidemic
  'thanks', // a message of thanks (e.g. after a visit or for greetings received)
  'meeting', // the two leaders met in person
  'message', // any other message
] as const;
export type Kind = (typeof KINDS)[number];

export const DIRECTIONS = ['xi-to-kim', 'kim-to-xi', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Why it was sent. */
export const OCCASIONS = [
  'new-year',
  'prc-founding', // 1 October, PRC national day
  'dprk-founding', // 9 September, DPRK founding day
  'wpk-founding', // 10 October, Workers' Party of Korea
  'cpc-founding', // 1 July, Communist Party of China
  'diplomatic-ties', // 6 October 1949, diplomatic relations
  'treaty', // 11 July 1961 treaty of friendship
  'armistice', // 27 July 1953 armistice / "victory day"
  'cpv', // Chinese People's Volunteers (entry into the war, 25 Oct; memorials)
  'party-congress', // a leader's (re-)election at a party congress or plenum
  'state-election', // a leader's (re-)election to a state post
  'birthday',
  'olympics',
  'disaster', // flood, earthquake, accident, fire, epidemic
  'death', // a death (condolence)
  'summit', // a visit / meeting, or messages about one
  'other',
] as const;
export type Occasion = (typeof OCCASIONS)[number];

export const LANGUAGES = ['en', 'ko', 'zh', 'ja', 'ru', 'other'] as const;

/** The languages the interface and every reader-facing dataset text are written in (zh = Simplified Chinese). */
export const UI_LANGUAGES = ['en', 'ko', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Reader-facing text in the three interface languages, our own words with the same facts.
 * The bundled dataset has all three (the validator checks it); an exchange a reader added
 * may have only the language they wrote it in, so readers of it fall back (see `localize`).
 */
export type Localized = Partial<Record<UiLanguage, string>>;
export type Language = (typeof LANGUAGES)[number];

/** Who the quoted words belong to. */
export const SPEAKERS = ['xi', 'kim', 'agency', 'outlet'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** A short quoted phrase (at most ~12 words), exactly as that source printed it. */
export interface Phrase {
  text: string;
  speaker: Speaker;
  /**
   * Key shared by every rendering of the same words, across sources, languages and
   * exchanges, e.g. "frustrate" (one outlet) and "destroy" (another) of Kim's wording both
   * get concept "defeat-us-hostile-policy". Lowercase kebab-case; labelled in concepts.json.
   */
  concept?: string;
  /** A short gloss in our own words: English required for Korean, Chinese and Japanese phrases. */
  gloss?: Localized;
}

/** Where in a newspaper's print edition (dated by the source's `date`) a text was read. */
export interface PrintLocation {
  /** The newspaper whose print edition carried it, when that is not the agency or outlet itself ("People's Daily" for a Xinhua text). */
  publication?: string;
  /** The page, as the edition numbers it ("1", "A3"). */
  page?: string;
}

/** A state-media readout: KCNA, Rodong Sinmun, Voice of Korea, Xinhua, People's Daily, CCTV, China Daily... */
export interface Readout {
  agency: string;
  side: 'dprk' | 'prc';
  /** Where it was read on the web; absent for a text read in a print edition (then `print` says where). */
  url?: string;
  print?: PrintLocation;
  /** Other pages carrying the same text (same agency, same title): one readout, several links. */
  mirrors?: string[];
  date: string; // YYYY-MM-DD
  title: string;
  language: Language;
  phrases: Phrase[];
}

/** An outlet's story about the exchange (wire services, newspapers, broadcasters, sites). */
export interface Coverage {
  /** Who wrote the story (the wire or paper), e.g. "Yonhap News Agency": the name readers know, no remarks in brackets. */
  outlet: string;
  /** The site it was read on, when that is not the outlet (a republisher, an aggregator, a portal): "The Korea Herald", "Daum". */
  via?: string;
  /** Where it was read on the web; absent for a story read in a print edition (then `print` says where). */
  url?: string;
  print?: PrintLocation;
  /** Other pages carrying the same story under the same headline. */
  mirrors?: string[];
  date: string; // YYYY-MM-DD
  headline: string;
  language: Language;
  phrases: Phrase[];
  /** File name in ../shared/seeds/ when this entry is one of the project's seed articles. */
  seed?: string;
  /** `reader`: kept by a reader from an article they read (never in the bundled files); shown as "from your reading". */
  origin?: 'reader';
}

/** Ids of exchanges a reader added start with this, which no bundled id can (those start with a date). */
export const READER_ID_PREFIX = 'user-';

export interface ExchangeEvent {
  /**
   * Stable forever (notes point at it): `YYYY-MM-DD-<slug>`, lowercase a-z0-9 and dashes, date = `date`.
   * An exchange a reader added has `user-YYYY-MM-DD-<random>` (the date it was first entered with).
   */
  id: string;
  /** `reader`: added by a reader in their browser or from a dataset pack; never set in the bundled files. */
  origin?: 'reader';
  /** First public report, YYYY-MM-DD. */
  date: string;
  /** When sent or held, if known and different. */
  sentDate?: string;
  /** Maintainers only, never shown: how a relative date ("on Friday") was resolved, or any other dating remark. */
  dateNote?: string;
  kind: Kind;
  direction: Direction;
  occasion: Occasion;
  /** The anniversary ordinal when the occasion is one (75 for the 75th anniversary of diplomatic ties). */
  anniversary?: number;
  /**
   * What makes this exchange this one, in words a reader takes in at a glance:
   * "Xi's reply to Kim's Olympic congratulations" (the card's headline).
   */
  title: Localized;
  /** The occasion in words, e.g. "75th anniversary of diplomatic relations". */
  occasionDetail: Localized;
  /** One or two sentences in our own words. */
  summary: Localized;
  /** The event this one answers. */
  repliesTo?: string;
  /** Other related events (the answer to it, messages about the same visit...). */
  related?: string[];
  /** Words that help the detector recognise this exchange, per language. */
  terms: { en: string[]; ko: string[]; zh: string[] };
  readouts: Readout[];
  coverage: Coverage[];
  /**
   * Reader-facing: what is not confirmed, in plain words about the world ("No North Korean
   * state-media text of this reply is known"). Never about how it was researched.
   */
  unconfirmed?: Localized;
  /** Maintainers only, never shown: what was searched, what a page showed, why a source was left out. */
  researchNote?: string;
}

/** concepts.json: a short label for every `concept`, in the three interface languages (our own words). */
export type ConceptLabels = Record<string, Localized>;
