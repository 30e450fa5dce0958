// A case over time: the steps the doctor marks with a date (status timeline), the small summary stored on the case
// when it is qualified (so the case list reads ONE store in one readonly transaction instead of re-running the
// legal engine per row), what is due and when, and which reminders are owed. Pure: no browser, no messaging; the
// service worker (background/reminders.ts, handlers.ts) and the case list (ui/manager/main.tsx) both use it.
// Days left are never stored: they are recomputed from the stored dates against today's Paris calendar date.
import { addDays, differenceInCalendarDays, format, isWeekend, parseISO } from 'date-fns';
import type { Qualification, Text } from '../legal/types';
import type { CalendarDate, CaseRecord, CaseStepKind, CaseSummary } from '../shared/types';

/** The steps of a case, in the order they usually come (the doctor may mark them in any order). */
export const CASE_STEP_KINDS = [
  'captured',
  'qualified',
  'reported',
  'notified',
  'insurer-declared',
  'bailiff-requested',
  'bailiff-obtained',
  'lawyer',
  'complaint',
  'answer',
  'removed',
  'closed',
] as const satisfies readonly CaseStepKind[];

export const CASE_STEP_TEXT: Record<CaseStepKind, Text> = {
  captured: { fr: 'capturé', en: 'captured' },
  qualified: { fr: 'qualifié', en: 'qualified' },
  reported: { fr: 'signalé à la plateforme', en: 'reported to the platform' },
  notified: { fr: 'notification envoyée', en: 'notice sent' },
  'insurer-declared': { fr: 'déclaré à l’assureur', en: 'declared to the insurer' },
  'bailiff-requested': { fr: 'constat demandé', en: 'bailiff’s report requested' },
  'bailiff-obtained': { fr: 'constat obtenu', en: 'bailiff’s report obtained' },
  lawyer: { fr: 'avocat saisi', en: 'lawyer instructed' },
  complaint: { fr: 'plainte déposée', en: 'complaint filed' },
  answer: { fr: 'réponse reçue', en: 'answer received' },
  removed: { fr: 'avis retiré', en: 'review removed' },
  closed: { fr: 'clos', en: 'closed' },
};

export const isCaseStepKind = (k: unknown): k is CaseStepKind => (CASE_STEP_KINDS as readonly unknown[]).includes(k);

export type { CaseSummary };

export function summarize(q: Pick<Qualification, 'labels' | 'deadlines' | 'steps'>): CaseSummary {
  const s: CaseSummary = {
    labels: q.labels.map((l) => l.label),
    deadlines: q.deadlines.filter((d) => d.expiresOn).map((d) => ({ label: d.label, title: d.title, expiresOn: d.expiresOn as string })),
    insurer: q.steps.some((s) => s.id === 'declaration-assureur'),
  };
  if (q.steps[0]) s.nextStep = q.steps[0].text;
  return s;
}

/**
 * The last day to declare the claim to the insurer, counted from the day the doctor knew of it (the first capture).
 * Code des assurances art. L113-2 4° (docs/legal/code-assurances.md#code-assurances-art-l-113-2): the contract sets
 * the time limit, which cannot be shorter than five working days. Without the contract's figure (Options → Rappels)
 * Avisé counts those five working days, the earliest a contract may require — Saturdays and Sundays skipped, public
 * holidays not (so the date shown is never later than the real one). The contract prevails: read it, or ask the insurer.
 */
export function insurerLimit(knownOn: CalendarDate, contractDays?: number): CalendarDate {
  if (contractDays && contractDays > 0) return format(addDays(parseISO(knownOn), contractDays), 'yyyy-MM-dd');
  let d = parseISO(knownOn);
  for (let n = 0; n < 5; ) {
    d = addDays(d, 1);
    if (!isWeekend(d)) n++;
  }
  return format(d, 'yyyy-MM-dd');
}

/** One dated thing still to do for a case. */
export interface DueItem {
  kind: 'deadline' | 'insurer';
  /** Deadline label ('diffamation'…) or 'assureur'. */
  label: string;
  title: Text;
  expiresOn: CalendarDate;
  daysLeft: number;
}

const doneKinds = (c: Pick<CaseRecord, 'steps'>): Set<string> => new Set((c.steps ?? []).map((s) => s.kind));

export const isClosed = (c: Pick<CaseRecord, 'status' | 'steps'>): boolean => c.status === 'closed' || doneKinds(c).has('closed');

/** Every live dated item of a case (limitation deadlines not past, the insurer's limit until declared), nearest first. */
export function dueItems(c: CaseRecord, today: CalendarDate, opts: { insurerDays?: number } = {}): DueItem[] {
  if (isClosed(c) || !c.summary) return [];
  const out: DueItem[] = [];
  const t = parseISO(today);
  for (const d of c.summary.deadlines) {
    const daysLeft = differenceInCalendarDays(parseISO(d.expiresOn), t);
    if (daysLeft >= 0) out.push({ kind: 'deadline', label: d.label, title: d.title, expiresOn: d.expiresOn, daysLeft });
  }
  if (c.summary.insurer && !doneKinds(c).has('insurer-declared')) {
    const expiresOn = insurerLimit(c.createdAt.slice(0, 10), opts.insurerDays);
    const daysLeft = differenceInCalendarDays(parseISO(expiresOn), t);
    if (daysLeft >= 0) out.push({ kind: 'insurer', label: 'assureur', title: { fr: 'Déclaration à l’assureur', en: 'Declaration to the insurer' }, expiresOn, daysLeft });
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft);
}

/** The step the doctor marked last (by date, then by order of marking), or the stored status. */
export function currentStatus(c: Pick<CaseRecord, 'status' | 'steps'>): CaseStepKind {
  const steps = [...(c.steps ?? [])].filter((s) => isCaseStepKind(s.kind));
  steps.sort((a, b) => a.doneAt.localeCompare(b.doneAt));
  return (steps.at(-1)?.kind as CaseStepKind | undefined) ?? (isCaseStepKind(c.status) ? c.status : 'captured');
}

/** What to do next, in plain words: qualify first; then the engine's first step; nothing once closed. */
export function nextStep(c: CaseRecord): Text | undefined {
  if (isClosed(c)) return undefined;
  if (!c.summary) return { fr: 'Qualifier l’avis (répondre aux questions)', en: 'Qualify the review (answer the questions)' };
  return c.summary.nextStep;
}

/** Days before a limitation deadline at which a reminder is raised; the insurer's limit is reminded the day before and on the day. */
export const DEADLINE_REMINDER_DAYS = [30, 7, 1] as const;
export const INSURER_REMINDER_DAYS = [1, 0] as const;
/** « Due soon » on the badge and in the case list. */
export const DUE_SOON_DAYS = 7;

export interface Reminder {
  /** Stable: case, item, its date and the threshold, so each reminder is raised once. */
  id: string;
  caseId: string;
  caseTitle: string;
  item: DueItem;
  threshold: number;
}

/**
 * The reminders owed today and not yet raised. When several thresholds of one item have passed (the browser was
 * closed), only the nearest is raised, and the others are returned as `alsoDone` so they are not raised later.
 */
export function dueReminders(cases: CaseRecord[], today: CalendarDate, raised: ReadonlySet<string>, opts: { insurerDays?: number } = {}): { reminders: Reminder[]; alsoDone: string[] } {
  const reminders: Reminder[] = [];
  const alsoDone: string[] = [];
  for (const c of cases) {
    for (const item of dueItems(c, today, opts)) {
      const thresholds = item.kind === 'insurer' ? INSURER_REMINDER_DAYS : DEADLINE_REMINDER_DAYS;
      const passed = [...thresholds].filter((n) => item.daysLeft <= n).sort((a, b) => a - b);
      if (!passed.length) continue;
      const idOf = (n: number) => `${c.id}|${item.label}|${item.expiresOn}|${n}`;
      const [nearest, ...older] = passed;
      if (!raised.has(idOf(nearest))) reminders.push({ id: idOf(nearest), caseId: c.id, caseTitle: c.title, item, threshold: nearest });
      for (const n of older) if (!raised.has(idOf(n))) alsoDone.push(idOf(n));
    }
  }
  return { reminders, alsoDone };
}

/** How many open cases have something due within DUE_SOON_DAYS (the toolbar badge). */
export function dueSoonCount(cases: CaseRecord[], today: CalendarDate, opts: { insurerDays?: number } = {}): number {
  return cases.filter((c) => dueItems(c, today, opts).some((d) => d.daysLeft <= DUE_SOON_DAYS)).length;
}

/** The custody detail of a marked step (raw, English, parsed back by custody-text.ts). */
export function stepDetail(kind: CaseStepKind, on: CalendarDate, note?: string): string {
  return `step ${kind} on ${on}${note ? `: ${note}` : ''}`;
}

export function parseStepDetail(detail: string): { kind: CaseStepKind; on: string; note?: string } | undefined {
  const m = /^step (\S+) on (\d{4}-\d{2}-\d{2})(?:: ([\s\S]*))?$/.exec(detail);
  if (!m || !isCaseStepKind(m[1])) return undefined;
  return { kind: m[1], on: m[2], ...(m[3] ? { note: m[3] } : {}) };
}
