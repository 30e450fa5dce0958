// Gets one review ready for its screenshot: expand « Plus »/« More », scroll it into view, measure it, read its
// fields and HTML. Every change made to the page is logged as a PageAction with its time (NF Z67-147: the
// constat describes each manipulation).
import type { PreparedReview } from '../messaging/protocol';
import type { PageAction } from '../shared/types';
import type { SiteAdapter } from '../adapters/types';
import { nextFrame, scrollParent, toRect, visibleRect } from './geometry';

export const now = () => new Date().toISOString();

function describe(el: Element): string {
  const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
  return `${el.tagName.toLowerCase()}${label ? ` « ${label} »` : ''}`;
}

/**
 * Resolves at the first change inside `card` (the expanded text arriving), or after `max` ms when nothing changes.
 * Observing before the clicks catches a site that expands synchronously, in its click handler.
 */
function firstChange(card: Element, max: number): { settled: Promise<void> } {
  let done!: () => void;
  const settled = new Promise<void>((resolve) => { done = resolve; });
  const observer = new MutationObserver(() => done());
  // Text and elements only: a toggled attribute (aria-expanded) may come before the text it announces.
  observer.observe(card, { childList: true, subtree: true, characterData: true });
  const timer = setTimeout(() => done(), max);
  return { settled: settled.then(() => { observer.disconnect(); clearTimeout(timer); }) };
}

/** Clicks every collapsed expansion control, logging each; waits for the page to re-render. */
export async function expand(adapter: SiteAdapter, card: Element, actions: PageAction[]): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const buttons = adapter.expandButtons(card);
    if (!buttons.length) return;
    // Was a fixed 50 ms after the clicks: now as soon as the card changes (50 ms at most), then one frame for layout.
    const change = firstChange(card, 50);
    for (const b of buttons) {
      b.click();
      actions.push({ at: now(), kind: 'expand', detail: `clicked ${describe(b)}` });
    }
    await change.settled;
    await nextFrame();
  }
}

export async function scrollIntoViewLogged(card: Element, actions: PageAction[]): Promise<void> {
  const tall = card.getBoundingClientRect().height > window.innerHeight;
  card.scrollIntoView({ block: tall ? 'start' : 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  await nextFrame();
  // Centred but still cut (taller than its scrolling pane, e.g. the Maps reviews pane, though not than the window):
  // align its top instead, so that the capture starts at the review's first line and the stitching goes downwards.
  const r = card.getBoundingClientRect();
  if (!tall && visibleRect(card).y > r.top + 0.5) {
    card.scrollIntoView({ block: 'start', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    await nextFrame();
  }
  const sp = scrollParent(card);
  actions.push({ at: now(), kind: 'scroll', detail: `review scrolled into view (container ${describe(sp)} scrollTop=${Math.round(sp.scrollTop)})` });
}

/** Scrolls the review's scrolling container so that the review's offset `offset` (CSS px) is at the top of what is visible. */
export async function scrollBand(card: Element, offset: number): Promise<{ rect: PreparedReview['rect']; visible: PreparedReview['visible']; action: PageAction }> {
  card.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
  await nextFrame();
  const sp = scrollParent(card);
  const clipTop = visibleRect(card).y;
  const delta = card.getBoundingClientRect().top + offset - clipTop;
  if (sp === document.scrollingElement || sp === document.documentElement) window.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
  else sp.scrollTop += delta;
  await nextFrame();
  return {
    rect: toRect(card.getBoundingClientRect()),
    visible: visibleRect(card),
    action: { at: now(), kind: 'scroll', detail: `scrolled to review offset ${Math.round(offset)}px for a stitched capture` },
  };
}

export function pageInfo(): PreparedReview['page'] {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return {
    url: location.href,
    canonicalUrl: canonical || undefined,
    title: document.title,
    lang: document.documentElement.lang || undefined,
    referrer: document.referrer,
    historyLength: history.length,
  };
}

export function clientInfo(): PreparedReview['client'] {
  const uaData = (navigator as Navigator & { userAgentData?: { brands: { brand: string; version: string }[]; platform: string } }).userAgentData;
  return {
    userAgent: navigator.userAgent,
    languages: [...navigator.languages],
    platform: uaData?.platform,
    brands: uaData?.brands?.map((b) => ({ brand: b.brand, version: b.version })),
    screen: { width: screen.width, height: screen.height },
  };
}

export function viewportInfo(): PreparedReview['viewport'] {
  return { width: window.innerWidth, height: window.innerHeight, devicePixelRatio: window.devicePixelRatio, scrollX: window.scrollX, scrollY: window.scrollY };
}
