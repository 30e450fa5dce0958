// DÉNIGREMENT — docs/legal/qualifications.md#denigrement, docs/legal/procedure.md#decision-tree-q7. C. civ. art. 1240 (Cass. com. 9 janv. 2019, n° 17-18.350); 5 years (C. civ. 2224).
// Used mainly for fake/non-patient reviews and excessive attacks on services, not on the person (Cass. com. 26 sept. 2018).
// Words aimed at the person are press law only: exception ./denigrement-personne.ts (they never stack).
// No court action needed first: the platform-policy report (conflict of interest, fake engagement) comes first (docs/legal/procedure.md#summary-table).
// docs/legal/code-sante-publique.md#reponse-publique: « no reply » is the default for any unlawful label, a public reply only for lawful criticism.
// Courts want an indication the author was not a patient (CA Paris 27 avril 2022, n° 21/14958) → probable only then.
import { any, yes, type LabelRule } from './rule';

export const denigrement: LabelRule = {
  label: 'denigrement',
  title: { fr: 'Dénigrement', en: 'Disparagement (dénigrement)' },
  holds: any(
    yes('attaque-services', 'C. civ. art. 1240'),
    yes('auteur-non-patient', 'C. civ. art. 1240 ; CA Paris 27 avril 2022, n° 21/14958'),
    yes('avis-coordonnes', 'C. civ. art. 1240'),
  ),
  strength: [{ when: yes('auteur-non-patient', 'CA Paris 27 avril 2022, n° 21/14958'), is: 'probable', ifUnknown: 'possible' }],
  otherwise: 'possible',
  variants: [],
  period: { months: 60, text: '5 ans', basis: 'C. civ. art. 2224' },
  sources: ['C. civ. art. 1240', 'C. civ. art. 2224', 'Cass. com. 9 janv. 2019, n° 17-18.350'],
  court: false,
  steps: ['signalement-plateforme', 'constat-commissaire', 'declaration-assureur', 'avocat', 'mise-en-demeure', 'ne-pas-repondre'],
  reportCategories: ["Conflit d'intérêts", 'Hors sujet'],
  reply: 'ne-pas-repondre',
  note: {
    fr: "Si les propos visent votre personne et non vos services, seule la loi de 1881 s'applique (Cass. Ass. plén. 12 juillet 2000) : délai de 3 mois.",
    en: 'If the words target you rather than your services, only the 1881 press law applies (Cass. Ass. plén. 12 July 2000): 3-month limit.',
  },
};
