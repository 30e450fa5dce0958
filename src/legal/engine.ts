// qualify(): answers (+ the review and its dates) → labels with strength and "why" trace, flags, deadlines, steps.
// Several labels can hold at once (legal-brief §9: "record all labels that apply").
import type { CalendarDate, PublishedRange, ReviewFields } from '../shared/types';
import { NO_INTERRUPTION_NOTICE, deadlinesFor, shortestLive } from './deadlines';
import { hintsFor } from './hints';
import { exceptionRules, flagRules, labelRules, nonIllicite, RULESET_VERSION } from './rules/index';
import { evaluate } from './logic';
import { present, rulesState } from './state';
import { stepsFor } from './steps';
import type { Answers, FlagResult, Hint, LabelId, LabelResult, Qualification, TraceItem } from './types';

export interface QualifyInput {
  answers: Answers;
  review?: ReviewFields;
  publishedRange?: PublishedRange;
  /** Exact first-publication date given by the doctor; otherwise we count from publishedRange.earliest. */
  exactPublicationDate?: CalendarDate;
  /** Calendar date in Europe/Paris (see parisToday()). */
  today: CalendarDate;
  /** From the site adapter; when undefined the doctor's answer to 'reponse-directe-possible' is used. */
  siteHasDirectReply?: boolean;
  hints?: Hint[];
}

const uniqTrace = (t: TraceItem[]): TraceItem[] => {
  const seen = new Set<string>();
  return t.filter((x) => {
    const k = `${x.fact}|${x.article}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
};

export function qualify(input: QualifyInput): Qualification {
  const { answers } = input;
  const state = rulesState(answers);
  const labels: LabelResult[] = [];
  const pending: LabelId[] = [];
  for (const s of state.labels) {
    if (s.holds.value === 'U' && s.holds.missing.length) pending.push(s.rule.label);
    if (!present(s.holds)) continue;
    const variants = s.variants.filter((v) => present(v.eval));
    const r: LabelResult = {
      label: s.rule.label,
      title: s.rule.title,
      strength: s.strength ?? s.rule.otherwise,
      trace: uniqTrace([...s.holds.trace, ...variants.flatMap((v) => v.eval.trace)]),
      sources: [...s.rule.sources, ...variants.flatMap((v) => v.rule.articles)],
      variants: variants.map((v) => ({ id: v.rule.id, title: v.rule.title, articles: v.rule.articles, toConfirm: v.eval.value === 'U' })),
    };
    if (s.rule.note) r.note = s.rule.note;
    labels.push(r);
  }
  if (state.nonIllicite === 'T') {
    labels.push({
      label: 'non-illicite', title: nonIllicite.title, strength: 'probable', variants: [], sources: nonIllicite.sources, note: nonIllicite.note,
      trace: uniqTrace(state.labels.flatMap((l) => l.holds.trace)),
    });
  } else if (state.nonIllicite === 'U' && !labels.length) pending.push('non-illicite');

  // Why a label is absent although its own condition holds: an exception rule set it aside.
  const excluded: Qualification['excluded'] = [];
  for (const ex of exceptionRules) {
    const rule = labelRules.find((r) => r.label === ex.removes)!;
    if (evaluate(rule.holds, answers).value !== 'F' && evaluate(ex.when, answers).value === 'T') {
      excluded.push({ label: ex.removes, rule: ex.id, why: ex.why });
    }
  }

  const flags: FlagResult[] = state.flags
    .filter((f) => present(f.eval))
    .map((f) => ({ flag: f.rule.flag, title: f.rule.title, trace: f.eval.trace, sources: f.rule.sources, note: f.rule.note }));
  if (input.review?.edited) {
    flags.push({
      flag: 'avis-modifie',
      title: { fr: 'Avis modifié', en: 'Edited review' },
      trace: [],
      sources: ['Cass. crim. 2 nov. 2016, n° 15-87.163 (republication)', 'legal-brief §1.10 ❓'],
      note: {
        fr: 'Le site indique que l’avis a été modifié. Une nouvelle rédaction peut rouvrir le délai pour les nouveaux propos (à confirmer par un avocat) ; nous comptons depuis la première publication connue.',
        en: 'The site marks the review as edited. New wording may reopen the period for the new words (a lawyer must confirm); we count from the earliest known publication.',
      },
    });
  }

  const replyAnswer = answers['reponse-directe-possible']?.value;
  const siteHasDirectReply = input.siteHasDirectReply ?? (replyAnswer === 'yes' ? true : replyAnswer === 'no' ? false : undefined);
  const range = input.publishedRange ?? input.review?.publishedRange;
  const startsOn = input.exactPublicationDate ?? range?.earliest ?? null;
  const startIsEarliestPossible = !input.exactPublicationDate && !!range && range.earliest !== range.latest;
  const deadlines = deadlinesFor(labels, labelRules, { startsOn, startIsEarliestPossible, today: input.today, edited: !!input.review?.edited, siteHasDirectReply });
  const shortestLiveDeadline = shortestLive(deadlines);
  const steps = stepsFor({
    labels, rules: [...labelRules, nonIllicite], flags: flagRules.filter((r) => flags.some((f) => f.flag === r.flag)),
    authorKnown: answers['auteur-identifie']?.value === 'yes', siteHasDirectReply,
    shortPeriodLive: deadlines.some((d) => d.months <= 3 && d.label !== 'droit-de-reponse' && !d.expired),
  });
  const q: Qualification = {
    rulesetVersion: RULESET_VERSION,
    answers,
    hints: input.hints ?? (input.review ? hintsFor(input.review) : []),
    labels, pending, excluded, flags, deadlines, steps,
    noInterruptionNotice: NO_INTERRUPTION_NOTICE,
  };
  if (shortestLiveDeadline) q.shortestLiveDeadline = shortestLiveDeadline;
  if (siteHasDirectReply !== undefined) q.siteHasDirectReply = siteHasDirectReply;
  return q;
}
