// The doctor's watched listings (their own pages on Google Maps, PagesJaunes, Trustpilot…), kept in the `meta` store
// under `watch` (written by the service worker only, background/watch.ts). At each visit the doctor makes (clicking
// Avisé on the listing), the reviews shown are noted by id and text fingerprint, so that the next visit can say what
// is new, what was edited and what is no longer shown. Nothing is ever fetched in the background.
import type { VisitDiff } from './watch';

export const WATCH_RECORD_VERSION = 1;
export const WATCH_META_KEY = 'watch';

export interface WatchedReview {
  /** The site's review id, else `h:` + fingerprint of author and date as shown. */
  id: string;
  /** SHA-256 of the review text as shown (hex), to notice an edit. */
  fp: string;
  author: string;
  rating?: number;
  dateText: string;
  excerpt: string;
  firstSeenAt: string;
  /** Set when a visit did not show it (deleted, hidden, or not loaded on that visit). */
  missingSince?: string;
}

export interface WatchedListing {
  id: string;
  url: string;
  label: string;
  /** How often the doctor wants to be reminded to visit (days; 30 by default). */
  periodDays: number;
  addedAt: string;
  lastVisitAt?: string;
  reviews?: WatchedReview[];
  /** What the last visit found, and the visit before it: shown again when the popup reopens in the same session. */
  lastDiff?: VisitDiff;
  previousVisitAt?: string;
}

export interface WatchState {
  schemaVersion: typeof WATCH_RECORD_VERSION;
  listings: WatchedListing[];
}

export function readWatchState(raw: unknown): WatchState {
  const r = raw as Partial<WatchState> | undefined;
  if (!r || r.schemaVersion !== WATCH_RECORD_VERSION || !Array.isArray(r.listings)) return { schemaVersion: WATCH_RECORD_VERSION, listings: [] };
  return r as WatchState;
}
