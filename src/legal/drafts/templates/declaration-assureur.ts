// Claim declaration to the RCP / protection juridique insurer (legal-brief §8): policy, identity, dates, computed
// deadline highlighted, evidence, pre-qualification "to be confirmed", author (internal), steps taken, harm, request and
// urgency (C. assur. L.127-2-2), sent by LRAR or the insurer's portal.
import type { LangTemplates } from '../types';

export const declarationAssureur: LangTemplates = {
  fr: {
    title: 'Déclaration de sinistre (protection juridique / RCP)',
    body: "{{doctorName}} — {{specialty}} — RPPS {{rpps}}\n{{doctorAddress}} — {{doctorEmail}}\n\nÀ : {{insurer}}\nContrat n° {{insurancePolicy}}\n\n{{city}}, le {{today}}\n\nLettre recommandée avec accusé de réception (ou espace de déclaration en ligne de l'assureur)\n\nObjet : déclaration de sinistre — atteinte à l'e-réputation — URGENT\n\nJe déclare un avis publié en ligne me concernant :\n- URL : {{url}} (fiche « {{placeName}} »)\n- Date de découverte : {{discoveryDate}}\n- Date de première publication retenue : {{publicationDate}}\n- DATE LIMITE POUR AGIR : {{deadlineText}}\n\nPré-qualification (à confirmer par un avocat) :\n{{qualificationText}}\n\nAuteur : {{authorStatus}} (information interne, couverte par le secret médical)\nDémarches déjà effectuées (dates) : {{stepsTaken}}\nPréjudice : {{harm}}\n\nPreuves : capture datée avec empreinte numérique SHA-256 (pièce {{exhibitId}}, dossier {{bundleRef}}).\n\nJe sollicite votre conseil, la prise en charge d'un constat de commissaire de justice et d'un avocat. Compte tenu du délai de prescription, qui n'est pas interrompu par les démarches amiables, je vous demande de traiter ce dossier en urgence (C. assur. art. L.127-2-2).\n\n{{doctorName}}",
  },
  en: {
    title: 'Claim declaration (legal protection / liability insurance)',
    body: "{{doctorName}} — {{specialty}} — RPPS {{rpps}}\n{{doctorAddress}} — {{doctorEmail}}\n\nTo: {{insurer}}\nPolicy no. {{insurancePolicy}}\n\n{{city}}, {{today}}\n\nRegistered letter with acknowledgement of receipt (or the insurer's online claim portal)\n\nSubject: claim declaration — online reputation — URGENT\n\nI am declaring a review published online about me:\n- URL: {{url}} (listing \"{{placeName}}\")\n- Date found: {{discoveryDate}}\n- First publication date used: {{publicationDate}}\n- DEADLINE TO ACT: {{deadlineText}}\n\nPre-qualification (to be confirmed by a lawyer):\n{{qualificationText}}\n\nAuthor: {{authorStatus}} (internal information, covered by medical secrecy)\nSteps already taken (dates): {{stepsTaken}}\nHarm: {{harm}}\n\nEvidence: dated capture with a SHA-256 fingerprint (exhibit {{exhibitId}}, bundle {{bundleRef}}).\n\nI request your advice and cover for a commissaire de justice constat and a lawyer. Given the limitation period, which amicable steps do not interrupt, please handle this claim urgently (C. assur. art. L.127-2-2).\n\n{{doctorName}}",
  },
};
