// Words the verifier's results for a non-technical reader, in French or English: one function for the command line,
// the « Vérifier un dossier » screen of the extension and verify.html. Checks carry a code and parameters; only
// this file turns them into sentences. Pure: no browser API (verify.html cannot read the extension's _locales).
import type { Check, CheckParams, VerifiedExhibit, VerifyResult } from './types';

export type VerifyLang = 'fr' | 'en';

type P = CheckParams;
type Words = (p: P) => string;

/** « 908 392 » as a French reader writes a count (a plain space: also right in a Windows console). */
const frInt = (v: unknown): string => (/^\d+$/.test(String(v)) ? String(v).replace(/\B(?=(\d{3})+$)/g, ' ') : String(v));

const s = (n: unknown, one: string, many: string): string => `${Number(n)} ${Number(n) > 1 ? many : one}`;

/** Fields of the forensic cross-check (issue 13), as the report names them. */
const FR_FIELD: Record<string, string> = { text: 'texte', author: 'auteur', rating: 'note' };
const FR_FOUND: Record<string, string> = { text: 'texte trouvé', author: 'auteur trouvé', rating: 'note trouvée' };
const FR_NOT_FOUND: Record<string, string> = { text: 'texte visible introuvable dans les réponses du serveur', author: 'auteur introuvable dans les réponses du serveur', rating: 'note introuvable dans les réponses du serveur' };
const EN_FIELD: Record<string, string> = { text: 'text', author: 'author', rating: 'rating' };
const FR_COMPARED: Record<string, string> = { text: 'texte', author: 'auteur', rating: 'note', dateText: 'date affichée' };
const EN_COMPARED: Record<string, string> = { text: 'text', author: 'author', rating: 'rating', dateText: 'date shown' };
const FR_SHOWN: Record<string, string> = { text: 'texte affiché', author: 'auteur affiché', rating: 'note affichée' };
const list = (fields: unknown, names: Record<string, string>): string => (typeof fields === 'string' ? fields : '').split(',').filter(Boolean).map((f) => names[f] ?? f).join(', ');
const EN_NOT_FOUND: Record<string, string> = { text: 'visible text not found in the server’s responses', author: 'author not found in the server’s responses', rating: 'rating not found in the server’s responses' };

const FR: Record<string, Words> = {
  'folder-ok': (p) => `Dossier de preuve trouvé : ${p.folder}.`,
  'zip-unreadable': () => 'Ce fichier n’est pas un ZIP lisible : il est peut-être incomplet ou abîmé.',
  'zip-layout': () => 'Ce ZIP ne contient pas exactement un dossier de preuve Avisé.',
  'folder-no-bag': () => 'Aucun dossier de preuve Avisé ici : le fichier bagit.txt est introuvable. Choisissez le dossier obtenu en décompressant le ZIP.',
  'folder-several': (p) => `Ce dossier contient plusieurs dossiers de preuve (${p.folders}) : choisissez-en un seul.`,
  'bagit-ok': () => 'Le fichier bagit.txt décrit bien un dossier au format BagIt 1.0.',
  'bagit-bad': () => 'Le fichier bagit.txt manque ou a été modifié.',
  'list-missing': (p) => `La liste d’empreintes ${p.manifest} manque : les fichiers ne peuvent pas être contrôlés.`,
  'list-unreadable': (p) => `La liste d’empreintes ${p.manifest} est illisible (ligne ${p.line}) : elle a été modifiée.`,
  'unsafe-path': (p) => `La liste ${p.manifest} désigne un fichier hors du dossier (${p.file}) : elle a été modifiée.`,
  'file-missing': (p) => `Le fichier ${p.file} manque : il faisait partie du dossier à l’export.`,
  'file-modified': (p) => `Le fichier ${p.file} a été modifié après l’export (il ne correspond plus à son empreinte dans ${p.manifest}).`,
  'file-added': (p) => `Le fichier ${p.file} a été ajouté après l’export.`,
  'tag-unlisted': (p) => `Le fichier ${p.file} a été retiré de la liste tagmanifest-sha256.txt : cette liste a été modifiée.`,
  'payload-ok': (p) => `${Number(p.count) > 1 ? `Les ${p.count} fichiers de preuve sont identiques à ceux` : 'Le fichier de preuve est identique à celui'} de l’export (empreintes ${p.algorithm} de ${p.manifest}).`,
  'tags-ok': (p) => `${Number(p.count) > 1 ? `Les ${p.count} fichiers qui décrivent le dossier sont identiques à ceux` : 'Le fichier qui décrit le dossier est identique à celui'} de l’export (tagmanifest-sha256.txt).`,
  'oxum-ok': (p) => `Taille totale conforme : ${s(p.files, 'fichier', 'fichiers')}, ${frInt(p.bytes)} octets.`,
  'oxum-bad': (p) => `La taille totale ne correspond plus : ${s(p.wantFiles, 'fichier', 'fichiers')} et ${frInt(p.wantBytes)} octets à l’export, ${p.gotFiles} et ${frInt(p.gotBytes)} octets maintenant.`,
  'oxum-missing': () => 'La taille totale notée à l’export manque dans bag-info.txt.',
  'fingerprint': (p) => `Empreinte du dossier : ${p.short} (à comparer avec celle citée dans les courriers ; forme complète : ${p.full}).`,
  'exhibit-unreadable': (p) => `La fiche de pièce ${p.file} est illisible : elle a été modifiée.`,
  'seal-ok': (p) => `Pièce n° ${p.sequence} (${p.dir}) : le sceau et ${Number(p.count) > 1 ? `les ${p.count} fichiers capturés` : 'le fichier capturé'} sont intacts.`,
  'seal-broken': (p) => `La fiche de pièce ${p.file} a été modifiée après la capture : elle ne correspond plus à son sceau.`,
  'capture-modified': (p) => `Le fichier ${p.file} a été modifié après la capture : il ne correspond plus au sceau de la pièce.`,
  'chain-ok': (p) => (Number(p.exhibits) > 1 ? `Les ${p.exhibits} pièces se suivent sans trou ni remplacement (${s(p.cases, 'dossier', 'dossiers')}).`
    : 'La pièce est la première de son dossier : aucune pièce ne manque avant elle.'),
  'chain-none': () => 'Aucune pièce dans ce dossier.',
  'chain-first': (p) => `Des pièces manquent avant la pièce n° ${p.sequence} (${p.file}).`,
  'chain-first-link': (p) => `La fiche ${p.file} a été modifiée : la première pièce ne suit aucune autre pièce.`,
  'chain-twice': (p) => `Deux pièces portent le n° ${p.sequence} (${p.file}).`,
  'chain-gap': (p) => `La pièce n° ${p.sequence} manque (elle précède ${p.file}).`,
  'chain-link': (p) => `La fiche ${p.file} ne suit plus la pièce n° ${p.sequence} : une pièce a été remplacée.`,
  'custody-missing': (p) => `Le journal de traçabilité ${p.file} manque.`,
  'custody-unreadable': (p) => `Le journal de traçabilité ${p.file} est illisible : il a été modifié.`,
  'custody-broken': (p) => `Le journal de traçabilité ${p.file} a été modifié (dossier ${p.caseId}, événement n° ${p.entry}).`,
  'custody-ok': (p) => `Le journal de traçabilité est intact : ${s(p.entries, 'événement', 'événements')}, ${s(p.chains, 'dossier', 'dossiers')}.`,
  'signature-none': () => 'Ce dossier n’est pas signé par une installation d’Avisé.',
  'signature-bad': () => 'La signature de l’installation ne correspond plus : le dossier a été modifié après sa signature.',
  'signature-list': () => 'La liste signée des fichiers ne correspond plus aux fichiers présents : un fichier a été ajouté, retiré ou modifié.',
  'signature-key': (p) => `Le fichier ${p.file} ne correspond pas à la clé publique du dossier.`,
  'signature-unreadable': (p) => `La signature ${p.file} est illisible : elle a été modifiée.`,
  'signature-ok': (p) => `Signé par l’installation d’Avisé dont l’empreinte de clé est ${p.fingerprint} (${s(p.count, 'fichier couvert', 'fichiers couverts')}). Cela montre quelle installation a produit ce dossier, pas l’identité du médecin.`,
  'timestamp-missing': (p) => `Le jeton d’horodatage ${p.file} manque (la fiche de la pièce n° ${p.sequence} en mentionne un).`,
  'timestamp-bad': (p) => `Le jeton d’horodatage ${p.file} ne se vérifie pas : il ne correspond pas au sceau de la pièce, ou il a été modifié.`,
  'timestamp-differs': (p) => `Le jeton d’horodatage ${p.file} diffère de celui noté dans la fiche de la pièce n° ${p.sequence}.`,
  'timestamp-ok': (p) => `Pièce n° ${p.sequence} : horodatée par une autorité tierce (${p.authority}) ; la pièce existait au plus tard le ${frDateUtc(String(p.genTime))} (${p.file}). ${p.trusted ? 'Certificat de l’autorité vérifié.' : 'Certificat de l’autorité non vérifié ici (aucun certificat racine fourni).'}`,
  'timestamp-orphan': (p) => `Le fichier ${p.file} ne correspond à aucune pièce : il a été ajouté.`,
  'attested-ok': (p) => `La vue attestée ${p.file} reproduit sans modification la capture ${p.source}, sous un bandeau conforme à sa description.`,
  'attested-bad': (p) => `La vue attestée ${p.file} ne correspond plus à la capture ${p.source} ou à son bandeau : elle a été modifiée.`,
  'attested-orphan': (p) => `La vue attestée ${p.file} est présente sans sa capture d’origine (${p.source}) ou sans sa description (${p.sidecar}).`,
  'provenance-found': (p) => `Pièce n° ${p.sequence} : ${FR_FOUND[String(p.field)] ?? p.field} dans la réponse de ${p.url} (HTTP ${p.status}, ${p.ip}) ; recherche refaite sur ${p.file}, même résultat qu’à la capture.`,
  'provenance-not-found': (p) => `Pièce n° ${p.sequence} : ${FR_NOT_FOUND[String(p.field)] ?? p.field} ; recherche refaite sur ${p.file}, même résultat qu’à la capture.`,
  'provenance-differs': (p) => `Pièce n° ${p.sequence} : la recherche refaite sur ${p.file} ne donne pas le même résultat qu’à la capture pour ${FR_FIELD[String(p.field)] ?? p.field} (la fiche de la pièce ou l’enregistrement réseau a été modifié).`,
  'provenance-har-missing': (p) => `L’enregistrement réseau ${p.file} de la pièce n° ${p.sequence} manque : la recherche de l’avis dans les réponses du serveur ne peut pas être refaite.`,
  'provenance-har-unreadable': (p) => `L’enregistrement réseau ${p.file} de la pièce n° ${p.sequence} est illisible : il a été modifié.`,
  'provenance-as-shown-found': (p) => `Pièce n° ${p.sequence} : ${FR_SHOWN[String(p.field)] ?? p.field} avant le rechargement (pièce n° ${p.before}) ${p.field === 'rating' ? 'trouvée' : 'trouvé'} dans les réponses du serveur ; recherche refaite sur ${p.file}, même résultat qu’à la capture.`,
  'provenance-as-shown-not-found': (p) => `Pièce n° ${p.sequence} : ${FR_SHOWN[String(p.field)] ?? p.field} avant le rechargement (pièce n° ${p.before}) introuvable dans les réponses du serveur ; recherche refaite sur ${p.file}, même résultat qu’à la capture.`,
  'provenance-as-shown-compared': (p) => `Pièce n° ${p.sequence} : comparée à la capture « tel qu’affiché » (pièce n° ${p.before}), à laquelle elle est chaînée : ${p.fields ? `diffère par : ${list(p.fields, FR_COMPARED)}` : 'texte, auteur, note et date identiques'}.`,
  'provenance-as-shown-differs': (p) => `Pièce n° ${p.sequence} : la comparaison refaite avec la capture « tel qu’affiché » (pièce n° ${p.before}) ne donne pas le résultat noté à la capture, ou la chaîne entre les deux pièces est rompue (une fiche ou l’enregistrement réseau a été modifié).`,
  'provenance-wacz-ok': (p) => `Pièce n° ${p.sequence} : l’archive web ${p.file} est cohérente : ${s(p.count, 'fichier listé', 'fichiers listés')} dans son datapackage.json, avec la même empreinte SHA-256.`,
  'provenance-wacz-bad': (p) => `Pièce n° ${p.sequence} : dans l’archive web ${p.file}, le fichier ${p.inner} ne correspond plus à l’empreinte de son datapackage.json : l’archive a été modifiée.`,
  'provenance-wacz-unreadable': (p) => `Pièce n° ${p.sequence} : l’archive web ${p.file} est illisible (ni ZIP ni datapackage.json lisible) : elle a été modifiée.`,
  'provenance-wacz-missing': (p) => `L’archive web ${p.file} de la pièce n° ${p.sequence} manque.`,
  'provenance-as-shown-missing': (p) => `La capture « tel qu’affiché » (pièce n° ${p.before}) à laquelle la pièce n° ${p.sequence} se compare manque au dossier.`,
  'verifier-stopped': () => 'La vérification s’est arrêtée sur une erreur inattendue : le dossier n’est pas confirmé intact.',
};

const EN: Record<string, Words> = {
  'folder-ok': (p) => `Evidence bundle found: ${p.folder}.`,
  'zip-unreadable': () => 'This file is not a readable ZIP: it may be incomplete or damaged.',
  'zip-layout': () => 'This ZIP does not hold exactly one Avisé evidence bundle.',
  'folder-no-bag': () => 'No Avisé evidence bundle here: bagit.txt cannot be found. Pick the folder you got by unzipping the ZIP.',
  'folder-several': (p) => `This folder holds several evidence bundles (${p.folders}): pick only one.`,
  'bagit-ok': () => 'bagit.txt describes a BagIt 1.0 bundle.',
  'bagit-bad': () => 'bagit.txt is missing or was changed.',
  'list-missing': (p) => `The list of fingerprints ${p.manifest} is missing: the files cannot be checked.`,
  'list-unreadable': (p) => `The list of fingerprints ${p.manifest} is unreadable (line ${p.line}): it was changed.`,
  'unsafe-path': (p) => `The list ${p.manifest} names a file outside the bundle (${p.file}): it was changed.`,
  'file-missing': (p) => `The file ${p.file} is missing: it was part of the bundle when exported.`,
  'file-modified': (p) => `The file ${p.file} was changed after the export (it no longer fits its fingerprint in ${p.manifest}).`,
  'file-added': (p) => `The file ${p.file} was added after the export.`,
  'tag-unlisted': (p) => `The file ${p.file} was removed from the list tagmanifest-sha256.txt: that list was changed.`,
  'payload-ok': (p) => `${Number(p.count) > 1 ? `The ${p.count} evidence files are` : 'The evidence file is'} identical to the export (${p.algorithm} fingerprints in ${p.manifest}).`,
  'tags-ok': (p) => `${Number(p.count) > 1 ? `The ${p.count} files describing the bundle are` : 'The file describing the bundle is'} identical to the export (tagmanifest-sha256.txt).`,
  'oxum-ok': (p) => `Total size as recorded: ${s(p.files, 'file', 'files')}, ${p.bytes} bytes.`,
  'oxum-bad': (p) => `The total size changed: ${s(p.wantFiles, 'file', 'files')} and ${p.wantBytes} bytes at export, ${p.gotFiles} and ${p.gotBytes} bytes now.`,
  'oxum-missing': () => 'The total size recorded at export is missing from bag-info.txt.',
  'fingerprint': (p) => `Bundle fingerprint: ${p.short} (compare with the one quoted in letters; full form: ${p.full}).`,
  'exhibit-unreadable': (p) => `The exhibit record ${p.file} is unreadable: it was changed.`,
  'seal-ok': (p) => `Exhibit no. ${p.sequence} (${p.dir}): the seal and ${Number(p.count) > 1 ? `the ${p.count} captured files are` : 'the captured file are'} intact.`,
  'seal-broken': (p) => `The exhibit record ${p.file} was changed after the capture: it no longer fits its seal.`,
  'capture-modified': (p) => `The file ${p.file} was changed after the capture: it no longer fits the exhibit's seal.`,
  'chain-ok': (p) => (Number(p.exhibits) > 1 ? `The ${p.exhibits} exhibits follow one another with no gap or replacement (${s(p.cases, 'case', 'cases')}).`
    : 'The exhibit is the first of its case: none is missing before it.'),
  'chain-none': () => 'No exhibit in this bundle.',
  'chain-first': (p) => `Exhibits are missing before exhibit no. ${p.sequence} (${p.file}).`,
  'chain-first-link': (p) => `The record ${p.file} was changed: the first exhibit follows no other.`,
  'chain-twice': (p) => `Two exhibits carry no. ${p.sequence} (${p.file}).`,
  'chain-gap': (p) => `Exhibit no. ${p.sequence} is missing (it comes before ${p.file}).`,
  'chain-link': (p) => `The record ${p.file} no longer follows exhibit no. ${p.sequence}: an exhibit was replaced.`,
  'custody-missing': (p) => `The custody log ${p.file} is missing.`,
  'custody-unreadable': (p) => `The custody log ${p.file} is unreadable: it was changed.`,
  'custody-broken': (p) => `The custody log ${p.file} was changed (case ${p.caseId}, event no. ${p.entry}).`,
  'custody-ok': (p) => `The custody log is intact: ${s(p.entries, 'event', 'events')}, ${s(p.chains, 'case', 'cases')}.`,
  'signature-none': () => 'This bundle is not signed by an Avisé installation.',
  'signature-bad': () => 'The installation signature no longer fits: the bundle was changed after it was signed.',
  'signature-list': () => 'The signed list of files no longer fits the files present: a file was added, removed or changed.',
  'signature-key': (p) => `The file ${p.file} does not fit the bundle's public key.`,
  'signature-unreadable': (p) => `The signature ${p.file} is unreadable: it was changed.`,
  'signature-ok': (p) => `Signed by the Avisé installation whose key fingerprint is ${p.fingerprint} (${s(p.count, 'file', 'files')} covered). This shows which installation produced the bundle, not who the doctor is.`,
  'timestamp-missing': (p) => `The timestamp token ${p.file} is missing (the record of exhibit no. ${p.sequence} names one).`,
  'timestamp-bad': (p) => `The timestamp token ${p.file} fails: it does not fit the exhibit's seal, or it was changed.`,
  'timestamp-differs': (p) => `The timestamp token ${p.file} differs from the one noted in the record of exhibit no. ${p.sequence}.`,
  'timestamp-ok': (p) => `Exhibit no. ${p.sequence}: timestamped by an independent authority (${p.authority}); the exhibit existed on ${enDateUtc(String(p.genTime))} at the latest (${p.file}). ${p.trusted ? 'Authority certificate verified.' : 'Authority certificate not verified here (no root certificate given).'}`,
  'timestamp-orphan': (p) => `The file ${p.file} belongs to no exhibit: it was added.`,
  'attested-ok': (p) => `The attested view ${p.file} shows the screenshot ${p.source} unchanged, under a band that matches its description.`,
  'attested-bad': (p) => `The attested view ${p.file} no longer matches the screenshot ${p.source} or its band: it was changed.`,
  'attested-orphan': (p) => `The attested view ${p.file} is there without its source screenshot (${p.source}) or its description (${p.sidecar}).`,
  'provenance-found': (p) => `Exhibit no. ${p.sequence}: ${EN_FIELD[String(p.field)] ?? p.field} found in the response of ${p.url} (HTTP ${p.status}, ${p.ip}); search run again on ${p.file}, same result as at capture.`,
  'provenance-not-found': (p) => `Exhibit no. ${p.sequence}: ${EN_NOT_FOUND[String(p.field)] ?? p.field}; search run again on ${p.file}, same result as at capture.`,
  'provenance-differs': (p) => `Exhibit no. ${p.sequence}: the search run again on ${p.file} does not give the result recorded at capture for the ${EN_FIELD[String(p.field)] ?? p.field} (the exhibit record or the network recording was changed).`,
  'provenance-har-missing': (p) => `The network recording ${p.file} of exhibit no. ${p.sequence} is missing: the search for the review in the server's responses cannot be run again.`,
  'provenance-har-unreadable': (p) => `The network recording ${p.file} of exhibit no. ${p.sequence} cannot be read: it was changed.`,
  'provenance-as-shown-found': (p) => `Exhibit no. ${p.sequence}: the ${EN_FIELD[String(p.field)] ?? p.field} displayed before the reload (exhibit no. ${p.before}) found in the server's responses; search run again on ${p.file}, same result as at capture.`,
  'provenance-as-shown-not-found': (p) => `Exhibit no. ${p.sequence}: the ${EN_FIELD[String(p.field)] ?? p.field} displayed before the reload (exhibit no. ${p.before}) not found in the server's responses; search run again on ${p.file}, same result as at capture.`,
  'provenance-as-shown-compared': (p) => `Exhibit no. ${p.sequence}: compared with the « tel qu’affiché » capture (exhibit no. ${p.before}), to which it is chained: ${p.fields ? `differs in: ${list(p.fields, EN_COMPARED)}` : 'same text, author, rating and date'}.`,
  'provenance-as-shown-differs': (p) => `Exhibit no. ${p.sequence}: the comparison run again with the « tel qu’affiché » capture (exhibit no. ${p.before}) does not give the result recorded at capture, or the chain between the two exhibits is broken (a record or the network recording was changed).`,
  'provenance-wacz-ok': (p) => `Exhibit no. ${p.sequence}: the web archive ${p.file} holds together: ${s(p.count, 'file', 'files')} listed in its datapackage.json, with the same SHA-256.`,
  'provenance-wacz-bad': (p) => `Exhibit no. ${p.sequence}: in the web archive ${p.file}, the file ${p.inner} no longer fits the hash in its datapackage.json: the archive was changed.`,
  'provenance-wacz-unreadable': (p) => `Exhibit no. ${p.sequence}: the web archive ${p.file} cannot be read (no readable ZIP or datapackage.json): it was changed.`,
  'provenance-wacz-missing': (p) => `The web archive ${p.file} of exhibit no. ${p.sequence} is missing.`,
  'provenance-as-shown-missing': (p) => `The « tel qu’affiché » capture (exhibit no. ${p.before}) that exhibit no. ${p.sequence} is compared with is missing from the bundle.`,
  'verifier-stopped': () => 'The verification stopped on an unexpected error: the bundle is not confirmed intact.',
};

/** Every code the verifier emits (the tests word each one in both languages). */
export const CHECK_CODES = Object.keys(FR);

/** One line for the reader, in French or English. Unknown codes (extra checks) fall back to their own detail. */
export function describeCheck(c: Pick<Check, 'code' | 'params'> & { detail?: string }, lang: VerifyLang): string {
  const w = (lang === 'fr' ? FR : EN)[c.code];
  return w ? w(c.params) : (c.detail ?? c.code);
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface WallTime { y: number; mo: number; d: number; h: number; mi: number }
function wall(iso: string): WallTime | undefined {
  // The time comes from a bundle file: anything that is not a plain wall time (missing part, month 13) is not one.
  const [, y, mo, d, h, mi] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(iso) ?? [];
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return undefined;
  if (+mo < 1 || +mo > 12) return undefined;
  return { y: +y, mo: +mo, d: +d, h: +h, mi: +mi };
}
const frDay = (w: WallTime): string => `${w.d === 1 ? '1er' : w.d} ${MONTHS_FR[w.mo - 1]} ${w.y}`;
const frTime = (w: WallTime): string => `${w.h} h ${String(w.mi).padStart(2, '0')}`;
const enTime = (w: WallTime): string => `${String(w.h).padStart(2, '0')}:${String(w.mi).padStart(2, '0')}`;
function frDateUtc(iso: string): string {
  const w = wall(iso);
  return w ? `${frDay(w)} à ${frTime(w)} (heure UTC)` : iso;
}
function enDateUtc(iso: string): string {
  const w = wall(iso);
  return w ? `${w.d} ${MONTHS_EN[w.mo - 1]} ${w.y} at ${enTime(w)} (UTC)` : iso;
}

const SITES: Record<string, { fr: string; en: string }> = {
  'google-maps': { fr: 'Google Maps', en: 'Google Maps' },
  'google-search': { fr: 'la recherche Google', en: 'Google Search' },
  pagesjaunes: { fr: 'PagesJaunes', en: 'PagesJaunes' },
  trustpilot: { fr: 'Trustpilot', en: 'Trustpilot' },
};
function siteName(e: VerifiedExhibit, lang: VerifyLang): string {
  const known = SITES[e.site];
  if (known) return known[lang];
  try { return new URL(e.url).hostname; } catch { return lang === 'fr' ? 'un site web' : 'a web site'; }
}
/** Author names are hostile: no bidi controls or line breaks that would reorder or split the verdict line. */
const plain = (s: string): string => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\r\n]+/g, ' ').trim().slice(0, 80);

function exhibitPhrase(e: VerifiedExhibit, lang: VerifyLang): string {
  const w = wall(e.capturedLocal);
  const author = plain(e.author);
  if (lang === 'fr') {
    const zone = e.timeZone === 'Europe/Paris' ? 'heure de Paris' : `heure locale (${e.timeZone}, UTC${e.offset})`;
    const when = w ? `capturé le ${frDay(w)} à ${frTime(w)}, ${zone}` : `capturé le ${e.capturedLocal}`;
    return `l’avis ${author ? `de « ${author} » ` : ''}publié sur ${siteName(e, lang)}, ${when}`;
  }
  const zone = e.timeZone === 'Europe/Paris' ? 'Paris time' : `local time (${e.timeZone}, UTC${e.offset})`;
  const when = w ? `captured on ${w.d} ${MONTHS_EN[w.mo - 1]} ${w.y} at ${enTime(w)}, ${zone}` : `captured on ${e.capturedLocal}`;
  return `the review ${author ? `by “${author}” ` : ''}published on ${siteName(e, lang)}, ${when}`;
}

/** What the bundle holds, in words: one review, or « 3 pièces, 2 dossiers : … ». */
export function describeContents(exhibits: VerifiedExhibit[], lang: VerifyLang): string {
  if (!exhibits.length) return lang === 'fr' ? 'aucune pièce lisible' : 'no readable exhibit';
  const [only, ...others] = exhibits;
  if (only && !others.length) return exhibitPhrase(only, lang);
  const cases = new Set(exhibits.map((e) => e.caseId)).size;
  const shown = exhibits.slice(0, 3).map((e) => exhibitPhrase(e, lang));
  const more = exhibits.length - shown.length;
  if (lang === 'fr') {
    return `${s(exhibits.length, 'pièce', 'pièces')}, ${s(cases, 'dossier', 'dossiers')} — ${shown.join(' ; ')}${more ? ` ; et ${s(more, 'autre pièce', 'autres pièces')}` : ''}`;
  }
  return `${s(exhibits.length, 'exhibit', 'exhibits')}, ${s(cases, 'case', 'cases')} — ${shown.join('; ')}${more ? `; and ${s(more, 'other exhibit', 'other exhibits')}` : ''}`;
}

/** The first line of the verdict: intact or not, and what was verified. */
export function verdictLine(r: Pick<VerifyResult, 'ok' | 'checks' | 'exhibits'>, lang: VerifyLang): string {
  const what = describeContents(r.exhibits, lang);
  if (r.ok) return lang === 'fr' ? `Dossier intact : ${what}.` : `Bundle intact: ${what}.`;
  const failed = r.checks.filter((c) => !c.ok);
  const first = failed[0] ? describeCheck(failed[0], lang) : '';
  const n = failed.length;
  if (lang === 'fr') {
    return `Dossier modifié ou incomplet : ${what}. ${first}${n > 1 ? ` (${n} problèmes, détail ci-dessous)` : ''}`;
  }
  return `Bundle changed or incomplete: ${what}. ${first}${n > 1 ? ` (${n} problems, details below)` : ''}`;
}

/** Every line for the reader: the verdict, then one line per check (✓ / ✗). */
export function verdictLines(r: Pick<VerifyResult, 'ok' | 'checks' | 'exhibits'>, lang: VerifyLang): string[] {
  return [verdictLine(r, lang), ...r.checks.map((c) => `${c.ok ? '✓' : '✗'} ${describeCheck(c, lang)}`)];
}

/** French unless the reader's language is English ("en", "en-GB"…). */
export function langOf(tag: string | undefined): VerifyLang {
  return tag && /^en([-_.@]|$)/i.test(tag) ? 'en' : 'fr';
}
