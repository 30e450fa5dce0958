// Exception: when the insult cannot be separated from a precise defamatory fact ("escroc qui facture des actes fictifs"),
// the diffamation absorbs the injure (Cass. crim. 12 juin 1956, docs/legal/qualifications.md#injure ⚠️; docs/legal/procedure.md#decision-tree-q5). The same words cannot be
// pursued as both (art. 53; Cass. crim. 23 nov. 2010).
import { all, yes, type ExceptionRule } from './rule';

export const injureAbsorbee: ExceptionRule = {
  id: 'injure-absorbee',
  removes: 'injure',
  when: all(
    yes('fait-precis', 'Loi 29 juillet 1881 art. 29 al. 1'),
    yes('injure-liee-au-fait', 'Cass. crim. 12 juin 1956'),
  ),
  why: {
    fr: "L'insulte est liée au fait précis : elle relève de la diffamation, pas de l'injure.",
    en: 'The insult is tied to the precise fact: it is defamation, not a separate insult.',
  },
};
