// Report under the platform's own policy (docs/legal/numerique-dsa-lcen.md#google-canaux-signalement: Google "Signaler l'avis", then the Reviews Management Tool
// to follow and appeal; categories change often ⚠️).
import { defineTemplate } from './define';

export const signalementPlateforme = defineTemplate({
  fr: {
    title: 'Signalement à la plateforme',
    howToSend: `{{reportHow}}`,
    body: `Catégorie : {{categories}}
Avis : {{url}} (fiche « {{placeName}} », auteur affiché « {{reviewAuthor}} », date affichée « {{reviewDate}} »)
{{reviewIdLine}}
Publication : {{publication}}

Cet avis enfreint le règlement du site ({{categories}}). Texte signalé :
« {{reviewText}} »

{{evidence}}

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}
{{doctorEmail}}

Signature :`,
  },
  en: {
    title: 'Report to the platform',
    howToSend: `{{reportHow}}`,
    body: `Category: {{categories}}
Review: {{url}} (listing "{{placeName}}", displayed author "{{reviewAuthor}}", date shown "{{reviewDate}}")
{{reviewIdLine}}
Publication: {{publication}}

This review breaks the site's policy ({{categories}}). Reported text:
"{{reviewText}}"

{{evidence}}

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}
{{doctorEmail}}

Signature:`,
  },
});
