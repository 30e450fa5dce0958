// CNIL complaint after one month without a satisfactory answer (legal-brief §7; cnil.fr/fr/plaintes). For Google the
// Irish DPC may lead under the one-stop shop ❓.
import type { LangTemplates } from '../types';

export const plainteCnil: LangTemplates = {
  fr: {
    title: 'Plainte auprès de la CNIL',
    body: "Plaignant : {{doctorName}}, {{specialty}} — {{doctorAddress}} — {{doctorEmail}}\nOrganisme mis en cause : exploitant du site {{siteName}}\nTraitement : fiche « {{placeName}} » ({{url}}) créée sans mon consentement\n\nLe {{rgpdDate}}, j'ai exercé mon droit d'opposition (RGPD art. 21) et demandé l'effacement de cette fiche (art. 17). Plus d'un mois s'est écoulé sans réponse satisfaisante (art. 12(3)).\n\nJe demande à la CNIL d'intervenir pour obtenir l'effacement de la fiche. Pièces jointes : ma demande et sa preuve d'envoi, la réponse éventuelle, la capture de la fiche (pièce {{exhibitId}}).\n\nFait le {{today}}\n{{doctorName}}",
  },
  en: {
    title: 'Complaint to the CNIL',
    body: "Complainant: {{doctorName}}, {{specialty}} — {{doctorAddress}} — {{doctorEmail}}\nOrganisation concerned: operator of {{siteName}}\nProcessing: listing \"{{placeName}}\" ({{url}}) created without my consent\n\nOn {{rgpdDate}}, I exercised my right to object (GDPR art. 21) and requested erasure of this listing (art. 17). More than one month has passed without a satisfactory answer (art. 12(3)).\n\nI ask the CNIL to intervene to obtain the erasure of the listing. Attached: my request and proof of sending, any answer, the capture of the listing (exhibit {{exhibitId}}).\n\nDone on {{today}}\n{{doctorName}}",
  },
};
