// Wording of each next step, in the order they are shown (legal-brief §9 "Always afterwards" and §10 first steps).
import type { DraftKind, StepId, Text } from './types';

export const STEP_ORDER: StepId[] = [
  'appel-17-112', 'plainte-police', 'signalement-plateforme', 'notification-dsa', 'pharos', 'mise-en-demeure',
  'droit-de-reponse', 'constat-commissaire', 'avocat', 'declaration-assureur', 'informer-cdom', 'opposition-rgpd',
  'plainte-cnil', 'ne-pas-repondre', 'reponse-publique',
];

export const STEP_TEXTS: Record<StepId, { text: Text; draft?: DraftKind }> = {
  'appel-17-112': { text: { fr: 'Appelez le 17 (police) ou le 112 maintenant.', en: 'Call 17 (police) or 112 now.' } },
  'plainte-police': {
    text: { fr: 'Déposez plainte (commissariat, gendarmerie ou lettre au procureur) ; vous pouvez donner l’adresse du cabinet (loi n° 2025-623).', en: 'File a complaint (police, gendarmerie or a letter to the prosecutor); you may give the practice address (loi n° 2025-623).' },
    draft: 'plainte-menaces',
  },
  'signalement-plateforme': {
    text: { fr: "Signalez l'avis à la plateforme, dans la catégorie indiquée.", en: 'Report the review to the platform, under the category shown.' },
    draft: 'signalement-plateforme',
  },
  'notification-dsa': {
    text: { fr: "Envoyez une notification de contenu illicite (DSA art. 16) ou la demande de retrait pour raisons juridiques de Google, seulement pour des faits que vous savez exacts : présenter sciemment un contenu licite comme illicite peut être sanctionné (texte applicable depuis la loi SREN à confirmer avec un avocat).", en: 'Send an illegal-content notice (DSA art. 16) or Google’s legal removal request, only for facts you know to be accurate: knowingly presenting lawful content as illegal may be punished (the applicable text since the SREN law is to be confirmed with a lawyer).' },
    draft: 'notification-dsa',
  },
  pharos: { text: { fr: 'Signalez le contenu sur PHAROS (internet-signalement.gouv.fr).', en: 'Report the content on PHAROS (internet-signalement.gouv.fr).' } },
  'mise-en-demeure': {
    text: { fr: "Adressez une mise en demeure à l'auteur identifié (LRAR).", en: 'Send a formal notice to the identified author (registered letter).' },
    draft: 'mise-en-demeure',
  },
  'droit-de-reponse': {
    text: { fr: 'Le site ne permet pas de répondre : exercez le droit de réponse en ligne auprès du directeur de la publication (LRAR, dans les 3 mois).', en: 'The site has no reply function: use the online right of reply with the publication director (registered letter, within 3 months).' },
    draft: 'droit-de-reponse',
  },
  'constat-commissaire': {
    text: { fr: 'Faites dresser un constat par un commissaire de justice tant que le contenu est en ligne.', en: 'Have a commissaire de justice record a constat while the content is online.' },
    draft: 'lettre-commissaire',
  },
  avocat: { text: { fr: 'Consultez un avocat (référé, requête en identification, citation) avant l’échéance.', en: 'See a lawyer (emergency order, identification request, summons) before the deadline.' } },
  'declaration-assureur': {
    text: { fr: 'Déclarez le sinistre à votre assureur (protection juridique / RCP) en signalant l’urgence du délai.', en: 'Declare the claim to your insurer (legal protection / liability) and stress the deadline.' },
    draft: 'declaration-assureur',
  },
  'informer-cdom': { text: { fr: "Informez le conseil départemental de l'Ordre (Observatoire de la sécurité des médecins).", en: 'Inform the departmental Ordre council (doctors’ security observatory).' } },
  'opposition-rgpd': {
    text: { fr: 'Envoyez une opposition et une demande d’effacement de la fiche (RGPD art. 21 et 17).', en: 'Send an objection and erasure request for the listing (GDPR art. 21 and 17).' },
    draft: 'opposition-rgpd',
  },
  'plainte-cnil': {
    text: { fr: 'Sans réponse satisfaisante sous un mois, saisissez la CNIL.', en: 'Without a satisfactory answer within one month, complain to the CNIL.' },
    draft: 'plainte-cnil',
  },
  'ne-pas-repondre': {
    text: { fr: 'Ne répondez pas publiquement : une réponse expose au risque de violer le secret médical et donne de la visibilité à l’avis.', en: 'Do not reply publicly: a reply risks breaching medical secrecy and gives the review visibility.' },
    draft: 'conseil-non-reponse',
  },
  'reponse-publique': {
    text: { fr: 'Vous pouvez ne rien faire, ou publier une réponse sobre qui ne confirme jamais que l’auteur est votre patient.', en: 'You may do nothing, or post a sober reply that never confirms the author is your patient.' },
    draft: 'reponse-publique',
  },
};
