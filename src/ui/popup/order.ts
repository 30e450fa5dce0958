// Which reviews the popup lists first: those most likely to need the doctor's action — a low rating, or words the
// question hints flag (src/legal/hints.ts) — and, folded under « Autres avis », the 4- and 5-star reviews that
// carry no such words. Within each group the page order is kept when nothing else tells them apart.
import { hintsFor } from '../../legal/index';
import type { ReviewSummary } from '../../messaging/protocol';

export interface Ranked {
  review: ReviewSummary;
  /** Position on the page (0-based). */
  index: number;
  /** How many distinct hints the excerpt raises. */
  flags: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function rankReviews(reviews: readonly ReviewSummary[], filter = ''): { attention: Ranked[]; others: Ranked[] } {
  const needle = fold(filter.trim());
  const ranked = reviews
    .map((review, index) => ({ review, index, flags: hintsFor({ text: review.excerpt, photos: { count: 0, urls: [] } }).length }))
    .filter((r) => !needle || fold(`${r.review.author}\n${r.review.excerpt}\n${r.review.dateText}`).includes(needle));
  const calm = (r: Ranked) => r.review.rating !== undefined && r.review.rating >= 4 && r.flags === 0;
  const attention = ranked
    .filter((r) => !calm(r))
    .sort((a, b) => (a.review.rating ?? 3) - (b.review.rating ?? 3) || b.flags - a.flags || a.index - b.index);
  return { attention, others: ranked.filter(calm) };
}
