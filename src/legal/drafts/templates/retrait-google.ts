// Text for Google's "Signaler un contenu pour des raisons juridiques" form (support.google.com/legal/answer/3110420,
// docs/legal/numerique-dsa-lcen.md#google-canaux-signalement item 4 ⚠️ fields unconfirmed): product Maps, legal ground, exact URL, explanation. A legal removal
// is usually limited to the country where the content is illegal; a copy may go to Lumen (docs/legal/numerique-dsa-lcen.md#google-canaux-signalement).
import { defineTemplate } from './define';

export const retraitGoogle = defineTemplate({
  fr: {
    title: 'Demande de retrait pour raisons juridiques (Google)',
    howToSend: `Sur le formulaire de Google « Signaler un contenu pour des raisons juridiques » : https://support.google.com/legal/answer/3110420. Choisissez le produit Google Maps, le motif juridique qui correspond à la qualification ci-dessous, indiquez l'URL exacte et collez ce texte dans le champ d'explication. Un retrait pour raisons juridiques vaut en général pour la France seulement ; une copie de la demande peut être transmise à Lumen.`,
    body: `Produit : Google Maps — avis sur la fiche « {{placeName}} »
URL exacte : {{url}}
{{reviewIdLine}}
Publication : {{publication}}

Motif juridique (droit français) :
{{qualificationText}}

Explication :
{{reasons}}

Passage en cause : « {{reviewText}} »

{{evidence}}

Je suis la personne visée : {{doctorName}}, {{signatoryQuality}}, {{doctorAddress}} ({{doctorEmail}}).
Je déclare de bonne foi que les informations fournies sont exactes et complètes.

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature :`,
  },
  en: {
    title: 'Legal removal request (Google)',
    howToSend: `On Google's "Report content for legal reasons" form: https://support.google.com/legal/answer/3110420. Choose the product Google Maps and the legal ground matching the qualification below, give the exact URL and paste this text into the explanation field. A legal removal usually applies to France only; a copy of the request may be sent to Lumen.`,
    body: `Product: Google Maps — review on the listing "{{placeName}}"
Exact URL: {{url}}
{{reviewIdLine}}
Publication: {{publication}}

Legal ground (French law):
{{qualificationText}}

Explanation:
{{reasons}}

Passage concerned: "{{reviewText}}"

{{evidence}}

I am the person concerned: {{doctorName}}, {{signatoryQuality}}, {{doctorAddress}} ({{doctorEmail}}).
I state in good faith that the information provided is accurate and complete.

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature:`,
  },
});
