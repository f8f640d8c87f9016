/**
 * Picking the reader's language out of a dataset text. The bundled dataset has every
 * text in English, Korean and Chinese; an exchange a reader added may have only the
 * language they wrote it in, so we fall back to English, then to whatever is there.
 */
import type { ExchangeEvent, Localized, UiLanguage } from './schema';

/** The interface language for a browser language tag ("ko-KR" → ko, "zh-CN" → zh, anything else → en). */
export function uiLanguageOf(tag: string): UiLanguage {
  const base = tag.toLowerCase().slice(0, 2);
  return base === 'ko' || base === 'zh' ? base : 'en';
}

/** The text in `lang`, else English, else any language present, else ''. */
export function localize(text: Localized | undefined, lang: UiLanguage): string {
  if (!text) return '';
  return text[lang] || text.en || text.ko || text.zh || '';
}

/** Which language `localize` actually returned, so the UI can mark text shown in another language (`lang` attribute). */
export function localizedLanguage(text: Localized | undefined, lang: UiLanguage): UiLanguage {
  if (!text || text[lang]) return lang;
  return text.en ? 'en' : text.ko ? 'ko' : text.zh ? 'zh' : lang;
}

/** The exchange's name for lists and headings: its title, or failing that its occasion in words. */
export function eventTitle(event: Pick<ExchangeEvent, 'title' | 'occasionDetail'>, lang: UiLanguage): string {
  return localize(event.title, lang) || localize(event.occasionDetail, lang);
}
