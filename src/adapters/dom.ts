// Small DOM helpers shared by the adapters. Everything here READS the page (textContent, attributes): review text,
// names and page HTML are hostile input, so nothing is ever parsed as HTML or evaluated (docs/ARCHITECTURE.md, « Review text is hostile »).
import type { RawReviewFields } from '../shared/types';

/** textContent with only the leading/trailing whitespace of the whole removed, for labels, dates and counts: never
 *  for a review's text, author or owner reply, which are evidence and read with exactText. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').trim();
}

/** textContent as the page holds it, untrimmed: the review's text, author and owner reply are stored this way
 *  (leading and trailing spaces and newlines included). Empty when the element holds only whitespace. */
export function exactText(el: Element | null | undefined): string {
  const s = el?.textContent ?? '';
  return s.trim() ? s : '';
}

/** Exact text of an element without the listed descendants (e.g. the « Plus » button inside Google's text block). */
export function textWithout(el: Element, exclude: string): string {
  const clone = el.cloneNode(true) as Element;
  for (const x of Array.from(clone.querySelectorAll(exclude))) x.remove();
  return exactText(clone);
}

/** Elements matching `selector` under `root` that are not inside another match, in document order. */
export function outermost(root: ParentNode, selector: string): Element[] {
  // Matches come in document order, a match's descendants right after it: a match inside another one below the root
  // is inside the last one kept (its enclosing match was kept, or is inside a kept one). One `contains` per match,
  // no walk up to the document (500 cards carry 3,750 [data-review-id] on Maps: issue 14).
  const out: Element[] = [];
  let last: Element | undefined;
  for (const el of Array.from(root.querySelectorAll(selector))) if (!last?.contains(el)) out.push((last = el));
  return out;
}

/** Keeps the first element per key (e.g. per review id), dropping later duplicates. */
export function dedupeBy(els: Element[], key: (el: Element) => string | null): Element[] {
  const seen = new Set<string>();
  const kept = new Set<Element>();
  for (const el of els) {
    const k = key(el);
    if (k) {
      if (seen.has(k)) continue;
      seen.add(k);
    }
    kept.add(el);
  }
  return [...kept];
}

/** First element matching `selector` in `scope` that is not inside `exclude` (the owner-reply block, typically). */
export function firstOutside(scope: Element, selector: string, exclude: Element | null | undefined): Element | null {
  // The first match is almost always outside (the reply comes last in a card): one querySelector, no list, then.
  const first = scope.querySelector(selector);
  if (!exclude || !first || !exclude.contains(first)) return first;
  for (const el of Array.from(scope.querySelectorAll(selector))) if (!exclude.contains(el)) return el;
  return null;
}

export function allOutside(scope: Element, selector: string, exclude: Element | null | undefined): Element[] {
  return Array.from(scope.querySelectorAll(selector)).filter((el) => !exclude?.contains(el));
}

/** Collapses NBSP/NNBSP (§4 "Regex pitfalls") for PARSING only — never for stored text. */
export function spaces(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * Star rating from a label: « 5 étoiles », "5 stars", "Rated 4.0 out of 5", « Note : 4,0 sur 5 », "4/5",
 * « Noté 5 sur 5 étoiles ». Needs a rating word or a "/5"-style scale so an author name on another role=img
 * (Google Search avatars) cannot be read as a rating. Returns an integer 1..5 or undefined.
 */
export function parseRating(label: string | null | undefined): number | undefined {
  if (!label) return undefined;
  const s = spaces(label).toLowerCase();
  const m =
    /^(\d(?:[.,]\d)?) ?(?:étoiles?|stars?)(?:$|[ ,.])/.exec(s) ??
    /(?:^|\s)(?:note|noté|notée|rated)\s?:?\s?(\d(?:[.,]\d)?) (?:sur|out of) 5\b/.exec(s) ??
    /^(\d(?:[.,]\d)?) ?\/ ?5$/.exec(s);
  // Every pattern captures the number in group 1; a match without it is read as no rating.
  const digits = m?.[1];
  if (!digits) return undefined;
  const n = Number(digits.replace(',', '.'));
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

/** URLs in a style attribute's `url(…)` (Google paints review photos as CSS backgrounds, §2.7). */
export function cssUrls(style: string | null): string[] {
  if (!style) return [];
  const out: string[] = [];
  for (const m of style.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) {
    const u = m[1] ?? m[2] ?? m[3];
    if (u) out.push(u);
  }
  return out;
}

/** Google profile pictures live under /a/ or /a-/ on googleusercontent (§2.7): they are avatars, not review photos. */
export function isGoogleAvatar(url: string): boolean {
  return /googleusercontent\.com\/a-?\/|default-user/.test(url);
}

/**
 * Photo URLs of the elements (Google Maps and Search): an <img>'s src, else the style's `url(…)`, without avatars,
 * each once, in order; `skip` leaves out elements that only look like photos (the reviewer's avatar button).
 */
export function photoUrls(els: Element[], skip?: string): string[] {
  const urls: string[] = [];
  for (const el of els) {
    if (skip && el.closest(skip)) continue;
    const found = el.tagName === 'IMG' ? [el.getAttribute('src') ?? ''] : cssUrls(el.getAttribute('style'));
    for (const u of found) if (u && !isGoogleAvatar(u) && !urls.includes(u)) urls.push(u);
  }
  return urls;
}

/** Absolute URL of `href` against `base`, or undefined when either is unusable. */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

let lastPageUrl: { canonical: string | null | undefined; url: string; out: string } | undefined;

/** The canonical URL the page declares, else the page URL (placeUrl of listing pages). */
export function pageUrl(doc: Document | null, url: string): string {
  const canonical = doc?.querySelector('link[rel="canonical"]')?.getAttribute('href');
  // Every card of a page asks the same question: parse the URL once (the answer depends on these two strings only).
  if (lastPageUrl && lastPageUrl.canonical === canonical && lastPageUrl.url === url) return lastPageUrl.out;
  const out = absoluteUrl(canonical, url) ?? url;
  lastPageUrl = { canonical, url, out };
  return out;
}

/** Legacy inline machine translation: « (Traduit par Google) <trad> (Avis d'origine) <orig> » (§1.1, §4). */
export function splitInlineTranslation(text: string): { text: string; originalText: string } | undefined {
  const m = /^\((?:Traduit par Google|Translated by Google)\)\s*([\s\S]*?)\s*\((?:Avis d'origine|Original)\)\s*([\s\S]*)$/.exec(text);
  const [, translated, original] = m ?? [];
  return translated !== undefined && original !== undefined ? { text: translated, originalText: original } : undefined;
}

/** Parses JSON from a data attribute or a JSON script; JSON.parse only, never evaluation. */
export function safeJson(s: string | null | undefined): unknown {
  if (!s) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/**
 * The record without its undefined fields: adapters write `field: value || undefined` for what the page may not show,
 * and the record carries only what it showed (shorter than a conditional spread per field: issue 14, ≤ 10 KiB gzip).
 */
export function given<T extends object>(o: T): T {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
}

export function htmlElements(els: Element[]): HTMLElement[] {
  // happy-dom and content scripts both give HTMLElement for <button>/<a>; the filter keeps TypeScript honest.
  return els.filter((el): el is HTMLElement => typeof (el as HTMLElement).click === 'function');
}

// ── Published fields beside the review (issue 12 item 4). The content script only READS them: counts, link schemes,
// listing-name counters and « 4/5 » are interpreted in the service worker (./derive.ts), like dates (./dates.ts). ──

/** textContent exactly as the page holds it, untrimmed (fields kept byte-exact); undefined when blank. */
export function rawText(el: Element | null | undefined): string | undefined {
  const t = el?.textContent;
  return t?.trim() ? t : undefined;
}

/** A date alone in a short text: « il y a 11 mois », "2 days ago", « 21 févr. 2026 », « Le 3 février 2026 », "March 2, 2026". */
const isDate = (n: Node): boolean => {
  const t = spaces(n.textContent ?? '');
  return t.length < 40 && /il y a (?:une?|\d+) (?:min|heure|jour|semaine|mois|an)|(?:an?|\d+) \w+ ago$|^(?:hier|yesterday)$|(?:\d(?:er)? \S+|\S+ \d\d?,|\d\/)\s?\d{4}$|\d{4}-\d\d-\d\d/i.test(t);
};

/**
 * A reply heading (review-pages-dom.md §1.1, §1.2, §1.4): « Réponse du propriétaire », "Response from the owner",
 * « Réponse de MutuelleSanté Plus », "Reply from …", "<name> (Owner)", « <nom> (propriétaire) ». « Réponse de » must be
 * followed by a name (a capital), so a review whose whole text is « Réponse de la secrétaire… » is no heading.
 */
// No `i` flag: under /iu, \p{Lu} would match lower case too.
const HEADING = /^(?:[Rr]éponse du (?:propriétaire|professionnel)|[Rr]esponse from the owner|(?:[Rr]éponse de (?:l')?|[Rr]eply from )\p{Lu}.{0,80}|.{1,80} \((?:propriétaire|[Oo]wner)\))$/u;

const isHeading = (el: Element): boolean => !el.children.length && HEADING.test(spaces(el.textContent ?? '').replace(/’/g, "'"));
/** <time>, a button, a script: never part of a reply's text (nodeType, not instanceof: pages and tests differ in realm). */
const isControl = (n: Node): boolean => n.nodeType === 1 && /^(?:TIME|BUTTON|SCRIPT|STYLE)$/.test((n as Element).tagName);
/** What a reply says: neither its heading, nor a date, nor a control. */
const isBody = (n: Node, heading: Element | undefined): boolean => !(heading && n.contains(heading)) && !!n.textContent?.trim() && !isDate(n) && !isControl(n);

/** The smallest ancestor of a reply heading, below `stop`, that also holds something other than the heading and a date. */
function around(h: Element, stop: Element | null): Element | null {
  for (let p = h.parentElement; p && p !== stop; p = p.parentElement) if (Array.from(p.childNodes).some((n) => isBody(n, h))) return p;
  return null;
}

/** The reply block found by its heading rather than by its container (R7, §2.6). Null when the card shows no heading. */
export function replyByHeading(card: Element): Element | null {
  if (!/réponse d|response from|reply from|\((?:propriétaire|owner)\)/i.test(card.textContent ?? '')) return null;
  for (const h of Array.from(card.querySelectorAll('*'))) {
    const block = isHeading(h) && around(h, card);
    if (block) return block;
  }
  return null;
}

/**
 * The reply in a block: its heading (kept raw), its own date (`dateSel`, else a <time> with its datetime, else the
 * first date-only leaf) and its text (`textSel`, else what is neither heading, date nor control).
 */
export function readReply(block: Element, textSel?: string, dateSel?: string): NonNullable<RawReviewFields['ownerReply']> {
  const all = Array.from(block.querySelectorAll('*'));
  const heading = all.find(isHeading);
  const date = (dateSel && block.querySelector(dateSel)) || block.querySelector('time') || all.find((el) => !el.children.length && isDate(el));
  const textEl = textSel && block.querySelector(textSel);
  // Without a text hook: what sits beside the heading in the smallest box around it (the container may wrap that box).
  const box = (heading && around(heading, block.parentElement)) || block;
  const text = textEl ? textWithout(textEl, 'button') : Array.from(box.childNodes).filter((n) => n !== date && isBody(n, heading)).map((n) => n.textContent).join('').trim();
  const headingRaw = rawText(heading), dateText = textOf(date), dateMachine = date?.getAttribute('datetime');
  return given({ text, headingRaw, dateText: dateText || undefined, dateMachine: dateMachine || undefined });
}
