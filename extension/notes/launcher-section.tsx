/**
 * The notes page is also the options page: below the notes, the launcher's settings, with
 * every site where the reader hid it, so it can always be brought back from here.
 */
import { render } from 'preact';
import { t } from '../../shared/ui/i18n';
import { LauncherSettings } from '../../shared/ui/launcher-settings';

export function mountLauncherSection(root: HTMLElement): void {
  render(
    <>
      <h2 id="launcher-settings-heading">{t('launcherSettings')}</h2>
      <LauncherSettings listSites />
    </>,
    root,
  );
}
