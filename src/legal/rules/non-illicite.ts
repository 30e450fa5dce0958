// NON-ILLICITE (libre critique) — docs/legal/qualifications.md#non-illicite, docs/legal/procedure.md#decision-tree-q8. Freedom of expression (DDHC art. 11, CEDH art. 10).
// Holds when every other label is ruled out (the engine checks that); courts refused removal of "désagréable, hautain…
// ne pense qu'à l'argent" (TGI Paris réf. 29 juin 2018) and "on paie le dépassement d'honoraires" (TGI Metz 16 juill. 2019).
import type { LabelRule } from './rule';

export const nonIllicite: LabelRule = {
  label: 'non-illicite',
  title: { fr: 'Critique licite (non illicite)', en: 'Lawful criticism (not unlawful)' },
  // The engine replaces this by "no other label holds or may hold".
  holds: { all: [] },
  strength: [],
  otherwise: 'probable',
  variants: [],
  sources: ['DDHC art. 11', 'CEDH art. 10', 'TGI Paris réf. 29 juin 2018', 'TGI Metz 16 juillet 2019, n° 19/00167'],
  court: false,
  steps: ['reponse-publique'],
  reply: 'reponse-possible',
  note: {
    fr: "Un avis négatif mesuré est protégé par la liberté d'expression. Vous pouvez ne rien faire, ou publier une réponse sobre qui respecte le secret médical.",
    en: 'A measured negative review is protected by freedom of expression. You may do nothing, or post a sober reply that respects medical secrecy.',
  },
};
