/**
 * The launcher's and frame's words, in the browser's UI language, from `_locales/<lang>/launcher.json`.
 * `uiLocale` names the language the strings are in (as shared/ui/i18n.ts does): Chromium picks
 * `_locales` by `--lang` while `getUILanguage()` may still answer "en-US".
 */
import { api } from './runtime';

export function t(key: string, ...substitutions: string[]): string {
  try {
    return api.i18n?.getMessage(key, substitutions) || key;
  } catch {
    // The extension was reloaded under the tab: the caller is about to shut down anyway.
    return key;
  }
}

/** For the `lang` attribute, so screen readers speak the label in its language. */
export const uiLang = (): string => {
  const lang = t('uiLocale');
  return lang === 'uiLocale' ? 'en' : lang;
};
