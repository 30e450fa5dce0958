// Online right of reply: LCEN art. 1-1 III–IV (ex-6-IV) and décret n° 2007-1527 (docs/legal/numerique-dsa-lcen.md#lcen-art-1-1-droit-de-reponse). Decree art. 2
// mentions: references of the message, how to access it (URL), author's name if shown, nature (text), disputed
// passages, reply requested. Art. 1: LRAR to the directeur de la publication (the host if the site is anonymous);
// art. 3: reply no longer than the message and at most 200 lines. Offered only where the site has no direct reply
// (art. 1 al. 2), within 3 months.
import { defineTemplate } from './define';

export const droitDeReponse = defineTemplate({
  fr: {
    title: 'Demande d’insertion d’une réponse (droit de réponse en ligne)',
    howToSend: `Par lettre recommandée avec accusé de réception (ou tout moyen qui garantit votre identité et prouve la réception) au directeur de la publication du site, dont le nom et l'adresse figurent dans les mentions légales ; si le site est édité anonymement par un non-professionnel, à son hébergeur, qui transmet. Au plus tard 3 mois après la mise en ligne du message (décret n° 2007-1527, art. 1).`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}}

À l'attention du directeur de la publication du site {{siteName}}

Lettre recommandée avec accusé de réception

Objet : exercice du droit de réponse en ligne (LCEN art. 1-1 III ; décret n° 2007-1527 du 24 octobre 2007)

Madame, Monsieur le directeur de la publication,

Nommément désigné(e) dans un message mis en ligne sur votre service, je vous demande l'insertion de la réponse ci-dessous.

Références du message : avis daté « {{reviewDate}} », {{publication}}
{{reviewIdLine}}
Conditions d'accès au message : {{url}}
Nom de l'auteur du message : {{reviewAuthor}}
Nature du message : écrit (texte)
Passages contestés :
{{passages}}

Teneur de la réponse sollicitée :
« {{replyText}} »

Cette réponse n'excède pas la longueur du message et compte moins de 200 lignes (décret, art. 3). Elle doit être insérée dans les trois jours de la réception de la présente.

La présente demande sera sans objet si le message est supprimé ou rectifié dans un délai de trois jours.

{{evidence}}

Veuillez agréer, Madame, Monsieur le directeur de la publication, l'expression de mes salutations distinguées.

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature :`,
  },
  en: {
    title: 'Request to publish a reply (online right of reply)',
    howToSend: `By registered letter with acknowledgement of receipt (or any means that guarantees your identity and proves receipt) to the site's publication director, whose name and address are in its legal notice; if the site is run anonymously by a non-professional, to its host, which forwards it. No later than 3 months after the message went online (décret n° 2007-1527, art. 1).`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}}

For the attention of the publication director of {{siteName}}

Registered letter with acknowledgement of receipt

Subject: online right of reply (LCEN art. 1-1 III; décret n° 2007-1527 of 24 October 2007)

Dear Publication Director,

Being named in a message put online on your service, I request that you publish the reply below.

References of the message: review dated "{{reviewDate}}", {{publication}}
{{reviewIdLine}}
How to access the message: {{url}}
Name of the author of the message: {{reviewAuthor}}
Nature of the message: written (text)
Disputed passages:
{{passages}}

Content of the reply requested:
"{{replyText}}"

This reply is no longer than the message and has fewer than 200 lines (decree, art. 3). It must be published within three days of receipt of this letter.

This request will be moot if the message is deleted or corrected within three days.

{{evidence}}

Yours faithfully,

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature:`,
  },
});
