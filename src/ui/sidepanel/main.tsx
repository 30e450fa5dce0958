// Side panel (Chrome) and sidebar (Firefox): the same screens as the popup, beside the page, so the doctor rereads
// the review while answering. Opened from the popup, it carries the case over (session storage, per tab).
import { render } from 'preact';
import { App } from '../popup/App';
import { uiLang } from '../shared/i18n';

document.body.classList.add('sidepanel');
document.documentElement.lang = uiLang();
render(<App frame="sidepanel" />, document.getElementById('app')!);
