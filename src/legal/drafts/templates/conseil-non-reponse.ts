// Why not to reply publicly (docs/legal/code-sante-publique.md#reponse-publique: CNOM 2025, "ne doit surtout pas répondre"; docs/legal/qualifications.md#menaces: no public reply).
// A note for the doctor, never sent: unlike the letters it shows the confidence of each label (that is where it
// belongs), over the same labels the letters state (../reasons.ts heldLabels) and the same publication date.
import { defineTemplate } from './define';

export const conseilNonReponse = defineTemplate({
  fr: {
    title: 'Pourquoi ne pas répondre publiquement',
    howToSend: `Document pour vous : il ne s'envoie pas.`,
    body: `Pour cet avis, le conseil est de ne pas répondre publiquement.

- Une réponse risque de révéler, même indirectement, qu'une personne a été soignée au cabinet : c'est une violation du secret médical (CSP art. L.1110-4 et R.4127-4 ; C. pén. art. 226-13), même si l'auteur a lui-même raconté son histoire.
- Elle donne de la visibilité à l'avis et peut nourrir une polémique.
- L'avis a été {{publication}}. Qualification retenue, avec notre degré de confiance :
{{qualificationAssessment}}

Conservez les preuves, suivez les étapes proposées et notez la date limite : {{deadlineText}}. Un signalement, une lettre ou une mise en demeure n'interrompt pas ce délai (pour l'injure, la diffamation et la provocation : loi du 29 juillet 1881, art. 65).`,
  },
  en: {
    title: 'Why not to reply publicly',
    howToSend: `A document for you: it is not to be sent.`,
    body: `For this review, the advice is not to reply publicly.

- A reply risks revealing, even indirectly, that someone was treated at the practice: that breaches medical secrecy (CSP art. L.1110-4 and R.4127-4; C. pén. art. 226-13), even if the author told his own story.
- It gives the review visibility and may fuel a dispute.
- The review was {{publication}}. Qualification retained, with our confidence:
{{qualificationAssessment}}

Keep the evidence, follow the proposed steps and note the deadline: {{deadlineText}}. A report, a letter or a formal notice does not stop this period (for insult, defamation and incitement: loi du 29 juillet 1881, art. 65).`,
  },
});
