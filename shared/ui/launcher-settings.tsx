/**
 * The reader's choices about the launcher (the tab on the page's edge), as the sidebar's menu
 * and the notes page show them: shown on every site, shown on this site, which edge, and the
 * sites where it is hidden, each one click from shown again. Written to storage.local
 * (shared/launcher-prefs.ts); the launcher on any open page follows at once.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../browser';
import {
  LAUNCHER_KEY, parseLauncherPrefs, withLauncherHidden, withLauncherPlace, withoutLauncherPlace, type Edge, type LauncherPrefs,
} from '../launcher-prefs';
import { t } from './i18n';
import './launcher-settings.css';

type Change = (p: LauncherPrefs) => LauncherPrefs;
type Changes = Record<string, { newValue?: unknown }>;

async function read(): Promise<LauncherPrefs> {
  const items: Record<string, unknown> = await browser.storage.local.get(LAUNCHER_KEY).catch(() => ({}));
  return parseLauncherPrefs(items[LAUNCHER_KEY]);
}

/** The stored choices, kept current (another tab or the page's launcher may change them), and a way to change them. */
export function useLauncherPrefs(): [LauncherPrefs | null, (change: Change) => void] {
  const [prefs, setPrefs] = useState<LauncherPrefs | null>(null);
  useEffect(() => {
    void read().then(setPrefs);
    const onChanged = (changes: Changes, area: string) => {
      if (area === 'local' && changes[LAUNCHER_KEY]) setPrefs(parseLauncherPrefs(changes[LAUNCHER_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  // Read again just before writing: the value may have changed in another tab since it was shown.
  const update = (change: Change) => void read().then((p) => {
    const next = change(p);
    setPrefs(next);
    return browser.storage.local.set({ [LAUNCHER_KEY]: next });
  });
  return [prefs, update];
}

interface Props {
  /** The site of the page the sidebar is on; none on the notes page. */
  site?: string;
  /** List the sites where the launcher is hidden (the notes page). */
  listSites?: boolean;
}

export function LauncherSettings({ site, listSites }: Props) {
  const [prefs, update] = useLauncherPrefs();
  if (!prefs) return null;
  const moved = site ? prefs.places[site] : undefined;
  // The box's state is read now: the event's currentTarget is gone once the change runs.
  const showOn = (where: string | null, shown: boolean) => update((p) => withLauncherHidden(p, where, !shown));
  const moveTo = (edge: Edge) => site && update((p) => withLauncherPlace(p, site, edge));
  return (
    <div class="launcher-settings" data-testid="launcher-settings">
      <label class="check">
        <input type="checkbox" checked={!prefs.hiddenEverywhere} onChange={(e) => showOn(null, e.currentTarget.checked)} />
        {t('launcherShowAll')}
      </label>
      {site && (
        <>
          <label class="check">
            <input type="checkbox" checked={!prefs.hiddenSites.includes(site)} disabled={prefs.hiddenEverywhere} onChange={(e) => showOn(site, e.currentTarget.checked)} />
            {t('launcherShowSite', site)}
          </label>
          <div class="row">
            <button type="button" onClick={() => moveTo('left')}>{t('launcherToLeft')}</button>
            <button type="button" onClick={() => moveTo('right')}>{t('launcherToRight')}</button>
            {moved && <button type="button" onClick={() => update((p) => withoutLauncherPlace(p, site))}>{t('launcherAutoPlace')}</button>}
          </div>
        </>
      )}
      {listSites && prefs.hiddenSites.length > 0 && (
        <>
          <p>{t('launcherHiddenOn')}</p>
          <ul class="plain hidden-sites">
            {prefs.hiddenSites.map((s) => (
              <li key={s} class="row">
                <span>{s}</span>
                <button type="button" aria-label={t('launcherShowSite', s)} onClick={() => update((p) => withLauncherHidden(p, s, false))}>{t('launcherShowAgain')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="muted small">{t('launcherToolbarHint')}</p>
    </div>
  );
}
