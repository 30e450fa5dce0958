// Evaluates every rule against the answers. Shared by the questionnaire (what is still undecided?) and the engine.
import { andNot, evaluate, type Eval } from './logic';
import { exceptionRules, flagRules, labelRules } from './rules/index';
import type { FlagRule, LabelRule, VariantRule } from './rules/rule';
import type { Answers, FactId, Strength } from './types';

export interface LabelState {
  rule: LabelRule;
  holds: Eval;
  /** Defined once the label holds or rests on an « unknown » answer. */
  strength?: Strength;
  variants: { rule: VariantRule; eval: Eval }[];
  /** Unanswered facts that could still change this label (its existence, strength or variant). */
  missing: FactId[];
}

export interface FlagState {
  rule: FlagRule;
  eval: Eval;
}

/** "Decided present": holds, or can only be settled by a lawyer (rests on « unknown » answers, nothing left to ask).
 *  Used for VARIANTS only (shown « à confirmer »): a label or flag must hold ('T') to be raised. */
export const present = (e: Eval): boolean => e.value === 'T' || (e.value === 'U' && e.missing.length === 0);

/** Undecided only because of « je ne sais pas » answers: nothing left to ask, the label is « à vérifier ». */
export const restsOnUnknown = (e: Eval): boolean => e.value === 'U' && e.missing.length === 0;

export function labelState(rule: LabelRule, answers: Answers): LabelState {
  let holds = evaluate(rule.holds, answers);
  for (const ex of exceptionRules.filter((x) => x.removes === rule.label)) holds = andNot(holds, evaluate(ex.when, answers));
  const variants = rule.variants.map((v) => ({ rule: v, eval: evaluate(v.when, answers) }));
  if (holds.value === 'F') return { rule, holds, variants: [], missing: [] };
  if (holds.missing.length > 0) return { rule, holds, variants: [], missing: holds.missing };
  const missing = new Set<FactId>();
  let strength: Strength | undefined = holds.value === 'U' ? 'a-confirmer-avocat' : undefined;
  for (const s of rule.strength) {
    if (strength) break;
    const e = evaluate(s.when, answers);
    if (e.value === 'T') strength = s.is;
    else if (e.value === 'U' && e.missing.length === 0) strength = s.ifUnknown ?? 'a-confirmer-avocat';
    else if (e.value === 'U') e.missing.forEach((f) => missing.add(f));
  }
  for (const v of variants) if (v.eval.value === 'U') v.eval.missing.forEach((f) => missing.add(f));
  return { rule, holds, strength: strength ?? rule.otherwise, variants, missing: [...missing] };
}

export interface RulesState {
  labels: LabelState[];
  /** T: every other label is ruled out; U: some are still open or rest on « je ne sais pas »; F: some label holds. */
  nonIllicite: 'T' | 'F' | 'U';
  flags: FlagState[];
}

export function rulesState(answers: Answers): RulesState {
  const labels = labelRules.map((r) => labelState(r, answers));
  const nonIllicite = labels.some((l) => l.holds.value === 'T') ? 'F' : labels.every((l) => l.holds.value === 'F') ? 'T' : 'U';
  const flags = flagRules.map((rule) => ({ rule, eval: evaluate(rule.when, answers) }));
  return { labels, nonIllicite, flags };
}
