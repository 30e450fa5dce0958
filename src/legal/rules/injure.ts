// INJURE — docs/legal/qualifications.md#injure, docs/legal/procedure.md#decision-tree-q6. Loi 1881 art. 29 al. 2 (outrageous words "qui ne renferme l'imputation d'aucun fait"),
// art. 33 al. 2; 3 months (art. 65). Discriminatory form art. 33 al. 3–4: 1 year (art. 65-3).
// Exception in ./injure-absorbee.ts: an insult tied to a precise fact is diffamation.
import { all, no, yes, type LabelRule } from './rule';

export const injure: LabelRule = {
  label: 'injure',
  title: { fr: 'Injure', en: 'Insult (injure)' },
  holds: { any: [yes('propos-injurieux', 'Loi 29 juillet 1881 art. 29 al. 2 et 33 al. 2'), yes('terme-infraction', 'Loi 29 juillet 1881 art. 29 al. 2')] },
  strength: [
    { when: all(no('propos-injurieux', 'Loi 29 juillet 1881 art. 29 al. 2'), yes('terme-infraction', 'Cass. civ. 30 mai 2012')), is: 'a-confirmer-avocat' },
  ],
  otherwise: 'probable',
  variants: [
    {
      id: 'injure-discriminatoire',
      title: { fr: 'Injure à caractère discriminatoire', en: 'Discriminatory insult' },
      when: yes('motif-discriminatoire', 'Loi 29 juillet 1881 art. 33 al. 3–4'),
      articles: ['Loi 29 juillet 1881 art. 33 al. 3–4', 'Loi 29 juillet 1881 art. 65-3'],
      period: { months: 12, text: '1 an', basis: 'Loi 29 juillet 1881 art. 65-3', mode: 'replaces' },
    },
  ],
  period: { months: 3, text: '3 mois', basis: 'Loi 29 juillet 1881 art. 65' },
  sources: ['Loi 29 juillet 1881 art. 29 al. 2', 'Loi 29 juillet 1881 art. 33 al. 2', 'Loi 29 juillet 1881 art. 65'],
  court: true,
  steps: ['constat-commissaire', 'declaration-assureur', 'avocat', 'signalement-plateforme', 'notification-dsa', 'mise-en-demeure', 'ne-pas-repondre'],
  reportCategories: ['Grossièretés / contenu grossier', 'Intimidation ou harcèlement'],
  reply: 'ne-pas-repondre',
};
