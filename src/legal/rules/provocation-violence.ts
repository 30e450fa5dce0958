// PROVOCATION to violence with no discriminatory ground — docs/legal/qualifications.md#provocation, docs/legal/procedure.md#decision-tree-q2 (Q2b). Loi 1881 art. 24 al. 1; 3 months (art. 65).
// Exception (own rule, ./provocation-violence-discriminatoire.ts): a discriminatory call is provocation-haine (1 year).
import { all, yes, type LabelRule } from './rule';

export const provocationViolence: LabelRule = {
  label: 'provocation-violence',
  title: { fr: 'Provocation à la violence', en: 'Incitement to violence' },
  holds: all(
    yes('appel-lecteurs', 'Loi 29 juillet 1881 art. 24 al. 1'),
    yes('appel-violence', 'Loi 29 juillet 1881 art. 24 al. 1'),
  ),
  strength: [],
  otherwise: 'probable',
  variants: [],
  period: { months: 3, text: '3 mois', basis: 'Loi 29 juillet 1881 art. 65' },
  sources: ['Loi 29 juillet 1881 art. 24 al. 1', 'Loi 29 juillet 1881 art. 65'],
  court: true,
  steps: ['constat-commissaire', 'declaration-assureur', 'avocat', 'plainte-police', 'signalement-plateforme', 'notification-dsa', 'pharos', 'mise-en-demeure', 'ne-pas-repondre'],
  reportCategories: ['Intimidation ou harcèlement'],
  reply: 'ne-pas-repondre',
};
