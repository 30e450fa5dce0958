// Flags added beside the labels (docs/legal/qualifications.md#signaux-complementaires, docs/legal/rgpd-cnil.md#fiche-sans-consentement, docs/legal/procedure.md#decision-tree-q0 and docs/legal/procedure.md#decision-tree-t4).
import { all, no, yes, type FlagRule } from './rule';

export const flagRules: FlagRule[] = [
  {
    flag: 'danger-immediat',
    title: { fr: 'Danger immédiat', en: 'Immediate danger' },
    when: yes('danger-immediat', 'docs/legal/procedure.md#decision-tree-q0'),
    sources: ['docs/legal/procedure.md#decision-tree-q0'],
    note: {
      fr: 'Appelez le 17 ou le 112 maintenant. Ne répondez pas publiquement.',
      en: 'Call 17 or 112 now. Do not reply publicly.',
    },
    steps: ['appel-17-112', 'plainte-police', 'informer-cdom', 'ne-pas-repondre'],
  },
  {
    flag: 'fiche-sans-consentement',
    title: { fr: 'Fiche créée sans votre consentement', en: 'Listing created without your consent' },
    when: yes('fiche-sans-consentement', 'RGPD art. 21 et 17 ; CA Chambéry 22 mai 2025, RG 22/01814'),
    sources: ['RGPD art. 21', 'RGPD art. 17', 'RGPD art. 12(3)', 'CA Chambéry 22 mai 2025, RG 22/01814'],
    note: {
      fr: "Opposition (art. 21) et effacement (art. 17) ; réponse due sous un mois (art. 12(3)), puis plainte CNIL. L'arrêt de Chambéry est un précédent favorable mais isolé (pourvoi éventuel inconnu) : l'issue d'une action est à confirmer avec un avocat. Revendiquer la fiche pour y répondre revient à accepter les conditions de Google.",
      en: 'Objection (art. 21) and erasure (art. 17); an answer is due within one month (art. 12(3)), then a CNIL complaint. The Chambéry ruling is a favourable but isolated precedent (any appeal to the Cour de cassation unknown): the outcome of a court action must be confirmed with a lawyer. Claiming the listing to reply means accepting Google’s terms.',
    },
    steps: ['opposition-rgpd', 'plainte-cnil', 'avocat'],
  },
  {
    flag: 'avis-coordonnes',
    title: { fr: 'Avis coordonnés (possible cyberharcèlement)', en: 'Coordinated reviews (possible cyber-harassment)' },
    when: yes('avis-coordonnes', 'C. pén. art. 222-33-2-2'),
    sources: ['C. pén. art. 222-33-2-2', 'TJ Marseille 21 mai 2021'],
    note: {
      fr: "Un « raid » peut constituer un cyberharcèlement ; les tribunaux exigent la preuve d'une atteinte à la santé (certificat médical).",
      en: 'A review "raid" may be cyber-harassment; courts require proof of harm to health (a medical certificate).',
    },
    steps: ['constat-commissaire', 'avocat'],
  },
  {
    // Google's « Hors sujet » policy: a review meant for another practitioner or place, or about something other than
    // the care (docs/legal/qualifications.md#signaux-complementaires, docs/legal/numerique-dsa-lcen.md#google-canaux-signalement ⚠️ Google's labels change often). A policy matter: no court action needed.
    flag: 'hors-sujet',
    title: { fr: 'Avis hors sujet ou destiné à un autre praticien', en: 'Off-topic review, or meant for another practitioner' },
    when: yes('avis-hors-sujet', 'docs/legal/qualifications.md#signaux-complementaires et docs/legal/numerique-dsa-lcen.md#google-canaux-signalement (règles Google « Hors sujet »)'),
    sources: ['docs/legal/qualifications.md#signaux-complementaires', 'docs/legal/numerique-dsa-lcen.md#google-canaux-signalement', 'Google, règles relatives aux contenus ajoutés par les utilisateurs'],
    note: {
      fr: "Un avis qui ne porte pas sur votre exercice (autre praticien, autre lieu, autre sujet) enfreint les règles de la plateforme : un signalement suffit en général.",
      en: 'A review that is not about your practice (another practitioner, another place, another subject) breaks the platform’s rules: a report is usually enough.',
    },
    steps: ['signalement-plateforme'],
    reportCategories: ['Hors sujet'],
  },
  {
    flag: 'diffamation-ou-injure',
    title: { fr: 'Diffamation ou injure : à qualifier par un avocat', en: 'Defamation or insult: a lawyer must qualify it' },
    when: all(yes('terme-infraction', 'Cass. civ. 30 mai 2012 ; Cass. crim. 25 févr. 2025'), no('fait-precis', 'Loi 29 juillet 1881 art. 29')),
    sources: ['Loi 29 juillet 1881 art. 29 et 53', 'Cass. crim. 23 nov. 2010', 'TJ Bordeaux réf. 25 mars 2024, RG 23/02546'],
    note: {
      fr: "Un mot comme « escroc » seul peut être une injure ou une diffamation. Se tromper de qualification annule la procédure (art. 53) : faites qualifier par un avocat.",
      en: 'A word like « escroc » (crook) on its own may be an insult or defamation. The wrong qualification voids the case (art. 53): have a lawyer qualify it.',
    },
    steps: ['avocat'],
  },
];
