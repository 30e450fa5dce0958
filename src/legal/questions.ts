// The questionnaire is a checklist, not a flowchart (docassemble; law is data): nextQuestion() returns the
// first fact, in the order of docs/legal/procedure.md#decision-tree, that is unanswered AND could still change an undecided rule.
// A fact already answered is never asked again; once every rule is decided it returns null.
import { QUESTION_TEXTS } from './questions-data';
import { rulesState } from './state';
import type { Answers, FactId, Question, Text } from './types';

export const CHOICES: { value: 'yes' | 'no' | 'unknown'; label: Text }[] = [
  { value: 'yes', label: { fr: 'Oui', en: 'Yes' } },
  { value: 'no', label: { fr: 'Non', en: 'No' } },
  { value: 'unknown', label: { fr: 'Je ne sais pas', en: "I don't know" } },
];

export const QUESTIONS: Question[] = QUESTION_TEXTS.map((q) => ({ ...q, choices: CHOICES }));

export function questionFor(fact: FactId): Question {
  const q = QUESTIONS.find((x) => x.fact === fact);
  if (!q) throw new Error(`no question for fact ${fact}`);
  return q;
}

export interface QuestionContext {
  /** The doctor already gave the exact first-publication date. */
  exactPublicationDate?: string;
}

/** Facts that could still change the outcome (labels, flags, and the procedural facts T2–T4 of docs/legal/procedure.md#decision-tree). */
export function openFacts(answers: Answers, ctx: QuestionContext = {}): Set<FactId> {
  const state = rulesState(answers);
  const open = new Set<FactId>();
  for (const l of state.labels) l.missing.forEach((f) => open.add(f));
  for (const f of state.flags) if (f.eval.value === 'U') f.eval.missing.forEach((x) => open.add(x));
  // Whatever the label (docs/legal/procedure.md#decision-tree-t3, docs/legal/procedure.md#summary-table: the right of reply needs no harm), asked and never assumed per site: a listing
  // the doctor has not claimed cannot reply (décret 2007-1527 art. 1 al. 2).
  open.add('reponse-directe-possible');
  // The other procedural facts matter only when some unlawful label holds or may still hold.
  if (state.nonIllicite !== 'T') {
    open.add('auteur-identifie');
    if (ctx.exactPublicationDate === undefined) open.add('date-publication-connue');
  }
  for (const fact of Object.keys(answers) as FactId[]) open.delete(fact);
  return open;
}

export function nextQuestion(answers: Answers, ctx: QuestionContext = {}): Question | null {
  const open = openFacts(answers, ctx);
  const q = QUESTIONS.find((x) => open.has(x.fact));
  return q ?? null;
}
