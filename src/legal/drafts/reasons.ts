// Why each label makes content illegal, worded as a pre-qualification ("susceptible de"): legal-brief §4 item 4 and
// §2.1 (never call content "manifestly illegal" beyond what the doctor confirmed).
import type { LabelId, Text } from '../types';

export const REASONS: Record<Exclude<LabelId, 'non-illicite'>, Text> = {
  injure: {
    fr: "Les propos contiennent des termes outrageants et méprisants visant le praticien, sans imputation d'un fait précis : ils sont susceptibles de constituer une injure publique envers un particulier (loi du 29 juillet 1881, art. 29 al. 2 et 33 al. 2).",
    en: 'The words contain outrageous and contemptuous terms aimed at the practitioner, without alleging a precise fact: they may constitute a public insult against a private person under French law (loi du 29 juillet 1881, art. 29 para. 2 and 33 para. 2).',
  },
  diffamation: {
    fr: "Les propos imputent au praticien un fait précis, susceptible de preuve, qui porte atteinte à son honneur et à sa considération professionnelle : ils sont susceptibles de constituer une diffamation publique envers un particulier (loi du 29 juillet 1881, art. 29 al. 1 et 32 al. 1).",
    en: 'The words allege a precise, provable fact against the practitioner that harms his honour and professional standing: they may constitute public defamation of a private person under French law (loi du 29 juillet 1881, art. 29 para. 1 and 32 para. 1).',
  },
  denigrement: {
    fr: "Les propos discréditent de façon excessive et infondée les services du cabinet, sans base factuelle suffisante : ils sont susceptibles de constituer un dénigrement fautif (C. civ. art. 1240).",
    en: "The words discredit the practice's services in an excessive and unfounded way, without sufficient factual basis: they may constitute disparagement (C. civ. art. 1240).",
  },
  'vie-privee': {
    fr: "Les propos révèlent des éléments de la vie personnelle du praticien, sans lien avec son exercice et sans son consentement : ils sont susceptibles de constituer une atteinte à la vie privée (C. civ. art. 9 ; le cas échéant C. pén. art. 223-1-1).",
    en: "The words reveal elements of the practitioner's personal life, unrelated to his practice and without consent: they may infringe his private life (C. civ. art. 9; where relevant C. pén. art. 223-1-1).",
  },
  'droit-image': {
    fr: "Le contenu diffuse l'image du praticien sans son consentement : il est susceptible de constituer une atteinte au droit à l'image (C. civ. art. 9 ; le cas échéant C. pén. art. 226-1, 226-2 ou 226-8).",
    en: "The content publishes the practitioner's image without consent: it may breach his image rights (C. civ. art. 9; where relevant C. pén. art. 226-1, 226-2 or 226-8).",
  },
  'provocation-haine': {
    fr: "Le texte appelle les lecteurs à la discrimination, à la haine ou à la violence en raison d'un motif discriminatoire : il est susceptible de constituer une provocation (loi du 29 juillet 1881, art. 24 al. 7–8).",
    en: 'The text calls on readers to discriminate, hate or use violence on a discriminatory ground: it may constitute incitement under French law (loi du 29 juillet 1881, art. 24 para. 7–8).',
  },
  'provocation-violence': {
    fr: "Le texte appelle directement les lecteurs à commettre des violences contre le praticien : il est susceptible de constituer une provocation (loi du 29 juillet 1881, art. 24 al. 1).",
    en: 'The text directly calls on readers to commit violence against the practitioner: it may constitute incitement under French law (loi du 29 juillet 1881, art. 24 para. 1).',
  },
  menaces: {
    fr: "Le texte annonce une atteinte à la personne du praticien, de ses proches ou de son équipe : il est susceptible de constituer des menaces (C. pén. art. 222-17 et 222-18).",
    en: 'The text announces harm to the practitioner, his family or staff: it may constitute threats under French law (C. pén. art. 222-17 and 222-18).',
  },
};
