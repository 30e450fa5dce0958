// Any other site, through the element picker: the card is whatever element the doctor chose. We take its text and
// make a best-effort guess at author / rating / date from schema.org microdata, ARIA star labels and <time>.
// It must never throw: a half-filled record beats a failed capture (the screenshot and HTML are the evidence).
import type { RawReviewFields } from '../shared/types';
import type { ExtractContext, SiteAdapter } from './types';
import {
  absoluteUrl, exactText, given, outermost, parseRating, rawText, readReply, replyByHeading, textOf,
} from './dom';

const REVIEW_ITEM = '[itemtype*="schema.org/Review"]';
// Relative or absolute date at the start of a short text node (« il y a 3 mois », "2 days ago", « 12 mars 2026 »).
const DATE_NODE = /^(?:(?:Modifié|Edited) )?(?:il y a .{1,20}|.{1,12} ago|hier|yesterday|\d{1,2}(?:er)? [a-zéû.]{3,10},? \d{4}|[A-Z][a-z]{2,8} \d{1,2}, \d{4}|\d{1,2}\/\d{1,2}\/\d{4})$/i;

function itemprop(card: Element, name: string): Element | null {
  return card.matches(`[itemprop="${name}"]`) ? card : card.querySelector(`[itemprop="${name}"]`);
}

function guess(card: Element, ctx: ExtractContext): RawReviewFields {
  const body = itemprop(card, 'reviewBody') ?? itemprop(card, 'description');
  const text = exactText(body ?? card);

  const authorEl = itemprop(card, 'author');
  const author = exactText(authorEl?.querySelector('[itemprop="name"]') ?? authorEl)
    || exactText(card.querySelector('[rel="author"], [class*="author" i], [class*="reviewer" i]'));
  const authorHref = (authorEl?.closest('a') ?? authorEl?.querySelector('a') ?? card.querySelector('a[rel="author"]'))?.getAttribute('href');
  const authorUrl = authorHref ? absoluteUrl(authorHref, ctx.url) ?? authorHref : undefined;

  const ratingEl = itemprop(card, 'ratingValue');
  let rating: number | undefined;
  const raw = ratingEl?.getAttribute('content') ?? textOf(ratingEl);
  if (raw && /^[1-5](?:[.,]0)?$/.test(raw.trim())) rating = Number(raw.trim().replace(',', '.'));
  if (rating === undefined) {
    for (const el of Array.from(card.querySelectorAll('[aria-label], img[alt]'))) {
      rating = parseRating(el.getAttribute('aria-label') ?? el.getAttribute('alt'));
      if (rating !== undefined) break;
    }
  }

  const dateEl = itemprop(card, 'datePublished') ?? card.querySelector('time');
  let dateText = textOf(dateEl);
  // The machine date counts only next to a shown one (an empty <time> says nothing the doctor could have read).
  const dateMachine = (dateText && (dateEl?.getAttribute('datetime') ?? dateEl?.getAttribute('content'))) || undefined;
  if (!dateText) {
    const leaf = Array.from(card.querySelectorAll('span, div, small, p')).find(
      (el) => el.children.length === 0 && DATE_NODE.test(textOf(el)),
    );
    dateText = textOf(leaf);
  }

  const lang = card.closest('[lang]');
  // schema.org Review: its title (name / headline) and the reviewed item's name; a reply block under its heading.
  // The review's own name / headline: a property of the Review item itself, not of its author or of the item reviewed.
  const title = rawText(Array.from(card.querySelectorAll('[itemprop="name"], [itemprop="headline"]')).find((el) => el.parentElement?.closest('[itemscope]') === card));
  const item = card.querySelector('[itemprop="itemReviewed"] [itemprop="name"]:not(meta)');
  const reply = replyByHeading(card);
  return given({
    id: '',
    author,
    authorUrl: authorUrl || undefined,
    rating,
      ratingMax: rating && 5,
    dateText,
    dateMachine: dateMachine || undefined,
    text,
    translated: false,
    language: lang && lang.tagName !== 'HTML' ? lang.getAttribute('lang')! : undefined,
    ownerReply: reply ? readReply(reply) : undefined,
    photos: { count: 0, urls: [] },
    title: title || undefined,
    placeName: rawText(item),
    placeUrl: ctx.url,
  });
}

export const generic: SiteAdapter = {
  id: 'generic',
  // Never claims a URL or a page: it is what adapterFor() falls back to.
  matches: () => false,
  detect: () => false,
  findReviews(root) {
    try {
      return outermost(root, REVIEW_ITEM);
    } catch {
      return [];
    }
  },
  expandButtons: () => [],
  extract(card, ctx) {
    try {
      return guess(card, ctx);
    } catch {
      let text = '';
      try { text = exactText(card); } catch { /* a detached or exotic node: keep the empty record */ }
      return { id: '', author: '', dateText: '', text, translated: false, photos: { count: 0, urls: [] } };
    }
  },
};
