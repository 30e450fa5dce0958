// Notice of illegal content, DSA (Reg. (EU) 2022/2065) art. 16(2): (a) substantiated reasons, (b) exact URL(s),
// (c) notifier's name and email, (d) good-faith statement. Art. 16(3): make the illegality visible without a detailed
// legal examination — hence the verbatim quote and the articles (legal-brief §2.2).
import type { LangTemplates } from '../types';

export const notificationDsa: LangTemplates = {
  fr: {
    title: 'Notification de contenu illicite (DSA, art. 16)',
    body: "Objet : notification de contenu illicite au titre de l'article 16 du règlement (UE) 2022/2065 (DSA)\n\n1. Emplacement électronique exact du contenu\nURL : {{url}}\nFiche : {{placeName}} — identifiant de l'avis : {{reviewId}}\nAuteur affiché : {{reviewAuthor}} — date affichée : {{reviewDate}}\n\n2. Contenu visé (cité à l'identique)\n« {{reviewText}} »\n\n3. Raisons pour lesquelles ce contenu est illicite\n{{reasons}}\nQualification envisagée :\n{{qualificationText}}\nLe passage est cité à l'identique et les textes applicables sont indiqués, pour permettre d'apprécier l'illicéité sans examen juridique approfondi (art. 16 §3).\n\n4. Auteur de la notification\nNom : {{doctorName}}\nAdresse électronique : {{doctorEmail}}\nAdresse : {{doctorAddress}}\n\n5. Déclaration de bonne foi\nJe déclare de bonne foi que les informations et les allégations contenues dans la présente notification sont exactes et complètes.\n\nPièce : {{exhibitId}}\nFait le {{today}}\n{{doctorName}}",
  },
  en: {
    title: 'Notice of illegal content (DSA, art. 16)',
    body: "Subject: notice of illegal content under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act)\n\n1. Exact electronic location of the content\nURL: {{url}}\nListing: {{placeName}} — review id: {{reviewId}}\nDisplayed author: {{reviewAuthor}} — date shown: {{reviewDate}}\n\n2. Content concerned (quoted verbatim)\n\"{{reviewText}}\"\n\n3. Reasons why this content is illegal\n{{reasons}}\nContemplated qualification:\n{{qualificationText}}\nThe passage is quoted verbatim and the applicable provisions are given, so that the illegality can be assessed without a detailed legal examination (art. 16(3)).\n\n4. Notifier\nName: {{doctorName}}\nEmail address: {{doctorEmail}}\nAddress: {{doctorAddress}}\n\n5. Statement of good faith\nI confirm my bona fide belief that the information and allegations contained in this notice are accurate and complete.\n\nExhibit: {{exhibitId}}\nDone on {{today}}\n{{doctorName}}",
  },
};
