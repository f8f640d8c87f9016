/** Every UI string exists in all three interface languages, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { readLocales } from '../../scripts/extension-build';

const placeholdersOf = (m: { message: string }) => [...m.message.matchAll(/\$([A-Za-z0-9_]+)\$|\$(\d)/g)].map((x) => x[0]).sort();

describe('UI strings', async () => {
  const locales = await readLocales();
  const en = locales.en!;

  it('are written in English, Korean and Simplified Chinese', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'ko', 'zh_CN']);
  });

  for (const lang of ['ko', 'zh_CN']) {
    it(`${lang} has exactly the English keys`, () => {
      const other = locales[lang]!;
      expect(Object.keys(other).filter((k) => !(k in en)), 'keys only in this language').toEqual([]);
      expect(Object.keys(en).filter((k) => !(k in other)), 'keys missing in this language').toEqual([]);
    });
    it(`${lang} uses the same placeholders as English`, () => {
      const other = locales[lang]!;
      const differ = Object.keys(en).filter((k) => other[k] && JSON.stringify(placeholdersOf(en[k]!)) !== JSON.stringify(placeholdersOf(other[k]!)));
      expect(differ).toEqual([]);
    });
  }
});
