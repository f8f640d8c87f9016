/** Light/dark theme: follows the system unless the reader picked one (kept in storage.local). */
import browser from '../browser';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'theme';

export async function loadTheme(): Promise<ThemeChoice> {
  const items: Record<string, unknown> = await browser.storage.local.get(KEY).catch(() => ({}));
  const stored = items[KEY];
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export async function saveTheme(choice: ThemeChoice): Promise<void> {
  applyTheme(choice);
  await browser.storage.local.set({ [KEY]: choice }).catch(() => undefined);
}

/** Only http(s) links are ever rendered as links (dataset or page text could carry anything). */
export const safeHref = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);
