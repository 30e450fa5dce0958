// LISEZ-MOI.txt, at the top of the bundle: the first file a commissaire de justice or a lawyer opens after unzipping,
// on a Windows office computer. It says what the bundle holds, which file to read first, how to check that nothing
// changed, and what the bundle is not (a constat). French first, then English. CRLF line ends and a UTF-8
// byte-order mark, so that Notepad shows the accents.
import type { Exhibit } from '../../shared/types';
import { ATTESTED_FILE, REPORT_FILES } from './layout';
import { parisLong } from './paris-time';

export const READ_ME_FILE = 'LISEZ-MOI.txt';

export function renderReadMe(exhibits: { exhibit: Exhibit; dir: string }[]): string {
  const fr = REPORT_FILES.fr;
  const en = REPORT_FILES.en;
  const list = (lang: 'fr' | 'en') =>
    exhibits.map(({ exhibit: e, dir }) =>
      lang === 'fr'
        ? `  - Pièce n° ${e.sequence} : avis de « ${e.review.author} », capturé le ${parisLong(e.capturedAt.startUtc, 'fr')} (dossier ${dir})`
        : `  - Exhibit ${e.sequence}: review by "${e.review.author}", captured on ${parisLong(e.capturedAt.startUtc, 'en')} (folder ${dir})`,
    );
  const lines = [
    'DOSSIER DE PREUVE AVISÉ — À LIRE EN PREMIER',
    '',
    'Ce dossier contient des captures d’avis publiés en ligne, faites par le médecin avec le logiciel Avisé sur son',
    'propre ordinateur, et le moyen de vérifier qu’aucun fichier n’a changé depuis l’export.',
    '',
    ...list('fr'),
    '',
    '1. À lire : ' + `${fr.report}.pdf` + ' (ou .html) — le rapport de capture : qui, quand (heure de Paris),',
    '   où (adresse de la page), comment, et toutes les images.',
    '2. À faire signer par le médecin : ' + `${fr.declaration}.pdf` + ' — la déclaration de capture.',
    `3. Les pièces : data/exhibits/<n°>/ — review.png (l’avis seul), viewport.png (l’écran tel qu’affiché),`,
    `   ${ATTESTED_FILE} (le même écran, sous un bandeau qui donne l’adresse, la date et le sceau), page.mhtml`,
    '   (la page archivée : s’ouvre dans Edge ou Chrome), review.json et exhibit.json (les données relevées).',
    `4. Journal de conservation : ${fr.custody}.`,
    '5. Vérifier que rien n’a changé : ouvrir verify.html dans un navigateur (Edge, Chrome, Firefox), puis choisir',
    '   ce dossier ou le fichier ZIP ; rien n’est envoyé sur Internet. Ou suivre VERIFY-FR.txt (commandes Windows,',
    '   macOS et Linux).',
    '',
    'Limites : ce dossier n’est pas un constat de commissaire de justice. Les heures viennent de l’horloge de',
    'l’ordinateur, sauf horodatage par une autorité tierce indiqué dans le rapport.',
    '',
    '────────────────────────────────────────────────────────────',
    '',
    'AVISÉ EVIDENCE BUNDLE — READ ME FIRST',
    '',
    'This bundle holds captures of reviews published online, made by the doctor with the Avisé software on their own',
    'computer, and the means to check that no file changed since the export.',
    '',
    ...list('en'),
    '',
    `1. Read: ${en.report}.pdf (or .html) — the capture report: who, when (Paris time), where, how, and every image.`,
    `2. For the doctor to sign: ${en.declaration}.pdf — the capture declaration.`,
    `3. The exhibits: data/exhibits/<n>/ — review.png, viewport.png, ${ATTESTED_FILE} (the screen under a band`,
    '   stating the address, date and seal), page.mhtml (opens in Edge or Chrome), review.json and exhibit.json.',
    `4. Custody log: ${en.custody}.`,
    '5. To check that nothing changed: open verify.html in a browser and pick this folder or the ZIP file (nothing is',
    '   sent over the Internet), or follow VERIFY-EN.txt (Windows, macOS and Linux commands).',
    '',
    'Limits: this bundle is not a constat by a commissaire de justice. Times come from the computer’s clock unless',
    'the report shows a third-party timestamp.',
    '',
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}
