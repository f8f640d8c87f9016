/**
 * A quoted phrase as a keyboard-reachable chip: it opens two actions, quote it in a note
 * (with who said it and who printed it) or look it up in phrase history. Esc closes the
 * actions before it closes the sidebar.
 */
import { useRef, useState } from 'preact/hooks';
import type { Segment } from '../../shared/dataset/word-diff';
import { t } from '../../shared/ui/i18n';
import { useActions } from './actions';

interface Props {
  text: string;
  lang: string;
  /** Marks for the parts that differ from another rendering. */
  segments?: Segment[] | undefined;
  /** Whose words, and who printed them: they travel with the quote into the note. */
  speaker: string;
  printedBy: string;
}

export function PhraseChip({ text, lang, segments, speaker, printedBy }: Props) {
  const [open, setOpen] = useState(false);
  const chip = useRef<HTMLButtonElement>(null);
  const actions = useActions();
  const close = () => {
    setOpen(false);
    chip.current?.focus();
  };
  return (
    <span
      class="chip-wrap"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          close();
        }
      }}
    >
      <button type="button" class="chip quote" ref={chip} lang={lang} aria-expanded={open} onClick={() => setOpen(!open)} data-testid="chip">
        “{segments ? segments.map((s, i) => (s.differs ? <mark key={i}>{s.text}</mark> : s.text)) : text}”
      </button>
      {open && (
        <span class="chip-actions" role="group" aria-label={t('chipActions', text)}>
          <button type="button" onClick={() => { actions.quote(t('quoteAttribution', `“${text}”`, speaker, printedBy)); setOpen(false); }}>{t('chipQuote')}</button>
          <button type="button" onClick={() => { actions.history(text); setOpen(false); }}>{t('chipHistory')}</button>
          <button type="button" onClick={() => { actions.search(text); setOpen(false); }} data-testid="chip-search">{t('explorerSearchEveryExchange')}</button>
        </span>
      )}
    </span>
  );
}
