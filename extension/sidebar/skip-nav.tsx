/**
 * Skip links between the sections (DESIGN.md, "Keyboard and focus"): hidden until a keyboard
 * reaches them, right after the exchange's title, so a reader who tabs in can jump to the
 * wording, the sources, the history or their notes without crossing every chip.
 */
import { t } from '../../shared/ui/i18n';

/** Moves focus (and the view) to a section's heading. */
export function focusSection(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

export function SkipNav({ sections }: { sections: [id: string, labelKey: string][] }) {
  return (
    <nav class="skip-nav" aria-label={t('skipNav')} data-testid="skip-nav">
      <span class="skip-label">{t('skipNav')}:</span>
      {sections.map(([id, key]) => (
        <a key={id} href={`#${id}`} onClick={(e) => { e.preventDefault(); focusSection(id); }}>{t(key)}</a>
      ))}
    </nav>
  );
}
