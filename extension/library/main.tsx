import '../../shared/ui/base.css';
import './library.css';
import { LibraryPage } from './library-page';
import { applyTheme, loadTheme } from '../../shared/ui/theme';
import { uiLanguage } from '../../shared/ui/i18n';
import { mountWithCatalog } from '../../shared/ui/mount';

document.documentElement.lang = uiLanguage();
void loadTheme().then(applyTheme);
void mountWithCatalog(LibraryPage, document.getElementById('app')!);
