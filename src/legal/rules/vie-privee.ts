// ATTEINTE À LA VIE PRIVÉE — docs/legal/qualifications.md#vie-privee, docs/legal/procedure.md#decision-tree-q3. C. civ. art. 9 (civil, 5 years, C. civ. 2224).
// Professional details are not private life (TGI Paris réf. 12 avril 2019); the reviewer's own health story is not the doctor's.
// Home address / doxxing adds C. pén. 223-1-1 (6 years, CPP art. 8 ⚠️).
import { any, yes, type LabelRule } from './rule';

export const viePrivee: LabelRule = {
  label: 'vie-privee',
  title: { fr: 'Atteinte à la vie privée', en: 'Invasion of privacy' },
  holds: any(
    yes('vie-privee-revelee', 'C. civ. art. 9'),
    yes('adresse-personnelle', 'C. civ. art. 9 ; C. pén. art. 223-1-1'),
  ),
  strength: [],
  otherwise: 'probable',
  variants: [
    {
      id: 'mise-en-danger-223-1-1',
      title: { fr: 'Divulgation exposant à un risque (adresse personnelle)', en: 'Disclosure exposing to danger (home address)' },
      when: yes('adresse-personnelle', 'C. pén. art. 223-1-1'),
      articles: ['C. pén. art. 223-1-1'],
      period: { months: 72, text: '6 ans', basis: 'C. proc. pén. art. 8', mode: 'adds' },
      steps: ['plainte-police'],
    },
  ],
  period: { months: 60, text: '5 ans', basis: 'C. civ. art. 2224' },
  sources: ['C. civ. art. 9', 'C. civ. art. 2224'],
  court: true,
  steps: ['constat-commissaire', 'declaration-assureur', 'avocat', 'signalement-plateforme', 'notification-dsa', 'mise-en-demeure', 'ne-pas-repondre'],
  reportCategories: ['Informations personnelles'],
  reply: 'ne-pas-repondre',
};
