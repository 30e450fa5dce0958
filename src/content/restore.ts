// Puts the page back where the doctor left it after a capture (done, cancelled or failed): the window's and every
// scrolling ancestor's position (the Maps reviews pane), and the texts Avisé expanded closed again. Texts the
// doctor had opened are not touched: Avisé only clicks controls still collapsed, and only undoes its own clicks.
// Closing works by undoing, in reverse order, the DOM changes the page made inside the review card while Avisé
// clicked (recorded by a MutationObserver): the same nodes go back, so the site's own « Plus » works again.
import type { PageAction } from '../shared/types';
import { isScrollable } from './geometry';

interface ScrollSpot {
  el: Element;
  top: number;
  left: number;
}

export interface RestorePoint {
  windowX: number;
  windowY: number;
  /** Scrolling ancestors of the review, with their offsets before the capture. */
  panes: ScrollSpot[];
  card: Element;
  /** DOM changes inside the card caused by Avisé's clicks, in order. */
  changes: MutationRecord[];
  /** How many texts Avisé expanded (« Plus » clicked). */
  expanded: number;
}

/** Notes where the page is, before anything is changed. */
export function restorePoint(card: Element): RestorePoint {
  const panes: ScrollSpot[] = [];
  for (let p = card.parentElement; p; p = p.parentElement) {
    if (p === document.body || p === document.documentElement) continue;
    if (isScrollable(p) || p.scrollTop || p.scrollLeft) panes.push({ el: p, top: p.scrollTop, left: p.scrollLeft });
  }
  return { windowX: window.scrollX, windowY: window.scrollY, panes, card, changes: [], expanded: 0 };
}

/** Records the DOM changes inside the card while `fn` runs (Avisé's clicks and the page's answers to them). */
export async function recordChanges<T>(point: RestorePoint, fn: () => Promise<T>): Promise<T> {
  const observer = new MutationObserver((records) => point.changes.push(...records));
  observer.observe(point.card, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true });
  try {
    return await fn();
  } finally {
    point.changes.push(...observer.takeRecords());
    observer.disconnect();
  }
}

/**
 * True when every node the recorded changes added is still where they put it (or was taken out by a later recorded
 * change): no one else changed those parts of the card since, so undoing gives back the card as it was.
 */
function undoable(changes: MutationRecord[]): boolean {
  const removedLater = new Set<Node>();
  for (let i = changes.length - 1; i >= 0; i--) {
    const r = changes[i];
    if (r.type !== 'childList') continue;
    for (const n of Array.from(r.addedNodes)) if (n.parentNode !== r.target && !removedLater.has(n)) return false;
    for (const n of Array.from(r.removedNodes)) removedLater.add(n);
  }
  return true;
}

/** Undoes the recorded changes, last first; touches nothing when the page no longer matches what was recorded. */
function undoChanges(changes: MutationRecord[]): boolean {
  if (!undoable(changes)) return false;
  for (let i = changes.length - 1; i >= 0; i--) {
    const r = changes[i];
    if (r.type === 'attributes' && r.attributeName && r.target instanceof Element) {
      if (r.oldValue === null) r.target.removeAttribute(r.attributeName);
      else r.target.setAttribute(r.attributeName, r.oldValue);
    } else if (r.type === 'characterData') {
      (r.target as CharacterData).data = r.oldValue ?? '';
    } else if (r.type === 'childList') {
      for (const n of Array.from(r.addedNodes)) if (n.parentNode !== r.target) return false;
      if (r.nextSibling && r.nextSibling.parentNode !== r.target) return false;
      if (r.previousSibling && r.previousSibling.parentNode !== r.target) return false;
      for (const n of Array.from(r.addedNodes)) r.target.removeChild(n);
      // Back between the same neighbours: before the next one, else right after the previous one.
      const ref = r.nextSibling ?? (r.previousSibling ? r.previousSibling.nextSibling : r.target.firstChild);
      for (const n of Array.from(r.removedNodes)) r.target.insertBefore(n, ref);
    }
  }
  return true;
}

const px = (n: number) => `${Math.round(n)}px`;

/** Restores the page and says what was done, for the exhibit's action log. */
export function restorePage(point: RestorePoint | undefined): PageAction {
  const at = new Date().toISOString();
  if (!point) return { at, kind: 'restore', detail: 'page restored: nothing had been changed' };
  const parts: string[] = [];
  let collapsed = '';
  if (point.changes.length) {
    const undone = point.card.isConnected && undoChanges(point.changes);
    const n = point.expanded;
    const texts = `${n} text${n === 1 ? '' : 's'}`;
    collapsed = undone ? (n ? `${texts} collapsed` : 'the review card put back as it was') : `${n ? texts : 'the review card'} left as expanded (the page changed it since)`;
  }
  // Inner panes first, then the window (scrolling a pane can move the window when it reaches its end).
  for (const p of point.panes) {
    if (!p.el.isConnected) continue;
    p.el.scrollTop = p.top;
    p.el.scrollLeft = p.left;
    // The pane by its tag only: no page text in this line, so the report can read its numbers back safely.
    parts.push(`pane ${p.el.tagName.toLowerCase()} to ${px(p.el.scrollTop)}`);
  }
  window.scrollTo({ left: point.windowX, top: point.windowY, behavior: 'instant' as ScrollBehavior });
  parts.unshift(`window to ${px(window.scrollY)}`);
  return { at, kind: 'restore', detail: `page restored: scroll back (${parts.join(', ')})${collapsed ? `, ${collapsed}` : ''}` };
}
