// The doctor's watch of their own listings, pure parts: which listing a page is, when a visit is due, and what
// changed since the last visit (new, edited, no longer shown). No browser API; tested in Node.
import type { WatchedListing, WatchedReview } from './watch-record';

export const DEFAULT_PERIOD_DAYS = 30;
const DAY_MS = 86_400_000;

/** A listing's address without what changes between visits (query, hash, Maps' map position and data segments). */
export function listingKey(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  let path = decodeURIComponent(u.pathname);
  // Google Maps: /maps/place/<name>/@lat,lng,zoom/data=… → /maps/place/<name>
  path = path.replace(/\/(?:@|data=).*$/, '');
  path = path.replace(/\/+$/, '');
  return `${u.host.replace(/^www\./, '')}${path}`.toLowerCase();
}

export function sameListing(watchedUrl: string, pageUrl: string): boolean {
  const a = listingKey(watchedUrl);
  return a !== undefined && a === listingKey(pageUrl);
}

/** When the next visit is due: the last visit (or the day it was added) plus the period. */
export function nextVisitDue(l: WatchedListing): Date {
  return new Date(Date.parse(l.lastVisitAt ?? l.addedAt) + l.periodDays * DAY_MS);
}

export function dueListings(listings: WatchedListing[], now: Date): WatchedListing[] {
  return listings.filter((l) => nextVisitDue(l).getTime() <= now.getTime());
}

/** A review as a visit reads it (its text already fingerprinted). */
export type VisitReview = Omit<WatchedReview, 'firstSeenAt' | 'missingSince'>;

export interface VisitDiff {
  /** True on the first visit: everything is noted, nothing is called new. */
  first: boolean;
  added: VisitReview[];
  /** Same review id, different text. */
  edited: VisitReview[];
  /** Noted at an earlier visit, not shown now (deleted, hidden, or not loaded: the doctor may scroll to check). */
  missing: WatchedReview[];
  unchanged: number;
  /** Reviews the page shows now (all noted for the next visit). */
  shown: number;
}

/** Compares what the page shows now with what earlier visits noted, and gives the notes to keep for the next visit. */
export function compareVisit(previous: WatchedReview[] | undefined, now: VisitReview[], at: string): { diff: VisitDiff; next: WatchedReview[] } {
  const before = new Map((previous ?? []).map((r) => [r.id, r]));
  const diff: VisitDiff = { first: previous === undefined, added: [], edited: [], missing: [], unchanged: 0, shown: 0 };
  const next: WatchedReview[] = [];
  const seen = new Set<string>();
  for (const r of now) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    diff.shown++;
    const old = before.get(r.id);
    if (!old) {
      if (!diff.first) diff.added.push(r);
      next.push({ ...r, firstSeenAt: at });
    } else {
      if (old.fp !== r.fp) diff.edited.push(r);
      else diff.unchanged++;
      next.push({ ...r, firstSeenAt: old.firstSeenAt });
    }
  }
  for (const old of previous ?? []) {
    if (seen.has(old.id)) continue;
    if (!old.missingSince) diff.missing.push(old);
    next.push({ ...old, missingSince: old.missingSince ?? at });
  }
  return { diff, next };
}

/** Reopening the popup within this time of a visit is the same visit (the doctor closes and reopens it, the popup redraws). */
export const VISIT_SESSION_MS = 30 * 60 * 1000;

/**
 * One visit of a watched listing: what to show the doctor and what to note for the next visit. A visit made within
 * VISIT_SESSION_MS of the last one that finds nothing new shows again what that visit found (against the visit before
 * it), instead of « 0 nouveau » — otherwise a second opening of the popup would hide what the first one had just shown.
 */
export function visitListing(l: Pick<WatchedListing, 'reviews' | 'lastVisitAt' | 'lastDiff' | 'previousVisitAt'>, now: VisitReview[], at: string): {
  diff: VisitDiff;
  /** The visit the diff counts from, as the doctor reads it (« Depuis votre visite du … »). */
  since?: string;
  patch: Pick<WatchedListing, 'reviews' | 'lastVisitAt' | 'lastDiff' | 'previousVisitAt'>;
} {
  const { diff, next } = compareVisit(l.reviews, now, at);
  const nothingNew = !diff.first && diff.added.length === 0 && diff.edited.length === 0 && diff.missing.length === 0;
  const sameSession = l.lastVisitAt !== undefined && Date.parse(at) - Date.parse(l.lastVisitAt) < VISIT_SESSION_MS;
  if (nothingNew && sameSession && l.lastDiff) {
    return { diff: { ...l.lastDiff, shown: diff.shown, unchanged: diff.unchanged }, ...(l.previousVisitAt ? { since: l.previousVisitAt } : {}), patch: { reviews: next, lastVisitAt: at, lastDiff: l.lastDiff, ...(l.previousVisitAt ? { previousVisitAt: l.previousVisitAt } : {}) } };
  }
  return { diff, ...(l.lastVisitAt ? { since: l.lastVisitAt } : {}), patch: { reviews: next, lastVisitAt: at, lastDiff: diff, ...(l.lastVisitAt ? { previousVisitAt: l.lastVisitAt } : {}) } };
}
