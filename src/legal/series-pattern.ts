// The pattern of a series of reviews: how many, over how long, how many one-star, bursts, near-duplicate wording,
// the same author twice, single-review accounts. These are facts the page shows, counted; they are indices of a
// coordinated campaign, never proof of it: the doctor confirms the coordination, the lawyer weighs it.
//
// Legal frame (shown with the pattern, words in _locales `ser*`):
// - Harcèlement moral en ligne when several people act in concert or knowingly add to a series, even once each:
//   C. pén. art. 222-33-2-2 (docs/legal/code-penal.md#code-penal-art-222-33-2-2); courts ask for proof of harm to
//   health (docs/legal/jurisprudence.md#tj-paris-2025-10-10); repeated fake reviews treated as harassment
//   (docs/legal/jurisprudence.md#tj-marseille-2021-05-21).
// - Platforms remove coordinated or fake reviews under their own policies (Google: fake engagement, conflict of
//   interest) when shown the pattern: docs/legal/qualifications.md#signaux-complementaires,
//   docs/legal/numerique-dsa-lcen.md#google-canaux-signalement.
// Pure: no browser API.
import type { AuthorSignals, CalendarDate, PublishedRange } from '../shared/types';
import { normalizeWords } from '../shared/series-filter';

export interface PatternReview {
  /** Exhibit number in the case (« pièce n° »), when captured. */
  exhibit?: number;
  author: string;
  authorMeta?: string;
  /** What the page showed about the author, read at capture (adapters/derive.ts); older exhibits have authorMeta only. */
  authorSignals?: AuthorSignals;
  rating?: number;
  publishedRange?: PublishedRange;
  text: string;
}

export interface DuplicateGroup {
  /** Indexes in the input list (and exhibit numbers where known). */
  members: number[];
  exhibits: number[];
  /** Word runs (4 words or more) shared by the group's texts, as written in the first one. */
  phrases: string[];
  /** Lowest similarity between the first text and the others (0..1, word trigrams). */
  similarity: number;
  /** Every pair of the group whose similarity reaches NEAR_DUPLICATE, with the phrases those two share. */
  pairs: DuplicatePair[];
}

export interface DuplicatePair {
  /** Indexes in the input list, a < b. */
  a: number;
  b: number;
  exhibitA?: number;
  exhibitB?: number;
  similarity: number;
  /** Word runs (4 words or more) the two texts share, as written in the first one. */
  phrases: string[];
}

/** Reviews that share the same possible publication dates (one day, or the range a relative date leaves open). */
export interface TimelineRow {
  from: CalendarDate;
  to: CalendarDate;
  count: number;
  oneStar: number;
  exhibits: number[];
}

export interface SeriesPattern {
  count: number;
  /** Earliest possible and latest possible publication day over the series (absent when no date was read). */
  span?: { from: CalendarDate; to: CalendarDate; days: number };
  ratings: Record<'1' | '2' | '3' | '4' | '5' | 'none', number>;
  /** Share of one-star reviews among the rated ones (0..1). */
  oneStarShare: number;
  /** Reviews per day, for reviews whose date is known to the day (relative dates older than a few days are not). */
  perDay: { day: CalendarDate; count: number }[];
  /** Every dated review on the timeline, grouped by possible publication dates, oldest first; `undated`: the others. */
  timeline: TimelineRow[];
  undated: { count: number; exhibits: number[] };
  /** The most reviews whose whole possible date range fits in BURST_DAYS consecutive days, when there are BURST_MIN or more; from/to: the days they cover. */
  burst?: { from: CalendarDate; to: CalendarDate; count: number; oneStar: number; exhibits: number[] };
  duplicates: DuplicateGroup[];
  /** Author names seen more than once in the series (same spelling, case and accents ignored). */
  repeatedAuthors: { author: string; count: number; exhibits: number[] }[];
  /** Authors whose profile shows a single review (« 1 avis »), and local guides, as the page printed it. */
  singleReviewAuthors: number;
  localGuides: number;
  /** The exhibits behind those two counts. */
  singleReviewExhibits: number[];
  localGuideExhibits: number[];
  /** True when any of the signals above points at a possible campaign. */
  suggestsCampaign: boolean;
}

/**
 * A burst is searched within this many consecutive days: « il y a 2 jours » covers two possible days, so a burst
 * of three days as the site shows them covers four or five possible ones.
 */
export const BURST_DAYS = 7;
export const BURST_MIN = 5;
/** Similarity (Jaccard of word trigrams) from which two texts count as near-duplicates. */
export const NEAR_DUPLICATE = 0.5;
const PHRASE_MIN_WORDS = 4;

const DAY_MS = 86_400_000;
const dayNumber = (d: CalendarDate) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY_MS);

function trigrams(words: string[]): Set<string> {
  const out = new Set<string>();
  if (words.length < 3) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  return out;
}

/** Jaccard similarity of the word trigrams of two texts (0: nothing shared, 1: same wording). */
export function similarity(a: string, b: string): number {
  const ta = trigrams(normalizeWords(a).split(' ').filter(Boolean));
  const tb = trigrams(normalizeWords(b).split(' ').filter(Boolean));
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const g of ta) if (tb.has(g)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** The maximal runs of PHRASE_MIN_WORDS words or more that `a` and `b` share, in the words of `a` as written. */
export function sharedPhrases(a: string, b: string): string[] {
  const raw = a.split(/\s+/).filter(Boolean);
  const wa = raw.map((w) => normalizeWords(w));
  const wb = normalizeWords(b).split(' ').filter(Boolean);
  // Longest common run ending at (i, j): classic dynamic programming on words.
  let prev = new Array<number>(wb.length + 1).fill(0);
  const best = new Map<number, number>(); // end index in a → longest run length ending there
  for (let i = 1; i <= wa.length; i++) {
    const cur = new Array<number>(wb.length + 1).fill(0);
    for (let j = 1; j <= wb.length; j++) {
      const w = wa[i - 1];
      if (w && w === wb[j - 1]) {
        const run = (prev[j - 1] ?? 0) + 1;
        cur[j] = run;
        if (run > (best.get(i) ?? 0)) best.set(i, run);
      }
    }
    prev = cur;
  }
  const runs: string[] = [];
  for (const [end, len] of [...best.entries()].sort((x, y) => x[0] - y[0])) {
    // Maximal: the run ending one word later is not this one extended.
    if (len < PHRASE_MIN_WORDS || (best.get(end + 1) ?? 0) === len + 1) continue;
    runs.push(raw.slice(end - len, end).join(' '));
  }
  return runs;
}

const SINGLE_REVIEW = /(?:^|[^\d])1 (?:avis|review)\b/i;
const LOCAL_GUIDE = /local guide/i;

export function analyzeSeries(reviews: PatternReview[]): SeriesPattern {
  const ratings: SeriesPattern['ratings'] = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, none: 0 };
  for (const r of reviews) {
    const k = r.rating === undefined ? 'none' : (String(Math.min(5, Math.max(1, Math.round(r.rating)))) as '1');
    ratings[k]++;
  }
  const rated = reviews.length - ratings.none;
  /** Indices below come from 0..length-1 of `reviews` itself: an out-of-range one would be a bug, said loudly. */
  const rv = (i: number): PatternReview => {
    const r = reviews[i];
    if (!r) throw new Error(`analyzeSeries: no review ${i}`);
    return r;
  };
  const exhibitOf = (i: number) => rv(i).exhibit;
  const exhibitsOf = (idx: number[]) => idx.map(exhibitOf).filter((n): n is number => n !== undefined);

  const dated = reviews.map((r, i) => ({ i, r: r.publishedRange })).filter((x): x is { i: number; r: PublishedRange } => !!x.r);
  let span: SeriesPattern['span'];
  if (dated.length) {
    const from = dated.map((d) => d.r.earliest).sort()[0];
    const to = dated.map((d) => d.r.latest).sort().at(-1);
    if (from && to) span = { from, to, days: dayNumber(to) - dayNumber(from) + 1 };
  }

  const perDayMap = new Map<CalendarDate, number>();
  for (const d of dated) if (d.r.earliest === d.r.latest) perDayMap.set(d.r.earliest, (perDayMap.get(d.r.earliest) ?? 0) + 1);
  const rows = new Map<string, number[]>();
  for (const d of dated) rows.set(`${d.r.earliest}/${d.r.latest}`, [...(rows.get(`${d.r.earliest}/${d.r.latest}`) ?? []), d.i]);
  const timeline: TimelineRow[] = [...rows.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, idx]) => {
      const [from = '', to = ''] = k.split('/');
      return { from, to, count: idx.length, oneStar: idx.filter((i) => Math.round(rv(i).rating ?? 0) === 1).length, exhibits: exhibitsOf(idx) };
    });
  const undatedIdx = reviews.map((r, i) => (r.publishedRange ? -1 : i)).filter((i) => i >= 0);

  const perDay = [...perDayMap.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, count]) => ({ day, count }));

  // Burst: for each possible window start (a review's earliest day), the reviews whose whole range fits inside.
  let burst: SeriesPattern['burst'];
  for (const start of new Set(dated.map((d) => dayNumber(d.r.earliest)))) {
    const end = start + BURST_DAYS - 1;
    const inside = dated.filter((d) => dayNumber(d.r.earliest) >= start && dayNumber(d.r.latest) <= end).map((d) => d.i);
    if (inside.length >= BURST_MIN && (!burst || inside.length > burst.count)) {
      // Said as the days the members' possible dates actually cover, not the window searched.
      const from = inside.map((i) => rv(i).publishedRange?.earliest ?? '').filter(Boolean).sort()[0];
      const to = inside.map((i) => rv(i).publishedRange?.latest ?? '').filter(Boolean).sort().at(-1);
      if (from && to) burst = { from, to, count: inside.length, oneStar: inside.filter((i) => Math.round(rv(i).rating ?? 0) === 1).length, exhibits: exhibitsOf(inside) };
    }
  }

  // Near-duplicates: pairs above the threshold, grouped (union-find).
  const parent = reviews.map((_, i) => i);
  const find = (i: number): number => {
    const p = parent[i] ?? i;
    return p === i ? i : (parent[i] = find(p));
  };
  const close: { a: number; b: number; similarity: number }[] = [];
  for (let i = 0; i < reviews.length; i++) {
    for (let j = i + 1; j < reviews.length; j++) {
      const sim = similarity(rv(i).text, rv(j).text);
      if (sim >= NEAR_DUPLICATE) {
        parent[find(j)] = find(i);
        close.push({ a: i, b: j, similarity: sim });
      }
    }
  }
  const groups = new Map<number, number[]>();
  reviews.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const duplicates: DuplicateGroup[] = [...groups.values()]
    .filter((g) => g.length > 1)
    .map((members) => {
      const first = rv(members[0] ?? 0).text;
      const phrases = new Set<string>();
      for (const m of members.slice(1)) for (const p of sharedPhrases(first, rv(m).text)) phrases.add(p);
      const pairs = close.filter((c) => members.includes(c.a)).map((c): DuplicatePair => {
        const ea = exhibitOf(c.a), eb = exhibitOf(c.b);
        return { a: c.a, b: c.b, ...(ea !== undefined ? { exhibitA: ea } : {}), ...(eb !== undefined ? { exhibitB: eb } : {}), similarity: c.similarity, phrases: sharedPhrases(rv(c.a).text, rv(c.b).text) };
      });
      return { members, exhibits: exhibitsOf(members), phrases: [...phrases], similarity: Math.min(...members.slice(1).map((m) => similarity(first, rv(m).text))), pairs };
    });

  const byAuthor = new Map<string, { author: string; idx: number[] }>();
  reviews.forEach((r, i) => {
    const k = normalizeWords(r.author);
    if (!k) return;
    const e = byAuthor.get(k) ?? { author: r.author, idx: [] };
    e.idx.push(i);
    byAuthor.set(k, e);
  });
  const repeatedAuthors = [...byAuthor.values()].filter((e) => e.idx.length > 1).map((e) => ({ author: e.author, count: e.idx.length, exhibits: exhibitsOf(e.idx) }));

  // The count read at capture when there is one (« 1 234 avis », Trustpilot's count), else the words of authorMeta.
  const matching = (test: (r: PatternReview) => boolean) => reviews.map((r, i) => (test(r) ? i : -1)).filter((i) => i >= 0);
  const single = matching((r) => (r.authorSignals?.reviewCount !== undefined ? r.authorSignals.reviewCount === 1 : SINGLE_REVIEW.test(r.authorMeta ?? '')));
  const guides = matching((r) => !!r.authorSignals?.localGuide || LOCAL_GUIDE.test(r.authorMeta ?? ''));

  return {
    count: reviews.length,
    ...(span ? { span } : {}),
    ratings,
    oneStarShare: rated ? ratings['1'] / rated : 0,
    perDay,
    timeline,
    undated: { count: undatedIdx.length, exhibits: exhibitsOf(undatedIdx) },
    ...(burst ? { burst } : {}),
    duplicates,
    repeatedAuthors,
    singleReviewAuthors: single.length,
    localGuides: guides.length,
    singleReviewExhibits: exhibitsOf(single),
    localGuideExhibits: exhibitsOf(guides),
    suggestsCampaign: !!burst || duplicates.length > 0 || repeatedAuthors.length > 0,
  };
}
