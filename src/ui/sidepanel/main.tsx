// Side panel (Chrome) and sidebar (Firefox): the same screens as the popup, beside the page, so the doctor rereads
// the review while answering. Opened from the popup, it carries the case over (session storage, per tab).
import { render } from 'preact';
import { App } from '../popup/App';

document.body.classList.add('sidepanel');
render(<App frame="sidepanel" />, document.getElementById('app')!);
