// Content script, injected on a user gesture only (activeTab + scripting): finds reviews with the site adapter,
// prepares one for capture, serialises the DOM (Firefox has no MHTML), runs the element picker.
// It never stores anything: it hands data to the service worker through the messaging contract.
import { adapterFor } from '../adapters/registry';
import { generic as genericAdapter } from '../adapters/generic';
import type { SiteAdapter } from '../adapters/types';
import type { ContentCalls, Handlers, ReviewSummary } from '../messaging/protocol';
import type { PageAction } from '../shared/types';
import { callBackground, listen, message } from './runtime';
import { elementFor, keyFor } from './registry';
import { clientInfo, expand, now, pageInfo, scrollBand, scrollIntoViewLogged, viewportInfo } from './prepare';
import { nextFrame, toRect, visibleRect } from './geometry';
import { selectionElement } from './picker';
import { recordChanges, restorePage, restorePoint, type RestorePoint } from './restore';
import { seriesHandlers } from './series';

declare global {
   
  var __aviseContent: boolean | undefined;
}

const adapterOfKey = new Map<string, SiteAdapter>();
/** When this script entered the page (logged with every capture: Avisé reads the page, it adds nothing to it). */
const injected: PageAction = { at: now(), kind: 'inject', detail: 'Avisé content script injected into the page after the doctor clicked Avisé (reads the page; adds no element to it)' };
/** Elements the doctor picked by hand, with when the picker was shown and what was clicked. */
const pickedBy = new Map<string, PageAction>();
/** Where the page was before the capture under way changed it; `content.restore` goes back there once. */
let pending: RestorePoint | undefined;
const pageAdapter = (): SiteAdapter => adapterFor(location.href, document);

/** What adapters read against: the page URL only (dates are interpreted in the service worker, adapters/dates.ts). */
const ctx = () => ({ url: location.href });

/** The first words of a review (outer spaces left out: a display copy), cut at a word boundary (the full,
 *  untrimmed text is what gets captured). */
function excerpt(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}

function summarize(adapter: SiteAdapter, card: Element, at: { url: string }): ReviewSummary {
  const key = keyFor(card);
  adapterOfKey.set(key, adapter);
  const f = adapter.extract(card, at);
  return { key, id: f.id, author: f.author, rating: f.rating, dateText: f.dateText, excerpt: excerpt(f.text.trim()) };
}

/** Registers a picked element: the adapter's review card around it when there is one, else the element itself. */
function registerPicked(el: Element): string {
  const adapter = pageAdapter();
  const card = adapter.findReviews(document).find((c) => c.contains(el));
  const key = keyFor(card ?? el);
  adapterOfKey.set(key, card ? adapter : genericAdapter);
  pickedBy.set(key, {
    at: now(),
    kind: 'highlight',
    detail: `review chosen by the doctor with Avisé's picker (<${el.tagName.toLowerCase()}> clicked${card ? ', its review card captured' : ''}); the picker's overlay was removed before any screenshot`,
  });
  return key;
}

async function captureElement(el: Element): Promise<void> {
  const key = registerPicked(el);
  try {
    await callBackground('capture.fromPage', { key });
  } catch (e) {
    // The popup is not open here; the page is the only place to tell the user.
    window.alert(`Avisé : ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * A machine-translated review: show the original (the site's own toggle), read it, and switch back to the view the
 * doctor was looking at, so the screenshot shows what they saw. Both clicks are logged.
 */
async function readOriginal(adapter: SiteAdapter, card: Element, actions: PageAction[]): Promise<string | undefined> {
  const button = adapter.originalTextButton?.(card);
  if (!button) return undefined;
  const shown = adapter.extract(card, ctx()).text;
  const settle = () => new Promise((r) => setTimeout(r, 120));
  button.click();
  actions.push({ at: now(), kind: 'expand', detail: 'clicked the site’s « original text » toggle to read the review in its original language' });
  await settle();
  const original = adapter.extract(card, ctx()).text;
  // On Google the same control toggles back (its jsaction flips to showReviewInTranslation).
  const back = card.querySelector<HTMLElement>('[jsaction*="showReviewInTranslation"]') ?? (button.isConnected ? button : null);
  if (back) {
    back.click();
    actions.push({ at: now(), kind: 'restore', detail: 'clicked the toggle again to show the translated text the doctor was reading' });
    await settle();
  }
  return original && original !== shown ? original : undefined;
}

const handlers: Handlers<ContentCalls> = {
  ...seriesHandlers(pageAdapter, (key, adapter) => adapterOfKey.set(key, adapter)),
  async 'content.ping'() {
    return { adapterId: pageAdapter().id };
  },
  async 'content.listReviews'() {
    const adapter = pageAdapter();
    const cards = adapter.id === 'generic' ? [] : adapter.findReviews(document);
    const at = { ...ctx(), listOnly: true };
    return { adapterId: adapter.id, url: location.href, title: document.title, reviews: cards.map((c) => summarize(adapter, c, at)) };
  },
  async 'content.pageState'() {
    return {
      adapterId: pageAdapter().id,
      viewport: viewportInfo(),
      page: pageInfo(),
      client: clientInfo(),
      actions: [injected],
    };
  },
  async 'content.prepare'({ key }) {
    const card = elementFor(key);
    const adapter = adapterOfKey.get(key) ?? pageAdapter();
    const actions: PageAction[] = [
      injected,
      ...(pickedBy.has(key) ? [pickedBy.get(key)!] : []),
    ];
    // A restore point left by a capture whose service worker stopped is dropped: the doctor may have moved since.
    const point = restorePoint(card);
    pending = point;
    const originalText = await recordChanges(point, async () => {
      const before = actions.length;
      await expand(adapter, card, actions);
      point.expanded = actions.length - before;
      return readOriginal(adapter, card, actions);
    });
    await scrollIntoViewLogged(card, actions);
    const fields = { ...adapter.extract(card, ctx()), ...(originalText ? { originalText } : {}) };
    return {
      adapterId: adapter.id,
      fields,
      html: card.outerHTML,
      rect: toRect(card.getBoundingClientRect()),
      visible: visibleRect(card),
      clientWidth: document.documentElement.clientWidth,
      viewport: viewportInfo(),
      actions,
      page: pageInfo(),
      client: clientInfo(),
    };
  },
  async 'content.scrollBand'({ key, offset }) {
    return scrollBand(elementFor(key), offset);
  },
  async 'content.snapshot'() {
    const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
    return { html: doctype + document.documentElement.outerHTML };
  },
  async 'content.pageMetrics'() {
    const el = document.scrollingElement ?? document.documentElement;
    return { scrollHeight: el.scrollHeight, innerHeight: window.innerHeight, innerWidth: window.innerWidth, scrollY: window.scrollY };
  },
  async 'content.scrollWindowTo'({ y }) {
    window.scrollTo({ top: y, behavior: 'instant' as ScrollBehavior });
    await nextFrame();
    return { scrollY: window.scrollY, action: { at: now(), kind: 'scroll', detail: `page scrolled to ${Math.round(window.scrollY)}px for the full-page image` } };
  },
  async 'content.restore'() {
    const point = pending;
    pending = undefined;
    const action = restorePage(point);
    await nextFrame();
    return action;
  },
  async 'content.pick'({ fromSelection }) {
    const sel = fromSelection ? selectionElement() : null;
    if (sel) {
      void captureElement(sel);
      return true;
    }
    // content-picker.js, injected just before by the service worker (background/inject.ts ensurePicker).
    const startPicker = globalThis.__aviseStartPicker;
    if (!startPicker) throw new Error('content-picker.js not injected');
    startPicker((el) => void captureElement(el), { hint: message('pickerHint') || 'Cliquez sur l’avis à capturer — Échap pour annuler' });
    return true;
  },
};

if (!globalThis.__aviseContent) {
  globalThis.__aviseContent = true;
  listen(handlers);
}
