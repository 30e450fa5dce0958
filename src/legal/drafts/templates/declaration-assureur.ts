// Claim declaration to the RCP / protection juridique insurer (docs/legal/code-assurances.md#declaration-assureur): policy, identity, dates, computed
// deadline highlighted, evidence, qualification, author (internal), steps taken, harm, request and urgency
// (C. assur. L.127-2-2), its own time limit (L.113-2 4°: the contract's, never under 5 working days), LRAR or portal.
// Deliberate departure from docs/legal/code-assurances.md#declaration-assureur item 4 (« marked to be confirmed »): no hedging in any outgoing document (lead's
// review); the request for a lawyer's advice says the same thing without weakening the file.
import { defineTemplate } from './define';

export const declarationAssureur = defineTemplate({
  fr: {
    title: 'Déclaration de sinistre (protection juridique / RCP)',
    howToSend: `Par lettre recommandée avec accusé de réception ou par l'espace de déclaration en ligne de votre assureur ; gardez la preuve de l'envoi. Déclarez sans attendre : le délai est celui de votre contrat, jamais moins de 5 jours ouvrés (C. assur. art. L.113-2 4°), et les frais engagés avant la déclaration ne sont pris en charge qu'en cas d'urgence (art. L.127-2-2).`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}} — {{doctorEmail}}

À : {{insurer}}
Contrat n° {{insurancePolicy}}

Lettre recommandée avec accusé de réception (ou espace de déclaration en ligne de l'assureur)

Objet : déclaration de sinistre — atteinte à l'e-réputation — URGENT

Madame, Monsieur,

Je déclare un avis publié en ligne me concernant :
- URL : {{url}} (fiche « {{placeName}} »)
- Date de découverte : {{discoveryDate}}
- Publication : {{publication}}
- DATE LIMITE POUR AGIR : {{deadlineText}}

Je fais cette déclaration sans attendre, dans le délai prévu par mon contrat, qui ne peut être inférieur à cinq jours ouvrés (C. assur. art. L.113-2 4°).

Qualification :
{{qualificationText}}

Auteur : {{authorStatus}} (information interne, couverte par le secret médical)
Démarches déjà effectuées (dates) : {{stepsTaken}}
Préjudice : {{harm}}

Preuves : {{evidence}}

Je sollicite votre conseil, la prise en charge d'un constat de commissaire de justice et d'un avocat. Le délai pour agir n'étant pas interrompu par les démarches amiables, je vous demande de traiter ce dossier en urgence (C. assur. art. L.127-2-2).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature :`,
  },
  en: {
    title: 'Claim declaration (legal protection / liability insurance)',
    howToSend: `By registered letter with acknowledgement of receipt or through your insurer's online claim portal; keep proof of sending. Declare now: the time limit is your contract's, never under 5 working days (C. assur. art. L.113-2 4°), and costs incurred before the declaration are covered only if urgent (art. L.127-2-2).`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}} — {{doctorEmail}}

To: {{insurer}}
Policy no. {{insurancePolicy}}

Registered letter with acknowledgement of receipt (or the insurer's online claim portal)

Subject: claim declaration — online reputation — URGENT

Dear Sir or Madam,

I am declaring a review published online about me:
- URL: {{url}} (listing "{{placeName}}")
- Date found: {{discoveryDate}}
- Publication: {{publication}}
- DEADLINE TO ACT: {{deadlineText}}

I am making this declaration without delay, within the time limit set by my contract, which cannot be less than five working days (C. assur. art. L.113-2 4°).

Qualification:
{{qualificationText}}

Author: {{authorStatus}} (internal information, covered by medical secrecy)
Steps already taken (dates): {{stepsTaken}}
Harm: {{harm}}

Evidence: {{evidence}}

I request your advice and cover for a commissaire de justice constat and a lawyer. As amicable steps do not stop the time limit, please handle this claim urgently (C. assur. art. L.127-2-2).

Yours faithfully,

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature:`,
  },
});
