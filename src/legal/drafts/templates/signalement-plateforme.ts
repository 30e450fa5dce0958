// Report under the platform's own policy (legal-brief §2.4: Google "Signaler l'avis"; categories change often ⚠️).
import type { LangTemplates } from '../types';

export const signalementPlateforme: LangTemplates = {
  fr: {
    title: 'Signalement à la plateforme',
    body: "Catégorie : {{categories}}\nAvis : {{url}} (fiche « {{placeName}} », identifiant {{reviewId}}, auteur affiché « {{reviewAuthor}} », date affichée « {{reviewDate}} »).\n\nCet avis enfreint le règlement du site ({{categories}}). Texte signalé :\n« {{reviewText}} »\n\nPièce conservée : {{exhibitId}}.\n{{doctorName}} — {{doctorEmail}}",
  },
  en: {
    title: 'Report to the platform',
    body: 'Category: {{categories}}\nReview: {{url}} (listing "{{placeName}}", id {{reviewId}}, displayed author "{{reviewAuthor}}", date shown "{{reviewDate}}").\n\nThis review breaks the site\'s policy ({{categories}}). Reported text:\n"{{reviewText}}"\n\nEvidence kept: {{exhibitId}}.\n{{doctorName}} — {{doctorEmail}}',
  },
};
