// Wording that puts a public reply to a review at risk (docs/legal/code-sante-publique.md#reponse-publique).
// Secrecy: CSP L.1110-4 I; C. santé publ. R.4127-4 (the secret covers "tout ce qui est venu à la connaissance du
// médecin", including what he saw or understood); C. pén. 226-13 (1 year, €15,000). The CNOM line: never confirm,
// suggest or deny that the reviewer is or was a patient, even when the reviewer told their own story.
// Reply policy: C. santé publ. R.4127-19 and R.4127-19-1 (décret n° 2020-1662 du 22 décembre 2020: information, not
// promotion, no third-party testimonials); R.4127-13; loi du 29 juillet 1881 art. 29 (a counter-accusation by the doctor
// can itself be diffamation or injure).
// The patterns are general (second person + visit, wait, time, return, recovery, care vocabulary), written for folded
// text: lower case, no accents, typographic apostrophes turned into "'" (see text-normalize.ts).
// A keyword check reads words, not meaning: it never certifies a reply (see SECRECY_REREAD).
import type { Lang } from '../shared/types';
import type { Text } from './types';
import { words } from './text-normalize';

/** Secrecy findings. `interpellation` (addressing the reviewer by their display name) is a risk, not a breach. */
export type SecrecyKind = 'relation-soin' | 'sante' | 'identite' | 'date' | 'interpellation';
/** Reply-policy findings, reported apart from secrecy. */
export type PolicyKind = 'publicite' | 'contre-accusation';
export type Severity = 'atteinte' | 'risque';

export interface SecrecyPattern<K extends string = SecrecyKind> {
  kind: K;
  lang: Lang;
  pattern: RegExp;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared French vocabulary (folded).
const P2 = '(?:votre|vos|ton|ta|tes)';
const ADJ = '(?:(?:dernier|derniere|premier|premiere|prochain|prochaine|precedente?|longue?|si longue?|trop longue?|breve?|bref|courte?|recente?|interminable|petite?) )?';
const VISIT_FR = [
  'consultations?', 'visites?', 'rendez[- ]vous', 'rdv', 'venue', 'passage', 'seances?', 'sejour', 'hospitalisation', 'admission',
  'sortie', 'arrivee', 'accueil', 'attente', "temps d'attente", 'retard', 'suivi', 'prise en charge', 'intervention', 'operation',
  'accouchement', 'convalescence', 'retablissement', 'guerison', 'reeducation', 'dossier(?: medical)?', 'fiche', 'compte[- ]rendu',
  'carte vitale', 'mutuelle', 'devis', 'creneaux?', 'patience', 'fidelite', 'progres', 'assiduite', 'factures?', 'reglement', 'paiement', 'feuille de soins', 'cas', 'situation (?:medicale|de sante|personnelle)',
  'venues?', 'demande de rendez[- ]vous', 'parcours(?: de soins)?', 'medecin traitant',
].join('|');
const BODY_FR = [
  'dos', 'genoux?', 'epaules?', 'chevilles?', 'poignets?', 'hanches?', 'ventre', 'gorge', 'oreilles?', 'yeux', 'oeil', 'peau', 'tete',
  'jambes?', 'bras', 'pieds?', 'mains?', 'coeur', 'poumons?', 'nuque', 'cou', 'dents?', 'gencives?', 'machoire', 'vue', 'audition',
].join('|');
const HEALTH_N_FR = [
  'traitements?', 'ordonnances?', 'prescriptions?', 'medicaments?', 'analyses?', 'resultats?', 'examens?', 'radios?', 'radiographies?',
  'bilans?', 'soins?', 'vaccins?', 'pansements?', 'arret (?:de travail|maladie)', 'certificats?', 'plaies?', 'points de suture',
  'maladies?', 'etat(?: de sante)?(?! d\'esprit)', 'symptomes?', 'douleurs?', 'grossesse', 'sante', 'pathologies?', 'diagnostic', 'antecedents',
  'allergies?', 'tension', 'poids', 'dentier', 'couronnes?', 'implants?', 'protheses?', 'appareil(?: dentaire| auditif)?', 'lunettes',
  'chirurgie', 'cicatrices?', 'blessures?', 'fractures?', 'entorses?', 'infections?', 'migraines?', 'fievre', 'toux', 'rhume', 'angine',
  'otite', 'moral', 'stress', 'cicatrisation', 'controle', 'petite?s?(?! (?:mots?|messages?|commentaires?|notes?|remarques?|avis))', 'anxiete', 'angoisses?', 'sommeil', 'regime', 'kine', 'orientation', 'handicap', 'traitement de fond',
].join('|');
// Past participles after "vous avez été …" / "vous êtes …" describing care, a visit or behaviour seen at the practice.
const PASSIVE_FR = [
  'recue?s?', 'vue?s?', 'examinee?s?', 'auscultee?s?', 'soignee?s?', 'operee?s?', 'hospitalisee?s?', 'orientee?s?', 'adressee?s?',
  'accueillie?s?', 'pris(?:es?)? en charge', 'suivie?s?', 'traitee?s?', 'vaccinee?s?', 'convoquee?s?', 'rappelee?s?', 'appelee?s?',
  'installee?s?', 'diagnostiquee?s?', 'perfusee?s?', 'plattree?s?', 'informee?s?', 'renvoyee?s?', 'facturee?s?', 'remboursee?s?',
  'patiente?s?', '(?:un|une) (?:ancien |ancienne |nouveau |nouvelle )?patiente?', 'enceinte', 'malade', 'en retard', 'absente?s?',
  'agressi(?:f|ve)s?', 'impolie?s?', 'irrespectueu(?:x|se)s?', 'insultante?s?', 'grossiere?s?', 'menacante?s?', 'desagreables?',
  'venue?s?', 'passee?s?', 'arrivee?s?', 'repartie?s?', 'sortie?s?', 'ressortie?s?', 'restee?s?', 'presentee?s?', 'rendue?s?',
  'allee?s?', 'retournee?s?', 'revenue?s?', 'reparti', 'partie?s?',
].join('|');
// What the practitioner or the staff did to / told "vous": "je vous ai reçu", "on vous a rappelé", "je vous l'ai dit".
const DID_FR = [
  'recue?s?', 'vue?s?', 'examinee?s?', 'auscultee?s?', 'soignee?s?', 'operee?s?', 'prescrit', 'convaincue?s?', 'rassuree?s?', 'explique', 'dit', 'indique', 'precise',
  'conseille', 'propose', 'recommande', 'orientee?s?', 'adressee?s?', 'envoyee?s?', '(?:fait|laisse) (?:attendre|patienter)', 'trouvee?s?', 'rencontree?s?',
  'suivie?s?', 'informee?s?', 'traitee?s?', 'vaccinee?s?', 'hospitalisee?s?', 'rappelee?s?', 'appelee?s?', 'accueillie?s?',
  'pris(?:e)? en charge', 'demande', 'annonce', 'remis', 'donne', 'delivre', 'refuse', 'facture', 'rembourse', 'consacre',
  'ecoutee?s?', 'fait (?:un|une|des|le|la|les|l\')', 'soulagee?s?', 'piquee?s?', 'vaccine', 'prevenue?s?', 'reorientee?s?',
].join('|');
const ADV = '(?:(?:jamais|pas|deja|bien|tres|si|trop|longtemps|mal|rapidement|longuement|personnellement|pourtant|alors|clairement|simplement|plusieurs fois|ensuite|aussitot|moi-meme|nous-memes|du|pu|effectivement|malheureusement|vraiment|beaucoup|tant|plus|encore|toujours|aussi) )*';
const MONTHS_FR = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
const DAYS_FR = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';

// Shared English vocabulary.
const VISIT_EN = [
  'appointments?', 'visits?', 'consultations?', 'sessions?', 'stay', 'admission', 'discharge', 'arrival', 'wait(?:ing time)?',
  'waiting', 'delay', 'check-?up', 'follow-?up', 'file', 'records?', 'chart', 'case', 'recovery', 'treatment', 'care', 'surgery',
  'operation', 'procedure', 'bill', 'invoice', 'payment', 'booking', 'time (?:with us|at the (?:practice|clinic|office))',
  'gp', 'family doctor', 'referral', 'slot', 'time slot',
].join('|');
const HEALTH_N_EN = [
  'prescriptions?', 'medications?', 'medicines?', 'tests?', 'test results?', 'results', 'lab work', 'bloods', 'x-rays?', 'scans?',
  'mri', 'vaccines?', 'stitches', 'sick note', 'certificate', 'condition', 'symptoms?', 'illness', 'disease', 'pain', 'pregnancy',
  'health', 'diagnosis', 'back', 'knees?', 'shoulders?', 'ankles?', 'wrists?', 'hips?', 'stomach', 'throat', 'ears?', 'eyes?', 'skin',
  'head', 'legs?', 'arms?', 'feet', 'foot', 'hands?', 'heart', 'lungs?', 'teeth', 'tooth', 'gums?', 'blood pressure', 'weight',
  'injury', 'wound', 'fracture', 'infection', 'allergy', 'allergies', 'migraines?', 'fever', 'cough', 'cold', 'anxiety', 'mood', 'sleep',
  'implants?', 'crowns?', 'dentures?', 'glasses', 'brace', 'cast',
].join('|');
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DAYS_EN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

// Proximity rule: a second-person word and a visit / wait / care / recovery cue in the same clause (at most four words
// apart, no punctuation in between). This catches wordings no list foresees (« vous êtes toujours la bienvenue »,
// « merci pour votre patience », « le protocole qui vous a été proposé »). Cues avoid the words of safe replies
// (avis, message, retour, ressenti, disposition, écoute, secrétariat, contacter…), and « retards » in the plural
// (a general statement about delays) is not a cue.
const YOU_FR = "(?:vous|votre|vos|te|t'|ton|ta|tes|toi)";
const CUE_FR = [
  'venue?s?', 'venir', 'revenue?s?', 'bienvenue?s?', 'attendu', 'attendre', 'patienter', 'patiente', 'patience', 'retard(?!s)',
  "salle d'attente", 'soigne\\w*', 'soins', 'auscult\\w*', 'examine\\w*', 'prescri\\w*', 'ordonnances?', 'consignes?', 'protocoles?',
  'cicatris\\w*', 'medicaments?', 'operee?s?', 'pansements?', 'fidelite', 'retabli\\w*', 'gueri\\w*',
  'douleurs?', 'symptomes?', 'en (?:bonne|meilleure|pleine) forme', 'rencontree?s?', 'la derniere fois', 'derniere (?:visite|consultation|rencontre|fois|seance)',
  'prochaine? (?:visite|consultation|rendez[- ]vous|fois|seance|controle)', 'controle', 'sur pied', 'accompagnee?s?', 'accueillie?s?',
  'consacre\\w*', 'chaque (?:visite|venue|passage|seance|rendez[- ]vous|consultation)', 'ausculte', 'opere', 'hospitalis\\w*', 'radio\\w*', 'analyses', 'resultats', 'certificat', 'arret',
].join('|');
const YOU_EN = '(?:you|your|yours)';
const CUE_EN = [
  'came', 'come in', 'visited', 'waited', 'waiting', 'wait', 'late', 'delay', 'seen', 'saw', 'treated', 'treating', 'examined', 'prescribed',
  'medication', 'prescription', 'check-?up', 'recovery', 'recover\\w*', 'healing', 'healed', 'pain', 'stitches', 'results', 'welcomed',
  'looked after', 'looking after', 'every (?:visit|appointment|time you)', 'last time', 'next time', 'pleasure', 'doing (?:well|better|fine)', 'loyalty', 'feeling', 'improv\\w+', 'better',
].join('|');

// Second person in a past tense: a statement about what the person did or was (« vous aviez annulé », « vous étiez
// mon dernier patient », « vous avez manqué deux rendez-vous »), except the verbs that describe writing the review
// or feelings about it (« vous avez partagé », « vous avez été déçu »). Hypotheses (« si vous aviez… ») are left out.
const REVIEW_PP_FR = [
  'ecrit', 'laisse', 'partage', 'exprime', 'publie', 'poste', 'redige', 'fait part', 'signale', 'souhaite', 'note', 'mentionne', 'evoque',
  'decrit', 'raconte', 'relate', 'rapporte', 'ressenti', 'eprouve', 'pris (?:le temps|la peine)', 'choisi', 'tenu', 'voulu', 'lu', 'compris',
  'juge', 'estime', 'considere', 'pense', 'cru', 'envoye', 'attribue', 'souligne', 'donne (?:votre|un|une|cette) (?:avis|note)',
  'ete (?:\\w+ )?(?:decue?s?|mecontente?s?|choquee?s?|blessee?s?|surprise?s?|frustree?s?|heurtee?s?|touchee?s?|insatisfaite?s?|nombreu\\w*|sensibles?|attentifs?|affectee?s?|peinee?s?|contrariee?s?|agacee?s?|inquiete?s?|genee?s?)',
  'des', 'les', 'ces', 'une', 'le', 'la', 'du', 'de', 'ce', 'cette', 'mes', 'tes', 'ses', 'nos', 'vos', 'leurs?', 'toute?s?', 'tous', 'tout',
  "eu (?:ce|le|cette|l'|un|une) (?:sentiment|impression)", 'besoin', 'envie', 'raison', 'droit', 'acces', 'bien sur', 'surement', 'sans doute', 'certainement', 'probablement', 'peut-etre',
].join('|');
const PAST_PP_FR = "[a-z-]+(?:e|ee|es|ees|i|ie|is|ies|it|u|ue|us|ert|aint|eint|uit|ait|ris|ise|ises)";
const REVIEW_PAST_EN = [
  'wrote', 'shared', 'posted', 'expressed', 'felt', 'raised', 'described', 'mentioned', 'took the (?:time|trouble)', 'chose', 'wanted',
  'needed', 'read', 'thought', 'left (?:a|this|your|us a|us this) (?:review|comment|message|feedback|rating)', 'gave (?:us )?(?:a|this|your) (?:review|rating)',
  'were (?:\\w+ )?(?:disappointed|unhappy|upset|frustrated|dissatisfied|not satisfied|concerned|worried|annoyed)', 'need', 'feed', 'proceed', 'succeed', 'exceed', 'indeed',
].join('|');

// The practice's own past action towards "vous" (« nous avons fait le nécessaire pour vous », "we sent you"), except
// when the object is the review itself (« nous avons transmis vos remarques », "we have read your comments").
const FEEDBACK_N_FR = '(?:avis|messages?|commentaires?|retours?|remarques?|ressenti|suggestions?|note|critiques?|propos|point de vue|mecontentement|deception|colere|frustration|temoignage|publication|ecrit)';
const FEEDBACK_FR = `(?:votre|vos|ce|cet|cette|ces|le|les|l') ?${FEEDBACK_N_FR}`;
const FIRST_PAST_FR = `(?:j'ai|nous avons|on a|j'avais|nous avions) ${ADV}(?!(?:lu|recu|pris (?:connaissance|note|acte|bonne note)|note|transmis|partage|entendu|compris|ete (?:\\w+ )?(?:touchee?s?|sensibles?|attristee?s?|surprise?s?|peinee?s?|desolee?s?|navree?s?))(?![a-z]))${PAST_PP_FR}(?: (?!${FEEDBACK_FR})[\\w'-]+){0,5} (?:vous|votre|vos)(?! ${FEEDBACK_N_FR}(?![a-z]))`;
const FEEDBACK_EN = '(?:reviews?|comments?|feedback|messages?|remarks|concerns|suggestions|opinion|ratings?|notes?|post)';
const FIRST_PAST_EN = `(?:i|we) (?:have |had )?(?!(?:passed|shared|forwarded|received|read|noted|reviewed|considered|appreciated|welcomed|thanked|heard|listened|taken note)(?![a-z]))(?:[a-z]+ed|did|saw|gave|made|told|sent|took|kept|put|got|let)(?: [\\w'-]+){0,5} (?:you|your)(?! ${FEEDBACK_EN}(?![a-z]))`;

export const SECRECY_PATTERNS: SecrecyPattern[] = [
  // ---------- Confirming, implying or denying a care relationship (French) ----------
  { kind: 'relation-soin', lang: 'fr', pattern: words([
    `${YOU_FR}(?: [\\w'-]+){0,4} (?:${CUE_FR})`, `(?:${CUE_FR})(?: [\\w'-]+){0,4} ${YOU_FR}`,
    `(?<!(?:si|s'il|comme si|meme si|au cas ou) )(?:vous|tu) (?:n'|ne )?(?:nous |m'|me |l'|les |lui |en |y )?(?:etiez|aviez|etais|avais) [\\w'-]+`,
    `(?<!(?:si|s'il|comme si|meme si) )(?:vous|tu) (?:n'|ne )?(?:nous |m'|me |l'|les |lui |en |y )?(?:avez|ayez|as|aies) ${ADV}(?!(?:${REVIEW_PP_FR})(?![a-z]))${PAST_PP_FR}(?![a-z])`,
    "(?:s'occuper|prendre soin|s'occupait|s'est occupee?|occupee?s?|s'etre occupee?s?) (?:de|d') ?(?:vous|toi|votre|vos)",
    "(?:se soit|s'est|s'etait|se soient|se sont|se soit tres) (?:\\w+ )?(?:bien |mal )?(?:passee?s?|terminee?s?|deroulee?s?|finie?s?) pour (?:vous|toi)",
    "(?:la suite|le reste) (?:des|de vos|de votre|du) (?:seances|soins|traitement|consultations|rendez[- ]vous|suivi)", "(?:temps|heures?|minutes?|passee?s?|attendu|patiente|reste|restee?s?|assise?s?|installee?s?) (?:\\w+ )?(?:en|dans la) salle d'attente", '(?:obtenir|demander|exiger|reclamer|rembourser|obtenu) (?:un |le |votre |d\'etre )?rembourse\\w*',
    `(?:${DAYS_FR}) (?:etait|a ete|avait ete|fut)`, '(?:mon|ma|notre) (?:\\w+ )?patiente?', '(?:je|nous) vous suis depuis', 'patients? comme (?:vous|toi)', '(?:vous|tu) (?:repartez|repartiez|repartirez|ressortez|ressortiez|sortez|sortiez)',
    "(?:continuez|poursuivez|continuer|poursuivre) (?:bien )?(?:les|vos|votre|le|ces) (?:exercices|soins|traitement|seances|efforts|etirements|bains de bouche)",
    "(?:l'intervention|l'operation|l'examen|le soin|les soins|la seance|la consultation|l'accouchement|l'extraction|la pose|le traitement|la chirurgie|la reeducation|le rendez-vous|la visite|l'anesthesie|le geste)(?: \\w+)? (?:se soit|s'est|s'etait|se soient|se sont|a ete|ait ete|soit|ont ete) (?:\\w+ )?(?:bien |mal )?(?:passee?s?|deroulee?s?|terminee?s?|reussie?s?|finie?s?)",
    'vous (?:arreter|prolonger|hospitaliser|operer|vacciner|reorienter|renvoyer)',
    "(?:j'ai|nous avons|on a|j'avais|nous avions) (?:pourtant |bien |meme )*pris le temps",
    // A specific care event in a past tense: « la consultation a duré 25 minutes », « l'échographie a montré »
    "(?:la|le|l'|cette|ce|cet) ?(?:consultation|visite|seance|rendez[- ]vous|examen|intervention|operation|soin|attente|prise en charge|ordonnance|echographie|radio|analyse|pose|extraction|anesthesie|injection|piqure|facture|tarif applique) (?:\\w+ )?(?:a|avait|aurait|ait|n'a|n'avait|n'ait|a ete|avait ete|etait|fut|ont|avaient)",
    "(?:sur|dans|de) (?:la|cette|votre) facture", 'tarif applique', "(?:d'avoir|avoir|ai|avons|avions|avais) pu (?:vous|t')",
    "(?:de |pour |a )(?:vous |t')(?:depanner|garder|rattraper|caser|prendre entre deux|prendre en urgence|recevoir en urgence)",
    "(?:vous |te )?(?:souhaite|souhaitons|souhaitent) (?:un |une |de )?(?:tres |bon |bonne |prompt |rapide |belle |meilleure? |excellente? )?(?:reprise|retablissement|convalescence|guerison|recuperation|grossesse|fin de grossesse|accouchement|naissance|arrivee)",
    "suivre (?:votre|ta|vos|tes)", "(?:mes|nos|ma|mon|notre) (?:explications|conseils|prescriptions?|diagnostic|examen|decision|choix therapeutique|refus|geste)",
    FIRST_PAST_FR, "je maintiens (?:que|qu'|ma|mon|mes)",
    "merci(?: \\w+){0,3} (?:carte|chocolats?|fleurs|cadeaux?|gateaux?|bouquet|biscuits|douceurs)", "(?:le|votre|ce) cheque",
    "(?:recu|encaisse|rembourse|perdu|egare|renvoye) (?:le|votre|ce) (?:virement|reglement|paiement)",
    "(?:d'avoir|pour avoir) (?:\\w+ ){0,2}(?:attendu|patiente|attendre|patienter)", "se (?:souvient|souvenait|rappelle|rappelait) (?:\\w+ )?(?:de vous|de toi|bien|tres bien)",
    "merci (?:\\w+ ){0,3}(?:d'avoir|pour avoir|d'etre) (?!(?:pris (?:le temps|la peine)|partage|ecrit|laisse|exprime|donne (?:votre|un|cet) avis|fait part|publie|signale|redige|poste|contacte|pris contact|lu|pense)(?![a-z]))[\\w'-]+", '(?:soignez|reposez|menagez|hydratez|couvrez)-vous', "(?:on|nous) se (?:retrouve|revoit|reverra|retrouvera|reverrons|retrouverons)",
    "pour (?:le|votre|un|ton) (?:bilan|controle|suivi|vaccin|rappel|renouvellement|resultat)", "(?:tout|ca|cela|les choses) (?:va|vont|aille|aillent|allait|ira) (?:\\w+ )?mieux",
    "(?:dossier|fiche|rendez[- ]vous|patiente?|trace) (?:a|au) (?:ce|votre|son) nom", "(?:l'annonce|la nouvelle|le diagnostic) (?:ait|a|avait|aurait) ete",
    "(?:son|sa|ses) (?:nouvel? |nouvelle )?(?:appareil|traitement|ordonnance|operation|implant|couronne|lunettes|dentier|prothese|vaccin|pansement|platre)", "bravo pour (?:avoir|vos|votre|ce|cette|ces)",
    "(?:accueill\\w*|recev\\w*|recoi\\w*|revoir|verr\\w*|soign\\w*|examin\\w*|retrouv\\w*) (?:a|de) nouveau",
    "(?:vous|te) (?:accueillerons|accueillerai|recevrons|recevrai|reverrons|reverrai|retrouverons|retrouverai|soignerons|soignerai)",
    "(?:le|la|l'|notre|mon|ma) (?:medecin|docteure?|remplacante?|associee?|infirmiere?|secretaire|assistante?|interne|kine|sage-femme|collaboratrice|collaborateur|confrere|consoeur)(?: \\w+)? (?:a|avait|n'a|n'avait) (?:\\w+ )?[a-z]+(?:e|i|u|is|it)(?![a-z])", "(?:j'ai|nous avons|le docteur a|le dr \\w+ a|la docteure? a) (?:\\w+ )?refuse de", 'je le referais', "(?:faire|fait) (?:votre|ta) connaissance",
    "(?:plaisir|joie|bonheur) (?:de|d') ?(?:vous |t')(?!repondre|lire|informer|ecrire)", "(?:d'etre|d'avoir ete) (?:passee?s?|venue?s?|revenue?s?)",
    '(?:venir|passer|passee?s?|revenir|venue?s?|repasser|repassez|venez|passez) nous voir', "depuis (?:toutes ces|des|de nombreuses|tant d') ?annees",
    `notre ${ADJ}(?:echange|entretien|rencontre|conversation|rendez[- ]vous|consultation)`,
    // « votre consultation », « votre longue attente », « votre prochain rendez-vous », « votre dossier »
    `${P2} ${ADJ}(?:${VISIT_FR})`,
    // « lors de la consultation », « pendant notre échange », « à l'issue de l'examen »
    `(?:lors|au cours|a l'issue|a la suite|au moment) (?:de|d'|du) ?(?:la|le|l'|notre|cette|ce|cet)? ?(?:consultation|visite|rendez[- ]vous|rdv|seance|examen|echange|entretien|intervention|operation|passage|venue)`,
    `(?:pendant|durant|apres|avant|depuis) (?:notre|nos|la|le|cette|ce) (?:consultation|visite|rendez[- ]vous|rdv|seance|echanges?|entretien|rencontre|examen)`,
    'en consultation', 'au cabinet avec vous', 'notre (?:echange|entretien|rencontre|conversation|rendez[- ]vous|consultation)', 'nos (?:echanges|entretiens|rencontres|consultations)',
    // « vous avez attendu », « vous ayez dû patienter », « vous avez été reçu », « vous avez pris rendez-vous »
    `(?:vous|tu) (?:n')?(?:avez|aviez|ayez|auriez|aurez|as|avais|aies) ${ADV}(?:attendu|patiente|consulte|ete ${ADV}(?:${PASSIVE_FR})|pris (?:un |le |votre )?rendez[- ]vous|eu (?:un |une |votre |le |la )?(?:rendez[- ]vous|rdv|consultation)|rencontre (?:le|la|un|une|notre|mon)|vu (?:le|la|un|une|mon|notre) (?:docteur|medecin|praticien|dentiste|remplacante?|associee?|secretaire|assistante?)|appele le (?:cabinet|secretariat)|telephone|contacte (?:le|la|notre) (?:cabinet|secretariat)|regle|paye|recu (?:un|une|des|le|la|les|votre|vos) (?:soins?|traitement|ordonnance|prescription|certificat|facture|courrier|resultats?|convocation|arret)|(?:eu|vecu|passe|subi) (?:un|une|des|cette|ce|le|la|l') ?(?:\\w+ )?(?:experience|accueil|consultation|rendez[- ]vous|rdv|attente|moment|prise en charge|visite|passage|retard|delai|soins?)|trouve le temps long|du attendre|du patienter|quitte le cabinet|mis les pieds)`,
    // « vous êtes venu », « vous soyez reparti », « vous n'êtes jamais venu », « vous n'êtes pas patient »
    `(?:vous|tu) (?:n'|ne )?(?:etes|etiez|soyez|seriez|serez|es|etais|sois) ${ADV}(?:${PASSIVE_FR})`,
    `(?:vous|tu) (?:n')?(?:avez|aviez|ayez|as) ${ADV}(?:ete ${ADV})?(?:consulte|mis les pieds|pris (?:de |un )?rendez[- ]vous)`,
    // « je vous ai reçu », « nous ne vous avons jamais vu », « comme je vous l'ai expliqué », « on vous a rappelé »
    `(?:ne |n')?(?:vous |t')(?:l')?(?:ai|avons|a|avais|avions|avait|aurais|aurions|aurait|ayons|ait|aie) ${ADV}(?:ete ${ADV})?(?:${DID_FR})`,
    // « vous revoir », « vous accueillir de nouveau », « continuer à vous suivre », « vous compter parmi nos patients »
    'vous (?:revoir|retrouver|reaccueillir|reexaminer|recevoir (?:a|de) nouveau|accueillir (?:a|de) nouveau|revoir bientot|suivre|soigner|examiner|reconvoquer|compter (?:toujours |encore |a nouveau )?parmi)',
    // « n'hésitez pas à revenir », « revenez nous voir », « reprendre rendez-vous », « la prochaine fois »
    "(?:revenir|reviendrez|reveniez|revenez|repasser|repassez|retourner|retournerez|reviendra)(?! (?:vers|sur|a vous|aupres de|sans))",
    `(?:reprendre|reprenez|reprendrez|repris|reprogrammer|reprogrammez|replanifier|redonner|redonnez) (?:un |le |votre |d'autres? |nouveau |un nouveau |rapidement )*(?:rendez[- ]vous|rdv|consultation|creneau)`,
    'la prochaine fois', 'a (?:tres )?bientot', "au plaisir de vous", "(?:ravie?s?|heureu(?:x|se)s?|contente?s?) (?:de|d') ?(?:vous |t')(?:avoir|revoir|retrouver|compter|voir|soigner|suivre)",
    // « je me souviens », « je vous connais », « nous ne vous connaissons pas », « aucune trace de votre passage »
    'je me (?:souviens|rappelle|souviendrai)', 'nous nous (?:souvenons|rappelons)', "(?:je|nous|on) (?:ne )?(?:vous|te) (?:connais|connaissons|connait|reconnais|reconnaissons|reconnait)",
    '(?:aucune? |pas de )(?:trace|dossier|fiche|rendez[- ]vous|patiente?) (?:de vous|a votre nom|a ce nom|au nom|enregistre|correspondant)',
    "(?:ne |n')?(?:faites|faisiez) (?:pas |plus |jamais )?partie (?:de|des) (?:mes|nos|la) (?:patients|patientele)",
    '(?:comme|en tant que|parmi) (?:tous |toutes )?(?:nos|mes|les) (?:autres )?patients', 'en tant que patiente?', 'mon patient', 'ma patiente', 'notre patiente?',
    'mes patients dont vous', 'nos patients dont vous', 'pour vous (?:soigner|recevoir|examiner)(?: a nouveau| de nouveau)',
    // Waiting and delay, when it is a past event of this person: « désolés que l'attente ait été longue », « pour le retard »
    "(?:desolee?s?|excus\\w*|regret\\w*|navree?s?|pardon) (?:\\w+ ){0,4}(?:l'attente|le retard|ce retard|cette attente|le delai|ce delai|ces retards?|votre attente)",
    // Third-person denial or confirmation: « cette personne n'a jamais été reçue », « je n'ai aucun souvenir de »
    "(?:n'|ne )(?:a|est|s'est|avait|etait|ai|avons) (?:jamais|pas|aucunement) (?:ete )?(?:venue?|recue?|vue?|soignee?|consulte|patiente?|passee?|presentee?|examinee?|(?:un|une) patiente?|pris (?:de )?rendez[- ]vous|enregistree?|rencontree?)",
    "(?:cette personne|l'auteure?|cet internaute|cette internaute|ce monsieur|cette dame|ce patient|cette patiente) (?:\\w+ ){0,3}(?:venue?|recue?|vue?|soignee?|consulte|patiente?|examinee?|passee?|connue?)",
    'aucun souvenir', 'aucune trace',
    "(?:l'attente|le retard|le delai|cette attente|ce retard|ce delai|le temps d'attente)(?: \\w+)? (?:a|ait|avait|aurait|etait|fut|ayant|a pu|ait pu) (?:ete|pu|paru|dure|semble|ete\\w*|depasse)",
    "(?:la|cette|votre) (?:consultation|visite|seance|rendez[- ]vous|prise en charge|attente|journee|matinee) (?:vous )?(?:ait|a|avait|aurait) (?:paru|semble|deplu|decue?)",
    "(?:de |pour |a |sans )(?:vous |t')(?:ausculter|examiner|soigner|operer|vacciner|orienter|adresser|prescrire|suivre|traiter|hospitaliser|piquer|faire patienter|faire attendre)",
    "(?:experience|attente|accueil|consultation|prise en charge|soins?|seance|visite) que vous (?:avez|ayez|aviez) eue?s?",
    "que vous (?:avez|ayez|aviez) (?:vecue?s?|subie?s?|passee?s?|connue?s?|attendu|rencontree?s?)",
    // The person's experience at the practice (not "l'expérience décrite")
    "(?<!partag\\w{0,4} )votre (?:mauvaise |bonne |premiere |derniere |propre )?experience(?! (?:decrite|relatee|rapportee|de lecture))",
    // Wishes about their health: « bon rétablissement », « j'espère que votre dos va mieux », « vous allez mieux »
    '(?:bon|prompt|rapide|meilleur|prochain) (?:retablissement|guerison)', 'retablissement', 'guerison', 'convalescence',
    `(?:vous|tu) (?:\\w+ )?(?:allez|alliez|ailliez|irez|sentez|sentiez|sentirez|portez|portiez|porterez|vas|ailles|sens) ${ADV}mieux`,
    `${P2} [\\w'-]+(?: [\\w'-]+)? (?:va|vont|aille|aillent|ira|iront|allait|soit|soient|est|sont|se porte|se portent) ${ADV}(?:mieux|guerie?s?|retablie?s?|soulagee?s?)`,
    '(?:vous|tu) (?:soyez|etes|serez|sois) (?:\\w+ )?(?:guerie?s?|retablie?s?|soulagee?s?|remise?s? sur pied|remise?s?)',
    'mieux portante?s?', 'prompt retablissement',
  ]) },
  // ---------- Same in English ----------
  { kind: 'relation-soin', lang: 'en', pattern: words([
    `${YOU_EN}(?: [\\w'-]+){0,4} (?:${CUE_EN})`, `(?:${CUE_EN})(?: [\\w'-]+){0,4} ${YOU_EN}`,
    `you (?:have |had )?(?!(?:${REVIEW_PAST_EN})(?![a-z]))(?:[a-z]+ed|had|were|was|did|went|came|saw|left|got|took|told|said|brought|forgot|paid|kept|spent|sat|met|began|fell|broke|hurt|lost|ran|gave|made|sent|tried)(?![a-z])`,
    FIRST_PAST_EN, '(?:fit|squeeze|squeezed|fitted) you in',
    "(?:the|our|my) (?:doctor|dentist|nurse|hygienist|receptionist|surgeon|physio|gp|practitioner|locum|assistant|secretary)(?: \\w+)? (?:has |had |have )?(?:already |just |also )?(?:[a-z]+ed|did|saw|gave|made|told|sent|took|kept|rang|spoke)(?: [\\w'-]+){0,4} (?:you|your)",
    "(?:you are|you're) (?:always )?welcome (?:here|back|anytime|any time)", 'the procedure (?:was|went|took|itself|has)',
    '(?:thanks|thank you)(?: \\w+){0,3} (?:card|chocolates|flowers|gifts?|cake|bouquet|biscuits)', '(?:lovely|nice|great|good|wonderful|a pleasure|a joy) to (?:see|meet|catch up with|welcome|treat)', 'the (?:little one|whole family|kids|baby|children)', 'turned out (?:\\w+ )?(?:well|great|fine|nicely|beautifully)',
    'thank(?:s| you) for (?!(?:taking|sharing|writing|leaving|posting|letting|reaching|raising|bringing|giving us|your|the|this|feedback)(?![a-z]))[a-z]+ing', '(?:the|your) (?:test |lab |blood )?results (?:take|are|were|came|will|have)', 'such an? (?:\\w+ )?patient(?![a-z]| (?:person|approach|man|woman|way))', 'an? (?:lovely|great|wonderful|good|model|valued|loyal|long-?standing|regular|new|former|difficult|brave|kind|nice) patient', 'treatment plan', '(?:the|this|that) new (?:treatment|medication|prescription|glasses|brace|implant|crown|dentures)', '(?:remembers?|remembered|recalls?|recalled) you', 'you and (?:the|your) (?:baby|little one|family|kids?|children)', 'to have (?:been able to )?\\w+ you', '(?:we|i) (?:could|were able to|was able to) (?:\\w+ )?you', "(?:my|our|the doctor's|the doctors) decision (?:not )?to", '(?:no|any) (?:trace|record|sign) of (?:you|your)',
    '(?:treating|seeing|meeting|meet|met|examining|helping|looking after|welcoming|charge|charged|bill|billed|invoice|invoiced|refund|refunded) you', 'missed appointments?', '(?:in|under) your name', '(?:see|visit) us again', 'come and see us',
    `your (?:(?:last|first|next|recent|previous|long|recent|lengthy|short|latest) )?(?:${VISIT_EN})`,
    '(?:during|at|after|before|since|in) (?:the|our|that|this) (?:appointment|visit|consultation|session|exam|examination|stay|surgery|conversation|discussion|meeting)',
    'our (?:conversation|meeting|discussion|exchange|appointment|consultation)',
    '(?:i|we|the doctor|dr \\w+|the nurse|the receptionist|our receptionist|the team|our team|someone) (?:have |had |has |did |do |never |not |already |personally )*(?:saw|seen|see|examined|treated|met|told|prescribed|referred|called|rang|phoned|welcomed|received|helped|looked after|kept|made) you',
    "(?:i|we) (?:don't|do not|didn't|did not|can't|cannot|never) (?:\\w+ )?(?:remember|recall|know|recognise|recognize) you",
    '(?:i|we) (?:remember|recall|know|recognise|recognize) (?:you|your)',
    'as (?:i|we) (?:explained|told you|said|discussed|mentioned)', 'as discussed',
    'you (?:came|went|walked|popped) (?:\\w+ )?(?:in|to (?:the|my|our|see))',
    'you (?:were|have been|had been) (?:\\w+ ){0,2}(?:seen|treated|examined|waiting|late|early|rude|aggressive|admitted|discharged|referred|kept waiting|a patient|our patient|my patient)',
    'you (?:waited|visited|booked|arrived|left the (?:practice|clinic|office)|saw the doctor|saw dr|paid|called the (?:practice|clinic|office))',
    'you had (?:an|a|your) (?:\\w+ )?(?:appointment|consultation|visit|wait|experience (?:at|with))',
    'never (?:been )?(?:seen|treated|examined|a patient|registered|here|to (?:the|our) (?:practice|clinic))',
    '(?:this person|the author|this reviewer|the reviewer) (?:\\w+ ){0,3}(?:seen|treated|patient|visited|came)',
    '(?:your|the) experience (?:at|with|in) (?:our|the|my) (?:practice|clinic|office|surgery|team)', 'sorry (?:that )?your experience',
    'you (?:waited|had to wait|were kept waiting|were seen|were treated|were examined|were referred|were admitted|were discharged|visited us|came in|came to see|saw the doctor|saw dr)',
    '(?:never|not) (?:seen|treated|met|examined|received) you', 'you (?:are|were|have never been|were never|are not|aren\'t|weren\'t) (?:\\w+ )?(?:a patient|our patient|my patient|one of (?:our|my) patients|registered)',
    'no record of (?:you|your)', 'not (?:on|in) our (?:records|books|list)',
    '(?:see|seeing|welcome|welcoming|treat|treating|meet|meeting) you (?:again|back|soon|next time)', 'welcome you back', 'hope to see you', 'look forward to (?:seeing|welcoming|meeting|treating) you',
    '(?:come|coming|came) back(?! to you)', 'book (?:again|another|a new|your next)', '(?:re-?book|rebooking|reschedule|rescheduling)', 'next (?:appointment|visit|time)',
    'get well soon', '(?:speedy|quick|full|swift) recovery', '(?:you|you\'ll|you will|you\'re|you are) (?:\\w+ )?(?:feel|get|getting|feeling|be|doing) (?:\\w+ )?better', 'feeling better',
    `your (?:${HEALTH_N_EN}) (?:is|are|has|have|feels?|got|gets|getting) (?:\\w+ )?(?:better|improving|improved|healed|recovered)`,
    '(?:for|about) the (?:long )?(?:wait|delay)', '(?:the|that) (?:wait|delay) (?:was|has been|you)', 'sorry (?:\\w+ ){0,3}(?:wait|waited|waiting)',
    'our (?:patient|patients) like you', 'as (?:a|our) patient', 'my patient',
  ]) },
  // ---------- Health information: diagnosis, symptom, treatment, exam, care pathway, referral ----------
  { kind: 'sante', lang: 'fr', pattern: words([
    `${P2} ${ADJ}(?:${HEALTH_N_FR}|${BODY_FR})`,
    "(?:mal|douleurs?|maux) (?:au|a la|a l'|aux|de|du|des) ?(?:" + BODY_FR + ')',
    'diagnosti\\w*', 'pathologi\\w*', 'symptom\\w*', 'syndromes?', 'maladies?', "etat de sante", 'antecedents(?: medicaux)?', 'sante mentale',
    "traitements?(?! (?:de|d') ?(?:votre|vos|la|cette|ces|chaque|toutes?|tous|les|l'|ce|cet) ?(?:demande|avis|message|reclamation|plainte|donnees|commentaire|information)s?)",
    'medicaments?', 'ordonnances?', 'prescri(?:t|te|ts|tes|re|ption)', 'antibiotiques?', 'antalgiques?', 'anti-?inflammatoires?', 'paracetamol',
    'doliprane', 'ibuprofene', 'cortisone', 'corticoides?', 'morphine', 'anxiolytiques?', 'antidepresseurs?', 'somniferes?', 'vaccin\\w*',
    'injections?', 'piqures?', 'perfusions?', 'infiltrations?', 'pansements?', 'sutures?', 'points de suture', 'platre', 'chirurgi\\w*',
    'operation(?:s)?(?! (?:de maintenance|commerciale))', 'intervention chirurgicale', 'anesthesi\\w*', 'extractions?', 'devitalisation',
    'detartrage', 'couronnes? dentaires?', 'implants?(?: dentaires?)?', 'protheses?', 'kinesitherapi\\w*', 'reeducation',
    'arret (?:de travail|maladie)', 'certificat medical', 'radio(?:graphie)?s?', 'irm', 'scanner', 'echographie', 'prise de sang',
    'bilans? (?:sanguin|biologique|complet|de sante|sanguins)', "analyses? (?:de sang|sanguines?|biologiques?|d'urine)", 'ecg',
    'electrocardiogramme', 'frottis', 'biopsie', 'mammographie', 'coloscopie', 'endoscopie', 'fibroscopie', 'test (?:pcr|covid|antigenique)',
    'depistage', 'auscultation', 'examen (?:clinique|medical|approfondi|complet|gynecologique|dentaire)', 'examens? complementaires?',
    "l'examen (?:a|etait|n'a|s'est|realise|pratique)", 'palpation',
    'fievre', 'toux', 'migraines?', 'angine', 'otite', 'grippe', 'covid', 'bronchite', 'sinusite', 'gastro\\w*', 'infections?', 'cancers?',
    'tumeurs?', 'diabetes?', 'hypertension', 'tension arterielle', 'depression', 'anxiete', 'burn-?out', 'fractures?', 'entorses?',
    'lombalgies?', 'sciatique', 'hernies?', 'allergies?', 'asthme', 'eczema', 'psoriasis', 'grossesse', 'enceinte', 'fausse couche', 'ivg',
    'cystite', 'ist', 'mst', 'vih', 'hepatite', 'caries?', 'abces', 'kystes?', 'lesions?', 'plaies?', 'brulures?', 'luxation', 'arthrose',
    'cicatrisation', 'complications?', 'en observation', 'fumer', 'tabac', 'sevrage', '(?:un|cet) arret', 'phobies?', 'aiguilles?', 'raisons? medicales?', 'motifs? medica(?:l|ux)', 'medicalement', 'post-?operatoires?', 'visite de controle', '(?:pour|au|du|le) controle', 'tendinite', 'rougeurs?', 'gonflements?', 'oedemes?', 'hematomes?', 'demangeaisons?', 'saignements?', 'vertiges?', 'nausees?', 'vomissements?', 'courbatures?', 'irritations?', 'ecchymoses?', 'cholesterol', 'obesite', 'surpoids', 'insomnie', 'addictions?', 'douleurs?', 'troubles? (?:anxieux|psychiques?|du sommeil|digestifs?)',
    // Care pathway, referral
    'aux urgences', '(?:service|passage) (?:des|aux) urgences', 'hospitalis\\w*', 'orientee?s? vers(?! le (?:15|112|samu|116))', 'adressee?s? (?:a|au|vers|chez) (?:un|une|le|la)',
    'confreres?', 'consoeurs?', 'specialistes?', 'avis specialise', 'parcours de soins',
    'cardiologue', 'dermatologue', 'gynecologue', 'pediatre', 'psychiatre', 'psychologue', 'rhumatologue', 'orl', 'ophtalmo\\w*',
    'orthopediste', 'neurologue', 'gastro-?enterologue', 'pneumologue', 'endocrinologue', 'urologue', 'chirurgien', 'radiologue',
    'kinesitherapeute', 'osteopathe', 'sage-femme', 'anesthesiste', 'oncologue', 'allergologue', 'laboratoire', 'labo',
  ]) },
  { kind: 'sante', lang: 'en', pattern: words([
    `your (?:${HEALTH_N_EN})`,
    'diagnos\\w*', 'patholog\\w*', 'symptoms?', 'prescri\\w+', 'antibiotics?', 'painkillers?', 'medications?', 'x-rays?', 'mri', 'ct scan',
    'ultrasound', 'blood (?:test|tests|work|pressure)', 'biopsy', 'vaccin\\w*', 'injections?', 'stitches', 'surgery', 'anaesthe\\w*', 'anesthe\\w*',
    'extraction', 'root canal', 'fillings?', 'physiotherapy', 'physio', 'sick note', 'medical certificate', 'back pain', 'infection',
    'cancer', 'diabetes', 'depression', 'anxiety', 'fracture', 'sprain', 'allergy', 'asthma', 'pregnan\\w*', 'migraine', 'fever', 'pain', '(?:the|your) (?:symptoms?|pain) (?:return|returns|persist|persists|get worse|gets worse)',
    'a&e', 'emergency room', 'the er', 'hospitali[sz]\\w*', 'referred (?:you )?to', 'referral', 'specialist', 'cardiologist',
    'dermatologist', 'gynaecologist', 'gynecologist', 'paediatrician', 'pediatrician', 'psychiatrist', 'psychologist', 'radiologist',
    'surgeon', 'physiotherapist', 'lab results?', 'the dressing', 'dressings', 'flossing', 'inhalers?', 'whitening', 'botox', 'fillers?', 'scale and polish', 'rash', 'swelling', 'bruising', 'bleeding', 'nausea', 'dizziness', 'glasses', 'hearing aids?', 'braces', 'crowns?', 'dentures?', 'cavit(?:y|ies)',
  ]) },
  // ---------- Identity: family, age, place of care, civil name ----------
  { kind: 'identite', lang: 'fr', pattern: words([
    `${P2} (?:famille|ado|ados|adolescente?s?|petite?-(?:fils|fille)|enfants?|fils|filles?|bebe|nourrisson|mari|epouse|femme|conjointe?|compagne?|compagnon|mere|pere|maman|papa|parents|grand-mere|grand-pere|proches?|frere|soeur)`,
    'bebe', "l'arrivee (?:du|de votre|de bebe)", 'naissance', 'a votre age', 'votre age', `(?:${P2}|ses|a|de) \\d{1,3} ans`, 'age(?:e|es|s)? de \\d{1,3} ans', '\\d{1,3} ans,? (?:vous|votre)',
    "a l'hopital", 'a la clinique', 'au bloc(?: operatoire)?', 'en maternite', 'en reanimation', "a l'ehpad", 'en salle de reveil',
    "(?:dans|en) (?:la )?salle d'(?:examen|attente) (?:ce|cette|ou vous|quand vous)",
  ]) },
  { kind: 'identite', lang: 'en', pattern: words([
    'your (?:little one|kids?|child|children|son|daughter|baby|husband|wife|partner|mother|father|mum|mom|dad|parents?|relative|brother|sister)',
    'at your age', 'your age', '\\d{1,3}(?:-| )years?(?:-| )old', 'aged \\d{1,3}', 'in (?:the )?hospital', 'at the hospital', 'in theatre',
    'in the (?:waiting|exam|examination|consulting) room (?:that|when|you)',
  ]) },
  // ---------- Dates and precise moments of a visit ----------
  { kind: 'date', lang: 'fr', pattern: words([
    `(?<!du \\d{1,2}(?:er)? au )\\d{1,2}(?:er)? (?:${MONTHS_FR})(?: \\d{4})?`, '\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?', `(?:${DAYS_FR}|${MONTHS_FR}) derniere?`,
    `(?:ce|le) (?:${DAYS_FR}) \\d{1,2}`, `ce (?:${DAYS_FR}) (?:matin|apres-midi|soir)`, 'hier', 'avant-hier',
    'la semaine (?:derniere|passee)', '(?:ces|les) (?:prochains|derniers) jours', `ce (?:${DAYS_FR})`, `(?<!(?:ouvert|ferme|fermee|sauf) )un (?:${DAYS_FR})(?! sur)`, 'le mois (?:dernier|passe)', 'ce matin', 'il y a \\d+ (?:jours?|semaines?|mois|ans)',
    "il y a (?:deux|trois|quelques|plusieurs) (?:jours|semaines|mois)", 'ce (?:jour|matin|soir|lundi|mardi|mercredi|jeudi|vendredi|samedi)[- ]la',
    "cet apres-midi[- ]la", 'cette (?:journee|nuit|semaine|fois|matinee|apres-midi)[- ]la', 'la derniere fois', 'la fois (?:precedente|derniere)',
    "l'autre jour", `a (?:la semaine prochaine|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi)`, '(?:rendez[- ]vous|rdv|consultation) (?:de|a) \\d{1,2} ?h', 'le jour (?:de votre|ou vous|meme)',
  ]) },
  { kind: 'date', lang: 'en', pattern: words([
    `(?:${MONTHS_EN}) \\d{1,2}(?:st|nd|rd|th)?`, `\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS_EN})`, '\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?',
    `last (?:${DAYS_EN}|week|month|time)`, 'yesterday', 'this morning', '\\d+ (?:days?|weeks?|months?) ago', 'that (?:day|morning|afternoon|evening|night)',
    'the other day', 'on the day', `on (?:${DAYS_EN})`,
  ]) },
];

// Civil names and greetings are matched on the ORIGINAL text (capitals matter): « Monsieur Durand », « Bonjour Marc ».
export const CIVIL_NAME = /(?<![\p{L}])(?:Monsieur|Madame|Mademoiselle|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|M\.)\s+(?!Monsieur|Madame|Mademoiselle)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;
export const GREETING_NAME = /(?<![\p{L}])(?:Bonjour|Bonsoir|Cher|Chère|Chers|Chères|Salut|Merci|Hello|Hi|Dear|Thanks|Thank you)[ \t]+(?!(?:Monsieur|Madame|Mademoiselle|Sir|Madam|Mme|Mr|Mrs|Ms|Docteur|Doctor|Dr|À|A|Pour|De|Du|Beaucoup|Infiniment|Encore|Bien|Vous|You|For|So|Very|Again|Everyone|All|Patient|Patiente|Patients|Internaute|Internautes|Reviewer|Client|Cliente|Team|Équipe|Equipe|Google|Tous|Toutes)\b)(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu;

// ---------------------------------------------------------------------------------------------------------------
// Reply policy (reported apart).
export const POLICY_PATTERNS: SecrecyPattern<PolicyKind>[] = [
  { kind: 'publicite', lang: 'fr', pattern: words([
    '(?:le|la|les|du|des) meilleure?s? (?:medecins?|docteurs?|praticiens?|praticiennes?|dentistes?|cabinets?|kines?|osteos?|specialistes?|chirurgiens?|equipes?|soins|accueil|prix|tarifs?)(?! possibles?)',
    '(?:est|sommes|suis|etes) (?:le|la|les) meilleure?s?', 'meilleure?s? (?:de|du) (?:la ville|la region|france|paris|lyon|quartier|secteur|departement)',
    "(?:me|nous) recommander", 'recommandez-(?:nous|moi|le cabinet)', 'parlez de (?:nous|moi|notre cabinet) autour', 'bouche[- ]a[- ]oreille',
    '(?:des|de nombreux|nombreux|des centaines de|des milliers de|\\d+) (?:\\w+ )?patients? (?:satisfaits?|ravis?|contents?|heureux|conquis|fideles)',
    '(?:nos|mes) patients (?:sont|se disent|nous disent) (?:\\w+ )?(?:satisfaits?|ravis?|contents?|heureux|enchantes?)',
    '(?:5|cinq) etoiles', "(?:laissez|laissez-nous|n'hesitez pas a (?:nous )?laisser|pensez a (?:nous )?laisser|merci de (?:nous )?laisser|je vous invite a (?:nous )?laisser) (?:un |nous un )?(?:\\w+ )?(?:avis|commentaire|note|etoiles?)", '(?:bons?|excellents?) avis', 'avis (?:positifs?|favorables?|5 etoiles)',
    'notez-nous', 'mettez-nous', 'tarifs? (?:avantageux|attractifs?|reduits?|imbattables?)', 'promotions?', 'promo', 'reductions?', 'remises?',
    '-\\d+ ?%', '\\d+ ?(?:€|euros?)', 'offerte?s?', 'gratuite?s?', 'numero 1', 'n° ?1', 'leader', 'le plus (?:competent|rapide|reconnu|experimente|qualifie)',
    "(?:l'un|l'une|un|une) des (?:plus|meilleure?s?) \\w+", 'l(?:e|a|es) plus (?:performante?s?|competente?s?|reconnue?s?|experimentee?s?|qualifiee?s?|modernes?|equipee?s?)',
    '(?:nos|mes) patients (?:nous|me) recommandent', 'recommand\\w* (?:les yeux fermes|vivement|chaudement)', 'technologie de pointe', 'derniere generation', 'reconnue? par (?:tous|tout le monde)', 'incomparable', 'inegalee?',
  ]) },
  { kind: 'publicite', lang: 'en', pattern: words([
    'the best (?:doctors?|dentists?|practice|clinic|care|team|in town|in the area|in (?:the )?city)', '(?:are|is|am) the best',
    'recommend (?:us|me|our practice)', '(?:leave|write|post|give) us (?:a )?(?:\\w+ )?(?:review|rating|stars?)', '(?:5|five)[- ]stars?',
    '(?:positive|good|great|glowing) reviews?', '(?:hundreds|thousands|dozens) of (?:\\w+ )?patients', '(?:satisfied|happy|delighted) patients',
    'discounts?', 'promotions?', 'special offer', '\\d+ ?%(?: off)?', '[$£€] ?\\d+', 'free (?:consultation|check-?up|exam|first)', 'prices?',
    'number one', 'no\\. ?1', 'state[- ]of[- ]the[- ]art', 'unbeatable',
  ]) },
  { kind: 'contre-accusation', lang: 'fr', pattern: words([
    'vous mentez', 'tu mens', 'mensonges?', 'mensongere?s?', 'menteu(?:r|se|rs|ses)', 'mauvaise foi', 'malhonnete\\w*',
    "(?<!(?:si|s'il|s'agissait|suppose|eventuel|eventuellement)[\\w' ]{0,24})(?:un |d'un |ce |cet |du )?faux avis", 'cet avis est (?:faux|mensonger|fictif|bidon|invente|frauduleux)',
    'avis (?:bidon|fictif|frauduleux|invente|mensonger)', 'escro(?:c|q)\\w*', 'arnaqu\\w*', 'fraud\\w*', 'voleu(?:r|se)', 'vous avez vole', 'chantage',
    'harcel\\w*', 'diffam\\w*', 'calomni\\w*', 'porter plainte', 'plainte (?:contre vous|a votre encontre)', 'poursuites?', 'mon avocat', 'notre avocat',
    'concurren\\w*', 'indue?s?', 'extor\\w*', 'racket\\w*', 'soutirer', 'vous inventez', 'pure invention', 'affabul\\w*', 'ridicule', 'honteu(?:x|se)', 'pathetique', 'vous devriez avoir honte',
    "n'importe quoi", 'impaye\\w*', 'vous (?:avez )?(?:ete|etes|etiez) (?:\\w+ )?(?:agressi|insultant|grossier|menacant|impoli|irrespectueu)\\w*',
  ]) },
  { kind: 'contre-accusation', lang: 'en', pattern: words([
    "you(?: are|'re| were) lying", 'you lie', 'lies', 'liar', 'dishonest', 'bad faith', 'fake review', 'this review is (?:false|fake|made up)',
    'fraud\\w*', 'scam\\w*', 'blackmail\\w*', 'harass\\w*', 'defamat\\w*', 'slander\\w*', 'libel\\w*', 'sue you', 'legal action', 'our lawyers?',
    'my lawyer', 'competitor', 'extort\\w*', 'blackmail\\w*', 'lowest prices?', 'cheapest', 'made (?:it|this) up', 'ridiculous', 'shameful', 'pathetic', 'you should be ashamed', 'you were (?:rude|aggressive|abusive)',
  ]) },
];

export const SEVERITY: Record<SecrecyKind, Severity> = {
  'relation-soin': 'atteinte',
  sante: 'atteinte',
  identite: 'atteinte',
  date: 'atteinte',
  interpellation: 'risque',
};

export const SECRECY_WHY: Record<SecrecyKind | PolicyKind, Text> = {
  'relation-soin': {
    fr: 'Confirme, laisse entendre ou dément que l’auteur a été reçu ou soigné (sa venue, son attente, son retour, son rétablissement, ce que vous avez fait) : le secret couvre jusqu’à l’existence de la relation de soin (C. santé publ. R.4127-4, CSP L.1110-4, C. pén. 226-13).',
    en: 'Confirms, implies or denies that the reviewer was seen or treated (their visit, wait, return, recovery, what you did): secrecy covers the very existence of the care relationship (C. santé publ. R.4127-4, CSP L.1110-4, C. pén. 226-13).',
  },
  sante: {
    fr: 'Donne une information de santé (diagnostic, symptôme, traitement, examen, orientation vers un confrère) : couverte par le secret, même si l’auteur l’a publiée lui-même (C. santé publ. R.4127-4, CSP L.1110-4).',
    en: 'Gives health information (diagnosis, symptom, treatment, exam, referral): covered by secrecy, even if the reviewer published it (C. santé publ. R.4127-4, CSP L.1110-4).',
  },
  identite: {
    fr: 'Donne un élément d’identité (nom, âge, proche, lieu de soins) qui rattache une personne à votre patientèle (CSP L.1110-4, C. pén. 226-13).',
    en: 'Gives an identifying detail (name, age, relative, place of care) that ties a person to your practice (CSP L.1110-4, C. pén. 226-13).',
  },
  date: {
    fr: 'Une date ou un moment précis (« ce jour-là », « hier ») laisse entendre une venue au cabinet (C. santé publ. R.4127-4).',
    en: 'A date or precise moment ("that day", "yesterday") implies a visit to the practice (C. santé publ. R.4127-4).',
  },
  interpellation: {
    fr: 'Risque : le nom affiché de l’auteur est public, mais l’interpeller par ce nom dans votre réponse le rattache à votre cabinet (CSP L.1110-4).',
    en: 'Risk: the reviewer’s display name is public, but addressing them by it in your reply ties them to your practice (CSP L.1110-4).',
  },
  publicite: {
    fr: 'Promotion ou témoignage : la médecine ne doit pas être pratiquée comme un commerce, l’information du public ne fait pas appel à des témoignages de tiers ni à des comparaisons (C. santé publ. R.4127-19 et R.4127-19-1, décret n° 2020-1662 ; R.4127-13).',
    en: 'Promotion or testimonial: medicine must not be practised as a business, and public information may not rely on third-party testimonials or comparisons (C. santé publ. R.4127-19 and R.4127-19-1, décret n° 2020-1662; R.4127-13).',
  },
  'contre-accusation': {
    fr: 'Contre-accusation : accuser l’auteur de mensonge, de faux avis ou d’une infraction vous expose vous-même à une action en diffamation ou en injure (loi du 29 juillet 1881, art. 29) ; Google peut aussi rejeter la réponse.',
    en: 'Counter-accusation: accusing the reviewer of lying, of a fake review or of an offence exposes you to a defamation or insult claim (loi du 29 juillet 1881, art. 29); Google may also reject the reply.',
  },
};

export const SECRECY_SUGGESTION: Record<SecrecyKind | PolicyKind, Text> = {
  'relation-soin': {
    fr: 'Parlez du cabinet en général, jamais de la personne : « Le cabinet ne peut commenter aucune situation individuelle. »',
    en: 'Speak about the practice in general, never about the person: "The practice cannot comment on any individual situation."',
  },
  sante: {
    fr: 'Supprimez toute information de santé ; proposez un échange privé avec le secrétariat.',
    en: 'Remove any health information; offer a private conversation through the front desk.',
  },
  identite: {
    fr: 'Supprimez le nom, l’âge, le proche ou le lieu ; restez général.',
    en: 'Remove the name, age, relative or place; stay general.',
  },
  date: {
    fr: 'Supprimez la date ; restez général (« des urgences peuvent occasionner des retards »).',
    en: 'Remove the date; stay general ("emergencies can cause delays").',
  },
  interpellation: {
    fr: 'Commencez par « Bonjour, » sans nom.',
    en: 'Start with "Hello," without a name.',
  },
  publicite: {
    fr: 'Retirez toute promotion, comparaison, prix ou demande d’avis ; une réponse informe, elle ne vante pas.',
    en: 'Remove any promotion, comparison, price or request for reviews; a reply informs, it does not advertise.',
  },
  'contre-accusation': {
    fr: 'Restez neutre : prenez acte, regrettez l’expérience décrite, proposez un contact privé. Pour contester l’avis, voyez les démarches (signalement, avocat).',
    en: 'Stay neutral: acknowledge, regret the experience described, offer a private contact. To contest the review, see the steps (report, lawyer).',
  },
};

/** What the automatic check looked for (always shown, never as a certificate). */
export const SECRECY_CHECKED: Text[] = [
  { fr: 'Confirmation, sous-entendu ou démenti d’une relation de soin (votre visite, votre attente, revenir, reprendre rendez-vous, rétablissement, « je vous ai reçu », « je ne vous ai jamais vu »).', en: 'Confirmation, hint or denial of a care relationship (your visit, your wait, coming back, booking again, recovery, "I saw you", "I never saw you").' },
  { fr: 'Informations de santé : diagnostic, symptôme, traitement, examen, orientation vers un confrère.', en: 'Health information: diagnosis, symptom, treatment, exam, referral.' },
  { fr: 'Identité : nom, âge, proche, lieu de soins, date ou moment précis ; l’auteur interpellé par son nom.', en: 'Identity: name, age, relative, place of care, date or precise moment; the reviewer addressed by name.' },
  { fr: 'Publicité et témoignages (C. santé publ. R.4127-19, R.4127-19-1) ; contre-accusations (diffamation, injure).', en: 'Advertising and testimonials (C. santé publ. R.4127-19, R.4127-19-1); counter-accusations (defamation, insult).' },
];

/** What the doctor must still reread for: a keyword check cannot see these. */
export const SECRECY_REREAD: Text[] = [
  { fr: 'Tout détail que seul le cabinet peut connaître, même sans mot-clé (circonstances, comportement, personne accompagnante, horaire).', en: 'Any detail only the practice can know, even without a keyword (circumstances, behaviour, companion, time).' },
  { fr: 'Les sous-entendus : une phrase générale peut, lue à côté de l’avis, confirmer que l’auteur est venu.', en: 'Hints: a general sentence, read next to the review, can confirm that the reviewer came.' },
  { fr: 'Ce que l’auteur a lui-même raconté : ne le reprenez pas, même pour le contester.', en: 'What the reviewer told: do not repeat it, even to dispute it.' },
  { fr: 'Le ton : ni ironie, ni polémique, ni promotion.', en: 'The tone: no irony, no polemic, no promotion.' },
  { fr: 'En cas de doute, ne répondez pas, ou demandez conseil à votre avocat ou à votre assurance (RCP, protection juridique).', en: 'When in doubt, do not reply, or ask your lawyer or insurer (liability, legal protection).' },
];

export const SAFE_FALLBACK: Text = {
  fr: 'Merci d’avoir pris le temps de partager votre ressenti. Par respect du secret professionnel, le cabinet ne commente aucune situation individuelle en ligne. Toute personne qui le souhaite peut contacter le secrétariat.',
  en: 'Thank you for taking the time to share your feelings. Out of respect for professional secrecy, the practice does not comment on any individual situation online. Anyone who wishes may contact the front desk.',
};
