// Google Maps place page, « Avis » / "Reviews" pane (desktop web), French and English UI.
// Map of the DOM and its history: review-pages-dom.md §1.1 (sources R1–R9, 2022-06 → 2026-09).
// Anchors that survived class churn come first (§2): outermost [data-review-id], jsaction routes matched with *=
// (old "pane.review.*" and ~2024 "pane.wfvdle<N>.review.*" forms), role=img + aria-label stars, /maps/contrib/
// links. Obfuscated classes (.d4r55, .wiI7pd, .CDe7pd…) are used only where no stable hook exists, with fallbacks.
import type { RawReviewFields, ReviewFields } from '../shared/types';
import type { ExtractContext, SiteAdapter } from './types';
import {
  allOutside, dedupeBy, exactText, firstOutside, given, htmlElements, outermost, pageUrl, parseRating, photoUrls, rawText, readReply, replyByHeading, splitInlineTranslation, textOf, textWithout,
} from './dom';

const ID_ATTR = 'data-review-id';
/** google.com, google.fr, google.co.uk … and maps.google.* */
export const GOOGLE_HOST = /^(?:www\.|maps\.)?google\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

const AVATAR_PREFIX = /^(?:Photo de |Photo of )/;
// Anchored so that "I went there 3 days ago" inside a review is never taken for the date (R5 isRelativeDate, §2.5).
const DATE_LIKE = /^(?:(?:Modifié|Edited|Updated) )?(?:il y a .+|.+ ago|hier|yesterday|aujourd'hui|today)$/;

/** The owner reply block: `.CDe7pd`, else the block around the « Réponse du propriétaire » heading (§2.6, R7). */
function replyBlock(card: Element): Element | null {
  return card.querySelector('.CDe7pd') ?? replyByHeading(card);
}

/** The element that holds the review text: `.MyEned`, else the element whose id is the review id (FS-10931233137). */
function textHost(card: Element, id: string): Element | null {
  const byClass = card.querySelector('.MyEned');
  if (byClass) return byClass;
  return Array.from(card.querySelectorAll('[id]')).find((el) => el.id === id) ?? null;
}

function hasStars(el: Element): boolean {
  // The first labelled image is the rating on almost every card: no list of them all, then (500 cards, issue 14).
  const first = el.querySelector('[role="img"][aria-label]');
  if (!first) return false;
  if (parseRating(first.getAttribute('aria-label')) !== undefined) return true;
  return Array.from(el.querySelectorAll('[role="img"][aria-label]')).some((x) => parseRating(x.getAttribute('aria-label')) !== undefined);
}

function cardFor(el: Element, id: string): Element {
  // If only inner elements carry the id (the card lost it), climb to the smallest ancestor that holds the star
  // rating (every Maps card has one, §1.1) without holding another review (R6 "find by structure", §2.5).
  if (el.tagName !== 'BUTTON' && hasStars(el)) return el;
  for (let p = el.parentElement; p && p.tagName !== 'BODY'; p = p.parentElement) {
    if (Array.from(p.querySelectorAll(`[${ID_ATTR}]`)).some((x) => x.getAttribute(ID_ATTR) !== id)) break;
    if (hasStars(p)) return p;
  }
  return el;
}

function photos(card: Element, reply: Element | null): ReviewFields['photos'] {
  // The reviewer's avatar sits in the header, inside the profile buttons (img.NBa7we in button.WEBjve /
  // [data-href*="/maps/contrib/"]): never a photo of the review, whatever its URL looks like.
  const urls = photoUrls(
    allOutside(card, '[style*="background-image"], img[src]', reply),
    '[data-href*="/maps/contrib/"], a[href*="/maps/contrib/"], .NBa7we, button[aria-label^="Photo de "], button[aria-label^="Photo of "]',
  );
  // The last tile stands for "+N" more photos (button[jsaction*=showMorePhotos] > .Tap5If, §1.1).
  let more = 0;
  for (const el of allOutside(card, '[jsaction*="showMorePhotos"], .Tap5If', reply)) {
    const m = /^\+(\d+)$/.exec(textOf(el));
    if (m) { more = Number(m[1]); break; }
  }
  return { count: urls.length + more, urls };
}

export const googleMaps: SiteAdapter = {
  id: 'google-maps',

  matches(url) {
    return GOOGLE_HOST.test(url.hostname) && (url.pathname === '/maps' || url.pathname.startsWith('/maps/'));
  },

  detect(doc) {
    // A review id next to a Maps review jsaction route: Search's overlay has [data-review-id] but no such route.
    return doc.querySelector('[data-review-id][jsaction*="review."], [data-review-id] [jsaction*="review."]') !== null;
  },

  findReviews(root) {
    const outer = outermost(root, `[${ID_ATTR}]`);
    const cards = outer.map((el) => cardFor(el, el.getAttribute(ID_ATTR) ?? ''));
    return dedupeBy(cards, (el) => el.getAttribute(ID_ATTR) ?? el.querySelector(`[${ID_ATTR}]`)?.getAttribute(ID_ATTR) ?? null);
  },

  expandButtons(card) {
    const found = Array.from(card.querySelectorAll(
      'button[jsaction*="review.expandReview"], button[jsaction*="review.expandOwnerResponse"], button.w8nwRe',
    ));
    return htmlElements(found.filter((b, i) => found.indexOf(b) === i && b.getAttribute('aria-expanded') !== 'true'));
  },

  originalTextButton(card) {
    const b = firstOutside(card, '[jsaction*="review.showReviewInOriginal"]', replyBlock(card));
    return b ? htmlElements([b])[0] ?? null : null;
  },

  extract(card, ctx: ExtractContext): RawReviewFields {
    const id = card.getAttribute(ID_ATTR) ?? card.querySelector(`[${ID_ATTR}]`)?.getAttribute(ID_ATTR) ?? '';
    const reply = replyBlock(card);

    // The avatar's « Photo de … » is read only when the card names no author otherwise.
    const avatar = (): string => firstOutside(card, 'button[aria-label]', reply)?.getAttribute('aria-label') ?? '';
    const author =
      exactText(firstOutside(card, '.d4r55', reply)) ||
      card.getAttribute('aria-label')?.trim() ||
      (AVATAR_PREFIX.test(avatar()) ? avatar().replace(AVATAR_PREFIX, '').trim() : '');

    // The first labelled image that reads as a rating (the first one, on almost every card: no list of them all).
    let rating: number | undefined;
    for (const el of allOutside(card, '[role="img"][aria-label]', reply)) if ((rating = parseRating(el.getAttribute('aria-label'))) !== undefined) break;
    rating ??= parseRating(textOf(firstOutside(card, '.fzvQIb', reply)));

    let dateText = textOf(firstOutside(card, '.rsqaWe, .xRkPPb', reply));
    if (!dateText) {
      const leaf = allOutside(card, 'span', reply).find((el) => el.children.length === 0 && DATE_LIKE.test(textOf(el)));
      dateText = textOf(leaf);
    }

    const host = textHost(card, id);
    const textEl = host ? firstOutside(host, '.wiI7pd', reply) : firstOutside(card, 'span.wiI7pd', reply);
    let text = textEl ? exactText(textEl) : host ? textWithout(host, 'button') : '';
    let originalText: string | undefined;
    const inline = splitInlineTranslation(text);
    if (inline) ({ text, originalText } = inline);
    const translated = inline !== undefined || firstOutside(card, '[jsaction*="review.showReviewInOriginal"]', reply) !== null;
    // The popup's list of 500 reviews shows id, author, rating, date and text: nothing else is looked up for it
    // (neither the photos, which were half of its time, nor the reply, the profile, the place: issue 14).
    if (ctx.listOnly) return given({ id, author, rating, ratingMax: rating && 5, dateText, text, originalText, translated, photos: { count: 0, urls: [] } });

    const contrib = firstOutside(card, '[data-href*="/maps/contrib/"], a[href*="/maps/contrib/"], [data-href][jsaction*="reviewerLink"]', reply);
    const authorMeta = textOf(firstOutside(card, '.RfnDt', reply)) || undefined;
    // Kept as the page gives it: the service worker keeps only http(s) links (./derive.ts).
    const authorUrl = contrib?.getAttribute('data-href') ?? contrib?.getAttribute('href') ?? undefined;

    const ownerReply = reply ? readReply(reply, '.wiI7pd', '.DZSIDd') : undefined;

    const place = card.closest('[role="main"][aria-label]');
    const placeName = place?.getAttribute('aria-label') || rawText(card.ownerDocument.querySelector('h1'));
    // « Visité en juillet » / "Visited in July": the month of the visit, printed among the review's details (§1.1).
    const visited = /Visité en|Visited in/.test(card.textContent ?? '')
      ? allOutside(card, 'span, div', reply).find((el) => el.children.length === 0 && /^(?:Visité en|Visited in) /.test(textOf(el)))
      : undefined;

    return given({
      id,
      author,
      authorUrl: authorUrl || undefined,
      authorMeta: authorMeta || undefined,
      rating,
      ratingMax: rating && 5,
      dateText,
      text,
      originalText,
      translated,
      // .MyEned[lang] is a hint only (§4): for a translated review it names the ORIGINAL's language (fixture notes).
      language: host?.getAttribute('lang') || undefined,
      ownerReply,
      photos: photos(card, reply),
      experienceDateText: rawText(visited),
      // No permalink on the card: the share dialog is needed (§4 "Permalinks").
      placeName: placeName || undefined,
      placeUrl: pageUrl(card.ownerDocument, ctx.url),
    });
  },
};
