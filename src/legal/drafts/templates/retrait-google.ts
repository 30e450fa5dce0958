// Text for Google's "Signaler un contenu pour des raisons juridiques" form (support.google.com/legal/answer/3110420,
// legal-brief §2.4 item 4 ⚠️ fields unconfirmed): product Maps, legal ground, exact URL, explanation.
import type { LangTemplates } from '../types';

export const retraitGoogle: LangTemplates = {
  fr: {
    title: 'Demande de retrait pour raisons juridiques (Google)',
    body: "Produit : Google Maps — avis sur la fiche « {{placeName}} »\nURL exacte : {{url}}\nIdentifiant de l'avis : {{reviewId}}\n\nMotif juridique (droit français) :\n{{qualificationText}}\n\nExplication :\n{{reasons}}\nPassage en cause : « {{reviewText}} »\n\nJe suis la personne visée : {{doctorName}}, {{specialty}}, {{doctorAddress}} ({{doctorEmail}}).\nJe déclare de bonne foi que les informations fournies sont exactes et complètes.\nPièce : {{exhibitId}} — {{today}}",
  },
  en: {
    title: 'Legal removal request (Google)',
    body: 'Product: Google Maps — review on the listing "{{placeName}}"\nExact URL: {{url}}\nReview id: {{reviewId}}\n\nLegal ground (French law):\n{{qualificationText}}\n\nExplanation:\n{{reasons}}\nPassage concerned: "{{reviewText}}"\n\nI am the person concerned: {{doctorName}}, {{specialty}}, {{doctorAddress}} ({{doctorEmail}}).\nI state in good faith that the information provided is accurate and complete.\nExhibit: {{exhibitId}} — {{today}}',
  },
};
