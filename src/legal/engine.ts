// qualify(): answers (+ the review and its dates) → labels with strength and "why" trace, flags, deadlines, steps.
// Several labels can hold at once (docs/legal/procedure.md#decision-tree: "record all labels that apply").
import type { CalendarDate, PublishedRange, ReviewFields } from '../shared/types';
import { NO_INTERRUPTION_NOTICE, deadlinesFor, periodText, shortestLive } from './deadlines';
import { hintsFor } from './hints';
import { exceptionRules, flagRules, labelRules, nonIllicite, RULESET_VERSION } from './rules/index';
import { evaluate } from './logic';
import { QUESTION_TEXTS } from './questions-data';
import type { Cond } from './rules/rule';
import { labelState, present, restsOnUnknown, rulesState } from './state';
import { stepsFor } from './steps';
import type { Answers, FactId, FlagId, FlagResult, Hint, LabelId, LabelResult, Qualification, ToVerify, TraceItem } from './types';

export interface QualifyInput {
  answers: Answers;
  review?: ReviewFields;
  publishedRange?: PublishedRange;
  /** Exact first-publication date given by the doctor; otherwise we count from publishedRange.earliest. */
  exactPublicationDate?: CalendarDate;
  /** Calendar date in Europe/Paris (see parisToday()). */
  today: CalendarDate;
  hints?: Hint[];
}

/** Flags worth a question when they rest on « je ne sais pas » (the others repeat a label's question). */
const FLAGS_TO_VERIFY: FlagId[] = ['danger-immediat', 'hors-sujet', 'fiche-sans-consentement'];

/**
 * The ONE question that would settle a value resting on « je ne sais pas »: among the facts answered « je ne sais
 * pas », in the questionnaire's order, the first whose answer alone makes the label hold; else the first that makes its
 * own condition hold (exceptions aside); else the first whose answer alone rules it out.
 */
function settlingFact(full: (a: Answers) => 'T' | 'F' | 'U', base: (a: Answers) => 'T' | 'F' | 'U', answers: Answers): FactId | undefined {
  const unknown = QUESTION_TEXTS.map((q) => q.fact).filter((f) => answers[f]?.value === 'unknown');
  const withAnswer = (f: FactId, value: 'yes' | 'no'): Answers => ({ ...answers, [f]: { value, source: 'doctor' } });
  const first = (decide: (a: Answers) => 'T' | 'F' | 'U', goal: 'T' | 'F') =>
    unknown.find((f) => decide(withAnswer(f, 'yes')) === goal || decide(withAnswer(f, 'no')) === goal);
  return first(full, 'T') ?? first(base, 'T') ?? first(full, 'F');
}

const condValue = (c: Cond) => (a: Answers) => evaluate(c, a).value;

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
  const toVerify: ToVerify[] = [];
  for (const s of state.labels) {
    if (s.holds.value === 'U' && s.holds.missing.length) pending.push(s.rule.label);
    // « Je ne sais pas » never raises a label: it is « à vérifier », with the one question that would settle it.
    if (restsOnUnknown(s.holds)) {
      const question = settlingFact((a) => labelState(s.rule, a).holds.value, condValue(s.rule.holds), answers);
      if (question) {
        const item: ToVerify = { label: s.rule.label, title: s.rule.title, question };
        if (s.rule.period) item.periodIfConfirmed = periodText(s.rule.period.months);
        toVerify.push(item);
      }
    }
    if (s.holds.value !== 'T') continue;
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
    if (present(evaluate(rule.holds, answers)) && evaluate(ex.when, answers).value === 'T') {
      excluded.push({ label: ex.removes, rule: ex.id, why: ex.why });
    }
  }

  for (const f of state.flags) {
    if (!FLAGS_TO_VERIFY.includes(f.rule.flag) || !restsOnUnknown(f.eval)) continue;
    const question = settlingFact(condValue(f.rule.when), condValue(f.rule.when), answers);
    // An immediate danger left « à vérifier » is shown first: its question is the one to settle before any other.
    if (question) toVerify[f.rule.flag === 'danger-immediat' ? 'unshift' : 'push']({ label: f.rule.flag, title: f.rule.title, question });
  }

  const flags: FlagResult[] = state.flags
    .filter((f) => f.eval.value === 'T')
    .map((f) => ({ flag: f.rule.flag, title: f.rule.title, trace: f.eval.trace, sources: f.rule.sources, note: f.rule.note }));
  const edit = input.review?.editedRange;
  if (input.review?.edited) {
    flags.push({
      flag: 'avis-modifie',
      title: { fr: 'Avis modifié', en: 'Edited review' },
      trace: [],
      sources: ['Cass. crim. 2 nov. 2016, n° 15-87.163 (republication)', 'docs/legal/procedure.md#prescription ❓'],
      note: {
        fr: 'Le site indique que l’avis a été modifié. Votre avocat confirmera si la nouvelle rédaction rouvre le délai pour les propos ajoutés ou changés : aucune décision ne l’a encore dit pour un avis.',
        en: 'The site marks the review as edited. Your lawyer will confirm whether the new wording reopens the period for the words added or changed: no decision has yet said so for a review.',
      },
    });
  }

  // The right of reply depends on the doctor's answer, never on an assumption about the site (a listing not claimed
  // cannot reply): décret 2007-1527 art. 1 al. 2, docs/legal/numerique-dsa-lcen.md#lcen-art-1-1-droit-de-reponse, docs/legal/procedure.md#decision-tree-t3.
  const replyAnswer = answers['reponse-directe-possible']?.value;
  const siteHasDirectReply = replyAnswer === 'yes' ? true : replyAnswer === 'no' ? false : undefined;
  const range = input.publishedRange ?? input.review?.publishedRange;
  // First publication: the doctor's exact date, else the earliest day the shown date allows. When the page only shows
  // the EDIT's date, the deadlines count from the edit, for the new words only, and say so (docs/legal/procedure.md#prescription ❓).
  const fromEdit = !input.exactPublicationDate && !range && !!edit;
  const startRange = range ?? (fromEdit ? edit : undefined);
  const startsOn = input.exactPublicationDate ?? startRange?.earliest ?? null;
  const startIsEarliestPossible = !input.exactPublicationDate && !!startRange && startRange.earliest !== startRange.latest;
  const deadlines = deadlinesFor(labels, labelRules, { startsOn, startIsEarliestPossible, today: input.today, edited: !!input.review?.edited, fromEdit, siteHasDirectReply });
  const shortestLiveDeadline = shortestLive(deadlines);
  const live = deadlines.filter((d) => !d.expired);
  const courtLabelsToVerify = toVerify.flatMap((v) => {
    const rule = labelRules.find((r) => r.label === v.label);
    return rule?.court ? [rule.label] : [];
  });
  const steps = stepsFor({
    labels, rules: [...labelRules, nonIllicite], flags: flagRules.filter((r) => flags.some((f) => f.flag === r.flag)),
    authorKnown: answers['auteur-identifie']?.value === 'yes', siteHasDirectReply,
    // Urgent for ANY deadline under 30 days, whatever its length, and for any live 3-month press-law period.
    shortPeriodLive: live.some((d) => d.label !== 'droit-de-reponse' && (d.months <= 3 || d.warning)),
    replyWindowShort: live.some((d) => d.label === 'droit-de-reponse' && d.warning),
    courtLabelsToVerify,
  });
  const q: Qualification = {
    rulesetVersion: RULESET_VERSION,
    answers,
    hints: input.hints ?? (input.review ? hintsFor(input.review) : []),
    labels, toVerify, pending, excluded, flags, deadlines, steps,
    noInterruptionNotice: NO_INTERRUPTION_NOTICE,
  };
  if (shortestLiveDeadline) q.shortestLiveDeadline = shortestLiveDeadline;
  if (siteHasDirectReply !== undefined) q.siteHasDirectReply = siteHasDirectReply;
  return q;
}
