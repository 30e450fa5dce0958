// Visible placeholders for missing data, per field and language. The keys are the complete set of template fields:
// FieldName is derived from them, so a template naming another field does not compile (templates/define.ts).
export const PLACEHOLDERS = {
  doctorName: { fr: 'NOM DU MÉDECIN', en: "DOCTOR'S NAME" },
  doctorAddress: { fr: 'ADRESSE DU CABINET', en: 'PRACTICE ADDRESS' },
  doctorEmail: { fr: 'ADRESSE E-MAIL', en: 'EMAIL ADDRESS' },
  doctorPhone: { fr: 'TÉLÉPHONE DU CABINET', en: 'PRACTICE PHONE' },
  specialty: { fr: 'SPÉCIALITÉ', en: 'SPECIALTY' },
  rpps: { fr: 'N° RPPS', en: 'RPPS NUMBER' },
  city: { fr: 'VILLE', en: 'CITY' },
  signature: { fr: 'SIGNATURE (CABINET OU MÉDECIN)', en: 'SIGNATURE (PRACTICE OR DOCTOR)' },
  signatoryName: { fr: 'NOM DU MÉDECIN', en: "DOCTOR'S NAME" },
  signatoryQuality: { fr: 'TITRE ET QUALITÉ (ex. médecin généraliste)', en: 'TITLE (e.g. general practitioner)' },
  insurer: { fr: 'ASSUREUR', en: 'INSURER' },
  insurancePolicy: { fr: 'N° DE CONTRAT', en: 'POLICY NUMBER' },
  today: { fr: 'DATE', en: 'DATE' },
  url: { fr: 'URL EXACTE DE L’AVIS', en: 'EXACT URL OF THE REVIEW' },
  placeName: { fr: 'NOM DE LA FICHE', en: 'LISTING NAME' },
  siteName: { fr: 'NOM DU SITE', en: 'SITE NAME' },
  reviewIdLine: { fr: 'IDENTIFIANT DE L’AVIS', en: 'REVIEW ID' },
  reviewAuthor: { fr: 'NOM AFFICHÉ DE L’AUTEUR', en: "AUTHOR'S DISPLAYED NAME" },
  reviewDate: { fr: 'DATE AFFICHÉE', en: 'DATE SHOWN' },
  reviewText: { fr: 'TEXTE DE L’AVIS', en: 'REVIEW TEXT' },
  publication: { fr: 'PUBLIÉ LE (DATE DE PREMIÈRE PUBLICATION)', en: 'PUBLISHED ON (FIRST PUBLICATION DATE)' },
  passages: { fr: 'PASSAGES CONTESTÉS', en: 'DISPUTED PASSAGES' },
  replyText: { fr: 'TEXTE DE LA RÉPONSE DEMANDÉE', en: 'TEXT OF THE REPLY REQUESTED' },
  qualificationText: { fr: 'QUALIFICATION', en: 'QUALIFICATION' },
  complaintQualification: { fr: 'INFRACTIONS', en: 'OFFENCES' },
  qualificationAssessment: { fr: 'QUALIFICATION ENVISAGÉE', en: 'CONTEMPLATED QUALIFICATION' },
  reasons: { fr: 'RAISONS DE L’ILLICÉITÉ', en: 'REASONS WHY THE CONTENT IS ILLEGAL' },
  offences: { fr: 'INFRACTION', en: 'OFFENCE' },
  categories: { fr: 'CATÉGORIE DE SIGNALEMENT', en: 'REPORT CATEGORY' },
  deadlineText: { fr: 'DATE LIMITE', en: 'DEADLINE' },
  recipientName: { fr: 'NOM DU DESTINATAIRE', en: "RECIPIENT'S NAME" },
  recipientAddress: { fr: 'ADRESSE DU DESTINATAIRE', en: "RECIPIENT'S ADDRESS" },
  salutation: { fr: 'Madame, Monsieur,', en: 'Dear Sir or Madam,' },
  accused: { fr: 'contre X', en: 'against persons unknown' },
  evidence: { fr: 'PREUVE CONSERVÉE', en: 'EVIDENCE KEPT' },
  consequences: { fr: 'SUITES EN L’ABSENCE DE RETRAIT', en: 'WHAT FOLLOWS IF THE CONTENT STAYS' },
  safetyImpact: { fr: 'EFFET SUR VOTRE SÉCURITÉ ET VOTRE EXERCICE', en: 'EFFECT ON YOUR SAFETY AND PRACTICE' },
  partieCivile: { fr: 'DEMANDE DE CONSTITUTION DE PARTIE CIVILE', en: 'REQUEST TO JOIN AS PARTIE CIVILE' },
  legalForm: { fr: 'FORMULAIRE DE SIGNALEMENT DU SITE', en: "THE SITE'S REPORT FORM" },
  reportHow: { fr: 'OÙ SIGNALER L’AVIS', en: 'WHERE TO REPORT THE REVIEW' },
  rgpdDate: { fr: 'DATE DE LA DEMANDE RGPD', en: 'DATE OF THE GDPR REQUEST' },
  discoveryDate: { fr: 'DATE DE DÉCOUVERTE', en: 'DATE FOUND' },
  stepsTaken: { fr: 'DÉMARCHES DÉJÀ EFFECTUÉES, AVEC LEURS DATES', en: 'STEPS ALREADY TAKEN, WITH DATES' },
  harm: { fr: 'PRÉJUDICE (BAISSE DES RENDEZ-VOUS, AUTRES AVIS…)', en: 'HARM (FEWER BOOKINGS, OTHER REVIEWS…)' },
  authorStatus: { fr: 'AUTEUR IDENTIFIÉ OU NON', en: 'AUTHOR IDENTIFIED OR NOT' },
} as const satisfies Record<string, { fr: string; en: string }>;

export type FieldName = keyof typeof PLACEHOLDERS;

/**
 * Fields that may be empty on purpose (the value ''): the text is then left out, and a template line holding only that
 * field disappears. Any other empty field is missing data and shows its placeholder.
 */
export const OPTIONAL_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>(['reviewIdLine', 'partieCivile']);
