// Wording that breaks medical secrecy in a public reply to a review (legal brief §6):
// CSP L.1110-4 I; C. santé publ. R.4127-4 (the secret covers "tout ce qui est venu à la connaissance du médecin");
// C. pén. 226-13 (1 year, €15,000). The CNOM line: never confirm or suggest that the reviewer is or was a patient
// ("je me souviens de vous", "lors de votre consultation du…", "votre traitement"), even when the reviewer told
// their own story; no care detail, diagnosis or date; no counter-accusation (risk of diffamation by the doctor).
// Patterns are written for folded text (lower case, no accents; see text-normalize.ts).
// (Helper B file, see COORDINATION.md.)
import type { Lang } from '../shared/types';
import type { Text } from './types';
import { words } from './text-normalize';

export type SecrecyKind = 'relation-soin' | 'soin' | 'diagnostic' | 'date' | 'nom-patient' | 'polemique';

export interface SecrecyPattern {
  kind: SecrecyKind;
  lang: Lang;
  pattern: RegExp;
}

const MONTHS_FR = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DAYS_FR = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const DAYS_EN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const CARE_EVENT_FR = 'consultation|visite|rendez-vous|rdv|venue|passage|seance|examen|hospitalisation|sejour|intervention|operation';

export const SECRECY_PATTERNS: SecrecyPattern[] = [
  // Confirming (or denying) a care relationship.
  { kind: 'relation-soin', lang: 'fr', pattern: words([
    `(?:lors|au cours|a l'issue|a la suite) (?:de|d') ?(?:votre|ta|la|notre|cette) (?:${CARE_EVENT_FR})`,
    `(?:pendant|durant|apres|avant) (?:votre|ta|notre) (?:${CARE_EVENT_FR})`,
    `(?:votre|ta) (?:${CARE_EVENT_FR}|dossier|fiche|compte rendu|carte vitale)`,
    'en consultation', 'au cabinet avec vous',
    'je me souviens (?:de vous|de toi|bien de)', "je vous (?:ai|avais) (?:recue?|vue?|examinee?|expliquee?|dit|prescrit|orientee?|soignee?|auscultee?|operee?)",
    "(?:comme )?je vous l'(?:ai|avais) (?:explique|dit|indique|precise)", 'vous (?:etes|etiez) venue?s?',
    'vous avez ete (?:recue?|vue?|pris en charge|prise en charge|soignee?)', 'notre (?:echange|entretien|rencontre)',
    'mon patient', 'ma patiente', "vous (?:m'avez|nous avez) consulte", "(?:vous n'(?:etes|avez) )?jamais (?:ete |)(?:venue?|recue?|soignee?|patiente?)",
  ]) },
  { kind: 'relation-soin', lang: 'en', pattern: words([
    '(?:during|at|after|before) (?:your|our) (?:appointment|visit|consultation|session|exam|examination|stay|surgery)',
    'your (?:appointment|visit|consultation|file|records?|chart|session|stay)', 'i (?:remember|recall) (?:you|your)',
    'when i (?:saw|examined|treated|met) you', 'as i (?:explained|told you|said)', 'i (?:saw|examined|treated|told|prescribed) you',
    'you came (?:in|to (?:the|my|our))', 'our (?:conversation|meeting|discussion)', 'my patient', 'never (?:seen|treated|met) you',
    'you (?:were|have) never been (?:a patient|here|seen)',
  ]) },
  // Care details.
  { kind: 'soin', lang: 'fr', pattern: words([
    '(?:votre|vos|ton|ta|tes) (?:traitements?|ordonnances?|prescriptions?|medicaments?|analyses?|resultats?|examens?|radios?|radiographies?|bilans?|soins?|vaccins?|pansements?|arret de travail|certificats?|factures?|dents?|plaies?|points de suture)',
    "(?:je vous ai|on vous a|nous vous avons) (?:prescrit|opere|soigne|vaccine|injecte)",
  ]) },
  { kind: 'soin', lang: 'en', pattern: words([
    'your (?:treatment|prescription|medication|medicine|test results?|results|lab work|x-rays?|scan|surgery|operation|procedure|bill|invoice|sick note|certificate|vaccine|teeth|tooth|stitches)',
  ]) },
  // Health details, diagnosis.
  { kind: 'diagnostic', lang: 'fr', pattern: words([
    'diagnostic\\w*', 'pathologie\\w*', '(?:votre|vos|ton|ta|tes) (?:maladie|etat de sante|etat|symptomes?|douleurs?|grossesse|enfant|bebe|fils|fille|sante)',
    'depression', 'diabete', 'cancer', 'infection', 'fracture', 'allergie', 'grossesse',
  ]) },
  { kind: 'diagnostic', lang: 'en', pattern: words([
    'diagnos\\w*', 'pathology', 'your (?:condition|symptoms?|illness|disease|pain|pregnancy|child|baby|son|daughter|health)',
    'depression', 'diabetes', 'cancer', 'infection', 'fracture', 'allergy',
  ]) },
  // Dates of a visit.
  { kind: 'date', lang: 'fr', pattern: words([
    `\\d{1,2}(?:er)? (?:${MONTHS_FR})(?: \\d{4})?`, '\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?', `(?:${DAYS_FR}) dernier`, `(?:ce|le) (?:${DAYS_FR}) \\d{1,2}`,
    `(?:ce|le) (?:${DAYS_FR}) (?:matin|apres-midi|soir)`, 'hier', 'avant-hier', 'la semaine derniere', 'le mois dernier', 'ce matin',
    'il y a \\d+ (?:jours?|semaines?|mois)',
  ]) },
  { kind: 'date', lang: 'en', pattern: words([
    `(?:${MONTHS_EN}) \\d{1,2}(?:st|nd|rd|th)?`, `\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS_EN})`, '\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?',
    `last (?:${DAYS_EN}|week|month)`, 'yesterday', 'this morning', '\\d+ (?:days?|weeks?|months?) ago',
  ]) },
  // Counter-accusations and polemics (the doctor may himself commit diffamation or injure).
  { kind: 'polemique', lang: 'fr', pattern: words(['vous mentez', 'mensonges?', 'menteu(?:r|se)', 'diffamat\\w*', 'porter plainte', 'mauvaise foi', 'calomni\\w*']) },
  { kind: 'polemique', lang: 'en', pattern: words(['you(?: are|\'re) lying', 'lies', 'liar', 'defamat\\w*', 'sue you', 'bad faith', 'slander\\w*']) },
];

export const SECRECY_WHY: Record<SecrecyKind, Text> = {
  'relation-soin': {
    fr: 'Confirme (ou dément) que l’auteur a été votre patient : le secret couvre jusqu’à l’existence de la relation de soin (R.4127-4, C. pén. 226-13).',
    en: 'Confirms (or denies) that the reviewer was your patient: secrecy covers the very existence of the care relationship (R.4127-4, C. pén. 226-13).',
  },
  soin: {
    fr: 'Mentionne un soin, un traitement ou un document médical de la personne (CSP L.1110-4).',
    en: 'Mentions a treatment, care or medical document of the person (CSP L.1110-4).',
  },
  diagnostic: {
    fr: 'Donne une information de santé ou un diagnostic : couvert par le secret médical (R.4127-4).',
    en: 'Gives health information or a diagnosis: covered by medical secrecy (R.4127-4).',
  },
  date: {
    fr: 'Une date ou un moment précis laisse entendre une venue au cabinet.',
    en: 'A date or precise moment implies a visit to the practice.',
  },
  'nom-patient': {
    fr: 'Le nom de l’auteur, dans votre réponse, le rattache publiquement à votre patientèle.',
    en: 'Naming the reviewer in your reply publicly ties them to your practice.',
  },
  polemique: {
    fr: 'Contre-accusation ou polémique : risque d’injure ou de diffamation de votre part, et Google peut rejeter la réponse.',
    en: 'Counter-accusation or polemic: you risk insult or defamation yourself, and Google may reject the reply.',
  },
};

export const SECRECY_SUGGESTION: Record<SecrecyKind, Text> = {
  'relation-soin': {
    fr: 'Parlez du cabinet en général : « Le cabinet ne peut commenter aucune situation individuelle. »',
    en: 'Speak about the practice in general: "The practice cannot comment on any individual situation."',
  },
  soin: {
    fr: 'Supprimez toute mention de soin ; proposez un échange privé avec le secrétariat.',
    en: 'Remove any mention of care; offer a private conversation through the front desk.',
  },
  diagnostic: {
    fr: 'Supprimez toute information de santé, même celle que l’auteur a lui-même publiée.',
    en: 'Remove any health information, even what the reviewer published.',
  },
  date: {
    fr: 'Supprimez la date ; restez général (« des urgences peuvent occasionner des retards »).',
    en: 'Remove the date; stay general ("emergencies can cause delays").',
  },
  'nom-patient': {
    fr: 'N’écrivez pas le nom de l’auteur.',
    en: 'Do not write the reviewer’s name.',
  },
  polemique: {
    fr: 'Restez neutre : remerciez, regrettez l’expérience décrite, proposez un contact privé.',
    en: 'Stay neutral: thank, regret the experience described, offer a private contact.',
  },
};

export const SAFE_FALLBACK: Text = {
  fr: 'Merci d’avoir pris le temps de partager votre ressenti. Par respect du secret professionnel, le cabinet ne commente aucune situation individuelle en ligne. Toute personne qui le souhaite peut contacter le secrétariat.',
  en: 'Thank you for taking the time to share your feelings. Out of respect for professional secrecy, the practice does not comment on any individual situation online. Anyone who wishes may contact the front desk.',
};
