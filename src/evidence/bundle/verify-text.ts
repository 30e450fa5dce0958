// VERIFY-FR.txt / VERIFY-EN.txt: the exact commands to check this bundle by hand on Windows (PowerShell, certutil),
// macOS (shasum) and Linux (sha256sum), then the signature and timestamps (openssl). Written with CRLF line ends
// and a UTF-8 byte-order mark so that Windows Notepad shows the accents. The Linux and macOS lines are run on a real
// bundle in verify.test.ts; the PowerShell and certutil lines are checked against the bundle's file names there.
import { FINGERPRINT_FILE, PUBLIC_KEY_FILE, SEAL_INPUT, SIGNATURE_FILE, SIGNED_MANIFEST } from './layout';

export interface VerifyTextContext {
  folder: string;
  exhibits: { id: string; dir: string; seal: string; tsr: string[] }[];
  signed: boolean;
  fingerprint?: string;
}

/** A file every bundle has, used as the example of a single-file check. */
const SAMPLE_FILE = 'data/rapport-de-capture.html';

/**
 * PowerShell, one line to paste: recomputes the SHA-256 of every file a manifest lists and compares it with the
 * listed one (-eq on strings ignores case: Get-FileHash prints upper case, the manifest lower case).
 */
export function powershellCheck(manifest: string, ok: string, bad: string, total: string): string {
  return `$ko = 0; Get-Content -Encoding UTF8 ${manifest} | ForEach-Object { $h, $f = $_ -split '\\s+', 2; `
    + `if ((Test-Path -LiteralPath $f) -and (Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -eq $h) { "${ok}  $f" } else { $ko++; "${bad}  $f" } }; "${total}"`;
}

const win = (p: string): string => p.replace(/\//g, '\\');

const T = {
  fr: {
    head: 'Vérifier ce dossier de preuve Avisé',
    what: [
      'Ce dossier suit le format BagIt (RFC 8493). Le fichier manifest-sha256.txt donne l’empreinte SHA-256 de chaque',
      'fichier de preuve : si un seul octet change, l’empreinte change. Les commandes ci-dessous recalculent ces empreintes',
      'sur votre ordinateur ; rien n’est envoyé.',
    ],
    easiest: 'Le plus simple : ouvrir verify.html (dans ce dossier) avec un navigateur, puis y choisir le fichier ZIP ou le dossier décompressé.',
    fp: [
      'Empreinte du dossier (celle que citent les courriers) : l’empreinte SHA-256 du fichier tagmanifest-sha256.txt ;',
      'l’empreinte courte en est les 16 premiers caractères, groupés par 4.',
    ],
    winHead: 'A. Windows (PowerShell, déjà installé)',
    winUnzip: '1. Décompresser le ZIP : clic droit sur le fichier > « Extraire tout… ».',
    winOpen: [
      '2. Ouvrir dans l’Explorateur le dossier qui contient ce fichier VERIFY-FR.txt (Windows crée parfois un dossier',
      '   du même nom autour : entrer dedans). Clic droit sur un espace vide du dossier > « Ouvrir dans le Terminal »',
      '   (Windows 11) ; sous Windows 10 : Maj + clic droit > « Ouvrir la fenêtre PowerShell ici ».',
    ],
    winPaste: '3. Coller cette ligne puis appuyer sur Entrée. Chaque fichier doit afficher OK, et la dernière ligne « Fichiers en erreur : 0 » :',
    winTags: '4. Même contrôle pour les fichiers qui décrivent le dossier :',
    winFp: '5. Empreinte du dossier (à comparer avec celle des courriers) :',
    winSeal: '6. Sceau de chaque pièce : l’empreinte de son fichier seal-input.json (valeur attendue après le #) :',
    certutil: [
      'Sans PowerShell (invite de commandes « cmd ») : certutil calcule l’empreinte d’un fichier ; la comparer avec',
      'la ligne de ce fichier dans manifest-sha256.txt (ou avec le sceau attendu) :',
    ],
    okWord: 'OK', badWord: 'ERREUR', total: 'Fichiers en erreur : $ko', expected: 'attendu :',
    macHead: 'B. macOS (application Terminal)',
    macCd: '1. Taper « cd » suivi d’une espace, glisser ce dossier dans la fenêtre du Terminal, appuyer sur Entrée. Puis :',
    macNote: 'Chaque ligne doit finir par « OK ». Empreinte du dossier et sceaux :',
    linHead: 'C. Linux (terminal)',
    linNote: 'Chaque ligne doit finir par « OK ». Empreinte du dossier et sceaux :',
    advHead: 'D. Signature et horodatages (openssl, s’il est installé)',
    sig: 'Signature de l’installation (montre que cette installation de l’extension a produit ces octets ; n’identifie pas le médecin) :',
    sigFp: 'Empreinte attendue de la clé (à comparer à celle affichée dans l’extension) :',
    noSig: 'Ce dossier n’est pas signé.',
    ts: 'Horodatages RFC 3161 (ca.pem : certificat racine de l’autorité d’horodatage, à télécharger sur son site) :',
    noTs: 'Aucun horodatage RFC 3161 dans ce dossier.',
    cli: 'Avec le code source d’Avisé, tout vérifier d’un coup (ZIP ou dossier) :',
    ok: 'Attendu : « OK » pour chaque fichier, et « Verification: OK » / « Verified OK » pour openssl.',
  },
  en: {
    head: 'Verifying this Avisé evidence bundle',
    what: [
      'This bundle follows the BagIt format (RFC 8493). The file manifest-sha256.txt gives the SHA-256 fingerprint of every',
      'evidence file: if a single byte changes, the fingerprint changes. The commands below recompute these fingerprints',
      'on your computer; nothing is sent.',
    ],
    easiest: 'The easiest way: open verify.html (in this folder) in a browser, then pick the ZIP file or the unzipped folder in it.',
    fp: [
      'Bundle fingerprint (the one quoted in letters): the SHA-256 fingerprint of the file tagmanifest-sha256.txt;',
      'the short fingerprint is its first 16 characters, in groups of 4.',
    ],
    winHead: 'A. Windows (PowerShell, already installed)',
    winUnzip: '1. Unzip the ZIP: right-click the file > "Extract All…".',
    winOpen: [
      '2. In File Explorer, open the folder that holds this VERIFY-EN.txt file (Windows sometimes makes a folder of the',
      '   same name around it: go inside). Right-click an empty spot of the folder > "Open in Terminal" (Windows 11);',
      '   on Windows 10: Shift + right-click > "Open PowerShell window here".',
    ],
    winPaste: '3. Paste this line and press Enter. Every file must print OK, and the last line must read "Files with errors: 0":',
    winTags: '4. The same check for the files that describe the bundle:',
    winFp: '5. Bundle fingerprint (compare with the one in the letters):',
    winSeal: '6. Each exhibit\'s seal: the fingerprint of its seal-input.json file (expected value after the #):',
    certutil: [
      'Without PowerShell (Command Prompt "cmd"): certutil computes the fingerprint of one file; compare it with that',
      'file\'s line in manifest-sha256.txt (or with the expected seal):',
    ],
    okWord: 'OK', badWord: 'ERROR', total: 'Files with errors: $ko', expected: 'expected:',
    macHead: 'B. macOS (Terminal application)',
    macCd: '1. Type "cd" and a space, drag this folder into the Terminal window, press Enter. Then:',
    macNote: 'Every line must end with "OK". Bundle fingerprint and seals:',
    linHead: 'C. Linux (terminal)',
    linNote: 'Every line must end with "OK". Bundle fingerprint and seals:',
    advHead: 'D. Signature and timestamps (openssl, where installed)',
    sig: 'Installation signature (shows that this installation of the extension produced these bytes; it does not identify the doctor):',
    sigFp: 'Expected key fingerprint (compare with the one shown in the extension):',
    noSig: 'This bundle is not signed.',
    ts: 'RFC 3161 timestamps (ca.pem: the root certificate of the timestamp authority, from its web site):',
    noTs: 'No RFC 3161 timestamp in this bundle.',
    cli: 'With Avisé\'s source code, everything at once (ZIP or folder):',
    ok: 'Expected: "OK" for every file, and "Verification: OK" / "Verified OK" from openssl.',
  },
};

export function renderVerifyText(ctx: VerifyTextContext, lang: 'fr' | 'en'): string {
  const t = T[lang];
  const rule = (s: string): string[] => [s, '='.repeat(s.length)];
  const L: string[] = [...rule(t.head), '', ...t.what, '', t.easiest, '', ...t.fp, ''];

  L.push(...rule(t.winHead), '', t.winUnzip, ...t.winOpen, t.winPaste, '',
    `  ${powershellCheck('manifest-sha256.txt', t.okWord, t.badWord, t.total)}`, '', t.winTags, '',
    `  ${powershellCheck('tagmanifest-sha256.txt', t.okWord, t.badWord, t.total)}`, '', t.winFp, '',
    '  Get-FileHash -Algorithm SHA256 tagmanifest-sha256.txt', '', t.winSeal, '');
  for (const e of ctx.exhibits) L.push(`  Get-FileHash -Algorithm SHA256 ${win(e.dir + SEAL_INPUT)}    # ${e.seal}`);
  L.push('', ...t.certutil, '', `  certutil -hashfile ${win(SAMPLE_FILE)} SHA256`, '  certutil -hashfile tagmanifest-sha256.txt SHA256');
  for (const e of ctx.exhibits) L.push(`  certutil -hashfile ${win(e.dir + SEAL_INPUT)} SHA256`, `     (${t.expected} ${e.seal})`);

  L.push('', ...rule(t.macHead), '', t.macCd, '',
    '  shasum -a 256 -c manifest-sha256.txt', '  shasum -a 512 -c manifest-sha512.txt', '  shasum -a 256 -c tagmanifest-sha256.txt', '',
    t.macNote, '', '  shasum -a 256 tagmanifest-sha256.txt');
  for (const e of ctx.exhibits) L.push(`  shasum -a 256 ${e.dir}${SEAL_INPUT}    # ${e.seal}`);

  L.push('', ...rule(t.linHead), '', `  unzip ${ctx.folder}.zip`,
    `  cd ${ctx.folder} && sha256sum -c manifest-sha256.txt`, '  sha512sum -c manifest-sha512.txt', '  sha256sum -c tagmanifest-sha256.txt', '',
    t.linNote, '', '  sha256sum tagmanifest-sha256.txt');
  for (const e of ctx.exhibits) L.push(`  sha256sum ${e.dir}${SEAL_INPUT}    # ${e.seal}`);

  L.push('', ...rule(t.advHead), '');
  if (ctx.signed) {
    L.push(t.sig, '', `  openssl dgst -sha256 -verify ${PUBLIC_KEY_FILE} -signature ${SIGNATURE_FILE} ${SIGNED_MANIFEST}`,
      `  sha256sum -c ${SIGNED_MANIFEST}`, '', `${t.sigFp} ${ctx.fingerprint ?? ''}  (${FINGERPRINT_FILE})`);
  } else L.push(t.noSig);
  L.push('');
  const withTs = ctx.exhibits.filter((e) => e.tsr.length);
  if (withTs.length) {
    L.push(t.ts, '');
    for (const e of withTs) for (const f of e.tsr) {
      L.push(`  openssl ts -verify -data ${e.dir}${SEAL_INPUT} -in ${f} -CAfile ca.pem`);
      L.push(`  openssl ts -reply -in ${f} -text`);
    }
  } else L.push(t.noTs);
  L.push('', t.cli, '', `  npm run verify -- ${ctx.folder}.zip`, '', t.ok, '');
  // CRLF and a byte-order mark: Notepad on older Windows shows one long line without CR, and mojibake without the BOM.
  return `\uFEFF${L.join('\r\n')}`;
}
