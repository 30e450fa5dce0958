// Dates as a letter states them (docs/legal/procedure.md#prescription): the first publication « as known » — exact when the doctor gave
// it, otherwise « au plus tôt le » the earliest date the site's « il y a 3 mois » allows — and the edit date if any.
// A letter never asserts a date nobody knows.
import type { Lang, ReviewFields } from '../../shared/types';
import type { Qualification } from '../types';

const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function longDate(iso: string | undefined | null, lang: Lang): string | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const day = Number(m[3]);
  return `${lang === 'fr' && day === 1 ? '1er' : day} ${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`;
}

/** Where the first publication starts, and whether it is only the earliest possible date. */
function firstPublication(exact: string | undefined, q: Qualification | undefined, r: ReviewFields | undefined): { on: string; earliestOnly: boolean } | undefined {
  if (exact) return { on: exact, earliestOnly: false };
  // The engine already chose the start (exact date if the doctor gave one when qualifying, else the range's earliest).
  const d = q?.shortestLiveDeadline ?? q?.deadlines.find((x) => x.startsOn);
  if (d?.startsOn) return { on: d.startsOn, earliestOnly: !!d.startIsEarliestPossible };
  const range = r?.publishedRange;
  if (range) return { on: range.earliest, earliestOnly: range.earliest !== range.latest };
  return undefined;
}

/** « publié au plus tôt le 26 septembre 2026, modifié le 3 novembre 2026 » (fr) / « published no earlier than … » (en). */
export function publicationText(exact: string | undefined, q: Qualification | undefined, r: ReviewFields | undefined, lang: Lang): string | undefined {
  const first = firstPublication(exact, q, r);
  const on = first && longDate(first.on, lang);
  if (!first || !on) return undefined;
  const published = first.earliestOnly ? (lang === 'fr' ? `publié au plus tôt le ${on}` : `published no earlier than ${on}`) : lang === 'fr' ? `publié le ${on}` : `published on ${on}`;
  const edit = editText(r, lang);
  return edit ? `${published}, ${edit}` : published;
}

/** The edit date where there is one: `review.editedRange` (optional field, guarded), else the site's « Modifié » mark. */
function editText(r: ReviewFields | undefined, lang: Lang): string | undefined {
  const range = r?.editedRange;
  const from = longDate(range?.earliest, lang);
  const to = longDate(range?.latest, lang);
  if (from && to) {
    if (range!.earliest === range!.latest) return lang === 'fr' ? `modifié le ${from}` : `edited on ${from}`;
    return lang === 'fr' ? `modifié entre le ${from} et le ${to}` : `edited between ${from} and ${to}`;
  }
  if (r?.edited) return lang === 'fr' ? 'puis modifié (le site indique une modification sans en afficher la date exacte)' : 'then edited (the site marks an edit without showing its exact date)';
  return undefined;
}
