import '../../shared/ui/base.css';
import './notes.css';
import { NotesPage } from './notes-page';
import { applyTheme, loadTheme } from '../../shared/ui/theme';
import { uiLanguage } from '../../shared/ui/i18n';
import { mountWithCatalog } from '../../shared/ui/mount';
import { mountLauncherSection } from './launcher-section';

document.documentElement.lang = uiLanguage();
void loadTheme().then(applyTheme);
void mountWithCatalog(NotesPage, document.getElementById('app')!);
mountLauncherSection(document.getElementById('launcher-settings')!);
