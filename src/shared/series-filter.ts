// Which reviews of a page go into a series capture: all, by filter (rating, date range, words), or by hand.
// Pure: runs in the series page and in Node tests.
import type { CalendarDate, PublishedRange } from './types';

/** A review as the series page lists it (read from the page, before any capture). */
export interface SeriesCandidate {
  /** Addresses the card on the page for this page load (content/registry.ts). */
  key: string;
  id: string;
  author: string;
  authorMeta?: string;
  rating?: number;
  dateText: string;
  /** The page's machine-readable date, when it has one (the content script reads the page; dates are parsed by the service worker). */
  dateMachine?: string;
  /** The first-publication date range the shown date implies (absent when the date cannot be read), added by the service worker. */
  publishedRange?: PublishedRange;
  /** The text as the page shows it (« Plus » not yet expanded: the capture expands it). */
  text: string;
}

export interface SeriesFilter {
  /** Star ratings to keep (1..5); empty or absent: any rating. */
  ratings?: number[];
  /** Keep reviews that may have been published on or after this day (YYYY-MM-DD). */
  from?: CalendarDate;
  /** Keep reviews that may have been published on or before this day (YYYY-MM-DD). */
  to?: CalendarDate;
  /** Every word must appear in the text or the author's name (case and accents ignored). */
  words?: string;
}

/** Lower case, accents off, punctuation as spaces: « Très MAUVAIS ! » → "tres mauvais". */
export function normalizeWords(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when the review passes the filter. A date filter keeps a review whose possible publication dates overlap
 * the period (« il y a 2 mois » covers a whole month): it may include a review published just outside, never
 * leaves out one that may be inside. A review whose date cannot be read is left out by a date filter.
 */
export function matchesFilter(r: SeriesCandidate, f: SeriesFilter): boolean {
  if (f.ratings && f.ratings.length > 0 && (r.rating === undefined || !f.ratings.includes(Math.round(r.rating)))) return false;
  if (f.from || f.to) {
    if (!r.publishedRange) return false;
    if (f.from && r.publishedRange.latest < f.from) return false;
    if (f.to && r.publishedRange.earliest > f.to) return false;
  }
  const words = normalizeWords(f.words ?? '').split(' ').filter(Boolean);
  if (words.length) {
    const hay = ` ${normalizeWords(`${r.author} ${r.text}`)} `;
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

export function applyFilter<R extends SeriesCandidate>(reviews: R[], f: SeriesFilter): R[] {
  return reviews.filter((r) => matchesFilter(r, f));
}

/** Seconds between two screenshots (Chrome allows 2 captureVisibleTab calls per second: screenshot.ts paces at 0.55 s). */
export const SHOT_GAP_S = 0.55;
/** Measured on the demo page: one screenshot plus reading, cropping, sealing and storing, per review. */
export const SECONDS_PER_REVIEW = 0.75;
/** The listing's summary: its screenshot, the full-page image (a few screenshots) and the page archive. */
export const SUMMARY_SECONDS = 6;

/** How long a series of `n` reviews will take, in whole seconds (rounded up), before it starts. */
export function estimateSeconds(n: number): number {
  if (n <= 0) return 0;
  return Math.ceil(n * SECONDS_PER_REVIEW + SUMMARY_SECONDS);
}

/**
 * How the doctor chose the reviews of a series, as stored in the series record: worded at display time in the
 * reader's language (the report, the series page), never stored as one language's sentence.
 */
export interface SeriesSelection {
  mode: 'all' | 'filter' | 'hand';
  /** How many reviews the choice gave. */
  count: number;
  /** The filter, for mode `filter`. */
  filter?: SeriesFilter;
}

const frDay = (d: string) => d.replace(/^(\d{4})-(\d\d)-(\d\d)$/, '$3/$2/$1');

/** The doctor's choice of reviews in plain words, French or English. */
export function selectionText(s: SeriesSelection, lang: 'fr' | 'en'): string {
  const n = s.count;
  const f = s.filter ?? {};
  if (lang === 'fr') {
    if (s.mode === 'all') return `les ${n} avis affichés par la page`;
    if (s.mode === 'hand') return `${n} avis choisis un à un`;
    const parts = [
      f.ratings?.length ? `note ${f.ratings.join(' ou ')} étoile${f.ratings.length === 1 && f.ratings[0] === 1 ? '' : 's'}` : '',
      f.from ? `publiés au plus tôt le ${frDay(f.from)}` : '',
      f.to ? `publiés au plus tard le ${frDay(f.to)}` : '',
      f.words ? `contenant « ${f.words} »` : '',
    ].filter(Boolean);
    return `${n} avis choisis par filtre (${parts.join(', ') || 'aucun critère'})`;
  }
  if (s.mode === 'all') return `all ${n} reviews shown on the page`;
  if (s.mode === 'hand') return `${n} reviews chosen by hand`;
  const parts = [
    f.ratings?.length ? `rating ${f.ratings.join(' or ')}` : '',
    f.from ? `published on or after ${f.from}` : '',
    f.to ? `published on or before ${f.to}` : '',
    f.words ? `containing « ${f.words} »` : '',
  ].filter(Boolean);
  return `${n} reviews by filter (${parts.join(', ') || 'no criterion'})`;
}
