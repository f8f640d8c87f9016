import '../../shared/ui/base.css';
import './explorer.css';
import { Explorer } from './app';
import { applyTheme, loadTheme } from '../../shared/ui/theme';
import { uiLanguage } from '../../shared/ui/i18n';
import { mountWithCatalog } from '../../shared/ui/mount';

document.documentElement.lang = uiLanguage();
void loadTheme().then(applyTheme);
void mountWithCatalog(Explorer, document.getElementById('app')!);
