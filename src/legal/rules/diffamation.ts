// DIFFAMATION — docs/legal/qualifications.md#diffamation, docs/legal/procedure.md#decision-tree-q5. Loi 1881 art. 29 al. 1 (a precise fact that can be proven true or false,
// Cass. Ass. plén. 25 juin 2010), art. 32 al. 1; 3 months (art. 65). Discriminatory form art. 32 al. 2–3: 1 year (art. 65-3).
// « escroc / voleur / arnaqueur / charlatan » with no precise fact: the courts are split (Cass. civ. 30 mai 2012; TJ Bordeaux
// réf. 25 mars 2024, RG 23/02546) → docs/legal/qualifications.md#injure: flag "injure OR diffamation" for a lawyer, never decide alone.
import { all, no, yes, type LabelRule } from './rule';

export const diffamation: LabelRule = {
  label: 'diffamation',
  title: { fr: 'Diffamation', en: 'Defamation' },
  holds: { any: [yes('fait-precis', 'Loi 29 juillet 1881 art. 29 al. 1 et 32 al. 1'), yes('terme-infraction', 'Cass. civ. 30 mai 2012 ; TJ Bordeaux réf. 25 mars 2024, RG 23/02546')] },
  strength: [
    { when: all(no('fait-precis', 'Cass. Ass. plén. 25 juin 2010'), yes('terme-infraction', 'Cass. crim. 25 févr. 2025')), is: 'a-confirmer-avocat' },
  ],
  otherwise: 'probable',
  variants: [
    {
      id: 'diffamation-discriminatoire',
      title: { fr: 'Diffamation à caractère discriminatoire', en: 'Discriminatory defamation' },
      when: yes('motif-discriminatoire', 'Loi 29 juillet 1881 art. 32 al. 2–3'),
      articles: ['Loi 29 juillet 1881 art. 32 al. 2–3', 'Loi 29 juillet 1881 art. 65-3'],
      period: { months: 12, text: '1 an', basis: 'Loi 29 juillet 1881 art. 65-3', mode: 'replaces' },
    },
  ],
  period: { months: 3, text: '3 mois', basis: 'Loi 29 juillet 1881 art. 65' },
  sources: ['Loi 29 juillet 1881 art. 29 al. 1', 'Loi 29 juillet 1881 art. 32 al. 1', 'Loi 29 juillet 1881 art. 65'],
  court: true,
  steps: ['constat-commissaire', 'declaration-assureur', 'avocat', 'notification-dsa', 'mise-en-demeure', 'ne-pas-repondre'],
  reply: 'ne-pas-repondre',
  note: {
    fr: "L'auteur peut prouver la vérité des faits (art. 55) ou invoquer sa bonne foi ; un patient qui relate son expérience en termes mesurés l'emporte souvent.",
    en: 'The author may prove the facts true (art. 55) or plead good faith; a patient describing his own experience in measured terms often wins.',
  },
};
