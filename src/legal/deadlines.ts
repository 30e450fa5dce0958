// Limitation periods (docs/legal/procedure.md#prescription). Counted on calendar dates (Europe/Paris) from the FIRST publication
// (Cass. crim. 30 janv. 2001, n° 00-83.004): the exact date if the doctor gives it, else the earliest date the
// site's relative date allows — the prudent choice. A report, notice or letter does NOT interrupt prescription
// (art. 65 loi 1881; only a PACP with the consignation paid, or the parquet's réquisitions, do).
import { addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { CalendarDate } from '../shared/types';
import type { LabelRule } from './rules/rule';
import type { Deadline, DeadlineKind, LabelResult, Text } from './types';

export const WARNING_DAYS = 30;

export const NO_INTERRUPTION_NOTICE: Text = {
  fr: "Un signalement, une notification, une lettre (même une mise en demeure) ou une plainte simple n'interrompt pas la prescription (loi du 29 juillet 1881, art. 65) : seules une plainte avec constitution de partie civile, consignation payée, ou des réquisitions du parquet qui qualifient l'infraction le font (voir avec un avocat). Notez la date limite dès maintenant.",
  en: 'A report, a notice, a letter (even a formal notice) or a simple police complaint does not interrupt the limitation period (loi du 29 juillet 1881, art. 65): only a complaint with civil-party status, once the deposit is paid, or prosecutor requisitions that qualify the offence do (see a lawyer). Note the deadline now.',
};

const EDITED_NOTE: Text = {
  fr: "Avis modifié : le délai est compté depuis la première publication connue. Votre avocat confirmera si la nouvelle rédaction rouvre le délai pour les propos ajoutés ou changés.",
  en: 'Edited review: the period is counted from the earliest known publication. Your lawyer will confirm whether the new wording reopens the period for the words added or changed.',
};

const FROM_EDIT_NOTE: Text = {
  fr: "Compté depuis la modification de l'avis, seule date que montre le site : ce délai vaut pour les propos ajoutés ou changés, et votre avocat confirmera si la modification rouvre bien le délai. Les propos déjà présents dans la première version ont été publiés plus tôt : leur délai a pu finir avant. Indiquez la date de première publication si vous la connaissez.",
  en: 'Counted from the edit of the review, the only date the site shows: this period is for the words added or changed, and your lawyer will confirm whether the edit does reopen the period. Words already in the first version were published earlier: their period may have ended sooner. Give the first publication date if you know it.',
};

const KNOWLEDGE_NOTE: Text = {
  fr: 'Le délai civil court de la connaissance des faits (C. civ. art. 2224) ; il est compté ici, par prudence, depuis la publication.',
  en: 'The civil period runs from knowledge of the facts (C. civ. art. 2224); it is counted here, to be safe, from publication.',
};

/** Today's calendar date in Europe/Paris. */
export function parisToday(now: Date = new Date()): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface DeadlineInput {
  kind: DeadlineKind;
  title: Text;
  months: number;
  period: string;
  basis: string;
  startsOn: CalendarDate | null;
  today: CalendarDate;
  toConfirm: boolean;
  startIsEarliestPossible?: boolean;
  note?: Text;
}

export function periodText(months: number): Text {
  if (months % 12 === 0) {
    const y = months / 12;
    return { fr: `${y} an${y > 1 ? 's' : ''}`, en: `${y} year${y > 1 ? 's' : ''}` };
  }
  return { fr: `${months} mois`, en: `${months} month${months > 1 ? 's' : ''}` };
}

export function makeDeadline(i: DeadlineInput): Deadline {
  const base = {
    label: i.kind, title: i.title, period: i.period, periodText: periodText(i.months), months: i.months, basis: i.basis, toConfirm: i.toConfirm,
    ...(i.startIsEarliestPossible ? { startIsEarliestPossible: true } : {}),
    note: i.note,
  };
  if (!i.startsOn) return { ...base, startsOn: null, expiresOn: null, daysLeft: null, expired: false, warning: true };
  const expires = addMonths(parseISO(i.startsOn), i.months);
  const daysLeft = differenceInCalendarDays(expires, parseISO(i.today));
  return {
    ...base,
    startsOn: i.startsOn,
    expiresOn: format(expires, 'yyyy-MM-dd'),
    daysLeft,
    expired: daysLeft < 0,
    warning: daysLeft >= 0 && daysLeft < WARNING_DAYS,
  };
}

export interface DeadlinesContext {
  startsOn: CalendarDate | null;
  /** startsOn is the earliest possible date of a range, not a known date. */
  startIsEarliestPossible?: boolean;
  today: CalendarDate;
  edited: boolean;
  /** startsOn is the edit's date (the page shows no first-publication date): periods count from it for the new words. */
  fromEdit?: boolean;
  siteHasDirectReply?: boolean;
}

const PRESS_LAW = /Loi 29 juillet 1881/;

/** One deadline per label period (and per variant period that adds or replaces it), plus the right of reply. */
export function deadlinesFor(labels: LabelResult[], rules: LabelRule[], ctx: DeadlinesContext): Deadline[] {
  const out: Deadline[] = [];
  for (const l of labels) {
    const rule = rules.find((r) => r.label === l.label);
    if (!rule?.period) continue;
    const toConfirm = l.strength === 'a-confirmer-avocat';
    const held = rule.variants.filter((v) => v.period && l.variants.some((x) => x.id === v.id));
    const replacing = held.filter((v) => v.period!.mode === 'replaces' && !l.variants.find((x) => x.id === v.id)!.toConfirm);
    const periods = replacing.length ? [] : [{ p: rule.period, title: l.title, toConfirm }];
    for (const v of held) {
      const vt = l.variants.find((x) => x.id === v.id)!;
      periods.push({ p: v.period!, title: { fr: `${l.title.fr} — ${v.title.fr}`, en: `${l.title.en} — ${v.title.en}` }, toConfirm: toConfirm || vt.toConfirm });
    }
    for (const { p, title, toConfirm: tc } of periods) {
      const note = ctx.fromEdit ? FROM_EDIT_NOTE : ctx.edited && PRESS_LAW.test(p.basis) ? EDITED_NOTE : p.basis === 'C. civ. art. 2224' ? KNOWLEDGE_NOTE : undefined;
      const d = makeDeadline({ kind: l.label, title, months: p.months, period: p.text, basis: p.basis, startsOn: ctx.startsOn, startIsEarliestPossible: ctx.startIsEarliestPossible, today: ctx.today, toConfirm: tc || !!ctx.fromEdit, note });
      out.push(ctx.fromEdit ? { ...d, countsFromEdit: true } : d);
    }
  }
  if (ctx.siteHasDirectReply === false) {
    const d = makeDeadline({
      kind: 'droit-de-reponse',
      title: { fr: 'Droit de réponse en ligne', en: 'Online right of reply' },
      months: 3, period: '3 mois', basis: 'LCEN art. 1-1 III ; décret n° 2007-1527 art. 1',
      startsOn: ctx.startsOn, startIsEarliestPossible: ctx.startIsEarliestPossible, today: ctx.today, toConfirm: !!ctx.fromEdit,
      ...(ctx.fromEdit ? { note: FROM_EDIT_NOTE } : {}),
    });
    out.push(ctx.fromEdit ? { ...d, countsFromEdit: true } : d);
  }
  return out.sort((a, b) => (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999'));
}

export function shortestLive(deadlines: Deadline[]): Deadline | undefined {
  return deadlines.filter((d) => d.expiresOn && !d.expired).sort((a, b) => a.expiresOn!.localeCompare(b.expiresOn!))[0];
}
