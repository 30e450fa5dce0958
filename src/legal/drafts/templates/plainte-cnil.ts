// CNIL complaint after one month without a satisfactory answer (docs/legal/rgpd-cnil.md#fiche-sans-consentement; cnil.fr/fr/plaintes).
import { defineTemplate } from './define';

export const plainteCnil = defineTemplate({
  fr: {
    title: 'Plainte auprès de la CNIL',
    howToSend: `En ligne sur https://www.cnil.fr/fr/plaintes, plus d'un mois après votre demande restée sans réponse satisfaisante. Joignez votre demande, sa preuve d'envoi, la réponse éventuelle et la capture de la fiche.`,
    body: `Plaignant : {{doctorName}}, {{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}} — {{doctorEmail}}
Organisme mis en cause : exploitant du site {{siteName}}
Traitement : fiche « {{placeName}} » ({{url}}) créée sans mon consentement, où sont publiés des avis anonymes (l'un d'eux a été {{publication}})

Le {{rgpdDate}}, j'ai exercé mon droit d'opposition (RGPD art. 21) et demandé l'effacement de cette fiche (art. 17). Plus d'un mois s'est écoulé sans réponse satisfaisante (art. 12(3)).

Je demande à la CNIL d'intervenir pour obtenir l'effacement de la fiche.

Pièces jointes : ma demande et sa preuve d'envoi, la réponse éventuelle, la capture de la fiche.
{{evidence}}

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature :`,
  },
  en: {
    title: 'Complaint to the CNIL',
    howToSend: `Online at https://www.cnil.fr/fr/plaintes, more than one month after your request went without a satisfactory answer. Attach your request, proof of sending, any answer and the capture of the listing.`,
    body: `Complainant: {{doctorName}}, {{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}} — {{doctorEmail}}
Organisation concerned: operator of {{siteName}}
Processing: listing "{{placeName}}" ({{url}}) created without my consent, carrying anonymous reviews (one of which was {{publication}})

On {{rgpdDate}}, I exercised my right to object (GDPR art. 21) and requested erasure of this listing (art. 17). More than one month has passed without a satisfactory answer (art. 12(3)).

I ask the CNIL to intervene to obtain the erasure of the listing.

Attached: my request and proof of sending, any answer, the capture of the listing.
{{evidence}}

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature:`,
  },
});
