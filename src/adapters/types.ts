// The contract every site adapter implements. Adapters are pure DOM code: they run in a content script
// and, unchanged, in happy-dom for the fixture tests (test/fixtures/pages/<adapter-id>/).
// They return the page's words only (RawReviewFields): dates are interpreted later, in the service worker
// (`withDates` in ./dates), so the content script carries no date library.
import type { RawReviewFields, SiteId } from '../shared/types';

export interface ExtractContext {
  /** URL of the page the card was read from (permalinks and place URL are resolved against it). */
  url: string;
  /**
   * The popup's list only needs id, author, rating, date and text: an adapter may skip what is costly and unused
   * there (Google Maps: the photos). The capture always reads every field (this flag unset).
   */
  listOnly?: boolean;
}

export interface SiteAdapter {
  id: SiteId;
  /** By host + path only. */
  matches(url: URL): boolean;
  /** DOM sniffing, for saved pages and demo pages served from 127.0.0.1. */
  detect(doc: Document): boolean;
  /** Review cards in document order, outermost only, deduplicated. */
  findReviews(root: ParentNode): Element[];
  /** The « Plus » / « More » / owner-reply-more controls still collapsed; the caller clicks them and logs it. */
  expandButtons(card: Element): HTMLElement[];
  /** « Voir l'original » / translation toggle, when the shown text is a machine translation. */
  originalTextButton?(card: Element): HTMLElement | null;
  /** Never reads outside what the page shows; `id` may be '' when the site has none (the caller fills `h:`+sha256). */
  extract(card: Element, ctx: ExtractContext): RawReviewFields;
}
