/**
 * Counted phrases through Intl.PluralRules: `key_one` / `key_other` in _locales (Korean and
 * Chinese have one form, so both keys hold the same text there).
 */
import { t, uiLanguage } from './i18n';

let rules: Intl.PluralRules | null = null;

export function tCount(key: string, count: number, ...more: (string | number)[]): string {
  rules ??= new Intl.PluralRules(uiLanguage());
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, count.toLocaleString(uiLanguage()), ...more);
}
