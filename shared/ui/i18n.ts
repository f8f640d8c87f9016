/** UI strings come from the browser's i18n (`_locales/`), so the UI follows the browser's language. */
import browser from '../browser';
import { uiLanguageOf } from '../dataset/localize';
import type { UiLanguage } from '../dataset/schema';

export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/** The UI language, for `lang` attributes and date formatting. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** The interface language the dataset's texts are picked in (en, ko or zh). */
export const readerLanguage = (): UiLanguage => uiLanguageOf(uiLanguage());

/** Kind and occasion labels are i18n keys built from the dataset's values. */
export const kindLabel = (kind: string) => t(`kind_${kind.replace(/-/g, '_')}`);
export const occasionLabel = (occasion: string) => t(`occasion_${occasion.replace(/-/g, '_')}`);
