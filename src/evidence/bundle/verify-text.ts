// VERIFY-FR.txt / VERIFY-EN.txt: exact commands, checked by hand in test/ (sha256sum, openssl dgst, openssl ts).
import { FINGERPRINT_FILE, PUBLIC_KEY_FILE, SEAL_INPUT, SIGNATURE_FILE, SIGNED_MANIFEST } from './layout';

export interface VerifyTextContext {
  folder: string;
  exhibits: { id: string; dir: string; seal: string; tsr: string[] }[];
  signed: boolean;
  fingerprint?: string;
}

const T = {
  fr: {
    head: 'Vérifier ce dossier de preuve (format BagIt, RFC 8493)',
    unzip: '1. Décompresser le ZIP, puis dans un terminal :',
    bag: '2. Chaque fichier de data/ doit afficher « OK » (sha256sum -c) ; les fichiers du dossier lui-même sont dans tagmanifest-sha256.txt :',
    seal: '3. Le sceau de chaque pièce est le SHA-256 de son fichier seal-input.json (forme canonique de exhibit.json) :',
    sig: '4. Signature de l’installation (prouve que cette installation de l’extension a produit ces octets ; n’identifie pas le médecin) :',
    sigFp: 'Empreinte attendue de la clé (à comparer à celle affichée dans l’extension) :',
    noSig: '4. Ce dossier n’est pas signé.',
    ts: '5. Horodatages RFC 3161 (ca.pem : certificat racine de l’autorité d’horodatage, à télécharger sur son site) :',
    noTs: '5. Aucun horodatage RFC 3161 dans ce dossier.',
    all: '6. Tout vérifier d’un coup : ouvrir verify.html dans un navigateur (hors ligne) et y déposer le ZIP, ou, avec le code source d’Avisé :',
    ok: 'Attendu : « OK » pour chaque fichier et « Verification: OK » / « Verified OK » pour openssl.',
  },
  en: {
    head: 'Verifying this evidence bundle (BagIt format, RFC 8493)',
    unzip: '1. Unzip the ZIP, then in a terminal:',
    bag: '2. Every file under data/ must print "OK" (sha256sum -c); the bag\'s own files are listed in tagmanifest-sha256.txt:',
    seal: '3. Each exhibit\'s seal is the SHA-256 of its seal-input.json file (canonical form of exhibit.json):',
    sig: '4. Installation signature (proves that this installation of the extension produced these bytes; it does not identify the doctor):',
    sigFp: 'Expected key fingerprint (compare with the one shown in the extension):',
    noSig: '4. This bundle is not signed.',
    ts: '5. RFC 3161 timestamps (ca.pem: the root certificate of the timestamp authority, from its web site):',
    noTs: '5. No RFC 3161 timestamp in this bundle.',
    all: '6. Everything at once: open verify.html in a browser (offline) and drop the ZIP on it, or, with Avisé\'s source code:',
    ok: 'Expected: "OK" for every file, and "Verification: OK" / "Verified OK" from openssl.',
  },
};

export function renderVerifyText(ctx: VerifyTextContext, lang: 'fr' | 'en'): string {
  const t = T[lang];
  const L: string[] = [t.head, '', t.unzip, `  unzip ${ctx.folder}.zip`, '', t.bag,
    `  cd ${ctx.folder} && sha256sum -c manifest-sha256.txt`, '  sha512sum -c manifest-sha512.txt', '  sha256sum -c tagmanifest-sha256.txt', '', t.seal];
  for (const e of ctx.exhibits) L.push(`  sha256sum ${e.dir}${SEAL_INPUT}    # ${e.seal}`);
  L.push('');
  if (ctx.signed) {
    L.push(t.sig, `  openssl dgst -sha256 -verify ${PUBLIC_KEY_FILE} -signature ${SIGNATURE_FILE} ${SIGNED_MANIFEST}`,
      `  sha256sum -c ${SIGNED_MANIFEST}`, `  ${t.sigFp} ${ctx.fingerprint ?? ''}  (${FINGERPRINT_FILE})`);
  } else L.push(t.noSig);
  L.push('');
  const withTs = ctx.exhibits.filter((e) => e.tsr.length);
  if (withTs.length) {
    L.push(t.ts);
    for (const e of withTs) for (const f of e.tsr) {
      L.push(`  openssl ts -verify -data ${e.dir}${SEAL_INPUT} -in ${f} -CAfile ca.pem`);
      L.push(`  openssl ts -reply -in ${f} -text`);
    }
  } else L.push(t.noTs);
  L.push('', t.all, `  npm run verify -- ${ctx.folder}.zip`, '', t.ok, '');
  return L.join('\n');
}
