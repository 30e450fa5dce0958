// Next steps, merged over every label and flag that HOLDS, in a safe order chosen per situation (steps-data.ts):
// danger first; for a review that may go to court, evidence → insurer → lawyer → removal requests; where only
// platform-policy matters hold, the platform report first. A label « à vérifier » (resting on « je ne sais pas »)
// never drives a step: it only calls for keeping the evidence and a lawyer's look (precaution).
// Conditions: a mise en demeure needs a known author (docs/legal/procedure.md#decision-tree-t2); the right of reply only exists where the
// doctor cannot reply on the site (décret 2007-1527 art. 1 al. 2, docs/legal/procedure.md#decision-tree-t3); "no public reply" wins over a reply (docs/legal/code-sante-publique.md#reponse-publique).
import { COURT_ORDER, POLICY_ORDER, STEP_TEXTS, type Situation } from './steps-data';
import type { FlagRule, LabelRule } from './rules/rule';
import type { FlagId, LabelId, LabelResult, Step, StepId } from './types';

export interface StepsContext {
  labels: LabelResult[];
  rules: LabelRule[];
  flags: FlagRule[];
  authorKnown: boolean;
  /** The doctor's answer: can they reply on this site? false opens the right of reply. */
  siteHasDirectReply?: boolean;
  /** A label deadline is live and short (a 3-month press-law period, or ANY period with fewer than 30 days left):
   *  constat, lawyer and insurer become urgent. */
  shortPeriodLive: boolean;
  /** The right-of-reply window has fewer than 30 days left. */
  replyWindowShort?: boolean;
  /** Labels « à vérifier » that may go to court: the evidence is kept as a precaution, and a lawyer consulted. */
  courtLabelsToVerify?: LabelId[];
}

export function stepsFor(ctx: StepsContext): Step[] {
  const wanted = new Map<StepId, { for: Set<LabelId | FlagId>; categories: Set<string> }>();
  const want = (id: StepId, by: LabelId | FlagId, categories: string[] = []) => {
    const w = wanted.get(id) ?? { for: new Set(), categories: new Set() };
    w.for.add(by);
    categories.forEach((c) => w.categories.add(c));
    wanted.set(id, w);
  };
  let court = false;
  for (const l of ctx.labels) {
    const rule = ctx.rules.find((r) => r.label === l.label);
    if (!rule) continue;
    if (rule.court) court = true;
    rule.steps.forEach((s) => want(s, l.label, s === 'signalement-plateforme' ? rule.reportCategories : []));
    // A criminal variant adds its complaint (docs/legal/procedure.md#summary-table: "police complaint if…"), only when the variant is established, not
    // when it rests on « je ne sais pas ».
    for (const v of rule.variants) {
      if (l.variants.some((x) => x.id === v.id && !x.toConfirm)) (v.steps ?? []).forEach((s) => want(s, l.label));
    }
    // docs/legal/procedure.md#decision-tree-t3 is asked « always afterwards » and docs/legal/procedure.md#summary-table offers the right of reply for any label: no harm is required (docs/legal/numerique-dsa-lcen.md#lcen-art-1-1-droit-de-reponse).
    if (ctx.siteHasDirectReply === false) want('droit-de-reponse', l.label);
  }
  for (const f of ctx.flags) f.steps.forEach((s) => want(s, f.flag, s === 'signalement-plateforme' ? f.reportCategories : []));
  const toVerify = ctx.courtLabelsToVerify ?? [];
  // Something that may go to court is only « à vérifier »: keep the evidence first all the same, have a lawyer look,
  // and do not reply publicly meanwhile.
  const situation: Situation = court ? 'court' : toVerify.length ? 'precaution' : 'policy';
  for (const l of court ? [] : toVerify) {
    want('constat-commissaire', l);
    want('avocat', l);
    want('ne-pas-repondre', l);
  }
  if (!ctx.authorKnown) wanted.delete('mise-en-demeure');
  if (wanted.has('ne-pas-repondre')) wanted.delete('reponse-publique');

  const threat = (id: StepId) => {
    const w = wanted.get(id);
    return !!w && (w.for.has('menaces') || w.for.has('danger-immediat'));
  };
  // A complaint for a threat or a danger, and the declaration to the Ordre that goes with it, come right after 17/112.
  const early = new Set<StepId>(['appel-17-112', ...(threat('plainte-police') ? ['plainte-police' as StepId] : []), ...(threat('informer-cdom') ? ['informer-cdom' as StepId] : [])]);
  const base = situation === 'policy' ? POLICY_ORDER : COURT_ORDER;
  const order = [...base.filter((s) => early.has(s)), ...base.filter((s) => !early.has(s))];

  const urgent = new Set<StepId>(['appel-17-112']);
  if (threat('plainte-police')) urgent.add('plainte-police');
  if (ctx.shortPeriodLive) (['constat-commissaire', 'avocat', 'declaration-assureur'] as StepId[]).forEach((s) => urgent.add(s));
  if (ctx.replyWindowShort) urgent.add('droit-de-reponse');
  return [...wanted.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([id, w]) => {
      const t = STEP_TEXTS[id];
      const whyKey = (id === 'plainte-police' || id === 'informer-cdom') && threat(id) ? 'threat' : situation;
      const step: Step = { id, text: t.text, for: [...w.for], why: t.whyIn?.[whyKey] ?? t.why };
      if (w.categories.size) step.categories = [...w.categories];
      if (t.draft) step.draft = t.draft;
      if (urgent.has(id)) step.urgent = true;
      return step;
    });
}
