import '../../shared/ui/base.css';
import './sidebar.css';
import { App } from './app';
import { applyTheme, loadTheme } from '../../shared/ui/theme';
import { uiLanguage } from '../../shared/ui/i18n';
import { rpc } from '../../shared/ui/rpc';
import { mountWithCatalog } from '../../shared/ui/mount';

document.documentElement.lang = uiLanguage();
void loadTheme().then(applyTheme);
// Esc closes the sidebar wherever focus is inside it (the page never sees these keys).
addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !e.defaultPrevented) void rpc.closeSidebar();
});
// Our frame ignores every message a page posts to it: nothing here listens to `message` events.
void mountWithCatalog(App, document.getElementById('app')!);
