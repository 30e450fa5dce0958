// Runs in the service worker (and the tests), never in the content script: adapters return the page's words
// (RawReviewFields) and `withDates` below adds the ranges, so review pages are not sent date-fns.
//
// Turns the date a review page shows (« il y a 3 mois », "Edited 2 months ago", « 12 mars 2026 »…) into the range
// of calendar dates it can stand for, relative to the capture time. A relative date is a range, not a date
// (« il y a un an » is a range; docs/legal/procedure.md#prescription); deadlines are counted from `earliest`, so `earliest` must never be
// later than the true date. Unknown text gives `undefined`: we never guess.
//
// Rounding chosen for relative dates (Google Maps / Search, Trustpilot "il y a"): the site shows the age FLOORED to
// its unit — « il y a un an » is shown for 12 to 23 months (review-pages-dom.md §4 "Relative dates are coarse"),
// « il y a 3 mois » for 3 months up to 4 months. So "N units ago" means an age in [N, N+1) units, i.e. a
// publication instant in (now − (N+1) units, now − N units], and we return
//     earliest = calendar date of (now − (N+1) units)     latest = calendar date of (now − N units)
// This is one day wider on the early side than the calendar-difference reading ([now − 2 years + 1 day, …] for
// « il y a un an »): the site computes the age from instants and possibly in another time zone than ours, and the
// extra day keeps `earliest` conservative. Calendar arithmetic is date-fns (month ends clamp: 31 May − 3 months =
// 28/29 Feb); only "which calendar day is it in <zone>" uses Intl.
//
// "Modifié …" / "Edited …": Google puts the EDIT date in the same span (review-pages-dom.md §1.1). The range then
// bounds the publication of the text as now shown; the first version is older and its date unknown: `edited`
// tells the caller so.
import { endOfMonth, format, isValid, subDays, subHours, subMinutes, subMonths, subWeeks, subYears } from 'date-fns';
import type { CalendarDate, PublishedRange, RawReviewFields, ReviewFields } from '../shared/types';
import { withDerived } from './derive';

/** A range read from a date text, and whether the text says the review was edited (the range is then the edit's). */
export interface DateTextRange extends PublishedRange {
  edited: boolean;
}

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const FR_UNITS: Record<string, Unit> = {
  seconde: 'minute', minute: 'minute', heure: 'hour', jour: 'day', semaine: 'week', mois: 'month', an: 'year', année: 'year',
};
const EN_UNITS: Record<string, Unit> = {
  second: 'minute', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year',
};

// Month names as pages print them, full and abbreviated (Trustpilot prints « 20 févr. 2026 »).
const MONTHS: [RegExp, number][] = [
  [/^janv(?:ier|\.)?$|^jan(?:uary|\.)?$/, 1],
  [/^f[ée]vr(?:ier|\.)?$|^feb(?:ruary|\.)?$/, 2],
  [/^mars$|^mar(?:ch|\.)?$/, 3],
  [/^avr(?:il|\.)?$|^apr(?:il|\.)?$/, 4],
  [/^mai$|^may$/, 5],
  [/^juin$|^june?$/, 6],
  [/^juil(?:let|\.)?$|^july?$/, 7],
  [/^ao[uû]t$|^aug(?:ust|\.)?$/, 8],
  [/^sept(?:embre|\.)?$|^sep(?:tember|\.)?$/, 9],
  [/^oct(?:obre|ober|\.)?$/, 10],
  [/^nov(?:embre|ember|\.)?$/, 11],
  [/^d[ée]c(?:embre|\.)?$|^dec(?:ember|\.)?$/, 12],
];

function monthNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  for (const [re, n] of MONTHS) if (re.test(word)) return n;
  return undefined;
}

/** Collapses every kind of space (NBSP U+00A0 and NNBSP U+202F included, §4 "Regex pitfalls") and lowercases. */
function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase().replace(/[’`]/g, "'");
}

// JavaScript's \b is ASCII-only, so "modifié\b" never matches: separators are explicit (§4).
const EDITED_PREFIX = /^(?:modifi[ée]e?|edited|updated|mis à jour|mise à jour)(?: le| on)?(?: |$)/;

/** True when a date text says the review was edited (« Modifié il y a 2 semaines », "Edited 2 months ago"). */
export function isEdited(dateText: string): boolean {
  return EDITED_PREFIX.test(normalise(dateText));
}

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one (issue 14, 500 reviews). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f;
}

/** Calendar day of an instant in a zone, as a local-time Date at noon (noon: no DST gap can move it to another day). */
function calendarDay(instant: Date, timeZone: string): Date {
  const parts = dayFormat(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(get('year'), get('month') - 1, get('day'), 12);
}

const iso = (d: Date): CalendarDate => format(d, 'yyyy-MM-dd');

function subUnits(unit: Unit, n: number, today: Date, now: Date, timeZone: string): Date {
  switch (unit) {
    case 'minute': return calendarDay(subMinutes(now, n), timeZone);
    case 'hour': return calendarDay(subHours(now, n), timeZone);
    case 'day': return subDays(today, n);
    case 'week': return subWeeks(today, n);
    case 'month': return subMonths(today, n);
    case 'year': return subYears(today, n);
  }
}

function count(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  if (['un', 'une', 'a', 'an', 'one'].includes(word)) return 1;
  if (['quelques', 'few', 'a few'].includes(word)) return 0; // « il y a quelques secondes »: the floor is 0
  return undefined;
}

function relative(text: string, now: Date, timeZone: string): [Date, Date] | undefined {
  const today = calendarDay(now, timeZone);
  if (/^(?:aujourd'hui|today|à l'instant|just now|maintenant)$/.test(text)) return [today, today];
  if (/^(?:hier|yesterday)$/.test(text)) return [subDays(today, 1), subDays(today, 1)];
  const fr = /^il y a (\d+|une?|quelques) (seconde|minute|heure|jour|semaine|mois|an|année)s?$/.exec(text);
  const en = fr ? null : /^(\d+|an?|one|a few) (second|minute|hour|day|week|month|year)s? ago$/.exec(text);
  // A text that matches neither (« il y a », « il y a 3 », "a year", "ago") has no amount or no unit: not understood.
  const [, amount, word] = fr ?? en ?? [];
  if (amount === undefined || word === undefined) return undefined;
  const u = (fr ? FR_UNITS : EN_UNITS)[word];
  const n = count(amount);
  if (!u || n === undefined) return undefined;
  return [subUnits(u, n + 1, today, now, timeZone), subUnits(u, n, today, now, timeZone)];
}

/** A captured number; a group that did not take part in the match is NaN, which no valid day accepts. */
const num = (group: string | undefined): number => (group === undefined ? NaN : Number(group));

/** The day at noon, or undefined when it does not exist (31 February, month 13, NaN). */
function validDay(y: number, mo: number, d: number): Date | undefined {
  const date = new Date(y, mo - 1, d, 12);
  if (!isValid(date) || date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  return date;
}

function absolute(text: string, timeZone: string): [Date, Date] | undefined {
  // ISO 8601 (Trustpilot's <time datetime>): an instant is placed in the zone; a bare date is taken as is.
  let m = /^(\d{4})-(\d{2})-(\d{2})(t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) {
    const [, y, mo, d, time] = m;
    if (time) {
      const instant = new Date(text.toUpperCase());
      if (!isValid(instant)) return undefined;
      const day = calendarDay(instant, timeZone);
      return [day, day];
    }
    const day = validDay(num(y), num(mo), num(d));
    return day && [day, day];
  }
  // « 12/03/2026 »: French order day/month/year (the pages we read are French or use words for months).
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) {
    const [, d, mo, y] = m;
    const day = validDay(num(y), num(mo), num(d));
    return day && [day, day];
  }
  // « 12 mars 2026 », « 1er mars 2026 », « 20 févr. 2026 », "12 March 2026"
  m = /^(\d{1,2})(?:er)? ([a-zéûè.]+),? (\d{4})$/.exec(text);
  if (m) {
    const [, d, month, y] = m;
    const mo = monthNumber(month);
    const day = mo ? validDay(num(y), mo, num(d)) : undefined;
    return day && [day, day];
  }
  // "March 12, 2026"
  m = /^([a-z.]+) (\d{1,2}),? (\d{4})$/.exec(text);
  if (m) {
    const [, month, d, y] = m;
    const mo = monthNumber(month);
    const day = mo ? validDay(num(y), mo, num(d)) : undefined;
    return day && [day, day];
  }
  // « mars 2026 » / "March 2026": the whole month.
  m = /^([a-zéûè.]+) (\d{4})$/.exec(text);
  if (m) {
    const [, month, y] = m;
    const mo = monthNumber(month);
    const first = mo ? validDay(num(y), mo, 1) : undefined;
    return first && [first, endOfMonth(first)];
  }
  return undefined;
}

/**
 * The calendar dates (in `timeZone`) a shown date text can stand for, or undefined when the text is not understood.
 * `now` is the capture instant.
 */
export function publishedRange(dateText: string, now: Date, timeZone = 'Europe/Paris'): DateTextRange | undefined {
  let text = normalise(dateText);
  const edited = EDITED_PREFIX.test(text);
  if (edited) text = text.replace(EDITED_PREFIX, '');
  // "il y a 2 ans sur Google" / "2 years ago on Google" (hotel pages aggregate other sites, §1.1 language table).
  text = text.replace(/ (?:sur|on) [a-z][\w.-]*$/, '');
  // Labels before the date: « Le 3 février 2026 » (PagesJaunes), « Date de l'expérience: 2 mars 2026 » (Trustpilot),
  // « Expérience vécue le … », « Posté le … », "Date of experience: …".
  text = text
    // A separator after the label, so « one year ago » keeps its « one ».
    .replace(/^(?:date de l'expérience|date of experience|expérience vécue le|posté le|publié le|publiée le|le|on)(?:\s*:\s*|\s+)/, '')
    .trim();
  const found = relative(text, now, timeZone) ?? absolute(text, timeZone);
  if (!found) return undefined;
  const [earliest, latest] = found;
  return { earliest: iso(earliest), latest: iso(latest), edited };
}

/**
 * The review's date fields from a parsed range: the first-publication range, or — when the page says the review was
 * edited (« Modifié il y a 3 semaines », "Edited 2 months ago") — the EDIT's range, kept apart as `editedRange`:
 * the first version is older and its date unknown, so it must never be taken for the first publication
 * (docs/legal/procedure.md#prescription: periods run from the first publication; an edit may reopen one for the new words only).
 */
export function dateFields(
  range: DateTextRange | undefined,
  dateText = '',
): { publishedRange?: PublishedRange; editedRange?: PublishedRange; edited: boolean } {
  const edited = range?.edited ?? EDITED_PREFIX.test(normalise(dateText));
  if (!range) return { edited };
  const r = { earliest: range.earliest, latest: range.latest };
  return edited ? { editedRange: r, edited } : { publishedRange: r, edited };
}

/**
 * The stored review fields from what an adapter read: the page's words unchanged, plus the date range they stand
 * for at `now` (the capture instant) in `timeZone`. The machine-readable date next to the shown one
 * (`dateMachine`: `<time datetime>`, microdata) is read first, the shown text otherwise; `dateMachine` itself is
 * not stored (the page's HTML, kept with the exhibit, holds it). The date fields follow `dateText`.
 */
export function withDates(page: RawReviewFields, now: Date, timeZone?: string): ReviewFields {
  // What is read from the words besides dates (author signals, kept links, listing name, sub-ratings): ./derive.ts.
  const raw = withDerived(page);
  const { dateMachine, ...fields } = raw;
  const day = (machine: string | undefined, text: string | undefined): PublishedRange | undefined => {
    const r = (machine ? publishedRange(machine, now, timeZone) : undefined) ?? (text ? publishedRange(text, now, timeZone) : undefined);
    return r && { earliest: r.earliest, latest: r.latest };
  };
  const range = (dateMachine ? publishedRange(dateMachine, now, timeZone) : undefined)
    ?? (raw.dateText ? publishedRange(raw.dateText, now, timeZone) : undefined);
  const dates = dateFields(range, raw.dateText);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    out[k] = v;
    if (k === 'dateText') Object.assign(out, dates);
  }
  if (!('dateText' in fields)) Object.assign(out, dates);
  // The reply's own date and the date of the experience, read the same way (the page's words stay as they are).
  if (raw.ownerReply) {
    const { dateMachine: replyMachine, ...reply } = raw.ownerReply;
    const r = day(replyMachine, reply.dateText);
    out.ownerReply = r ? { ...reply, publishedRange: r } : reply;
  }
  const experience = raw.experienceDateText ? day(undefined, raw.experienceDateText) : undefined;
  if (experience) out.experienceRange = experience;
  return out as unknown as ReviewFields;
}
