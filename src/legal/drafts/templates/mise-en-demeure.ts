// Formal notice to an identified author (legal-brief §4): sender, recipient, exact content (URL, date, quotation),
// qualification as "susceptible de", demand within 8 days, consequences without excessive threats, no money
// condition, no care detail (medical secrecy), LRAR. Never insulting itself.
import type { LangTemplates } from '../types';

export const miseEnDemeure: LangTemplates = {
  fr: {
    title: 'Mise en demeure',
    body: "{{doctorName}}\n{{doctorAddress}}\n\n{{recipientName}}\n{{recipientAddress}}\n\n{{city}}, le {{today}}\n\nLettre recommandée avec accusé de réception\n\nObjet : mise en demeure de retirer un contenu publié en ligne\n\nMadame, Monsieur,\n\nUn avis publié sous le nom « {{reviewAuthor}} » sur la fiche « {{placeName}} » ({{url}}), daté « {{reviewDate}} », contient les propos suivants :\n{{passages}}\n\nCes propos sont susceptibles de constituer :\n{{qualificationText}}\n\nJe vous mets en demeure de supprimer ce contenu dans un délai de huit jours à compter de la réception de la présente, et de ne pas le republier.\n\nÀ défaut, je me réserve la possibilité d'engager toute action utile pour faire valoir mes droits.\n\nUne capture datée de ce contenu a été conservée (pièce {{exhibitId}}).\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{{doctorName}}",
  },
  en: {
    title: 'Formal notice (mise en demeure)',
    body: "{{doctorName}}\n{{doctorAddress}}\n\n{{recipientName}}\n{{recipientAddress}}\n\n{{city}}, {{today}}\n\nRegistered letter with acknowledgement of receipt\n\nSubject: formal notice to remove content published online\n\nDear Sir or Madam,\n\nA review published under the name \"{{reviewAuthor}}\" on the listing \"{{placeName}}\" ({{url}}), dated \"{{reviewDate}}\", contains the following words:\n{{passages}}\n\nThese words may constitute:\n{{qualificationText}}\n\nI hereby give you formal notice to delete this content within eight days of receiving this letter, and not to publish it again.\n\nFailing this, I reserve the right to take any appropriate action to enforce my rights.\n\nA dated capture of this content has been kept (exhibit {{exhibitId}}).\n\nYours faithfully,\n\n{{doctorName}}",
  },
};
