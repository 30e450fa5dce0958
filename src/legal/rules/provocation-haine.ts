// PROVOCATION à la discrimination, à la haine ou à la violence (discriminatory ground) — docs/legal/qualifications.md#provocation, docs/legal/procedure.md#decision-tree-q2 (Q2a).
// Loi 1881 art. 24 al. 7–8 (numbering to check on Légifrance ⚠️); 1 year (art. 65-3).
import { all, yes, type LabelRule } from './rule';

export const provocationHaine: LabelRule = {
  label: 'provocation-haine',
  title: { fr: 'Provocation à la discrimination, à la haine ou à la violence', en: 'Incitement to discrimination, hatred or violence' },
  holds: all(
    yes('appel-lecteurs', 'Loi 29 juillet 1881 art. 24 al. 7–8'),
    yes('motif-discriminatoire', 'Loi 29 juillet 1881 art. 24 al. 7–8'),
  ),
  strength: [],
  otherwise: 'probable',
  variants: [],
  period: { months: 12, text: '1 an', basis: 'Loi 29 juillet 1881 art. 65-3' },
  sources: ['Loi 29 juillet 1881 art. 24 al. 7–8', 'Loi 29 juillet 1881 art. 65-3'],
  court: true,
  steps: ['constat-commissaire', 'declaration-assureur', 'avocat', 'signalement-plateforme', 'notification-dsa', 'pharos', 'mise-en-demeure', 'ne-pas-repondre'],
  reportCategories: ['Discrimination ou incitation à la haine'],
  reply: 'ne-pas-repondre',
  note: {
    fr: "La numérotation des alinéas de l'art. 24 a changé selon les versions (al. 7–8, anciennement 8–9) : la référence à citer est à confirmer avec un avocat sur Légifrance.",
    en: 'The paragraph numbering of art. 24 has changed between versions (para. 7–8, formerly 8–9): the reference to cite must be confirmed with a lawyer on Légifrance.',
  },
};
