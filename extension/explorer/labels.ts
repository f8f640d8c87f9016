/** The record's values in the reader's words; kinds, occasions and directions have the sidebar's labels. */
import type { Direction, Speaker } from '../../shared/dataset/schema';
import type { ReadoutFilter } from '../../shared/dataset/exchange-filter';
import { t } from '../../shared/ui/i18n';

/** "From Kim Jong Un to Xi Jinping" and "Kim → Xi", as the sidebar says them. */
export { directionShort, directionText } from '../../shared/ui/i18n';
export const readoutFilterText = (r: ReadoutFilter): string => t(`explorerReadouts_${r.replace(/-/g, '_')}`);
/** Who said the quoted words: Xi, Kim, the agency, the outlet. */
export const speakerText = (s: Speaker): string => t(`explorerSpeaker_${s}`);
/** The side whose colour a message takes: the sender's. */
export const senderSide = (d: Direction): 'dprk' | 'prc' | 'both' => (d === 'kim-to-xi' ? 'dprk' : d === 'xi-to-kim' ? 'prc' : 'both');
