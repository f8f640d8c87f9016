/**
 * The sidebar's menu for the launcher (the tab on the page's edge): show or hide it on this
 * site or on every site, move it to the other edge. Reached from the toolbar button even where
 * the launcher is hidden, so it is also the way to bring it back. Esc closes the menu before
 * it closes the sidebar.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../../shared/ui/i18n';
import { LauncherSettings } from '../../shared/ui/launcher-settings';

/** The page's site, given by the frame that loaded the sidebar (`sidebar.html?site=`). */
const site = new URLSearchParams(location.search).get('site') || undefined;

export function LauncherMenu() {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div
      class="launcher-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          close();
        }
      }}
      // Closed when focus leaves it (a click in the sidebar, Tab past its last control).
      onFocusOut={(e) => open && !e.currentTarget.contains(e.relatedTarget as Node | null) && setOpen(false)}
    >
      <button type="button" ref={toggle} aria-expanded={open} aria-label={t('launcherSettings')} title={t('launcherSettings')} onClick={() => setOpen(!open)} data-testid="launcher-menu">⋯</button>
      {open && (
        <div class="launcher-popover" role="group" aria-labelledby="launcher-popover-title">
          <p class="popover-title" id="launcher-popover-title">{t('launcherSettings')}</p>
          <LauncherSettings site={site} />
        </div>
      )}
    </div>
  );
}
