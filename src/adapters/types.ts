// The contract every site adapter implements. Adapters are pure DOM code: they run in a content script
// and, unchanged, in happy-dom for the fixture tests (test/fixtures/pages/<adapter-id>/).
import type { ReviewFields, SiteId } from '../shared/types';

export interface ExtractContext {
  /** Capture time: relative dates (« il y a 3 mois ») are resolved against it. */
  now: Date;
  /** URL of the page the card was read from (permalinks and place URL are resolved against it). */
  url: string;
  /** IANA zone for calendar dates; Europe/Paris when omitted. */
  timeZone?: string;
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
  extract(card: Element, ctx: ExtractContext): ReviewFields;
}
