import { render } from 'preact';
import '../../shared/ui/base.css';
import './notes.css';
import { NotesPage } from './notes-page';
import { applyTheme, loadTheme } from '../../shared/ui/theme';
import { uiLanguage } from '../../shared/ui/i18n';

document.documentElement.lang = uiLanguage();
void loadTheme().then(applyTheme);
render(<NotesPage />, document.getElementById('app')!);
