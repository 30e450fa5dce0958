// Why not to reply publicly (legal-brief §6: CNOM 2025, "ne doit surtout pas répondre"; §1.8 threats: no public reply).
import type { LangTemplates } from '../types';

export const conseilNonReponse: LangTemplates = {
  fr: {
    title: 'Pourquoi ne pas répondre publiquement',
    body: "Pour cet avis, le conseil est de ne pas répondre publiquement.\n\n- Une réponse risque de révéler, même indirectement, qu'une personne a été soignée au cabinet : c'est une violation du secret médical (CSP art. L.1110-4 et R.4127-4 ; C. pén. art. 226-13), même si l'auteur a lui-même raconté son histoire.\n- Elle donne de la visibilité à l'avis et peut nourrir une polémique.\n- Les propos paraissent susceptibles de constituer :\n{{qualificationText}}\n\nConservez les preuves, suivez les étapes proposées et notez la date limite : {{deadlineText}}. Un signalement, une lettre ou une mise en demeure n'interrompt pas ce délai (pour l'injure, la diffamation et la provocation : loi du 29 juillet 1881, art. 65).",
  },
  en: {
    title: 'Why not to reply publicly',
    body: "For this review, the advice is not to reply publicly.\n\n- A reply risks revealing, even indirectly, that someone was treated at the practice: that breaches medical secrecy (CSP art. L.1110-4 and R.4127-4; C. pén. art. 226-13), even if the author told his own story.\n- It gives the review visibility and may fuel a dispute.\n- The words appear likely to constitute:\n{{qualificationText}}\n\nKeep the evidence, follow the proposed steps and note the deadline: {{deadlineText}}. A report, a letter or a formal notice does not stop this period (for insult, defamation and incitement: loi du 29 juillet 1881, art. 65).",
  },
};
