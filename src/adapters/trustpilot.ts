// Trustpilot company page (https://fr.trustpilot.com/review/<domain>) and single review page (/reviews/<id>).
// DOM map: review-pages-dom.md §1.4. CSS-module classes change on every deploy (styles_reviewCard__hcAvl →
// __9HxJJ → __Qwhpy), so only Trustpilot's data-* hooks are used, plus JSON-LD for the review language.
import type { RawReviewFields, ReviewFields } from '../shared/types';
import type { ExtractContext, SiteAdapter } from './types';
import { absoluteUrl, dedupeBy, exactText, outermost, parseRating, safeJson, textOf } from './dom';

const CARD = '[data-service-review-card-paper], [data-testid="service-review-card-v2"]';

/** `inLanguage` of the JSON-LD Review whose @id ends with the review id (schema.org data on the page). */
function jsonLdLanguage(doc: Document, id: string): string | undefined {
  if (!id) return undefined;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const data = safeJson(script.textContent) as { '@graph'?: unknown } | unknown[] | undefined;
    const nodes = Array.isArray(data) ? data : Array.isArray((data as { '@graph'?: unknown })?.['@graph']) ? (data as { '@graph': unknown[] })['@graph'] : [data];
    for (const node of nodes) {
      const n = node as { '@type'?: unknown; '@id'?: unknown; inLanguage?: unknown } | null;
      if (n && n['@type'] === 'Review' && typeof n['@id'] === 'string' && n['@id'].endsWith(`/${id}`) && typeof n.inLanguage === 'string') {
        return n.inLanguage;
      }
    }
  }
  return undefined;
}

export const trustpilot: SiteAdapter = {
  id: 'trustpilot',

  matches(url) {
    return /(?:^|\.)trustpilot\.com$/.test(url.hostname) && /^\/reviews?\//.test(url.pathname);
  },

  detect(doc) {
    return doc.querySelector('[data-service-review-card-paper], [data-service-review-text-typography]') !== null;
  },

  findReviews(root) {
    return dedupeBy(outermost(root, CARD), (el) => el.querySelector('a[href*="/reviews/"]')?.getAttribute('href') ?? null);
  },

  // Card texts are complete in the DOM (also in __NEXT_DATA__); no collapsed control is known (§1.4).
  expandButtons() {
    return [];
  },

  extract(card, ctx: ExtractContext): RawReviewFields {
    const reply = card.querySelector('[data-service-review-business-reply]');
    const link = card.querySelector('a[data-review-title-typography][href*="/reviews/"], a[href*="/reviews/"]');
    const permalink = absoluteUrl(link?.getAttribute('href'), ctx.url);
    const id = permalink ? (/\/reviews\/([^/?#]+)/.exec(new URL(permalink).pathname)?.[1] ?? '') : '';

    const meta = [
      textOf(card.querySelector('[data-consumer-country-typography]')),
      textOf(card.querySelector('[data-consumer-reviews-count-typography]')),
    ].filter(Boolean).join(' · ');

    const ratingAttr = card.querySelector('[data-service-review-rating]')?.getAttribute('data-service-review-rating') ?? '';
    const rating = /^[1-5]$/.test(ratingAttr)
      ? Number(ratingAttr)
      : parseRating(card.querySelector('[data-service-review-rating] img[alt], img[alt*="5"]')?.getAttribute('alt'));

    // The shown text may be relative (« Il y a 2 jours »); the ISO datetime next to it is exact.
    const time = card.querySelector('time[data-service-review-date-time-ago]');
    const dateText = textOf(time);
    const dateMachine = time?.getAttribute('datetime') || undefined;

    let ownerReply: ReviewFields['ownerReply'];
    if (reply) {
      ownerReply = { text: exactText(reply.querySelector('[data-service-review-business-reply-text-typography]')) };
      const d = textOf(reply.querySelector('time'));
      if (d) ownerReply.dateText = d;
    }

    const doc = card.ownerDocument;
    const placeName = textOf(doc.querySelector('h1 [data-business-unit-name], h1'))
      || /^Avis (?:de|sur) (.+?) \|/.exec(doc.title)?.[1] || /^(.+?) Reviews/.exec(doc.title)?.[1] || undefined;
    const language = jsonLdLanguage(doc, id) ?? card.closest('[lang]:not(html)')?.getAttribute('lang') ?? undefined;

    return {
      id,
      author: exactText(card.querySelector('[data-consumer-name-typography]')),
      ...(card.querySelector('a[data-consumer-profile-link]') ? { authorUrl: absoluteUrl(card.querySelector('a[data-consumer-profile-link]')!.getAttribute('href'), ctx.url) } : {}),
      ...(meta ? { authorMeta: meta } : {}),
      ...(rating !== undefined ? { rating, ratingMax: 5 } : {}),
      dateText,
      ...(dateMachine ? { dateMachine } : {}),
      text: exactText(card.querySelector('[data-service-review-text-typography], [data-service-review-content-paragraph]')),
      translated: false,
      ...(language ? { language } : {}),
      ...(ownerReply ? { ownerReply } : {}),
      photos: { count: 0, urls: [] },
      ...(permalink ? { permalink } : {}),
      ...(placeName ? { placeName } : {}),
      placeUrl: ctx.url.split(/[?#]/)[0],
    };
  },
};
