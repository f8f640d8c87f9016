/** UI strings come from the browser's i18n (`_locales/`), so the UI follows the browser's language. */
import browser from '../browser';
import { uiLanguageOf } from '../dataset/localize';
import type { UiLanguage } from '../dataset/schema';
import { formatNumber, pluralCategory } from './format';

export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/**
 * The UI language, for `lang` attributes, dates and the dataset's texts: the language our
 * strings are actually shown in. Each locale names itself (`uiLocale`), because Chromium
 * picks `_locales` by `--lang` while `getUILanguage()` may still answer "en-US".
 */
export const uiLanguage = (): string => browser.i18n.getMessage('uiLocale') || browser.i18n.getUILanguage();

/** The interface language the dataset's texts are picked in (en, ko or zh). */
export const readerLanguage = (): UiLanguage => uiLanguageOf(uiLanguage());

/**
 * The locale dates and numbers are formatted in: the browser's own regional preference when it
 * speaks the UI language (en-GB writes "26 Feb 2022"), else the UI language.
 */
export function formatLocale(): string {
  const ui = uiLanguage();
  const preferred = typeof navigator === 'undefined' ? '' : navigator.language;
  return preferred && preferred.slice(0, 2).toLowerCase() === ui.slice(0, 2).toLowerCase() ? preferred : ui;
}

/**
 * A counted message: `key_one`, `key_other`… chosen by Intl.PluralRules ("1 source", "3 sources");
 * the number is the first substitution, formatted for the locale.
 */
export function plural(key: string, n: number, ...more: (string | number)[]): string {
  return t(pluralKey(key, n), formatNumber(n, formatLocale()), ...more);
}

/** The message key for `n` of something: `key_one`, `key_few`… when the locale has it, else `key_other`. */
export function pluralKey(key: string, n: number, type: Intl.PluralRuleType = 'cardinal'): string {
  const category = pluralCategory(n, formatLocale(), type);
  return browser.i18n.getMessage(`${key}_${category}`) ? `${key}_${category}` : `${key}_other`;
}

/** "70th" / "70주년" / "70周年". */
export const ordinal = (n: number): string => t(pluralKey('ordinal', n, 'ordinal'), formatNumber(n, formatLocale()));

/** Kind and occasion labels are i18n keys built from the dataset's values. */
export const kindLabel = (kind: string) => t(`kind_${kind.replace(/-/g, '_')}`);
export const occasionLabel = (occasion: string) => t(`occasion_${occasion.replace(/-/g, '_')}`);

/** The leaders' names in the reader's language (시진핑 · 김정은, 习近平 · 金正恩). */
export const leaderName = (who: 'xi' | 'kim') => t(who === 'xi' ? 'leaderXi' : 'leaderKim');

/** Who wrote to whom, as a sentence fragment in the reader's language. */
export const directionText = (direction: string) => t(`direction_${direction.replace(/-/g, '_')}`);

/** The same, short: "Xi → Kim". */
export const directionShort = (direction: string) => t(`directionShort_${direction.replace(/-/g, '_')}`);
