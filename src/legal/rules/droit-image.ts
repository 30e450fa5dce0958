// ATTEINTE AU DROIT À L'IMAGE — docs/legal/qualifications.md#droit-image, docs/legal/procedure.md#decision-tree-q4. C. civ. art. 9 (civil, 5 years).
// Criminal variants (6 years, CPP art. 8 ⚠️): 226-1 2° / 226-2 if captured in a private place (whether a waiting room is
// one depends on the facts ❓), 226-8 for a montage or AI-generated content (as rewritten by loi SREN 2024).
import { yes, type LabelRule } from './rule';

export const droitImage: LabelRule = {
  label: 'droit-image',
  title: { fr: "Atteinte au droit à l'image", en: 'Breach of image rights' },
  holds: yes('image-publiee', 'C. civ. art. 9'),
  strength: [],
  otherwise: 'probable',
  variants: [
    {
      id: 'captation-lieu-prive',
      title: { fr: 'Image captée dans un lieu privé', en: 'Image captured in a private place' },
      when: yes('image-lieu-prive', 'C. pén. art. 226-1 2° et 226-2'),
      articles: ['C. pén. art. 226-1 2°', 'C. pén. art. 226-2'],
      period: { months: 72, text: '6 ans', basis: 'C. proc. pén. art. 8', mode: 'adds' },
      steps: ['plainte-police'],
    },
    {
      id: 'montage-ia',
      title: { fr: 'Montage ou contenu généré par IA', en: 'Montage or AI-generated content' },
      when: yes('image-montage', 'C. pén. art. 226-8'),
      articles: ['C. pén. art. 226-8'],
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
