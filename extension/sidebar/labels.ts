/** Words for the parts of a wording cell: whose words, who printed them, in what language and rendering. */
import type { Cell } from '../../shared/dataset/alignment';
import type { Speaker } from '../../shared/dataset/schema';
import type { SourceText } from '../../shared/dataset/source-texts';
import { languageName } from '../../shared/ui/format';
import { formatLocale, leaderName, t } from '../../shared/ui/i18n';

/** The article on screen when it is none of the exchange's sources: "This article (outlet)". */
export const articleLabel = (outlet: string | undefined) => (outlet ? t('articleOutlet', outlet) : t('thisArticleMark'));

/** Who printed a cell's words. */
export const printedBy = (source: SourceText | null, articleOutlet?: string): string => source?.name ?? articleLabel(articleOutlet);

/** Whose words: the leader by name, else the agency or outlet that wrote them. */
export function speakerName(speaker: Speaker, source: SourceText | null, articleOutlet?: string): string {
  if (speaker === 'xi' || speaker === 'kim') return leaderName(speaker);
  return printedBy(source, articleOutlet);
}

/** "Korean original", "English official translation", "English translation". */
export function renderingLabel(cell: Pick<Cell, 'language' | 'rendering' | 'official'>): string {
  const language = languageName(cell.language, formatLocale());
  const key = cell.rendering === 'original' ? 'cellOriginal' : cell.official ? 'cellOfficialTranslation' : 'cellTranslation';
  return t(key, language).trim();
}

/** The side whose colour a speaker's words carry: Xi's are China's, Kim's the DPRK's. */
export const speakerSide = (speaker: Speaker, source: SourceText | null): 'prc' | 'dprk' | undefined =>
  speaker === 'xi' ? 'prc' : speaker === 'kim' ? 'dprk' : speaker === 'agency' ? source?.side : undefined;
