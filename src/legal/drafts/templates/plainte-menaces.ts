// Complaint for threats (C. pén. 222-17 / 222-18; legal-brief §1.8): facts, evidence, professional address allowed
// (loi n° 2025-623 du 9 juillet 2025). Addressed to the procureur de la République or handed in at the police station.
import type { LangTemplates } from '../types';

export const plainteMenaces: LangTemplates = {
  fr: {
    title: 'Plainte pour menaces',
    body: "{{doctorName}}, {{specialty}}\nDomicilié(e) à l'adresse professionnelle : {{doctorAddress}} (loi n° 2025-623 du 9 juillet 2025)\n{{doctorEmail}} — {{doctorPhone}}\n\nÀ Monsieur ou Madame le Procureur de la République près le tribunal judiciaire de {{city}}\n\n{{city}}, le {{today}}\n\nObjet : plainte pour menaces\n\nJ'ai l'honneur de porter plainte contre {{recipientName}} (ou contre X) pour les faits suivants.\n\nUn message publié sous le nom « {{reviewAuthor}} » sur la fiche « {{placeName}} » ({{url}}), daté « {{reviewDate}} », contient les propos suivants :\n{{passages}}\n\nCes propos sont susceptibles de constituer :\n{{qualificationText}}\n\nJ'ai conservé une capture datée de ce contenu, avec empreinte numérique SHA-256 (pièce {{exhibitId}}), que je tiens à votre disposition.\n\nJe vous prie d'agréer, Monsieur ou Madame le Procureur, l'expression de ma haute considération.\n\n{{doctorName}}",
  },
  en: {
    title: 'Complaint for threats',
    body: "{{doctorName}}, {{specialty}}\nGiving the professional address: {{doctorAddress}} (loi n° 2025-623 of 9 July 2025)\n{{doctorEmail}} — {{doctorPhone}}\n\nTo the Public Prosecutor at the tribunal judiciaire of {{city}}\n\n{{city}}, {{today}}\n\nSubject: complaint for threats\n\nI hereby file a complaint against {{recipientName}} (or against persons unknown) for the following facts.\n\nA message published under the name \"{{reviewAuthor}}\" on the listing \"{{placeName}}\" ({{url}}), dated \"{{reviewDate}}\", contains the following words:\n{{passages}}\n\nThese words may constitute:\n{{qualificationText}}\n\nI have kept a dated capture of this content, with a SHA-256 fingerprint (exhibit {{exhibitId}}), available on request.\n\nYours faithfully,\n\n{{doctorName}}",
  },
};
