// The content-script side of a series capture: lists every review with its shown text (for the filter), loads more
// reviews by scrolling the reviews pane (the site appends cards: review-pages-dom.md « Infinite scroll »), and
// registers the listing's summary for its own capture. Every scroll is logged as a PageAction; the loading rounds'
// log goes into the summary exhibit's action log. Reads the page only: nothing is added to it.
import type { SiteAdapter } from '../adapters/types';
import { generic } from '../adapters/generic';
import type { Handlers } from '../messaging/protocol';
import type { SeriesContentCalls, SeriesLoadStep } from '../messaging/series-protocol';
import type { PageAction } from '../shared/types';
import { keyFor } from './registry';
import { nextFrame, scrollParent } from './geometry';
import { now } from './prepare';
import { given } from '../adapters/dom';

/** How long one loading round waits for the page to append reviews after a scroll. */
const WAIT_FOR_MORE_MS = 2500;

const loadLog: PageAction[] = [];

/** What adapters read against: the page URL only (dates are interpreted in the service worker). */
const ctx = () => ({ url: location.href });

function describe(el: Element): string {
  const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return `${el.tagName.toLowerCase()}${cls}`;
}

/** The listing's summary: the block of its name (and, on most sites, its average rating and review count). */
function summaryElement(): Element {
  const h1 = document.querySelector('h1');
  if (h1?.parentElement && h1.parentElement !== document.body) return h1.parentElement;
  return document.querySelector('[role="main"] > *') ?? h1 ?? document.body;
}

async function loadMore(adapter: SiteAdapter): Promise<SeriesLoadStep> {
  const cards = adapter.id === 'generic' ? [] : adapter.findReviews(document);
  const before = cards.length;
  const last = cards.at(-1);
  if (!last) return { count: 0, grew: false, noPane: true };
  const pane = scrollParent(last);
  const atWindow = pane === document.scrollingElement || pane === document.documentElement;
  if (atWindow) window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' as ScrollBehavior });
  else pane.scrollTop = pane.scrollHeight;
  await nextFrame();
  loadLog.push({
    at: now(),
    kind: 'scroll',
    detail: `series: ${atWindow ? 'page' : `reviews pane ${describe(pane)}`} scrolled to its end to load more reviews (${before} shown)`,
  });
  const end = Date.now() + WAIT_FOR_MORE_MS;
  let count = before;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 60));
    count = adapter.findReviews(document).length;
    if (count > before) {
      // Let the rest of the batch arrive before counting.
      await new Promise((r) => setTimeout(r, 60));
      count = adapter.findReviews(document).length;
      break;
    }
  }
  if (count > before) loadLog.push({ at: now(), kind: 'wait', detail: `series: the page added ${count - before} reviews (${count} shown)` });
  return { count, grew: count > before, noPane: false };
}

/** The series calls, given the page's adapter and a way to register the adapter that reads a key. */
export function seriesHandlers(pageAdapter: () => SiteAdapter, register: (key: string, adapter: SiteAdapter) => void): Handlers<SeriesContentCalls> {
  return {
    async 'content.seriesReviews'() {
      const adapter = pageAdapter();
      const cards = adapter.id === 'generic' ? [] : adapter.findReviews(document);
      const reviews = cards.map((card) => {
        const key = keyFor(card);
        register(key, adapter);
        const f = adapter.extract(card, ctx());
        return given({ key, id: f.id, author: f.author, authorMeta: f.authorMeta || undefined, rating: f.rating, dateText: f.dateText, dateMachine: f.dateMachine || undefined, text: f.text });
      });
      return { adapterId: adapter.id, url: location.href, title: document.title, reviews };
    },
    async 'content.loadMore'() {
      return loadMore(pageAdapter());
    },
    async 'content.summaryKey'() {
      const el = summaryElement();
      const key = keyFor(el);
      register(key, generic);
      return { key, loadActions: loadLog.splice(0) };
    },
  };
}
