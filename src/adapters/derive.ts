// What the service worker reads INTO the page's words, beside the dates (./dates.ts): the author's signals (number of
// reviews, Local Guide), which profile links are kept, the listing's name without the review counter some sites print
// in the same heading, and « Note : 4/5 » as numbers. The adapters only copy the page's words (content script kept
// small, review-pages-dom.md §2); the words themselves stay in the record unchanged beside what is read from them.
import type { AuthorSignals, RawReviewFields, SubRating } from '../shared/types';

/** « 42 avis », "1,234 reviews", « 3 évaluations » (NBSP and narrow NBSP as thousands separators). */
const REVIEW_COUNT = /(\d[\d\s.,]*?)\s?(?:avis|reviews?|évaluations?|ratings?)(?![\p{L}])/iu;
const LOCAL_GUIDE = /local guide|guide local/i;
/** A review counter printed in the listing's heading: « … Avis 12 », "… Reviews 4", « … 1 234 avis », "… · 57 reviews". */
const COUNTER = /[\s·|–—-]*(?:(?:avis|reviews?)\s*\d[\d\s.,]*|\d[\d\s.,]*\s*(?:avis|reviews?))$/iu;

export function authorSignals(meta: string | undefined): AuthorSignals {
  const s: AuthorSignals = {};
  const n = REVIEW_COUNT.exec(meta ?? '')?.[1]?.replace(/[\s.,]/g, '');
  if (n) s.reviewCount = Number(n);
  if (LOCAL_GUIDE.test(meta ?? '')) s.localGuide = true;
  return s;
}

/** The listing's name without a review counter; the heading itself kept raw when it held more than the name. */
export function listingName(raw: string): { placeName?: string; placeHeadingRaw?: string } {
  const whole = raw.trim();
  const name = whole.replace(COUNTER, '').trim();
  if (!whole) return {};
  return name && name !== whole ? { placeName: name, placeHeadingRaw: raw } : { placeName: whole };
}

/** « Note : 4/5 », "5/5", « 4,5 / 5 » → numbers; the words stay in valueRaw. */
export function subRating(r: SubRating): SubRating {
  const m = /(\d+(?:[.,]\d+)?)\s*\/\s*(\d+)/.exec(r.valueRaw);
  return { labelRaw: r.labelRaw, valueRaw: r.valueRaw, ...(m?.[1] && m[2] ? { rating: Number(m[1].replace(',', '.')), ratingMax: Number(m[2]) } : {}) };
}

/** An http(s) link, else the scheme of what was there (« javascript: », « data: »; « ? » when unreadable). */
export function webLink(href: string): { url: string } | { dropped: string } {
  let scheme: string;
  try {
    scheme = new URL(href).protocol;
  } catch {
    scheme = /^[a-z][\w+.-]*:/i.exec(href.trim())?.[0]?.toLowerCase() ?? '?';
  }
  return scheme === 'http:' || scheme === 'https:' ? { url: href } : { dropped: scheme };
}

/**
 * The page's words with what the service worker reads from them: author signals, the profile link kept only when
 * http(s) (anything else dropped, its scheme noted), the listing's name without its counter, sub-ratings as numbers.
 */
export function withDerived(raw: RawReviewFields): RawReviewFields {
  const out: RawReviewFields = { ...raw };
  const signals = authorSignals(raw.authorMeta);
  if (raw.authorUrl !== undefined) {
    const link = webLink(raw.authorUrl);
    if ('dropped' in link) {
      delete out.authorUrl;
      signals.profileUrlDropped = link.dropped;
    }
  }
  delete out.authorSignals;
  if (Object.keys(signals).length) out.authorSignals = signals;
  if (raw.placeName !== undefined) {
    delete out.placeName;
    Object.assign(out, listingName(raw.placeName));
  }
  if (raw.subRatings) out.subRatings = raw.subRatings.map(subRating);
  return out;
}
