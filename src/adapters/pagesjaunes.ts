// PagesJaunes « fiche pro » (https://www.pagesjaunes.fr/pros/<id>), reviews zone. DOM map: review-pages-dom.md §1.3,
// from a real page saved 2026-01-22 (R16). Cards are li[id="Avis-<24 hex>"]; dates are absolute (« Le 3 février 2026 »);
// links are obfuscated in data-pjlb (base64 JSON). Published owner replies were never observed: we only read the
// #proRepAvis_<id> container when the page filled it, and guess no selector inside it.
import type { RawReviewFields } from '../shared/types';
import type { ExtractContext, SiteAdapter } from './types';
import {
  absoluteUrl, dedupeBy, exactText, given, outermost, rawText, readReply, replyByHeading, safeJson, textOf,
} from './dom';

const CARD = 'li[id^="Avis-"]';

/** data-pjlb='{"url":"<base64>","ucod":"b64u8"}' → the real link target; "Iw==" ("#") is a deleted account. */
function decodePjlb(raw: string | null): string | undefined {
  const json = safeJson(raw) as { url?: unknown } | undefined;
  if (!json || typeof json.url !== 'string') return undefined;
  try {
    const bytes = Uint8Array.from(atob(json.url), (c) => c.charCodeAt(0));
    const target = new TextDecoder().decode(bytes);
    return target && target !== '#' ? target : undefined;
  } catch {
    return undefined;
  }
}

export const pagesjaunes: SiteAdapter = {
  id: 'pagesjaunes',

  matches(url) {
    return /^(?:www\.)?pagesjaunes\.fr$/.test(url.hostname) && url.pathname.startsWith('/pros/');
  },

  detect(doc) {
    return doc.querySelector(`${CARD} blockquote.commentaire, #liste-contributions > li[id^="Avis-"]`) !== null;
  },

  findReviews(root) {
    const cards = outermost(root, CARD).filter((el) => /^Avis-[0-9a-zA-Z]+$/.test(el.id));
    return dedupeBy(cards, (el) => el.id);
  },

  // Main-list texts are complete (« Lire la suite » only exists in the summary blocks, §1.3); hidden
  // "seconde-visibilite" items are in the DOM already.
  expandButtons() {
    return [];
  },

  extract(card, ctx: ExtractContext): RawReviewFields {
    const id = card.id.replace(/^Avis-/, '');
    const base = 'https://www.pagesjaunes.fr/';
    const authorUrl = absoluteUrl(decodePjlb(card.querySelector('a.lien-utilisateur[data-pjlb]')?.getAttribute('data-pjlb') ?? null), base);
    const ratingText = textOf(card.querySelector('.note-contributeur strong'));
    const rating = /^[1-5]$/.test(ratingText) ? Number(ratingText) : undefined;
    const scale = /\/\s*(\d+)/.exec(textOf(card.querySelector('.note-contributeur .value')))?.[1];
    const dateText = textOf(card.querySelector('.infos-publication .date, small.date'));
    // The reply: the #proRepAvis_<id> container once the page filled it, else a block under a reply heading.
    const filled = card.querySelector('[id^="proRepAvis_"]');
    const replyEl = filled?.textContent?.trim() ? filled : replyByHeading(card);
    // Criteria (§1.3): dt.critere + dd.critere-note « Note : 4/5 », each kept raw.
    const criteria = Array.from(card.querySelectorAll('.criteres dl')).map((dl) => ({ labelRaw: rawText(dl.querySelector('dt')) ?? '', valueRaw: rawText(dl.querySelector('dd .screenreader, dd')) ?? '' }));
    const experience = rawText(card.querySelector('small.experience'));

    // Only the page anchor exists (#Avis-<id>, §4 "Permalinks"); deep-link behaviour is unverified.
    let permalink: string | undefined;
    try {
      const u = new URL(ctx.url);
      u.hash = `Avis-${id}`;
      permalink = u.href;
    } catch { /* no usable page URL: no permalink */ }

    const doc = card.ownerDocument;
    // The listing name: the page <h1> when present, else the title before " - " (« Dr X - Médecin généraliste à … »).
    const placeName = rawText(doc.querySelector('h1')) ?? (doc.title.split(' - ')[0] || undefined);

    return given({
      id,
      author: exactText(card.querySelector('.details-contributeur .pseudo, .pseudo')),
      authorUrl: authorUrl || undefined,
      rating,
      ratingMax: rating && (scale ? Number(scale) : 5),
      dateText,
      text: exactText(card.querySelector('blockquote.commentaire')),
      translated: false,
      ownerReply: replyEl ? readReply(replyEl) : undefined,
      photos: { count: 0, urls: [] },
      permalink,
      experienceDateText: experience,
      subRatings: criteria.length ? criteria : undefined,
      // Items after the first three are hidden until « Charger plus d'avis » (§1.3); the class stays once shown.
      hiddenAtLoad: card.classList.contains('seconde-visibilite') || undefined,
      placeName: placeName || undefined,
      placeUrl: ctx.url.split('#')[0],
    });
  },
};
