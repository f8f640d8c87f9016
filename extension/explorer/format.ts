/** Dates and counted phrases in the reader's language, through shared/ui/format.ts and i18n (DESIGN.md: never concatenation). */
import { formatDay as day, formatNumber as number } from '../../shared/ui/format';
import { formatLocale } from '../../shared/ui/i18n';

export { plural } from '../../shared/ui/i18n';

/** "26 Feb 2022" / "2022년 2월 26일" / "2022年2月26日". */
export const formatDay = (d: string): string => day(d, formatLocale());
/** "26 Feb" / "2월 26일" / "2月26日": a day within a year already shown. */
export const formatDayInYear = (d: string): string => day(d, formatLocale(), false);
export const formatNumber = (n: number): string => number(n, formatLocale());
