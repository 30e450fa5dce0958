// GDPR objection and erasure for a listing created without consent (legal-brief §7): art. 21 and 17, particular
// situation (medical secrecy prevents replying; anonymous unchecked reviews; public directories exist), answer within
// one month (art. 12(3)), CA Chambéry 22 mai 2025, RG 22/01814.
import type { LangTemplates } from '../types';

export const oppositionRgpd: LangTemplates = {
  fr: {
    title: 'Opposition et demande d’effacement (RGPD art. 21 et 17)',
    body: "{{doctorName}}, {{specialty}}\n{{doctorAddress}} — {{doctorEmail}}\n\nÀ l'attention du délégué à la protection des données de l'exploitant du site {{siteName}}\n\n{{city}}, le {{today}}\n\nObjet : opposition au traitement (RGPD art. 21) et demande d'effacement (art. 17)\n\nMadame, Monsieur,\n\nUne fiche me concernant, « {{placeName}} » ({{url}}), a été créée sans mon consentement. Je m'oppose à ce traitement de mes données personnelles pour des raisons tenant à ma situation particulière : tenu(e) au secret médical, je ne peux répondre aux avis anonymes et invérifiables publiés sur cette fiche ; les annuaires publics (Ordre, Ameli) informent déjà les patients ; la gestion de la fiche m'obligerait à accepter vos conditions.\n\nJe vous demande en conséquence l'effacement de cette fiche et des avis qui y sont attachés (art. 17), comme l'a jugé la cour d'appel de Chambéry le 22 mai 2025 (RG 22/01814).\n\nVous disposez d'un délai d'un mois pour me répondre (art. 12(3)). À défaut, je saisirai la CNIL.\n\n{{doctorName}}",
  },
  en: {
    title: 'Objection and erasure request (GDPR art. 21 and 17)',
    body: "{{doctorName}}, {{specialty}}\n{{doctorAddress}} — {{doctorEmail}}\n\nFor the attention of the data protection officer of the operator of {{siteName}}\n\n{{city}}, {{today}}\n\nSubject: objection to processing (GDPR art. 21) and erasure request (art. 17)\n\nDear Sir or Madam,\n\nA listing about me, \"{{placeName}}\" ({{url}}), was created without my consent. I object to this processing of my personal data on grounds relating to my particular situation: bound by medical secrecy, I cannot answer the anonymous, unverified reviews published on this listing; public directories (the Ordre, Ameli) already inform patients; managing the listing would force me to accept your terms.\n\nI therefore request the erasure of this listing and of the reviews attached to it (art. 17), as the Chambéry Court of Appeal held on 22 May 2025 (RG 22/01814).\n\nYou have one month to answer (art. 12(3)). Failing this, I will complain to the CNIL.\n\n{{doctorName}}",
  },
};
