// MENACES — docs/legal/qualifications.md#menaces, docs/legal/procedure.md#decision-tree-q1. C. pén. 222-17 (threat materialised by a writing), 222-18 (with a condition),
// 222-18-1 (discriminatory). Not press law: 6 years (CPP art. 8 ⚠️ general rule). First step: police complaint, no reply.
import { yes, type LabelRule } from './rule';

export const menaces: LabelRule = {
  label: 'menaces',
  title: { fr: 'Menaces', en: 'Threats' },
  holds: yes('menace', 'C. pén. art. 222-17 et 222-18'),
  strength: [],
  otherwise: 'probable',
  variants: [
    {
      id: 'menaces-discriminatoires',
      title: { fr: 'Menaces à caractère discriminatoire', en: 'Discriminatory threats' },
      when: yes('motif-discriminatoire', 'C. pén. art. 222-18-1'),
      articles: ['C. pén. art. 222-18-1'],
    },
  ],
  period: { months: 72, text: '6 ans', basis: 'C. proc. pén. art. 8' },
  sources: ['C. pén. art. 222-17', 'C. pén. art. 222-18', 'Loi n° 2025-623 du 9 juillet 2025'],
  court: true,
  steps: ['plainte-police', 'informer-cdom', 'constat-commissaire', 'declaration-assureur', 'avocat', 'signalement-plateforme', 'notification-dsa', 'ne-pas-repondre'],
  reportCategories: ['Intimidation ou harcèlement'],
  reply: 'ne-pas-repondre',
};
