// The calls of the doctor's watch of their own listings, merged into BackgroundCalls by protocol.ts.
// Handler: background/watch.ts. Nothing here fetches a page: a visit is the doctor's own click on Avisé.
import type { VisitDiff } from '../evidence/watch';
import type { WatchedListing } from '../evidence/watch-record';
import type { ReviewGlance } from '../evidence/watch-glance';

export type WatchedListingView = Omit<WatchedListing, 'reviews'> & { noted: number; nextVisit: string; due: boolean };

export interface WatchBackgroundCalls {
  'watch.list': { req: Record<string, never>; res: WatchedListingView[] };
  'watch.add': { req: { url: string; label: string; periodDays: number }; res: WatchedListingView[] };
  'watch.remove': { req: { id: string }; res: WatchedListingView[] };
  /** The doctor opened Avisé on a tab: when it is a watched listing, notes its reviews and says what changed. */
  'watch.visit': { req: { tabId: number }; res: { listing: { id: string; label: string; lastVisitAt?: string }; diff: VisitDiff; glance: ReviewGlance[] } | null };
}
