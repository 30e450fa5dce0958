// Notice of illegal content, DSA (Reg. (EU) 2022/2065) art. 16(2): (a) substantiated reasons, (b) exact URL(s),
// (c) notifier's name and email, (d) good-faith statement. Art. 16(3): make the illegality visible without a detailed
// legal examination — hence the verbatim quote and the articles (docs/legal/numerique-dsa-lcen.md#dsa-art-16). Electronic only (art. 16(1)).
import { defineTemplate } from './define';

export const notificationDsa = defineTemplate({
  fr: {
    title: 'Notification de contenu illicite (DSA, art. 16)',
    howToSend: `Par {{legalForm}}. Collez ce texte dans le champ d'explication : la notification se fait par voie électronique (DSA art. 16 §1). Conservez l'accusé de réception et la décision motivée de la plateforme (art. 16 §4 et docs/legal/procedure.md#commissaire-de-justice, art. 17).`,
    body: `Objet : notification de contenu illicite au titre de l'article 16 du règlement (UE) 2022/2065 (DSA)

1. Emplacement électronique exact du contenu
URL : {{url}}
Fiche : {{placeName}}
{{reviewIdLine}}
Auteur affiché : {{reviewAuthor}} — date affichée : « {{reviewDate}} »
Publication : {{publication}}

2. Contenu visé (cité à l'identique)
« {{reviewText}} »

3. Raisons pour lesquelles ce contenu est illicite
{{reasons}}

Qualification :
{{qualificationText}}

Le passage est cité à l'identique et les textes applicables sont indiqués, pour permettre d'apprécier l'illicéité sans examen juridique approfondi (art. 16 §3).

4. Auteur de la notification
Nom : {{doctorName}}, {{signatoryQuality}}
Adresse électronique : {{doctorEmail}}
Adresse : {{doctorAddress}}

5. Preuve
{{evidence}}

6. Déclaration de bonne foi
Je déclare de bonne foi que les informations et les allégations contenues dans la présente notification sont exactes et complètes.

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature :`,
  },
  en: {
    title: 'Notice of illegal content (DSA, art. 16)',
    howToSend: `Through {{legalForm}}. Paste this text into the explanation field: notices are sent electronically (DSA art. 16(1)). Keep the acknowledgement of receipt and the platform's reasoned decision (art. 16(4) and (5), art. 17).`,
    body: `Subject: notice of illegal content under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act)

1. Exact electronic location of the content
URL: {{url}}
Listing: {{placeName}}
{{reviewIdLine}}
Displayed author: {{reviewAuthor}} — date shown: "{{reviewDate}}"
Publication: {{publication}}

2. Content concerned (quoted verbatim)
"{{reviewText}}"

3. Reasons why this content is illegal
{{reasons}}

Qualification:
{{qualificationText}}

The passage is quoted verbatim and the applicable provisions are given, so that the illegality can be assessed without a detailed legal examination (art. 16(3)).

4. Notifier
Name: {{doctorName}}, {{signatoryQuality}}
Email address: {{doctorEmail}}
Address: {{doctorAddress}}

5. Evidence
{{evidence}}

6. Statement of good faith
I confirm my bona fide belief that the information and allegations contained in this notice are accurate and complete.

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature:`,
  },
});
