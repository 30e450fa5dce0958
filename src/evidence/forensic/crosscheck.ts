// The cross-check of the forensic mode (issue 13 §4): is the review's visible text, author and rating in the bodies
// the server sent? Servers encode text many ways, so each body is searched as received and decoded: HTML (tags
// dropped, entities decoded), JSON strings (`\u00e9`, `\n`, `\"`, Google's `)]}'` prefix, escaped twice inside
// JavaScript), and whitespace is collapsed on both sides. Nothing else is loosened: a text that differs by one
// letter is not found. Pure: runs in the service worker, in Node tests and in the verifier.
import type { CheckedField, FieldCheck, ServerResponse } from '../../shared/types';

/** A recorded response with its body as text (bodies that are not text are not searched). */
export interface SearchableResponse extends ServerResponse {
  mimeType: string;
  body: string;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘',
  ldquo: '“', rdquo: '”', hellip: '…', mdash: '—', ndash: '–', euro: '€', eacute: 'é', egrave: 'è', ecirc: 'ê',
  euml: 'ë', agrave: 'à', acirc: 'â', auml: 'ä', ccedil: 'ç', icirc: 'î', iuml: 'ï', ocirc: 'ô', ouml: 'ö',
  ugrave: 'ù', ucirc: 'û', uuml: 'ü', oelig: 'œ', aelig: 'æ', Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Agrave: 'À',
  Ccedil: 'Ç', OElig: 'Œ', shy: '\u00ad', middot: '·', deg: '°', copy: '©',
};

/** Decodes HTML character references (named ones of French text, decimal and hexadecimal). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[ref] ?? m;
  });
}

/** Decodes JSON string escapes in place (`\u00e9`, surrogate pairs, `\n`, `\"`, `\/`, `\\`), leaving the rest. */
export function decodeJsonEscapes(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g, (_m, e: string) => {
    if (e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? `\\${e}`;
  });
}

/** Google prefixes its JSON answers with `)]}'` so that they cannot run as a script. */
export function stripXssiPrefix(s: string): string {
  return s.replace(/^\s*\)\]\}'\s*,?/, '');
}

const stripTags = (s: string): string => s.replace(/<(?:script|style)\b[\s\S]*?<\/(?:script|style)>/gi, ' ').replace(/<[^>]*>/g, ' ');

/** Whitespace of any kind (NBSP, narrow NBSP, line breaks) as one space; soft hyphens and zero-width spaces out. */
export function normalizeSpace(s: string): string {
  return s.normalize('NFC').replace(/[\u00ad\u200b]/g, '').replace(/[\s\u00a0\u202f\u2007]+/g, ' ').trim();
}

/** The decoded readings of one body, named as the report words them. Text and author are searched in all of them. */
export function bodyReadings(body: string): { decoding: string; text: string }[] {
  const json = decodeJsonEscapes(stripXssiPrefix(body));
  const json2 = decodeJsonEscapes(json);
  return [
    { decoding: 'brut', text: body },
    { decoding: 'html', text: decodeEntities(stripTags(body)) },
    { decoding: 'html-attributs', text: decodeEntities(body) },
    { decoding: 'json', text: json },
    { decoding: 'json-double', text: json2 },
    { decoding: 'json+html', text: decodeEntities(stripTags(json2)) },
  ].map((r) => ({ decoding: r.decoding, text: normalizeSpace(r.text) }));
}

/** Where a rating `n` is written the ways review pages write it: « 4 étoiles », « 4/5 », `"rating":4`, `ratingValue":"4"`. */
function ratingPattern(n: number): RegExp {
  const v = String(n).replace('.', '[.,]');
  return new RegExp(
    `(?:(?<![\\d.,])${v}(?:[.,]0)?\\s*(?:étoiles?|stars?|sur\\s*5|/\\s*5|out of 5)|"(?:rating|ratingValue|stars|starRating)"\\s*:\\s*"?${v}(?:\\.0)?(?![\\d.]))`,
    'i',
  );
}

/** How close (in characters of the decoded body) the rating must be to the review's text or author to count as its own. */
export const RATING_WINDOW = 3000;

export interface ReviewToCheck {
  text: string;
  author: string;
  rating?: number;
}

const strip = ({ body: _b, mimeType: _m, ...r }: SearchableResponse): ServerResponse => r;

/**
 * Searches every recorded body for the review's text, author and rating. The rating is a bare number, found on any
 * page: it counts only when written as a rating within RATING_WINDOW characters of the text or author in the same body.
 */
export function crossCheck(review: ReviewToCheck, responses: SearchableResponse[]): FieldCheck[] {
  const text = normalizeSpace(review.text);
  const author = normalizeSpace(review.author);
  const checks: Record<CheckedField, FieldCheck> = {
    text: { field: 'text', value: review.text, found: false, matches: [] },
    author: { field: 'author', value: review.author, found: false, matches: [] },
    rating: { field: 'rating', value: review.rating === undefined ? '' : String(review.rating), found: false, matches: [] },
  };
  for (const r of responses) {
    const hit: Partial<Record<CheckedField, { decoding: string; offset: number }>> = {};
    for (const reading of bodyReadings(r.body)) {
      const anchors: number[] = [];
      for (const [field, needle] of [['text', text], ['author', author]] as const) {
        if (!needle) continue;
        let at = reading.text.indexOf(needle);
        if (at >= 0 && !hit[field]) hit[field] = { decoding: reading.decoding, offset: at };
        while (at >= 0 && anchors.length < 50) {
          anchors.push(at);
          at = reading.text.indexOf(needle, at + 1);
        }
      }
      if (review.rating !== undefined && !hit.rating && anchors.length) {
        const re = new RegExp(ratingPattern(review.rating).source, 'gi');
        for (let m = re.exec(reading.text); m; m = re.exec(reading.text)) {
          const at = m.index;
          if (anchors.some((a) => Math.abs(a - at) <= RATING_WINDOW)) {
            hit.rating = { decoding: reading.decoding, offset: at };
            break;
          }
        }
      }
    }
    for (const field of ['text', 'author', 'rating'] as const) {
      const h = hit[field];
      if (h) checks[field].matches.push({ ...strip(r), ...h });
    }
  }
  const out = [checks.text, checks.author];
  if (review.rating !== undefined) out.push(checks.rating);
  for (const c of out) c.found = c.matches.length > 0;
  return out;
}
