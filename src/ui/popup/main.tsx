// Toolbar popup: the page's reviews and the whole first case, in the popup frame (src/ui/popup/App.tsx).
import { render } from 'preact';
import { App } from './App';
import { uiLang } from '../shared/i18n';

document.documentElement.lang = uiLang();
render(<App frame="popup" />, document.getElementById('app')!);
