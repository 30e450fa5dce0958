// Infinite scroll: Maps appends cards to the pane while scrolling (review-pages-dom.md §4), Search loads 10 at a
// time, PagesJaunes inserts AJAX pages. The caller reads the cards present now with adapter.findReviews(); this
// reports the ones that appear afterwards, each element once (dedup by element, §2.8 "MutationObserver on the list").
import type { SiteAdapter } from './types';

/** Calls `onNew` with the cards added under `root` after this call; returns a function that stops observing. */
export function observeNewReviews(adapter: SiteAdapter, root: ParentNode & Node, onNew: (cards: Element[]) => void): () => void {
  const seen = new WeakSet<Element>(adapter.findReviews(root));
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
  const observer = new Observer((records) => {
    if (!records.some((r) => r.addedNodes.length > 0)) return;
    const fresh = adapter.findReviews(root).filter((card) => !seen.has(card));
    for (const card of fresh) seen.add(card);
    if (fresh.length > 0) onNew(fresh);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
