// Request for an internet constat by a commissaire de justice (ord. 2016-728; docs/legal/procedure.md#commissaire-de-justice, docs/legal/procedure.md#nf-z67-147, NF Z67-147
// prerequisites): URLs, review id, what to record, urgency while the content is online; the doctor's signed
// « Déclaration de capture » attached. Internet constats have no territorial limit (docs/legal/procedure.md#commissaire-de-justice).
import { defineTemplate } from './define';

export const lettreCommissaire = defineTemplate({
  fr: {
    title: 'Demande de constat internet (commissaire de justice)',
    howToSend: `Par courriel ou par courrier à un commissaire de justice de votre choix : un constat sur internet se dresse depuis son étude, sans limite territoriale. Faites-le vite, tant que l'avis est en ligne, et joignez la « Déclaration de capture » signée.`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}}
{{doctorEmail}} — {{doctorPhone}}

Objet : demande de constat sur internet

Maître,

Je souhaite faire constater, tant qu'il est en ligne, un avis publié me concernant.

URL de l'avis : {{url}}
Fiche : {{placeName}}
{{reviewIdLine}}
Auteur affiché : {{reviewAuthor}} — date affichée : « {{reviewDate}} »
Publication : {{publication}}

Éléments à constater : le texte intégral de l'avis (après « Plus »), le nom et le profil de l'auteur, la note, la date affichée et toute mention « modifié », les photos éventuelles, la fiche et son URL, le chemin d'accès depuis un moteur de recherche, selon les prérequis techniques de la norme NF Z67-147.

Délai à respecter : {{deadlineText}}.

Pièces jointes :
- la « Déclaration de capture », signée par mes soins ;
- ma capture de l'avis.
{{evidence}}

Je vous remercie de me faire connaître vos disponibilités et honoraires.

Je vous prie d'agréer, Maître, l'expression de mes salutations distinguées.

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature :`,
  },
  en: {
    title: 'Request for an internet constat (commissaire de justice)',
    howToSend: `By email or post to a commissaire de justice of your choice: an internet constat is made from their office, with no territorial limit. Do it quickly, while the review is online, and attach the signed "Capture declaration" (Déclaration de capture).`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}}
{{doctorEmail}} — {{doctorPhone}}

Subject: request for an internet constat

Dear Maître,

I would like a review about me to be formally recorded while it is still online.

Review URL: {{url}}
Listing: {{placeName}}
{{reviewIdLine}}
Displayed author: {{reviewAuthor}} — date shown: "{{reviewDate}}"
Publication: {{publication}}

To be recorded: the full text of the review (after "More"), the author's name and profile, the rating, the date shown and any "edited" mark, any photos, the listing and its URL, and the path from a search engine, following the technical prerequisites of standard NF Z67-147.

Deadline to meet: {{deadlineText}}.

Attached:
- the "Capture declaration" (Déclaration de capture), signed by me;
- my capture of the review.
{{evidence}}

Please let me know your availability and fees.

Yours sincerely,

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature:`,
  },
});
