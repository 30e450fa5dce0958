// Request for an internet constat by a commissaire de justice (ord. 2016-728; legal-brief §5.1–5.2, NF Z67-147
// prerequisites): URLs, review id, what to record, urgency while the content is online.
import type { LangTemplates } from '../types';

export const lettreCommissaire: LangTemplates = {
  fr: {
    title: 'Demande de constat internet (commissaire de justice)',
    body: "{{doctorName}}\n{{doctorAddress}} — {{doctorEmail}} — {{doctorPhone}}\n\n{{city}}, le {{today}}\n\nObjet : demande de constat sur internet\n\nMaître,\n\nJe souhaite faire constater, tant qu'il est en ligne, un avis publié me concernant.\n\nURL de l'avis : {{url}}\nFiche : {{placeName}}\nIdentifiant de l'avis : {{reviewId}}\nAuteur affiché : {{reviewAuthor}} — date affichée : {{reviewDate}}\n\nÉléments à constater : le texte intégral de l'avis (après « Plus »), le nom et le profil de l'auteur, la note, la date affichée et toute mention « modifié », les photos éventuelles, la fiche et son URL, le chemin d'accès depuis un moteur de recherche, selon les prérequis techniques de la norme NF Z67-147.\n\nDélai à respecter : {{deadlineText}}.\nMa propre capture datée, avec empreinte numérique SHA-256, est disponible (pièce {{exhibitId}}, dossier {{bundleRef}}).\n\nJe vous remercie de me faire connaître vos disponibilités et honoraires.\n\n{{doctorName}}",
  },
  en: {
    title: 'Request for an internet constat (commissaire de justice)',
    body: "{{doctorName}}\n{{doctorAddress}} — {{doctorEmail}} — {{doctorPhone}}\n\n{{city}}, {{today}}\n\nSubject: request for an internet constat\n\nDear Maître,\n\nI would like a review about me to be formally recorded while it is still online.\n\nReview URL: {{url}}\nListing: {{placeName}}\nReview id: {{reviewId}}\nDisplayed author: {{reviewAuthor}} — date shown: {{reviewDate}}\n\nTo be recorded: the full text of the review (after \"More\"), the author's name and profile, the rating, the date shown and any \"edited\" mark, any photos, the listing and its URL, and the path from a search engine, following the technical prerequisites of standard NF Z67-147.\n\nDeadline to meet: {{deadlineText}}.\nMy own dated capture, with a SHA-256 fingerprint, is available (exhibit {{exhibitId}}, bundle {{bundleRef}}).\n\nPlease let me know your availability and fees.\n\n{{doctorName}}",
  },
};
