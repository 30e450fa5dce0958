// Vocabularies of the offline pre-reading (French and English), written for FOLDED text (lower case, no accents,
// apostrophes as '). Each entry proposes an answer to one fact; the doctor confirms or rejects it.
// Examples come from docs/legal/qualifications.md ("typical examples") and the CNOM guidance; they are cues, not qualifications.
import { words } from './text-normalize';
import type { AnswerValue, FactId, Text } from './types';

export interface Cue {
  fact: FactId;
  proposed: AnswerValue;
  patterns: RegExp[];
  why: Text;
}

export const CUES: Cue[] = [
  {
    fact: 'menace',
    proposed: 'yes',
    patterns: [
      /\bje (?:vais|viendrai|reviendrai) (?:te|vous|lui|venir|revenir|le (?:tuer|buter|frapper|retrouver|defoncer)|la (?:tuer|buter|frapper|retrouver|defoncer))\b/g,
      /\bon sait ou (?:tu habites|vous habitez|il habite|elle habite|tu vis|vous vivez)\b/g,
      /\btu vas (?:voir|le regretter|payer)\b/g,
      /\b(?:tu le regretteras|vous le regretterez|gare a (?:toi|vous))\b/g,
      /\bi(?: wil|')ll (?:kill|hurt|find|get|come for) (?:you|him|her)\b/g,
      /\bwe know where (?:you|he|she) lives?\b/g,
      /\byou(?:'ll| will) (?:regret|pay for) (?:it|this)\b/g,
      /\bwatch your back\b/g,
    ],
    why: { fr: "Formule qui annonce un mal à venir (C. pén. art. 222-17).", en: 'Wording that announces harm to come (C. pén. art. 222-17).' },
  },
  {
    fact: 'appel-lecteurs',
    proposed: 'yes',
    patterns: [
      /\bn'allez (?:pas|jamais)\b/g,
      /\bboycott\w*/g,
      /\bil faut (?:le|la|les|lui) \w+/g,
      /\b(?:fuyez|evitez (?:ce|cette|le|la))\b/g,
      /\b(?:don't|do not|never) go (?:to|there)\b/g,
      /\bstay away\b/g,
      /\beveryone should\b/g,
    ],
    why: { fr: 'Le texte s’adresse aux lecteurs pour les pousser à agir (loi 1881 art. 24).', en: 'The text addresses readers to push them to act (loi 1881 art. 24).' },
  },
  {
    fact: 'appel-violence',
    proposed: 'yes',
    patterns: [
      /\b(?:casser la (?:figure|gueule)|regler son compte|tabasser|lyncher|defoncer)\b/g,
      /\b(?:beat (?:him|her) up|someone should (?:hurt|kill|beat|punch))\b/g,
    ],
    why: { fr: 'Vocabulaire de violence physique.', en: 'Vocabulary of physical violence.' },
  },
  {
    fact: 'motif-discriminatoire',
    proposed: 'yes',
    patterns: [
      words(['arabes?', 'juifs?', 'juives?', 'musulmane?s?', 'noire?s?', 'etrangere?s?', 'immigree?s?', 'africaine?s?', 'maghrebine?s?', 'asiatiques?', 'religion', 'voilee?', 'homosexuele?s?', 'gays?', 'lesbiennes?', 'transgenres?', 'handicapee?s?']),
      words(['arabs?', 'jews?', 'jewish', 'muslims?', 'blacks?', 'foreigners?', 'immigrants?', 'lesbians?', 'disabled']),
    ],
    why: { fr: 'Mot lié à l’origine, la religion, le sexe, l’orientation ou le handicap : vérifiez s’il vise la personne.', en: 'A word linked to origin, religion, sex, orientation or handicap: check whether it targets the person.' },
  },
  {
    fact: 'vie-privee-revelee',
    proposed: 'yes',
    patterns: [
      /\b(?:sa femme|son mari|sa compagne|son compagnon|ses enfants|son fils|sa fille|son divorce)\b/g,
      /\b(?:il|elle) est (?:lui-meme |elle-meme )?(?:malade|alcoolique|depressi[fv]e?|drogue)\b/g,
      /\b(?:his wife|her husband|his kids|her kids|his children|her children|his divorce|her divorce)\b/g,
      /\b(?:he|she) is (?:an alcoholic|sick|depressed|on drugs)\b/g,
    ],
    why: { fr: 'Détail de santé ou de famille qui semble vous concerner (C. civ. art. 9).', en: 'A health or family detail that seems to be about you (C. civ. art. 9).' },
  },
  {
    fact: 'vie-privee-revelee',
    proposed: 'no',
    patterns: [
      /\b(?:mon|ma|mes) (?:cancer|maladie|diabete|grossesse|depression|traitement|fils|fille|enfants?|mari|femme)\b/g,
      /\bmy (?:cancer|illness|diabetes|pregnancy|depression|treatment|son|daughter|kids?|husband|wife)\b/g,
    ],
    why: {
      fr: "L'auteur parle de sa propre santé ou de sa famille : ce n'est pas votre vie privée. Ne le confirmez jamais publiquement.",
      en: 'The author talks about his own health or family: that is not your private life. Never confirm it publicly.',
    },
  },
  {
    fact: 'adresse-personnelle',
    proposed: 'yes',
    patterns: [
      /\b\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\.|boulevard|bd|chemin|allee|impasse|place|route|quai|street|road)\b[^.,;!?\n]{2,40}/g,
      /(?:\+33 ?|\b0)[1-9](?:[ .-]?\d{2}){4}\b/g,
      /\b(?:il|elle) habite\b/g,
      /\b(?:he|she) lives (?:at|in|on)\b/g,
    ],
    why: {
      fr: "Adresse ou téléphone : si c'est votre domicile ou un numéro privé, répondez oui ; l'adresse du cabinet n'est pas votre vie privée.",
      en: 'An address or phone number: if it is your home or a private number, answer yes; the practice address is not private life.',
    },
  },
  {
    fact: 'image-montage',
    proposed: 'yes',
    patterns: [words(['montage', 'photomontage', 'photoshop\\w*', 'deepfake', 'ia', 'ai-generated', 'generee? par (?:l\')?ia'])],
    why: { fr: 'Le texte évoque un montage ou une image générée (C. pén. art. 226-8).', en: 'The text mentions a montage or a generated image (C. pén. art. 226-8).' },
  },
  {
    fact: 'fait-precis',
    proposed: 'yes',
    patterns: [
      /\b(?:m'a|a|il a|elle a) (?:facture|prescrit|oublie|casse|rate|opere|irradie|fait perdre)\b/g,
      /\bfacture (?:des|les) actes\b/g,
      /\berreur (?:de diagnostic|medicale)\b/g,
      /\b(?:fraude|actes fictifs|jamais (?:realisee?s?|faite?s?|effectuee?s?)|sequelles|charcute)\b/g,
      /\b(?:overbill\w*|billed (?:me|us) for|prescribed me|misdiagnos\w*|malpractice|fraud)\b/g,
    ],
    why: { fr: 'Accusation qui ressemble à un fait précis et vérifiable (loi 1881 art. 29 al. 1).', en: 'An accusation that looks like a precise, checkable fact (loi 1881 art. 29 para. 1).' },
  },
  {
    fact: 'terme-infraction',
    proposed: 'yes',
    patterns: [words(['escrocs?', 'escroquerie', 'voleurs?', 'voleuses?', 'arnaqueu(?:r|se)s?', 'arnaque', 'charlatans?', 'fripouilles?', 'delinquants?', 'crooks?', 'thie(?:f|ves)', 'scammers?', 'scam', 'fraudsters?', 'quacks?', 'con artists?'])],
    why: { fr: 'Mot qui évoque une infraction : injure ou diffamation, à faire qualifier par un avocat.', en: 'A word suggesting an offence: insult or defamation, to be qualified by a lawyer.' },
  },
  {
    fact: 'propos-injurieux',
    proposed: 'yes',
    patterns: [
      words(['nullard', 'zero absolu', 'connard', 'connasse', 'abruti', 'cretin', 'imbecile', 'debile', 'minable', 'ordure', 'salaud', 'salope', 'pourri', 'boucher', 'peau de vache', 'incompetent notoire', 'guignol', 'incapable']),
      words(['idiot', 'moron', 'asshole', 'jerk', 'butcher', 'scumbag', 'useless idiot', 'incompetent fool']),
    ],
    why: { fr: 'Terme outrageant ou méprisant (loi 1881 art. 29 al. 2).', en: 'An outrageous or contemptuous term (loi 1881 art. 29 para. 2).' },
  },
  {
    fact: 'attaque-services',
    proposed: 'yes',
    patterns: [
      /\b(?:cabinet sale|hygiene douteuse|materiel d'un autre age|tarifs abusifs|clinique a fuir)\b/g,
      /\b(?:dirty (?:practice|office|clinic)|unhygienic|filthy)\b/g,
    ],
    why: { fr: 'Critique des locaux, du matériel ou des tarifs : dénigrement seulement si elle est fausse ou excessive.', en: 'Criticism of premises, equipment or prices: disparagement only if false or excessive.' },
  },
];
