/**
 * UI strings with elements in their placeholders ("Only $1 carried $2" where $2 is a quote
 * chip): the translation decides where each element goes, so word order stays the
 * translator's, and every piece is still rendered as text, never as markup.
 */
import type { ComponentChildren } from 'preact';
import { t } from './i18n';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000(\d+)\uE001/;

export function tx(key: string, ...parts: ComponentChildren[]): ComponentChildren[] {
  const text = t(key, ...parts.map((_, i) => `${OPEN}${i}${CLOSE}`));
  return text.split(SLOT).map((piece, i) => (i % 2 ? parts[Number(piece)] : piece));
}
