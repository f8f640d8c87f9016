/**
 * The "Add this exchange" form's values, from the detector's draft or an exchange being
 * edited, and back to what the background stores. The occasion in words is written from the
 * occasion and ordinal in the reader's language; the summary is the reader's own.
 */
import { DIRECTIONS, KINDS, LANGUAGES, OCCASIONS, UI_LANGUAGES, type UiLanguage, type Direction, type ExchangeEvent, type Kind, type Language, type Occasion, type Phrase } from '../../../shared/dataset/schema';
import { localize } from '../../../shared/dataset/localize';
import type { ExchangeDraft } from '../../../shared/library/draft';
import type { ExchangeInput } from '../../../shared/library/library-schema';
import { occasionLabel, readerLanguage, t } from '../../../shared/ui/i18n';

export interface SourceValues {
  outlet: string;
  headline: string;
  date: string;
  url: string;
  language: Language;
  phrases: Phrase[];
}

export interface FormValues {
  id?: string;
  date: string;
  sentDate: string;
  direction: Direction;
  kind: Kind;
  occasion: Occasion;
  anniversary: string;
  /** What makes this exchange this one, in a few words (the card's headline). */
  title: string;
  summary: string;
  source?: SourceValues;
}

export const CHOICES = { directions: DIRECTIONS, kinds: KINDS, occasions: OCCASIONS, languages: LANGUAGES };

export function fromDraft(d: ExchangeDraft): FormValues {
  const s = d.source;
  return {
    date: d.date,
    sentDate: d.sentDate ?? '',
    direction: d.direction,
    kind: d.kind,
    occasion: d.occasion,
    anniversary: d.anniversary ? String(d.anniversary) : '',
    // The article's headline is a fair first title; the reader shortens it to what makes the exchange this one.
    title: s.headline,
    summary: '',
    source: { outlet: s.outlet, headline: s.headline, date: s.date, url: s.url ?? '', language: s.language, phrases: s.phrases },
  };
}

export function fromEvent(e: ExchangeEvent): FormValues {
  const lang = readerLanguage();
  return { id: e.id, date: e.date, sentDate: e.sentDate ?? '', direction: e.direction, kind: e.kind, occasion: e.occasion, anniversary: e.anniversary ? String(e.anniversary) : '', title: localize(e.title, lang), summary: localize(e.summary, lang) };
}

const ordinalText = (n: number, lang: string): string => {
  if (lang !== 'en') return String(n);
  const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${n}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
};

/** "Disaster" / "DPRK founding day, 79th anniversary" in the reader's language. */
export function occasionInWords(occasion: Occasion, anniversary: number | undefined): string {
  const label = occasionLabel(occasion);
  return anniversary ? t('libraryOccasionOrdinal', label, ordinalText(anniversary, readerLanguage())) : label;
}

/** The values as the background's input; an edit keeps the summary's other languages. */
export function toInput(v: FormValues, editing?: ExchangeEvent): ExchangeInput {
  const lang = readerLanguage();
  const anniversary = Number.parseInt(v.anniversary, 10);
  const input: ExchangeInput = {
    date: v.date,
    kind: v.kind,
    direction: v.direction,
    occasion: v.occasion,
    occasionDetail: { [lang]: occasionInWords(v.occasion, anniversary > 0 ? anniversary : undefined) },
    summary: { ...(editing?.summary ?? {}), [lang]: v.summary.trim() },
  };
  // A title kept as the article's headline is in the article's language; one the reader wrote is in theirs.
  const titleLang = v.source && v.title.trim() === v.source.headline.trim() && (UI_LANGUAGES as readonly string[]).includes(v.source.language) ? (v.source.language as UiLanguage) : lang;
  const title = { ...(editing?.title ?? {}), [titleLang]: v.title.trim() };
  if (!v.title.trim()) delete title[titleLang];
  input.title = title;
  if (v.id) input.id = v.id;
  if (v.sentDate) input.sentDate = v.sentDate;
  if (anniversary > 0) input.anniversary = anniversary;
  if (v.source) {
    const s = v.source;
    input.source = { outlet: s.outlet.trim(), headline: s.headline.trim(), date: s.date, url: s.url.trim(), language: s.language, phrases: s.phrases.filter((p) => p.text.trim()).map((p) => ({ text: p.text.trim(), speaker: p.speaker })) };
  }
  return input;
}
