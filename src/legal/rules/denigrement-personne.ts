// Exception: dénigrement (C. civ. art. 1240) is for attacks on a professional's SERVICES; words that attack the
// PERSON are governed by the loi du 29 juillet 1881 alone, which art. 1240 cannot be used to get around
// (Cass. Ass. plén. 12 juillet 2000; docs/legal/qualifications.md#denigrement, docs/legal/procedure.md#summary-table « void and time-barred if it really targets
// the person »). So a competitor's insult or accusation aimed at the doctor is not also dénigrement: it does not stack.
import { all, any, no, yes, type ExceptionRule } from './rule';
export const denigrementPersonne: ExceptionRule = {
  id: 'denigrement-personne',
  removes: 'denigrement',
  when: any(
    yes('cible-personne', 'Cass. Ass. plén. 12 juillet 2000'),
    all(
      any(yes('propos-injurieux', 'Loi 29 juillet 1881 art. 29 al. 2'), yes('fait-precis', 'Loi 29 juillet 1881 art. 29 al. 1')),
      no('attaque-services', 'C. civ. art. 1240 ; Cass. Ass. plén. 12 juillet 2000'),
    ),
  ),
  why: {
    fr: "Les propos visent votre personne et non vos services : seule la loi de 1881 s'applique (Cass. Ass. plén. 12 juillet 2000), pas le dénigrement.",
    en: 'The words target you rather than your services: only the 1881 press law applies (Cass. Ass. plén. 12 July 2000), not disparagement.',
  },
};
