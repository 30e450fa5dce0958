// The questionnaire's wording, in the order of docs/legal/procedure.md#decision-tree (Q0 danger first, then Q1…Q7, then T2–T4).
// The order matters: nextQuestion() asks the first fact in this list that could still change an undecided rule.
import type { FactId, Text } from './types';

export interface QuestionText {
  fact: FactId;
  prompt: Text;
  help: Text;
  example: Text;
}

export const QUESTION_TEXTS: QuestionText[] = [
  {
    fact: 'danger-immediat',
    prompt: { fr: 'Y a-t-il un danger immédiat pour vous, votre famille ou votre équipe ?', en: 'Is there an immediate danger to you, your family or your staff?' },
    help: { fr: 'Si oui, appelez le 17 ou le 112 avant toute autre démarche.', en: 'If so, call 17 or 112 before anything else.' },
    example: { fr: '« Je serai devant ton cabinet ce soir. »', en: '"I will be outside your practice tonight."' },
  },
  {
    fact: 'menace',
    prompt: { fr: "L'auteur annonce-t-il un mal que lui ou d'autres vous feront, à vous, vos proches, votre équipe ou votre cabinet ?", en: 'Does the author announce harm that he or others will do to you, your family, staff or practice?' },
    help: { fr: 'Menace écrite, avec ou sans condition (« sinon… ») : C. pén. art. 222-17 et 222-18.', en: 'A written threat, with or without a condition ("or else…"): C. pén. art. 222-17 and 222-18.' },
    example: { fr: '« Rembourse-moi ou tu le regretteras. »', en: '"Refund me or you will regret it."' },
  },
  {
    fact: 'appel-lecteurs',
    prompt: { fr: 'Le texte appelle-t-il les lecteurs à agir contre vous ou contre un groupe (boycott, haine, discrimination, violence) ?', en: 'Does the text call on readers to act against you or a group (boycott, hatred, discrimination, violence)?' },
    help: { fr: "Il s'agit d'un appel aux autres, pas d'une menace de l'auteur lui-même (loi 1881 art. 24).", en: "This is a call to others, not a threat by the author himself (loi 1881 art. 24)." },
    example: { fr: '« Boycottez ce médecin, il faut le chasser de la ville. »', en: '"Boycott this doctor, he must be driven out of town."' },
  },
  {
    fact: 'appel-violence',
    prompt: { fr: 'Cet appel pousse-t-il à la violence physique ?', en: 'Does this call push readers to physical violence?' },
    help: { fr: 'Loi 1881 art. 24 al. 1 : provocation à une atteinte à la vie ou à l’intégrité physique.', en: 'Loi 1881 art. 24 para. 1: incitement to attack life or physical integrity.' },
    example: { fr: '« Quelqu’un devrait lui régler son compte. »', en: '"Someone should sort him out for good."' },
  },
  {
    fact: 'motif-discriminatoire',
    prompt: { fr: 'Les propos sont-ils liés à votre origine, religion, sexe, orientation sexuelle, identité de genre ou handicap ?', en: 'Are the words linked to your origin, religion, sex, sexual orientation, gender identity or handicap?' },
    help: { fr: 'La forme discriminatoire change l’article et porte la prescription à un an (loi 1881 art. 65-3).', en: 'The discriminatory form changes the article and extends the limit to one year (loi 1881 art. 65-3).' },
    example: { fr: '« Un médecin de cette origine n’a rien à faire ici. »', en: '"A doctor of that origin has no business here."' },
  },
  {
    fact: 'vie-privee-revelee',
    prompt: { fr: 'Le texte révèle-t-il votre vie personnelle (santé, famille, couple, religion, finances), sans lien avec votre exercice ?', en: 'Does the text reveal your personal life (health, family, relationship, religion, money), unrelated to your practice?' },
    help: { fr: "Votre vie à vous, pas l'histoire de santé que l'auteur raconte sur lui-même. Vos coordonnées professionnelles ne sont pas votre vie privée (C. civ. art. 9).", en: "Your life, not the health story the author tells about himself. Your professional details are not private life (C. civ. art. 9)." },
    example: { fr: '« Normal qu’il soit aigri, sa femme l’a quitté. »', en: '"No wonder he is bitter, his wife left him."' },
  },
  {
    fact: 'adresse-personnelle',
    prompt: { fr: 'Le texte donne-t-il votre adresse personnelle, votre téléphone privé ou de quoi vous retrouver, vous ou vos proches ?', en: 'Does the text give your home address, private phone or a way to find you or your family?' },
    help: { fr: 'Divulgation exposant à un risque : C. pén. art. 223-1-1.', en: 'Disclosure exposing to danger: C. pén. art. 223-1-1.' },
    example: { fr: '« Il habite au 12 rue des Lilas, l’école de ses enfants est juste à côté. »', en: '"He lives at 12 rue des Lilas, his kids’ school is right next door."' },
  },
  {
    fact: 'image-publiee',
    prompt: { fr: "L'avis montre-t-il une photo, une vidéo ou un enregistrement de vous, ou une image reconnaissable, sans votre accord ?", en: 'Does the review show a photo, video or recording of you, or a recognisable image, without your consent?' },
    help: { fr: 'Droit à l’image : C. civ. art. 9. Une photo du bâtiment seul ne suffit pas.', en: 'Image rights: C. civ. art. 9. A photo of the building alone is not enough.' },
    example: { fr: 'Une photo de vous prise dans la salle d’attente, jointe à l’avis.', en: 'A photo of you taken in the waiting room, attached to the review.' },
  },
  {
    fact: 'image-lieu-prive',
    prompt: { fr: "L'image a-t-elle été prise dans un lieu privé (cabinet, salle de consultation) ?", en: 'Was the image taken in a private place (practice, consultation room)?' },
    help: { fr: 'C. pén. art. 226-1 et 226-2. Une salle d’attente peut l’être ou non selon les faits : répondez « je ne sais pas » en cas de doute.', en: 'C. pén. art. 226-1 and 226-2. A waiting room may or may not be one depending on the facts: answer "I don’t know" if unsure.' },
    example: { fr: 'Un extrait filmé en secret pendant la consultation.', en: 'An extract filmed secretly during the consultation.' },
  },
  {
    fact: 'image-montage',
    prompt: { fr: "L'image est-elle un montage ou générée par IA, sans être clairement présentée comme telle ?", en: 'Is the image a montage or AI-generated, without being clearly labelled as such?' },
    help: { fr: 'C. pén. art. 226-8 (réécrit par la loi SREN de 2024) ; 226-8-1 si sexuel.', en: 'C. pén. art. 226-8 (rewritten by the 2024 SREN law); 226-8-1 if sexual.' },
    example: { fr: 'Votre visage collé sur un corps de boucher, avec un couteau.', en: 'Your face pasted onto a butcher’s body, holding a knife.' },
  },
  {
    fact: 'fait-precis',
    prompt: { fr: "Le texte vous reproche-t-il un fait précis et vérifiable (on peut répondre oui ou non à « le Dr X a-t-il fait cela ? ») qui porte atteinte à votre honneur ?", en: 'Does the text accuse you of a precise, checkable fact (one can answer yes or no to "did Dr X do this?") that harms your honour?' },
    help: { fr: 'Erreur médicale ayant causé un dommage, fraude, surfacturation, acte illégal… (loi 1881 art. 29 al. 1). Une opinion ou un ressenti n’est pas un fait.', en: 'A medical error causing harm, fraud, overbilling, an illegal act… (loi 1881 art. 29 para. 1). An opinion or feeling is not a fact.' },
    example: { fr: '« Il facture des actes qu’il n’a jamais réalisés. »', en: '"He bills for procedures he never performed."' },
  },
  {
    fact: 'terme-infraction',
    prompt: { fr: 'Le texte vous traite-t-il d’un mot qui évoque une infraction (escroc, voleur, arnaqueur, charlatan) ?', en: 'Does the text call you a word that suggests an offence (crook, thief, scammer, charlatan)?' },
    help: { fr: 'Seul, un tel mot peut être une injure ou une diffamation : un avocat devra qualifier.', en: 'On its own, such a word may be an insult or defamation: a lawyer must qualify it.' },
    example: { fr: '« Ce médecin est un escroc. »', en: '"This doctor is a crook."' },
  },
  {
    fact: 'propos-injurieux',
    prompt: { fr: 'Le texte contient-il des mots outrageants, méprisants ou insultants qui vous visent ?', en: 'Does the text contain outrageous, contemptuous or insulting words aimed at you?' },
    help: { fr: 'Loi 1881 art. 29 al. 2. Une critique dure de la prise en charge (« froid », « expéditif ») n’est pas une injure.', en: 'Loi 1881 art. 29 para. 2. Harsh criticism of the care ("cold", "rushed") is not an insult.' },
    example: { fr: '« Un nullard, un vrai boucher. »', en: '"A useless idiot, a real butcher."' },
  },
  {
    fact: 'injure-liee-au-fait',
    prompt: { fr: "L'insulte est-elle liée au fait précis reproché (elle le résume ou l'accompagne) ?", en: 'Is the insult tied to the precise fact alleged (it sums it up or goes with it)?' },
    help: { fr: 'Si oui, la diffamation absorbe l’injure : on ne poursuit pas les mêmes mots deux fois.', en: 'If so, the defamation absorbs the insult: the same words are not pursued twice.' },
    example: { fr: '« Escroc qui facture des actes fictifs. »', en: '"A crook who bills for fictitious procedures."' },
  },
  {
    fact: 'attaque-services',
    prompt: { fr: 'Le texte attaque-t-il vos services, locaux, organisation, matériel ou tarifs de façon excessive ou infondée ?', en: 'Does the text attack your services, premises, organisation, equipment or prices in an excessive or unfounded way?' },
    help: { fr: 'Dénigrement (C. civ. art. 1240) : faux, sans expérience réelle, hors de proportion. Une critique mesurée reste libre.', en: 'Disparagement (C. civ. art. 1240): false, with no real experience, out of proportion. Measured criticism is free.' },
    example: { fr: '« Cabinet sale, hygiène douteuse, matériel d’un autre âge » (faux).', en: '"Dirty practice, dubious hygiene, ancient equipment" (false).' },
  },
  {
    fact: 'auteur-non-patient',
    prompt: { fr: "Avez-vous des indices que l'auteur n'a jamais été patient (concurrent, ancien salarié, faux compte) ?", en: 'Do you have indications that the author was never a patient (competitor, former employee, fake account)?' },
    help: { fr: 'Ces indices restent internes : ils relèvent du secret médical et ne se publient pas.', en: 'Keep these indications internal: they fall under medical secrecy and are never published.' },
    example: { fr: 'Le compte a aussi noté cinq confrères de la ville le même jour.', en: 'The account also rated five local colleagues on the same day.' },
  },
  {
    fact: 'avis-coordonnes',
    prompt: { fr: 'Cet avis fait-il partie d’une série d’avis coordonnés (plusieurs avis négatifs en peu de temps) ?', en: 'Is this review part of a series of coordinated reviews (several negative reviews in a short time)?' },
    help: { fr: 'Possible dénigrement et cyberharcèlement (C. pén. art. 222-33-2-2).', en: 'Possible disparagement and cyber-harassment (C. pén. art. 222-33-2-2).' },
    example: { fr: 'Six avis une étoile en une semaine, par des comptes inconnus du cabinet.', en: 'Six one-star reviews in a week, from accounts unknown to the practice.' },
  },
  {
    fact: 'cible-personne',
    prompt: { fr: 'Les propos visent-ils votre personne (votre honnêteté, votre compétence, votre caractère) plutôt que vos services, vos locaux ou vos tarifs ?', en: 'Do the words target you as a person (your honesty, competence, character) rather than your services, premises or prices?' },
    help: { fr: "La différence compte surtout si l'auteur est peut-être un concurrent : une attaque contre la personne relève de la loi de 1881 (délai de 3 mois), pas du dénigrement (Cass. Ass. plén. 12 juillet 2000).", en: 'It matters most if the author may be a competitor: an attack on the person falls under the 1881 press law (3-month limit), not disparagement (Cass. Ass. plén. 12 July 2000).' },
    example: { fr: '« Ce médecin est malhonnête » (la personne) plutôt que « le cabinet est sale » (les services).', en: '"This doctor is dishonest" (the person) rather than "the practice is dirty" (the services).' },
  },
  {
    fact: 'avis-hors-sujet',
    prompt: { fr: "L'avis vise-t-il un autre praticien ou un autre lieu, ou parle-t-il d'autre chose que vos soins et votre cabinet ?", en: 'Is the review about another practitioner or place, or about something other than your care and practice?' },
    help: { fr: 'Un avis hors sujet enfreint les règles de la plateforme : un signalement suffit en général, sans démarche en justice.', en: 'An off-topic review breaks the platform’s rules: a report is usually enough, with no court action.' },
    example: { fr: '« Le pharmacien d’à côté m’a mal conseillé » publié sur votre fiche.', en: '"The pharmacist next door gave me bad advice", posted on your listing.' },
  },
  {
    fact: 'fiche-sans-consentement',
    prompt: { fr: 'La fiche (Google ou annuaire) a-t-elle été créée sans votre consentement ?', en: 'Was the listing (Google or a directory) created without your consent?' },
    help: { fr: 'Opposition et effacement (RGPD art. 21 et 17) ; CA Chambéry, 22 mai 2025.', en: 'Objection and erasure (GDPR art. 21 and 17); CA Chambéry, 22 May 2025.' },
    example: { fr: 'Vous n’avez jamais créé ni revendiqué votre fiche Google.', en: 'You never created or claimed your Google listing.' },
  },
  {
    fact: 'auteur-identifie',
    prompt: { fr: "Savez-vous qui est l'auteur (nom et adresse) ?", en: 'Do you know who the author is (name and address)?' },
    help: { fr: 'Si oui, une mise en demeure est possible. Sinon, l’identification passe par un juge (CPC art. 145), jamais par une supposition.', en: 'If so, a formal notice is possible. If not, identification goes through a judge (CPC art. 145), never a guess.' },
    example: { fr: 'L’avis est signé de son nom complet et vous connaissez son adresse.', en: 'The review is signed with a full name and you know the address.' },
  },
  {
    fact: 'reponse-directe-possible',
    prompt: { fr: 'Pouvez-vous répondre vous-même sous cet avis, sur ce site ?', en: 'Can you reply under this review yourself, on this site?' },
    help: { fr: "Sur Google, seul le titulaire d'une fiche revendiquée peut répondre : si vous n'avez pas revendiqué la fiche, répondez Non. Si vous ne pouvez pas répondre, le droit de réponse en ligne vous est ouvert (LCEN art. 1-1 ; décret n° 2007-1527). Si vous pouvez répondre, il ne l'est en principe pas (décret, art. 1 al. 2) ; votre avocat confirmera ce point, qu'aucun juge n'a encore tranché pour Google.", en: 'On Google only the holder of a claimed listing can reply: if you have not claimed the listing, answer No. If you cannot reply, the online right of reply is open to you (LCEN art. 1-1; décret n° 2007-1527). If you can reply, it is in principle not (decree, art. 1 para. 2); your lawyer will confirm this point, which no court has yet settled for Google.' },
    example: { fr: 'Vous avez revendiqué votre fiche Google et voyez « Répondre » sous l’avis ; sur un blog, souvent rien.', en: 'You claimed your Google listing and see "Reply" under the review; on a blog, often nothing.' },
  },
  {
    fact: 'date-publication-connue',
    prompt: { fr: 'Connaissez-vous la date exacte de première publication ?', en: 'Do you know the exact date of first publication?' },
    help: { fr: 'Les délais courent de la première mise en ligne (Cass. crim. 30 janv. 2001). Sinon, on compte prudemment depuis la date la plus ancienne possible.', en: 'Periods run from the first publication (Cass. crim. 30 Jan. 2001). Otherwise we count, to be safe, from the earliest possible date.' },
    example: { fr: 'Google indique « il y a 2 mois » mais vous avez reçu l’alerte le 3 septembre.', en: 'Google shows "2 months ago" but you got the alert on 3 September.' },
  },
];
