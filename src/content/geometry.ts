// Where a review sits on screen, and which part of it is actually visible (clipped by the viewport and by any
// scrolling ancestor, e.g. the Google Maps reviews pane). Pure DOM, measured in CSS pixels.
import type { Rect } from '../messaging/protocol';

export function toRect(r: DOMRect): Rect {
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

function intersect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

export function isScrollable(el: Element): boolean {
  const style = getComputedStyle(el);
  return /(auto|scroll|overlay)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
}

/** The nearest ancestor that scrolls vertically, or the document's scrolling element. */
export function scrollParent(el: Element): Element {
  for (let p = el.parentElement; p; p = p.parentElement) if (isScrollable(p)) return p;
  return document.scrollingElement ?? document.documentElement;
}

export function visibleRect(el: Element): Rect {
  let vis = intersect(toRect(el.getBoundingClientRect()), { x: 0, y: 0, width: window.innerWidth, height: window.innerHeight });
  for (let p = el.parentElement; p; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (style.overflowY !== 'visible' || style.overflowX !== 'visible') {
      if (p === document.body || p === document.documentElement) continue;
      const r = p.getBoundingClientRect();
      vis = intersect(vis, { x: r.left + p.clientLeft, y: r.top + p.clientTop, width: p.clientWidth, height: p.clientHeight });
    }
  }
  return vis;
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
