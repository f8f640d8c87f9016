/**
 * "Copy as Markdown": the exchanges of the view on screen as a Markdown table (dates,
 * kinds, titles, state-media titles and links), for a reader's notes or article draft.
 */
import { useState } from 'preact/hooks';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { exchangesMarkdown } from '../../shared/dataset/exchanges-markdown';
import { kindLabel, readerLanguage, t } from '../../shared/ui/i18n';
import { formatDay, plural } from './format';
import { directionText } from './labels';

/** Writes text to the clipboard; falls back to a hidden textarea where the async API is refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const active = document.activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    active?.focus();
    return ok;
  }
}

interface Props {
  events: () => readonly ExchangeEvent[];
  total: number;
  /** What the view shows, in words: one line each (filters, the search). */
  describe: () => string[];
}

export function CopyMarkdown({ events, total, describe }: Props) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const list = events();
    const markdown = exchangesMarkdown(list, readerLanguage(), {
      heading: plural('explorerMdHeading', list.length, String(total)),
      lines: describe(),
      columns: { date: t('explorerMdDate'), exchange: t('explorerMdExchange'), kind: t('explorerKind'), direction: t('explorerDirection'), stateMedia: t('explorerMdStateMedia') },
      date: formatDay,
      kind: kindLabel,
      direction: directionText,
      page: (page) => t('explorerPrintPage', page),
      printEdition: t('explorerPrintEdition'),
      noReadout: t('explorerMdNoReadout'),
    });
    setStatus((await copyText(markdown)) ? plural('explorerCopied', list.length) : t('explorerCopyFailed'));
  };
  return (
    <>
      <button type="button" onClick={() => void copy()} data-testid="copy-markdown">{t('explorerCopyMarkdown')}</button>
      <span class="small muted" role="status" data-testid="copy-status">{status}</span>
    </>
  );
}
