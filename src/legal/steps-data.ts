// Wording of each next step, the order they are shown in per situation, and why each sits where it sits.
// The order is safety first (docs/legal/procedure.md#decision-tree-q0: danger → 17/112), then, for any review that may go to court, the
// evidence BEFORE anything that may make the review disappear (docs/legal/procedure.md#captures-maison, docs/legal/procedure.md#captures-maison: a constat is what a court relies on, and
// it is impossible once the host removed the review — TGI Paris 17e ch. 10 avril 2013), then the insurer (docs/legal/code-assurances.md#declaration-assureur: legal
// protection pays the constat and the lawyer if declared in time, C. assur. L.113-2 4° and L.127-2-2), then the
// lawyer, and only then the requests that may remove the review (platform report, DSA notice, mise en demeure) or
// answer it (droit de réponse). Where no court action is in view (platform-policy breaches: off-topic, conflict of
// interest, fake engagement — docs/legal/qualifications.md#signaux-complementaires, docs/legal/numerique-dsa-lcen.md#google-canaux-signalement), the platform report comes first.
import type { DraftKind, StepId, Text } from './types';

/** What the case looks like, as far as the order of steps goes. */
export type Situation =
  /** Some label that may go to court holds (press law, privacy, image, threats). */
  | 'court'
  /** Only platform-policy matters hold (dénigrement / fake engagement, off-topic, listing): no court action in view. */
  | 'policy'
  /** Nothing holds yet: labels are « à vérifier » after « je ne sais pas » answers. */
  | 'precaution';

/** Evidence, insurer, lawyer, then the requests that may remove the review. A complaint for a threat or a danger is
 *  moved up by steps.ts (right after 17/112): it does not remove the review, so it cannot cost the evidence. */
export const COURT_ORDER: StepId[] = [
  'appel-17-112', 'constat-commissaire', 'declaration-assureur', 'avocat', 'plainte-police', 'informer-cdom',
  'signalement-plateforme', 'notification-dsa', 'pharos', 'mise-en-demeure', 'droit-de-reponse', 'opposition-rgpd',
  'plainte-cnil', 'ne-pas-repondre', 'reponse-publique',
];

/** No court action in view: the platform report first; the evidence still comes before any legal request. */
export const POLICY_ORDER: StepId[] = [
  'appel-17-112', 'signalement-plateforme', 'constat-commissaire', 'declaration-assureur', 'opposition-rgpd',
  'plainte-cnil', 'avocat', 'plainte-police', 'informer-cdom', 'notification-dsa', 'pharos', 'mise-en-demeure',
  'droit-de-reponse', 'ne-pas-repondre', 'reponse-publique',
];

export interface StepText {
  text: Text;
  draft?: DraftKind;
  /** Why the step sits where it sits; a situation may give its own reason. */
  why: Text;
  whyIn?: Partial<Record<Situation | 'threat', Text>>;
}

export const STEP_TEXTS: Record<StepId, StepText> = {
  'appel-17-112': {
    text: { fr: 'Appelez le 17 (police) ou le 112 maintenant.', en: 'Call 17 (police) or 112 now.' },
    why: { fr: 'Votre sécurité et celle de vos proches passent avant toute autre démarche.', en: 'Your safety and that of your family comes before anything else.' },
  },
  'plainte-police': {
    text: {
      fr: 'Déposez plainte (commissariat, gendarmerie ou lettre au procureur) en joignant la capture Avisé ; vous pouvez donner l’adresse du cabinet plutôt que la vôtre (loi n° 2025-623 du 9 juillet 2025).',
      en: 'File a complaint (police, gendarmerie or a letter to the prosecutor) with the Avisé capture attached; you may give the practice address instead of your own (loi n° 2025-623 of 9 July 2025).',
    },
    draft: 'plainte-menaces',
    why: {
      fr: 'La plainte vient après l’avis de votre avocat, qui choisira entre une plainte simple et une plainte avec constitution de partie civile.',
      en: 'The complaint comes after your lawyer’s advice, who will choose between a simple complaint and one as a civil party.',
    },
    whyIn: {
      threat: {
        fr: 'Une menace relève du pénal : la plainte protège vous et votre équipe, et elle ne fait pas retirer l’avis, donc elle ne coûte pas la preuve.',
        en: 'A threat is a criminal matter: the complaint protects you and your staff, and it does not get the review removed, so it does not cost the evidence.',
      },
    },
  },
  'informer-cdom': {
    text: {
      fr: 'Déclarez l’incident au conseil départemental de l’Ordre (Observatoire de la sécurité des médecins) : l’Ordre peut, avec votre accord écrit, porter plainte ou se joindre à la vôtre comme partie civile (loi n° 2025-623 du 9 juillet 2025).',
      en: 'Declare the incident to the departmental council of the Ordre (doctors’ security observatory): with your written consent the Ordre can file a complaint or join yours as a civil party (loi n° 2025-623 of 9 July 2025).',
    },
    draft: 'declaration-cdom',
    why: {
      fr: 'Elle accompagne la plainte : l’Ordre recense les agressions contre les médecins et peut agir à vos côtés.',
      en: 'It goes with the complaint: the Ordre records attacks on doctors and can act alongside you.',
    },
  },
  'constat-commissaire': {
    text: {
      fr: 'Votre capture Avisé est faite. Demandez maintenant un constat à un commissaire de justice, tant que l’avis est en ligne.',
      en: 'Your Avisé capture is done. Now ask a commissaire de justice for a constat, while the review is online.',
    },
    draft: 'lettre-commissaire',
    why: {
      fr: 'Le constat est la preuve qu’un tribunal retient ; il devient impossible si la plateforme retire l’avis après un signalement, d’où sa place avant toute demande de retrait.',
      en: 'The constat is the evidence a court relies on; it becomes impossible if the platform removes the review after a report, hence its place before any removal request.',
    },
    whyIn: {
      policy: {
        fr: 'Si vous envisagez une action malgré le signalement, le constat doit être fait tant que l’avis est encore en ligne.',
        en: 'If you consider an action besides the report, the constat must be made while the review is still online.',
      },
      precaution: {
        fr: 'Tant que la qualification reste à vérifier, garder la preuve est sans risque ; elle ne pourra plus être faite si l’avis disparaît.',
        en: 'While the qualification is still to be checked, keeping the evidence is safe; it can no longer be done once the review is gone.',
      },
    },
  },
  'declaration-assureur': {
    text: {
      fr: 'Déclarez le sinistre à votre assureur (protection juridique ou option e-réputation), dans le délai de votre contrat, en signalant l’urgence.',
      en: 'Declare the claim to your insurer (legal protection or e-reputation cover), within your contract’s time limit, and stress the urgency.',
    },
    draft: 'declaration-assureur',
    why: {
      fr: 'La protection juridique peut payer le constat et l’avocat, si vous déclarez dans le délai du contrat (au moins 5 jours ouvrés, C. assur. art. L.113-2) et avant d’engager les frais, sauf urgence (art. L.127-2-2).',
      en: 'Legal protection may pay for the constat and the lawyer, if you declare within the contract’s time limit (at least 5 working days, C. assur. art. L.113-2) and before incurring costs, unless urgent (art. L.127-2-2).',
    },
  },
  avocat: {
    text: {
      fr: 'Consultez un avocat avant l’échéance : il confirmera la qualification exacte et choisira la voie (référé, identification de l’auteur, citation, plainte).',
      en: 'See a lawyer before the deadline: they will confirm the exact qualification and choose the route (emergency order, identifying the author, summons, complaint).',
    },
    why: {
      fr: 'Une erreur de qualification annule une procédure de presse (loi 1881 art. 53) et une lettre n’arrête pas le délai : l’avocat intervient avant les lettres et les notifications.',
      en: 'The wrong qualification voids a press-law case (loi 1881 art. 53) and a letter does not stop the clock: the lawyer comes before letters and notices.',
    },
    whyIn: {
      precaution: {
        fr: 'Certaines réponses sont restées « Je ne sais pas » : votre avocat confirmera ce qui est illicite avant toute démarche qui engage.',
        en: 'Some answers were left as « I don’t know »: your lawyer will confirm what is unlawful before any binding step.',
      },
      policy: {
        fr: 'Si le signalement échoue, votre avocat confirmera si une action (lettre, référé, identification de l’auteur) est utile.',
        en: 'If the report fails, your lawyer will confirm whether an action (letter, emergency order, identifying the author) is worth it.',
      },
    },
  },
  'signalement-plateforme': {
    text: { fr: 'Signalez l’avis à la plateforme, dans la catégorie indiquée.', en: 'Report the review to the platform, under the category shown.' },
    draft: 'signalement-plateforme',
    why: {
      fr: 'Il vient après le constat : si la plateforme retire l’avis, la preuve est déjà acquise.',
      en: 'It comes after the constat: if the platform removes the review, the evidence is already secured.',
    },
    whyIn: {
      policy: {
        fr: 'L’avis enfreint les règles du site et aucune action en justice n’est en vue : le signalement est la voie la plus simple et la plus rapide.',
        en: 'The review breaks the site’s rules and no court action is in view: the report is the simplest and quickest route.',
      },
    },
  },
  'notification-dsa': {
    text: {
      fr: 'Envoyez une notification de contenu illicite (DSA art. 16) ou la demande de retrait pour raisons juridiques de Google. N’y affirmez que des faits que vous savez exacts : présenter sciemment un contenu licite comme illicite peut être sanctionné.',
      en: 'Send an illegal-content notice (DSA art. 16) or Google’s legal removal request. State only facts you know to be accurate: knowingly presenting lawful content as illegal may be punished.',
    },
    draft: 'notification-dsa',
    why: {
      fr: 'Elle vient après le constat : un hébergeur qui retire l’avis rend le constat impossible, et elle n’arrête pas le délai de prescription.',
      en: 'It comes after the constat: a host that removes the review makes the constat impossible, and the notice does not stop the limitation clock.',
    },
  },
  pharos: {
    text: { fr: 'Signalez le contenu sur PHAROS (internet-signalement.gouv.fr).', en: 'Report the content on PHAROS (internet-signalement.gouv.fr).' },
    why: {
      fr: 'Le signalement aux autorités vient après le constat, comme toute démarche qui peut faire retirer l’avis.',
      en: 'The report to the authorities comes after the constat, like any step that may get the review removed.',
    },
  },
  'mise-en-demeure': {
    text: { fr: 'Adressez une mise en demeure à l’auteur identifié (LRAR).', en: 'Send a formal notice to the identified author (registered letter).' },
    draft: 'mise-en-demeure',
    why: {
      fr: 'L’auteur prévenu peut effacer ou réécrire l’avis : la preuve et l’avis de votre avocat viennent d’abord.',
      en: 'A warned author may delete or rewrite the review: the evidence and your lawyer’s advice come first.',
    },
  },
  'droit-de-reponse': {
    text: {
      fr: 'Vous ne pouvez pas répondre sur ce site : exercez le droit de réponse en ligne auprès du directeur de la publication (LRAR, dans les 3 mois de la mise en ligne).',
      en: 'You cannot reply on this site: use the online right of reply with the publication director (registered letter, within 3 months of publication).',
    },
    draft: 'droit-de-reponse',
    why: {
      fr: 'Il fait connaître votre version sans retirer l’avis ; il vient après la preuve et doit partir dans les 3 mois.',
      en: 'It puts your side across without removing the review; it comes after the evidence and must be sent within 3 months.',
    },
  },
  'opposition-rgpd': {
    text: { fr: 'Envoyez une opposition et une demande d’effacement de la fiche (RGPD art. 21 et 17).', en: 'Send an objection and erasure request for the listing (GDPR art. 21 and 17).' },
    draft: 'opposition-rgpd',
    why: {
      fr: 'L’effacement de la fiche fait disparaître ses avis : il vient après la preuve de ceux que vous voulez poursuivre.',
      en: 'Erasing the listing removes its reviews: it comes after the evidence of those you want to pursue.',
    },
  },
  'plainte-cnil': {
    text: { fr: 'Sans réponse satisfaisante sous un mois, saisissez la CNIL.', en: 'Without a satisfactory answer within one month, complain to the CNIL.' },
    draft: 'plainte-cnil',
    why: {
      fr: 'La plateforme a un mois pour répondre à votre opposition (RGPD art. 12(3)) : la CNIL vient ensuite.',
      en: 'The platform has one month to answer your objection (GDPR art. 12(3)): the CNIL comes next.',
    },
  },
  'ne-pas-repondre': {
    text: {
      fr: 'Ne répondez pas publiquement : une réponse expose au risque de violer le secret médical et donne de la visibilité à l’avis.',
      en: 'Do not reply publicly: a reply risks breaching medical secrecy and gives the review visibility.',
    },
    draft: 'conseil-non-reponse',
    why: {
      fr: 'Ce conseil vaut pendant toutes les démarches ci-dessus.',
      en: 'This advice holds throughout the steps above.',
    },
  },
  'reponse-publique': {
    text: {
      fr: 'Vous pouvez ne rien faire, ou publier une réponse sobre qui ne confirme jamais que l’auteur est votre patient.',
      en: 'You may do nothing, or post a sober reply that never confirms the author is your patient.',
    },
    draft: 'reponse-publique',
    why: {
      fr: 'Une critique mesurée est protégée par la liberté d’expression : aucune démarche juridique n’est nécessaire.',
      en: 'Measured criticism is protected by freedom of expression: no legal step is needed.',
    },
  },
};
