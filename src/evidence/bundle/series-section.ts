// The report's section for a series case (issue 12): the pattern table and the timeline of the reviews captured
// into one case, every row citing the report's exhibit numbers. Facts counted from the exhibits, never a finding:
// indices of a coordinated campaign, weighed by the lawyer.
// Legal frame named in the section: harcèlement moral en ligne by several people acting in concert, C. pén.
// art. 222-33-2-2 (docs/legal/code-penal.md#code-penal-art-222-33-2-2); platforms' rules on fake or coordinated
// reviews (docs/legal/qualifications.md#signaux-complementaires).
// The timeline is drawn as text (a row of « • » per date), so the HTML and the PDF say the same and two exports of
// the same case give the same bytes. Author names are hostile input: they reach the HTML through esc() only.
import type { Exhibit, Lang } from '../../shared/types';
import { analyzeSeries, NEAR_DUPLICATE, type PatternReview } from '../../legal/series-pattern';
import { patternReviews, selectionWords, type SeriesRecord } from '../series-record';
import type { Block } from './report';

export const SERIES_TEXT = {
  fr: {
    title: 'Série d’avis : tableau et chronologie',
    intro: (caseId: string, url: string) => `Le dossier ${caseId} réunit une série d’avis capturés l’un après l’autre sur la fiche ${url}, chacun sa pièce scellée.`,
    complete: (n: number, of: number) => `Série complète : ${n} avis capturés sur ${n === of ? of : `${of} demandés`}.`,
    interrupted: (n: number, of: number) => `Série interrompue : ${n} avis capturés sur ${of} demandés ; les pièces présentes sont entières.`,
    selection: 'Choix des avis',
    summaryExhibit: 'Résumé de la fiche',
    notProof: 'Ces chiffres sont comptés sur les avis tels que la page les affichait. Ce sont des indices d’une action coordonnée, pas sa preuve : la coordination s’établit par d’autres éléments, et l’avocat les apprécie. Cadre possible : harcèlement moral en ligne commis par plusieurs personnes de manière concertée (C. pén. art. 222-33-2-2) ; règles des plateformes contre les avis faux ou coordonnés.',
    table: 'Tableau de la série',
    count: 'Nombre d’avis', span: 'Dates de publication possibles', spanValue: (a: string, b: string, d: number) => `du ${a} au ${b} (${d} jour${d > 1 ? 's' : ''})`,
    unknown: 'non lues', ratings: 'Notes', oneStar: 'Part des avis à 1 étoile', burst: 'Pic d’avis',
    burstValue: (n: number, a: string, b: string, one: number, ex: string) => `${n} avis entre le ${a} et le ${b}, dont ${one} à 1 étoile (${ex})`,
    single: 'Comptes à un seul avis', guides: 'Local Guides', repeated: 'Auteurs répétés', dupGroups: 'Formulations presque identiques',
    dupGroupsValue: (groups: number, pairs: number) => `${groups} groupe(s), ${pairs} paire(s) : détail plus bas`,
    none: 'aucun', stars: (k: string) => `${k} étoile${k === '1' ? '' : 's'}`, noRating: 'sans note',
    timeline: 'Chronologie : avis par date de publication possible',
    timelineNote: 'Une date relative (« il y a 2 semaines ») laisse plusieurs jours possibles : l’avis est placé sur tout l’intervalle, jamais sur un jour choisi. Une barre « • » par avis.',
    date: 'Date(s) possible(s)', reviews: 'Avis', oneStarCol: 'À 1 étoile', bar: 'Répartition', exhibits: 'Pièces', undated: 'date non lue',
    scaled: (per: number) => `Chaque « • » vaut ${per} avis (arrondi au-dessus).`,
    ratingsTitle: 'Notes', rating: 'Note',
    authorsTitle: 'Avis et signaux des auteurs', authorsNote: 'Signaux tels que la page les affichait près du nom (nombre d’avis de l’auteur, Local Guide…), sans vérification.',
    exhibit: 'Pièce', author: 'Auteur', signals: 'Signaux affichés',
    dupTitle: 'Formulations presque identiques', dupNote: (t: number) => `Paires d’avis dont la similarité (mots en commun, par groupes de trois) atteint ${t} % ; passages communs d’au moins quatre mots, tels qu’écrits dans le premier avis.`,
    pair: 'Pièces', similarity: 'Similarité', phrases: 'Passages communs', noDup: 'Aucune paire d’avis à la formulation presque identique.',
    repeatedTitle: 'Auteurs répétés', repeatedNote: 'Même nom d’auteur (majuscules et accents ignorés) sur plusieurs avis de la série.', count2: 'Avis', noRepeated: 'Aucun nom d’auteur répété.',
    pieces: (l: number[]) => (l.length ? `pièce${l.length > 1 ? 's' : ''} ${l.join(', ')}` : ''),
    day: (d: string) => d.replace(/^(\d{4})-(\d\d)-(\d\d)$/, '$3/$2/$1'),
    range: (a: string, b: string) => `du ${a} au ${b}`,
  },
  en: {
    title: 'Series of reviews: table and timeline',
    intro: (caseId: string, url: string) => `Case ${caseId} holds a series of reviews captured one after the other on the listing ${url}, each its own sealed exhibit.`,
    complete: (n: number, of: number) => `Series complete: ${n} reviews captured out of ${n === of ? of : `${of} requested`}.`,
    interrupted: (n: number, of: number) => `Series interrupted: ${n} reviews captured out of ${of} requested; the exhibits present are whole.`,
    selection: 'Reviews chosen',
    summaryExhibit: 'Listing summary',
    notProof: 'These figures are counted on the reviews as the page showed them. They are indications of a coordinated action, not proof of it: coordination is shown by other evidence, which the lawyer weighs. Possible frame: online harassment by several people acting in concert (French Criminal Code art. 222-33-2-2); the platforms’ rules against fake or coordinated reviews.',
    table: 'Table of the series',
    count: 'Number of reviews', span: 'Possible publication dates', spanValue: (a: string, b: string, d: number) => `${a} to ${b} (${d} day${d > 1 ? 's' : ''})`,
    unknown: 'not read', ratings: 'Ratings', oneStar: 'Share of one-star reviews', burst: 'Burst of reviews',
    burstValue: (n: number, a: string, b: string, one: number, ex: string) => `${n} reviews between ${a} and ${b}, ${one} of them one-star (${ex})`,
    single: 'Single-review accounts', guides: 'Local Guides', repeated: 'Repeated authors', dupGroups: 'Near-identical wording',
    dupGroupsValue: (groups: number, pairs: number) => `${groups} group(s), ${pairs} pair(s): details below`,
    none: 'none', stars: (k: string) => `${k} star${k === '1' ? '' : 's'}`, noRating: 'no rating',
    timeline: 'Timeline: reviews per possible publication date',
    timelineNote: 'A relative date (“2 weeks ago”) leaves several possible days: the review is placed on the whole interval, never on a chosen day. One « • » per review.',
    date: 'Possible date(s)', reviews: 'Reviews', oneStarCol: 'One-star', bar: 'Distribution', exhibits: 'Exhibits', undated: 'date not read',
    scaled: (per: number) => `Each « • » stands for ${per} reviews (rounded up).`,
    ratingsTitle: 'Ratings', rating: 'Rating',
    authorsTitle: 'Reviews and author signals', authorsNote: 'Signals as the page showed them next to the name (number of the author’s reviews, Local Guide…), not verified.',
    exhibit: 'Exhibit', author: 'Author', signals: 'Signals shown',
    dupTitle: 'Near-identical wording', dupNote: (t: number) => `Pairs of reviews whose similarity (shared words, in groups of three) reaches ${t}%; shared passages of four words or more, as written in the first review.`,
    pair: 'Exhibits', similarity: 'Similarity', phrases: 'Shared passages', noDup: 'No pair of reviews with near-identical wording.',
    repeatedTitle: 'Repeated authors', repeatedNote: 'The same author name (case and accents ignored) on several reviews of the series.', count2: 'Reviews', noRepeated: 'No repeated author name.',
    pieces: (l: number[]) => (l.length ? `exhibit${l.length > 1 ? 's' : ''} ${l.join(', ')}` : ''),
    day: (d: string) => d,
    range: (a: string, b: string) => `${a} to ${b}`,
  },
} as const;

/** The longest bar, in « • »: beyond it, each mark stands for several reviews. */
export const BAR_MAX = 30;

const pct = (x: number, lang: Lang) => `${Math.round(x * 100)}${lang === 'fr' ? ' %' : '%'}`;

/**
 * The section of the report for one series case. `numberOf` gives an exhibit's number in the report (its place in
 * the bundle); `exhibits` are the case's exhibits.
 */
export function seriesBlocks(record: SeriesRecord, exhibits: Exhibit[], numberOf: (e: Exhibit) => number | undefined, lang: Lang): Block[] {
  const t = SERIES_TEXT[lang];
  const reviews: PatternReview[] = patternReviews(exhibits, record.summaryExhibitId, numberOf);
  const p = analyzeSeries(reviews);
  const summary = exhibits.find((e) => e.id === record.summaryExhibitId);
  const summaryNo = summary ? numberOf(summary) : undefined;
  const dates = (a: string, b: string) => (a === b ? t.day(a) : t.range(t.day(a), t.day(b)));
  const list = (l: number[]) => l.join(', ');
  const out: Block[] = [
    { t: 'h2', text: t.title, id: `series-${record.caseId}`, page: true },
    { t: 'p', text: t.intro(record.caseId, record.url) },
    { t: 'p', text: record.status === 'complete' ? t.complete(record.captured, record.requested) : t.interrupted(record.captured, record.requested) },
    { t: 'kv', rows: [[t.selection, selectionWords(record, lang)], ...(summaryNo !== undefined ? [[t.summaryExhibit, t.pieces([summaryNo])] as [string, string]] : [])] },
    { t: 'small', text: t.notProof },
    { t: 'h3', text: t.table },
  ];
  const colon = lang === 'fr' ? ' : ' : ': ';
  const ratingLine = (['5', '4', '3', '2', '1'] as const).map((k) => `${t.stars(k)}${colon}${p.ratings[k]}`).join(' · ')
    + (p.ratings.none ? ` · ${t.noRating}${colon}${p.ratings.none}` : '');
  const withPieces = (n: number, l: number[]) => (n ? `${n} (${t.pieces(l)})` : t.none);
  const pairs = p.duplicates.reduce((s, g) => s + g.pairs.length, 0);
  out.push({
    t: 'kv',
    rows: [
      [t.count, String(p.count)],
      [t.span, p.span ? t.spanValue(t.day(p.span.from), t.day(p.span.to), p.span.days) : t.unknown],
      [t.ratings, ratingLine],
      [t.oneStar, pct(p.oneStarShare, lang)],
      [t.burst, p.burst ? t.burstValue(p.burst.count, t.day(p.burst.from), t.day(p.burst.to), p.burst.oneStar, t.pieces(p.burst.exhibits)) : t.none],
      [t.single, withPieces(p.singleReviewAuthors, p.singleReviewExhibits)],
      [t.guides, withPieces(p.localGuides, p.localGuideExhibits)],
      [t.repeated, p.repeatedAuthors.length ? p.repeatedAuthors.map((a) => `${a.author} (${a.count}${colon}${t.pieces(a.exhibits)})`).join(' ; ') : t.none],
      [t.dupGroups, p.duplicates.length ? t.dupGroupsValue(p.duplicates.length, pairs) : t.none],
    ],
  });

  // Timeline: one row per possible date (or interval), a text bar, the exhibits.
  const max = Math.max(1, ...p.timeline.map((r) => r.count), p.undated.count);
  const per = max > BAR_MAX ? Math.ceil(max / BAR_MAX) : 1;
  const bar = (n: number) => '•'.repeat(Math.ceil(n / per));
  out.push({ t: 'h3', text: t.timeline }, { t: 'small', text: t.timelineNote + (per > 1 ? ` ${t.scaled(per)}` : '') });
  out.push({
    t: 'table',
    head: [t.date, t.reviews, t.oneStarCol, t.bar, t.exhibits],
    rows: [
      ...p.timeline.map((r) => [dates(r.from, r.to), String(r.count), String(r.oneStar), bar(r.count), list(r.exhibits)]),
      ...(p.undated.count ? [[t.undated, String(p.undated.count), '', bar(p.undated.count), list(p.undated.exhibits)]] : []),
    ],
  });

  out.push({ t: 'h3', text: t.ratingsTitle });
  out.push({
    t: 'table',
    head: [t.rating, t.reviews, t.exhibits],
    rows: (['5', '4', '3', '2', '1'] as const)
      .map((k) => [t.stars(k), String(p.ratings[k]), list(reviews.filter((r) => r.rating !== undefined && String(Math.min(5, Math.max(1, Math.round(r.rating)))) === k).map((r) => r.exhibit).filter((n): n is number => n !== undefined))])
      .concat(p.ratings.none ? [[t.noRating, String(p.ratings.none), list(reviews.filter((r) => r.rating === undefined).map((r) => r.exhibit).filter((n): n is number => n !== undefined))]] : []),
  });

  out.push({ t: 'h3', text: t.authorsTitle }, { t: 'small', text: t.authorsNote });
  out.push({
    t: 'table',
    head: [t.exhibit, t.date, t.rating, t.author, t.signals],
    rows: reviews.map((r) => [
      r.exhibit !== undefined ? String(r.exhibit) : '',
      r.publishedRange ? dates(r.publishedRange.earliest, r.publishedRange.latest) : t.undated,
      r.rating !== undefined ? `${r.rating}/5` : '',
      r.author,
      r.authorMeta ?? '',
    ]),
  });

  out.push({ t: 'h3', text: t.dupTitle });
  if (pairs) {
    out.push({ t: 'small', text: t.dupNote(Math.round(NEAR_DUPLICATE * 100)) });
    out.push({
      t: 'table',
      head: [t.pair, t.similarity, t.phrases],
      rows: p.duplicates.flatMap((g) => g.pairs.map((pr) => [`${pr.exhibitA ?? '?'} – ${pr.exhibitB ?? '?'}`, pct(pr.similarity, lang), pr.phrases.map((s) => `« ${s} »`).join(' ; ') || t.none])),
    });
  } else out.push({ t: 'p', text: t.noDup });

  out.push({ t: 'h3', text: t.repeatedTitle });
  if (p.repeatedAuthors.length) {
    out.push({ t: 'small', text: t.repeatedNote });
    out.push({ t: 'table', head: [t.author, t.count2, t.exhibits], rows: p.repeatedAuthors.map((a) => [a.author, String(a.count), list(a.exhibits)]) });
  } else out.push({ t: 'p', text: t.noRepeated });
  return out;
}
