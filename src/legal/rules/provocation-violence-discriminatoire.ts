// Exception: a call to violence tied to origin, religion, sex, orientation, gender identity or handicap is art. 24 al. 7–8
// (provocation-haine, 1 year, art. 65-3), not art. 24 al. 1 (docs/legal/qualifications.md#provocation, docs/legal/procedure.md#decision-tree-q2).
import { yes, type ExceptionRule } from './rule';

export const provocationViolenceDiscriminatoire: ExceptionRule = {
  id: 'provocation-violence-discriminatoire',
  removes: 'provocation-violence',
  when: yes('motif-discriminatoire', 'Loi 29 juillet 1881 art. 24 al. 7–8'),
  why: {
    fr: 'Appel fondé sur un motif discriminatoire : provocation à la haine (art. 24 al. 7–8), prescription d’un an.',
    en: 'A call based on a discriminatory ground: incitement to hatred (art. 24 para. 7–8), one-year limit.',
  },
};
