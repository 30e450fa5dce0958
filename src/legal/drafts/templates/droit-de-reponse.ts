// Online right of reply: LCEN art. 1-1 III–IV (ex-6-IV) and décret n° 2007-1527 (legal-brief §3). Decree art. 2
// mentions: references of the message, how to access it (URL), author's name if shown, nature (text), disputed
// passages, reply requested. Art. 1: LRAR to the directeur de la publication; art. 3: reply no longer than the message
// and at most 200 lines. Offered only where the site has no direct reply (art. 1 al. 2), within 3 months.
import type { LangTemplates } from '../types';

export const droitDeReponse: LangTemplates = {
  fr: {
    title: 'Demande d’insertion d’une réponse (droit de réponse en ligne)',
    body: "{{doctorName}}\n{{doctorAddress}}\n\nÀ l'attention du directeur de la publication du site {{siteName}}\n\n{{city}}, le {{today}}\n\nLettre recommandée avec accusé de réception\n\nObjet : exercice du droit de réponse en ligne (LCEN art. 1-1 III ; décret n° 2007-1527 du 24 octobre 2007)\n\nMadame, Monsieur le directeur de la publication,\n\nNommément désigné(e) dans un message mis en ligne sur votre service, je vous demande l'insertion de la réponse ci-dessous.\n\nRéférences du message : avis identifiant {{reviewId}}, daté « {{reviewDate}} », date de mise en ligne : {{publicationDate}}\nConditions d'accès au message : {{url}}\nNom de l'auteur du message : {{reviewAuthor}}\nNature du message : écrit (texte)\nPassages contestés :\n{{passages}}\n\nTeneur de la réponse sollicitée :\n« {{replyText}} »\n\nCette réponse n'excède pas la longueur du message et compte moins de 200 lignes (décret, art. 3). Je vous rappelle qu'elle doit être insérée dans les trois jours de la réception de la présente.\n\nLa présente demande sera sans objet si le message est supprimé ou rectifié dans un délai de trois jours.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{{doctorName}}",
  },
  en: {
    title: 'Request to publish a reply (online right of reply)',
    body: "{{doctorName}}\n{{doctorAddress}}\n\nFor the attention of the publication director of {{siteName}}\n\n{{city}}, {{today}}\n\nRegistered letter with acknowledgement of receipt\n\nSubject: online right of reply (LCEN art. 1-1 III; décret n° 2007-1527 of 24 October 2007)\n\nDear Publication Director,\n\nBeing named in a message put online on your service, I request that you publish the reply below.\n\nReferences of the message: review id {{reviewId}}, dated \"{{reviewDate}}\", date put online: {{publicationDate}}\nHow to access the message: {{url}}\nName of the author of the message: {{reviewAuthor}}\nNature of the message: written (text)\nDisputed passages:\n{{passages}}\n\nContent of the reply requested:\n\"{{replyText}}\"\n\nThis reply is no longer than the message and has fewer than 200 lines (decree, art. 3). It must be published within three days of receipt of this letter.\n\nThis request will be moot if the message is deleted or corrected within three days.\n\nYours faithfully,\n\n{{doctorName}}",
  },
};
