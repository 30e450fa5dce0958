// A new review on a watched listing, at a glance (issue 12 §5): its rating, its first words, the hints' first
// reading (« mots injurieux ? »: cues from legal/hints.ts, never answers), and the days left if it were illicit,
// counted from its earliest possible publication date (the prudent choice, Cass. crim. 30 janv. 2001,
// n° 00-83.004) with the shortest limitation period of the rules (3 months, loi du 29 juillet 1881 art. 65: injure,
// diffamation; legal/deadlines.ts). Pure: built by the service worker at the visit, shown by the popup.
import type { CalendarDate, PublishedRange } from '../shared/types';
import { hintsFor } from '../legal/hints';
import { makeDeadline } from '../legal/deadlines';
import { labelRules } from '../legal/rules/index';
import type { FactId, LabelId } from '../legal/types';

export interface ReviewGlance {
  /** Addresses the card on the page for this page load: « Capturer » captures it. */
  key: string;
  id: string;
  author: string;
  rating?: number;
  /** The first words of the text, « … » when cut. */
  firstWords: string;
  /** Facts the hints would propose « oui » for, in the questions' order, each once. */
  hints: FactId[];
  /** The days left if the review were illicit; absent when its date could not be read. */
  limit?: {
    months: number;
    basis: string;
    startsOn: CalendarDate;
    /** startsOn is the earliest day the page's date allows (« il y a 2 semaines »), not a known date. */
    earliestPossible: boolean;
    expiresOn: CalendarDate;
    daysLeft: number;
    expired: boolean;
  };
}

export const FIRST_WORDS = 12;

/** The shortest limitation period among the rules (and the label whose period it is), from legal/rules. */
export function shortestPeriod(): { label: LabelId; months: number; basis: string } {
  let best: { label: LabelId; months: number; basis: string } | undefined;
  for (const r of labelRules) if (r.period && (!best || r.period.months < best.months)) best = { label: r.label, months: r.period.months, basis: r.period.basis };
  if (!best) throw new Error('no rule has a limitation period');
  return best;
}

export function firstWords(text: string, n = FIRST_WORDS): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > n ? `${words.slice(0, n).join(' ')} …` : words.join(' ');
}

export function glanceOf(r: { key: string; id: string; author: string; rating?: number; text: string; publishedRange?: PublishedRange }, today: CalendarDate): ReviewGlance {
  const hints: FactId[] = [];
  for (const h of hintsFor({ text: r.text, photos: { count: 0, urls: [] } })) if (h.proposed === 'yes' && !hints.includes(h.fact)) hints.push(h.fact);
  const out: ReviewGlance = { key: r.key, id: r.id, author: r.author, ...(r.rating !== undefined ? { rating: r.rating } : {}), firstWords: firstWords(r.text), hints };
  if (r.publishedRange) {
    const p = shortestPeriod();
    const d = makeDeadline({ kind: p.label, title: { fr: '', en: '' }, months: p.months, period: '', basis: p.basis, startsOn: r.publishedRange.earliest, today, toConfirm: false });
    if (d.expiresOn && d.daysLeft !== null) {
      out.limit = { months: p.months, basis: p.basis, startsOn: r.publishedRange.earliest, earliestPossible: r.publishedRange.earliest !== r.publishedRange.latest, expiresOn: d.expiresOn, daysLeft: d.daysLeft, expired: d.expired };
    }
  }
  return out;
}
