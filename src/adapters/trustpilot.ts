// Trustpilot company page (https://fr.trustpilot.com/review/<domain>) and single review page (/reviews/<id>).
// DOM map: review-pages-dom.md §1.4. CSS-module classes change on every deploy (styles_reviewCard__hcAvl →
// __9HxJJ → __Qwhpy), so only Trustpilot's data-* hooks are used, plus JSON-LD for the review language.
import type { RawReviewFields } from '../shared/types';
import type { ExtractContext, SiteAdapter } from './types';
import {
  absoluteUrl, dedupeBy, exactText, given, outermost, parseRating, rawText, readReply, replyByHeading, safeJson, textOf,
} from './dom';

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
    // The company's reply: its container, else the block under « Réponse de … » / "Reply from …".
    const reply = card.querySelector('[data-service-review-business-reply]') ?? replyByHeading(card);
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

    const ownerReply = reply ? readReply(reply, '[data-service-review-business-reply-text-typography]') : undefined;

    const doc = card.ownerDocument;
    // The h1 prints the name and the review count together (« MutuelleSanté Plus Avis 12 », "… Reviews 4").
    const placeName = rawText(doc.querySelector('h1 [data-business-unit-name], h1')) ?? /^Avis (?:de|sur) (.+?) \|/.exec(doc.title)?.[1] ?? /^(.+?) Reviews/.exec(doc.title)?.[1];
    const profile = card.querySelector('a[data-consumer-profile-link], a[href*="/users/"]')?.getAttribute('href');
    const title = rawText(card.querySelector('[data-service-review-title-typography]'));
    const experience = rawText(card.querySelector('[data-service-review-date-of-experience-typography], [data-testid="review-badge-date"]'));
    const language = jsonLdLanguage(doc, id) ?? card.closest('[lang]:not(html)')?.getAttribute('lang') ?? undefined;

    return given({
      id,
      author: exactText(card.querySelector('[data-consumer-name-typography]')),
      authorUrl: profile ? absoluteUrl(profile, ctx.url) ?? profile : undefined,
      authorMeta: meta || undefined,
      rating,
      ratingMax: rating && 5,
      dateText,
      dateMachine: dateMachine || undefined,
      text: exactText(card.querySelector('[data-service-review-text-typography], [data-service-review-content-paragraph]')),
      translated: false,
      language: language || undefined,
      ownerReply,
      photos: { count: 0, urls: [] },
      permalink,
      title,
      experienceDateText: experience,
      placeName: placeName || undefined,
      placeUrl: ctx.url.split(/[?#]/)[0],
    });
  },
};
