// Google Search (google.fr/search) local reviews overlay: the current `.bwb7ce` cards (real capture 2024-04-03,
// still targeted in 2025–26) and the legacy `.gws-localreviews__google-review` dialog (~2017–2024).
// DOM map: review-pages-dom.md §1.2. Beware: here [data-review-id] sits on the photo carousel, NOT on the card,
// and `.GSM50` is both the author meta and the owner-reply date — everything is scoped outside the reply block.
import type { RawReviewFields, ReviewFields } from '../shared/types';
import type { ExtractContext, SiteAdapter } from './types';
import {
  allOutside, dedupeBy, exactText, firstOutside, given, htmlElements, outermost, pageUrl, parseRating, photoUrls, rawText, readReply, replyByHeading, splitInlineTranslation, textOf, textWithout,
} from './dom';
import { GOOGLE_HOST } from './google-maps';

const CARD = '.bwb7ce, [jsname="ShBeI"][data-id], .gws-localreviews__google-review';
const REPLY = '.PdaDLc, .lororc';
// The « Plus »/"More" link inside the text block, current and legacy (§1.2).
const MORE = '.OA1nbd [role="button"], a.MtCSLb, .review-more-link';

function reviewId(card: Element): string {
  const direct = card.getAttribute('data-id');
  if (direct) return direct;
  const jsdata = card.getAttribute('jsdata')?.split(';')[1];
  if (jsdata) return jsdata;
  const report = card.querySelector('a[href*="postId="]')?.getAttribute('href');
  const post = report ? /[?&]postId=([^&]+)/.exec(report)?.[1] : undefined;
  if (post) return decodeURIComponent(post);
  return card.querySelector('[data-review-id]')?.getAttribute('data-review-id') ?? '';
}

function photos(card: Element, reply: Element | null): ReviewFields['photos'] {
  const urls = photoUrls(allOutside(card, 'img[src], .JrO5Xe[style*="background-image"]', reply));
  return { count: urls.length, urls };
}

/** The owner reply: its container (current, legacy), else the block around its « … (propriétaire) » heading. */
function replyOf(card: Element): Element | null {
  return card.querySelector(REPLY) ?? replyByHeading(card);
}

/** « Service : 5/5 | Qualité : 4/5 » (`.zMjRQd`, §1.2): each part's label and value kept raw. */
function subRatings(card: Element, reply: Element | null): ReviewFields['subRatings'] {
  const raw = rawText(firstOutside(card, '.zMjRQd', reply));
  const out = (raw?.split('|') ?? []).map((part) => /^([^:]+):(.+)$/s.exec(part)).filter((m) => m?.[1] && m[2]).map((m) => ({ labelRaw: m![1]!, valueRaw: m![2]! }));
  return out.length ? out : undefined;
}

export const googleSearch: SiteAdapter = {
  id: 'google-search',

  matches(url) {
    return GOOGLE_HOST.test(url.hostname) && !url.hostname.startsWith('maps.') && (url.pathname === '/search' || url.pathname === '/webhp');
  },

  detect(doc) {
    return doc.querySelector(CARD) !== null;
  },

  findReviews(root) {
    return dedupeBy(outermost(root, CARD), (el) => reviewId(el) || null);
  },

  expandButtons(card) {
    const reply = replyOf(card);
    return htmlElements(allOutside(card, MORE, reply).filter((el) => el.getAttribute('aria-expanded') !== 'true'));
  },

  extract(card, ctx: ExtractContext): RawReviewFields {
    const reply = replyOf(card);
    const author =
      exactText(firstOutside(card, '.Vpc5Fe, .TSUbDb a', reply)) ||
      firstOutside(card, '.wSokxc[aria-label], img.lDY1rd[alt]', reply)?.getAttribute('aria-label') ||
      firstOutside(card, 'img.lDY1rd[alt]', reply)?.getAttribute('alt') ||
      '';
    const authorMeta = textOf(firstOutside(card, '.GSM50, .Msppse, .A503be', reply)) || undefined;
    const authorUrl = firstOutside(card, 'a[href*="/maps/contrib/"], a.yC3ZMb[href], .TSUbDb a[href]', reply)?.getAttribute('href') ?? undefined;

    const labels = allOutside(card, '[role="img"][aria-label], .lTi8oc[aria-label], .z3HNkc[aria-label]', reply);
    const rating = labels.map((el) => parseRating(el.getAttribute('aria-label'))).find((n) => n !== undefined);

    const dateText = textOf(firstOutside(card, '.y3Ibjb, .dehysf', reply));

    // Legacy layout keeps the full text hidden in .review-full-text; the current one has it in .OA1nbd.
    const textEl = firstOutside(card, '.review-full-text', reply) ?? firstOutside(card, '.OA1nbd, .Jtu6Td, [data-expandable-section]', reply);
    let text = textEl ? textWithout(textEl, `[role="button"], .MtCSLb, .review-more-link, .zMjRQd`) : '';
    let originalText: string | undefined;
    const inline = splitInlineTranslation(text);
    if (inline) ({ text, originalText } = inline);

    const ownerReply = reply ? readReply(reply, '.KmCjbd, .d6SCIc', '.GSM50, .pi8uOe') : undefined;
    const sub = subRatings(card, reply);

    const placeName = card.closest('[role="dialog"][aria-label]')?.getAttribute('aria-label') || rawText(card.ownerDocument.querySelector('.P5Bobd'));
    const lang = textEl?.closest('[lang]');

    return given({
      id: reviewId(card),
      author: author.trim(),
      authorUrl: authorUrl || undefined,
      authorMeta: authorMeta || undefined,
      rating,
      ratingMax: rating && 5,
      dateText,
      text,
      originalText,
      translated: inline !== undefined,
      // Only a lang set inside the card speaks for the review; <html lang> is the UI language (§4).
      language: lang && card.contains(lang) ? lang.getAttribute('lang')! : undefined,
      ownerReply,
      photos: photos(card, reply),
      // No visible permalink on Search (§4): the report link's postId is an id, not a link to the review.
      subRatings: sub,
      placeName: placeName || undefined,
      placeUrl: pageUrl(card.ownerDocument, ctx.url),
    });
  },
};
