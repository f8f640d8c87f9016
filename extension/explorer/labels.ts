/** The record's values in the reader's words (kinds and occasions have the sidebar's labels). */
import type { Direction, Speaker } from '../../shared/dataset/schema';
import type { ReadoutFilter } from '../../shared/dataset/exchange-filter';
import { t } from '../../shared/ui/i18n';

const key = (v: string) => v.replace(/-/g, '_');
/** "Kim Jong Un → Xi Jinping", in the reader's language. */
export const directionText = (d: Direction): string => t(`explorerDir_${key(d)}`);
/** "Kim → Xi": for tight places (matrix rows, chips). */
export const directionShort = (d: Direction): string => t(`explorerDirShort_${key(d)}`);
export const readoutFilterText = (r: ReadoutFilter): string => t(`explorerReadouts_${key(r)}`);
/** Who said the quoted words: Xi, Kim, the agency, the outlet. */
export const speakerText = (s: Speaker): string => t(`explorerSpeaker_${s}`);
/** The side whose colour a message takes: the sender's. */
export const senderSide = (d: Direction): 'dprk' | 'prc' | 'both' => (d === 'kim-to-xi' ? 'dprk' : d === 'xi-to-kim' ? 'prc' : 'both');
