// Formal notice to an identified author (docs/legal/procedure.md#mise-en-demeure): sender, recipient, exact content (URL, dates, quotation),
// the qualification with its articles, demand within 8 days, the consequences (référé, citation directe, damages)
// without excessive threats and never conditioned on money (docs/legal/procedure.md#mise-en-demeure item 6), an opening for the author's observations
// (docs/legal/procedure.md#mise-en-demeure item 7), no care detail (medical secrecy), LRAR. Never insulting itself.
// Deliberate departure from docs/legal/procedure.md#mise-en-demeure item 4 (« susceptible de »): the lead's review found hedging weakens the letter; the
// labels printed are only those the doctor's answers establish (see ../reasons.ts).
import { defineTemplate } from './define';

export const miseEnDemeure = defineTemplate({
  fr: {
    title: 'Mise en demeure',
    howToSend: `Par lettre recommandée avec accusé de réception à l'adresse du destinataire (ou signifiée par un commissaire de justice, ou envoyée par votre avocat). Gardez une copie et l'accusé de réception, et adressez-en une copie à votre assureur ou à votre avocat. Cette lettre n'interrompt pas le délai pour agir en justice.`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}}

{{recipientName}}
{{recipientAddress}}

Lettre recommandée avec accusé de réception

Objet : mise en demeure de retirer un contenu publié en ligne

{{salutation}}

Un avis publié sous le nom « {{reviewAuthor}} » sur la fiche « {{placeName}} » ({{url}}) contient les propos suivants :
{{passages}}

Cet avis a été {{publication}}. {{evidence}}

Ces propos constituent :
{{qualificationText}}

Je vous mets en demeure de supprimer ce contenu dans un délai de huit jours à compter de la réception de la présente, et de ne pas le republier.

{{consequences}}

Vous pouvez, dans ce délai, me faire part par écrit de vos observations.

Je vous prie d'agréer, {{salutation}} l'expression de mes salutations distinguées.

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature :`,
  },
  en: {
    title: 'Formal notice (mise en demeure)',
    howToSend: `By registered letter with acknowledgement of receipt to the recipient's address (or served by a commissaire de justice, or sent by your lawyer). Keep a copy and the receipt, and send a copy to your insurer or lawyer. This letter does not stop the time limit for going to court.`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}}

{{recipientName}}
{{recipientAddress}}

Registered letter with acknowledgement of receipt

Subject: formal notice to remove content published online

{{salutation}}

A review published under the name "{{reviewAuthor}}" on the listing "{{placeName}}" ({{url}}) contains the following words:
{{passages}}

This review was {{publication}}. {{evidence}}

These words constitute:
{{qualificationText}}

I hereby give you formal notice to delete this content within eight days of receiving this letter, and not to publish it again.

{{consequences}}

Within this period, you may send me your observations in writing.

Yours sincerely,

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature:`,
  },
});
