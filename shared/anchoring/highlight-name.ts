/**
 * Highlight names on pages start so; each highlight pass picks a new random rest, so no
 * rule in a page's CSS can target our highlight (tests find it by this prefix).
 */
export const HIGHLIGHT_PREFIX = 'lips-and-teeth-';
