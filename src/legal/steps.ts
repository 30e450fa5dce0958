// Next steps, merged over every label and flag that holds, in the fixed order of STEP_ORDER.
// Conditions: a mise en demeure needs a known author (legal-brief §9 T2); the right of reply only exists where the
// site has no direct reply (décret 2007-1527 art. 1 al. 2, §9 T3); "no public reply" wins over a reply (§6).
import { STEP_ORDER, STEP_TEXTS } from './steps-data';
import type { FlagRule, LabelRule } from './rules/rule';
import type { FlagId, LabelId, LabelResult, Step, StepId } from './types';

export interface StepsContext {
  labels: LabelResult[];
  rules: LabelRule[];
  flags: FlagRule[];
  authorKnown: boolean;
  siteHasDirectReply?: boolean;
  /** A 3-month press-law period is running: constat, lawyer and insurer become urgent. */
  shortPeriodLive: boolean;
}

/** Each label lists its steps in its own order (legal-brief §10 "first-step remedy"); merged, a step takes its best
 *  rank over the labels that call for it, ties follow STEP_ORDER. Danger comes first; reply advice comes last. */
export function stepsFor(ctx: StepsContext): Step[] {
  const wanted = new Map<StepId, { rank: number; for: Set<LabelId | FlagId>; categories: Set<string> }>();
  const want = (id: StepId, rank: number, by: LabelId | FlagId, categories: string[] = []) => {
    const r = id === 'ne-pas-repondre' || id === 'reponse-publique' ? Infinity : rank;
    const w = wanted.get(id) ?? { rank: r, for: new Set(), categories: new Set() };
    w.rank = Math.min(w.rank, r);
    w.for.add(by);
    categories.forEach((c) => w.categories.add(c));
    wanted.set(id, w);
  };
  for (const l of ctx.labels) {
    const rule = ctx.rules.find((r) => r.label === l.label);
    if (!rule) continue;
    rule.steps.forEach((s, i) => want(s, i, l.label, s === 'signalement-plateforme' ? rule.reportCategories : []));
    // A criminal variant adds its complaint after the report and the notice (§10: "if danger, police complaint");
    // only when the variant is established, not when it rests on « je ne sais pas ».
    for (const v of rule.variants) {
      if (l.variants.some((x) => x.id === v.id && !x.toConfirm)) (v.steps ?? []).forEach((s) => want(s, 1.5, l.label));
    }
    // §9 T3 is asked « always afterwards » and §10 offers the right of reply for any label: no harm is required (§3).
    if (ctx.siteHasDirectReply === false) want('droit-de-reponse', rule.steps.length, l.label);
  }
  for (const f of ctx.flags) f.steps.forEach((s, i) => want(s, f.flag === 'danger-immediat' ? -1 : i, f.flag));
  if (!ctx.authorKnown) wanted.delete('mise-en-demeure');
  if (wanted.has('ne-pas-repondre')) wanted.delete('reponse-publique');
  const urgent = new Set<StepId>(['appel-17-112']);
  const pp = wanted.get('plainte-police');
  if (pp && (pp.for.has('menaces') || pp.for.has('danger-immediat'))) urgent.add('plainte-police');
  if (ctx.shortPeriodLive) ['constat-commissaire', 'avocat', 'declaration-assureur'].forEach((s) => urgent.add(s as StepId));
  const order = (id: StepId) => STEP_ORDER.indexOf(id);
  return [...wanted.entries()]
    .sort(([a, wa], [b, wb]) => wa.rank - wb.rank || order(a) - order(b))
    .map(([id, w]) => {
      const step: Step = { id, text: STEP_TEXTS[id].text, for: [...w.for] };
      if (w.categories.size) step.categories = [...w.categories];
      if (STEP_TEXTS[id].draft) step.draft = STEP_TEXTS[id].draft;
      if (urgent.has(id)) step.urgent = true;
      return step;
    });
}
