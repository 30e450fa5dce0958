// The « Provenance » section of an exhibit captured in forensic mode (« rechargement contrôlé », issue 13): where
// the server's response came from, and whether the review as shown is in it, field by field, in plain words, with
// what this proves and what it does not. French and English, same keys. Values (URLs, names) are hostile input:
// they go into report blocks, which report.ts escapes.
import type { ComparedField, Exhibit, FieldCheck, ForensicRecord, Lang, ServerResponse } from '../../shared/types';
import { parisWithUtc } from './paris-time';

export const PROVENANCE_TEXT = {
  fr: {
    title: 'Provenance : rechargement contrôlé',
    intro: 'Pour cette pièce, Avisé a rechargé la page depuis le serveur en enregistrant le réseau par l’interface de débogage du navigateur (« rechargement contrôlé », cache désactivé), a retrouvé l’avis sur la page rechargée, puis l’a capturé. Les réponses reçues sont dans network.har (format HAR 1.2, qui s’ouvre dans les outils de développement de tout navigateur) ; ses empreintes sont dans le tableau des fichiers.',
    reloadedAt: 'Rechargement', foundAgainBy: 'Avis retrouvé après rechargement', byId: 'par son identifiant sur le site', byText: 'par son auteur, sa date et son texte',
    document: 'Page reçue', server: 'Serveur (adresse IP et port)', protocol: 'Protocole', tls: 'Connexion chiffrée', noTls: 'aucune (HTTP non chiffré) : pas de certificat à relever',
    certificate: 'Certificat', certTo: 'délivré à', certBy: 'par', certValid: 'valable du', certUntil: 'au', certFingerprint: 'empreinte SHA-256 du certificat',
    clock: 'Écart d’horloge', clockLine: (server: string, diff: string) => `l’en-tête Date du serveur (${server}) diffère de l’horloge de l’ordinateur de ${diff} (l’en-tête est à la seconde près)`,
    wacz: 'Archive web', waczLine: (path: string) => `${path} : les mêmes réponses au format WACZ 1.1.1 (enregistrements WARC), celui des outils d’archivage du web Webrecorder (ReplayWeb.page) ; la liste de ses fichiers avec leurs empreintes est dans son datapackage.json`,
    recorded: 'Réponses enregistrées', recordedLine: (n: number, kept: number, omitted: number, capMb: string) => `${n} réponses ; corps des pages, XHR et fetch conservés : ${kept}${omitted ? `, non conservés : ${omitted}` : ''} (au plus ${capMb} Mo par réponse) ; cookies et en-têtes d’authentification retirés`,
    checksTitle: 'Recherche de l’avis affiché dans les réponses du serveur',
    field: { text: 'texte', author: 'auteur', rating: 'note' } as Record<FieldCheck['field'], string>,
    foundIn: (field: string, url: string) => `${field} ${field === 'note' ? 'trouvée' : 'trouvé'} dans la réponse de ${url}`,
    notFound: { text: 'texte visible introuvable dans les réponses du serveur', author: 'auteur introuvable dans les réponses du serveur', rating: 'note introuvable dans les réponses du serveur (écrite comme une note près du texte ou de l’auteur)' } as Record<FieldCheck['field'], string>,
    issuedBy: (subject: string, issuer: string) => `certificat ${subject} émis par ${issuer}`,
    body: 'corps SHA-256', reading: 'lecture', position: 'position',
    allFound: (host: string, ip: string, cert: string, at: string) => `Le texte affiché de l’avis, son auteur et sa note figurent dans la réponse du serveur ${host} (adresse IP ${ip}${cert ? `, ${cert}` : ''}) reçue ${at}.`,
    // Both captures (evidence-anchors §(c)7): each exhibit labelled, the reload's one says what differs.
    labelAsShown: 'tel qu’affiché', labelReload: 'rechargement contrôlé',
    asShownTitle: 'Capture « tel qu’affiché »',
    asShownIntro: (next: string) => `Cette pièce montre la page telle qu’elle était affichée quand le médecin a demandé la capture, avant tout rechargement. Juste après, Avisé a rechargé la page en enregistrant le réseau et a capturé l’avis une seconde fois (« rechargement contrôlé ») : c’est la pièce suivante du dossier (${next}), chaînée à celle-ci, qui compare les deux.`,
    compareTitle: (ref: string, at: string) => `Comparaison avec la capture « tel qu’affiché » (${ref}, ${at})`,
    compared: { text: 'texte', author: 'auteur', rating: 'note', dateText: 'date affichée' } as Record<ComparedField, string>,
    same: 'Texte, auteur, note et date affichés : identiques avant et après le rechargement.',
    differs: (field: string, before: string, after: string) => `${field} différent : avant le rechargement « ${before} », après le rechargement « ${after} »`,
    shownCheck: (field: string, line: string) => `${field} affiché avant le rechargement : ${line}`,
    shownTextMissing: 'Le texte visible avant le rechargement ne figure dans aucune réponse du serveur reçue lors du rechargement, alors que celui de la page rechargée y figure. Soit la page affichée avait été modifiée sur cet ordinateur (par exemple dans les outils de développement), soit le site a changé l’avis entre l’affichage et le rechargement : ce rapport ne peut pas dire lequel.',
    shownSame: 'L’avis tel qu’affiché avant le rechargement figure lui aussi dans les réponses du serveur reçues lors du rechargement.',
    limits: 'Ce que cela prouve : ces octets ont été reçus par ce navigateur, à cette heure, depuis cette adresse (et, en HTTPS, d’un serveur qui détenait un certificat pour ce nom) ; l’avis tel qu’affiché y figure, ou non. Ce que cela ne prouve pas : un proxy local, un logiciel malveillant ou un ordinateur compromis pourraient encore mentir, car c’est ce navigateur qui enregistre ; la recherche est textuelle (encodages HTML et JSON décodés, espaces regroupés, rien d’autre) ; la page rechargée est celle que le serveur envoyait au moment du rechargement, pas forcément celle affichée avant. Ce n’est pas un constat de commissaire de justice.',
  },
  en: {
    title: 'Provenance: controlled reload',
    intro: 'For this exhibit, Avisé reloaded the page from the server while recording the network through the browser’s debugging interface (« rechargement contrôlé », controlled reload, cache off), found the review again on the reloaded page, then captured it. The responses received are in network.har (HAR 1.2, which opens in any browser’s developer tools); its hashes are in the file table.',
    reloadedAt: 'Reload', foundAgainBy: 'Review found again after the reload', byId: 'by its id on the site', byText: 'by its author, date and text',
    document: 'Page received', server: 'Server (IP address and port)', protocol: 'Protocol', tls: 'Encrypted connection', noTls: 'none (plain HTTP): no certificate to record',
    certificate: 'Certificate', certTo: 'issued to', certBy: 'by', certValid: 'valid from', certUntil: 'to', certFingerprint: 'SHA-256 fingerprint of the certificate',
    clock: 'Clock difference', clockLine: (server: string, diff: string) => `the server’s Date header (${server}) differs from the computer’s clock by ${diff} (the header has a one-second resolution)`,
    wacz: 'Web archive', waczLine: (path: string) => `${path}: the same responses as a WACZ 1.1.1 (WARC records), the format of the Webrecorder web-archiving tools (ReplayWeb.page); the list of its files with their hashes is in its datapackage.json`,
    recorded: 'Responses recorded', recordedLine: (n: number, kept: number, omitted: number, capMb: string) => `${n} responses; bodies of documents, XHR and fetch kept: ${kept}${omitted ? `, not kept: ${omitted}` : ''} (at most ${capMb} MB per response); cookies and authentication headers removed`,
    checksTitle: 'Search for the review as shown in the server’s responses',
    field: { text: 'text', author: 'author', rating: 'rating' } as Record<FieldCheck['field'], string>,
    foundIn: (field: string, url: string) => `${field} found in the response of ${url}`,
    notFound: { text: 'visible text not found in the server’s responses', author: 'author not found in the server’s responses', rating: 'rating not found in the server’s responses (written as a rating near the text or author)' } as Record<FieldCheck['field'], string>,
    issuedBy: (subject: string, issuer: string) => `certificate ${subject} issued by ${issuer}`,
    body: 'body SHA-256', reading: 'reading', position: 'position',
    allFound: (host: string, ip: string, cert: string, at: string) => `The review’s displayed text, its author and its rating are in the response of the server ${host} (IP address ${ip}${cert ? `, ${cert}` : ''}) received ${at}.`,
    labelAsShown: 'as displayed', labelReload: 'controlled reload',
    asShownTitle: 'Capture « tel qu’affiché » (as displayed)',
    asShownIntro: (next: string) => `This exhibit shows the page as it was displayed when the doctor asked for the capture, before any reload. Just after, Avisé reloaded the page while recording the network and captured the review a second time (« rechargement contrôlé », controlled reload): the case’s next exhibit (${next}), chained to this one, compares the two.`,
    compareTitle: (ref: string, at: string) => `Comparison with the « tel qu’affiché » capture (${ref}, ${at})`,
    compared: { text: 'text', author: 'author', rating: 'rating', dateText: 'date shown' } as Record<ComparedField, string>,
    same: 'Text, author, rating and date shown: the same before and after the reload.',
    differs: (field: string, before: string, after: string) => `${field} differs: before the reload « ${before} », after the reload « ${after} »`,
    shownCheck: (field: string, line: string) => `${field} displayed before the reload: ${line}`,
    shownTextMissing: 'The text visible before the reload is in none of the server’s responses received during the reload, while the reloaded page’s text is. Either the page displayed had been changed on this computer (for instance in the developer tools), or the site changed the review between the display and the reload: this report cannot tell which.',
    shownSame: 'The review as displayed before the reload is also in the server’s responses received during the reload.',
    limits: 'What this proves: these bytes were received by this browser, at this time, from this address (and, over HTTPS, from a server that held a certificate for that name); the review as shown is in them, or not. What it does not prove: a local proxy, malware or a compromised computer could still lie, since this browser does the recording; the search is textual (HTML and JSON encodings decoded, whitespace collapsed, nothing else); the reloaded page is what the server sent at the time of the reload, not necessarily what was shown before. This is not a commissaire de justice’s constat.',
  },
} as const;

type Row = [string, string];
export interface ProvenanceBlocks {
  title: string;
  intro: string;
  rows: Row[];
  checksTitle: string;
  checks: string[];
  summary?: string;
  limits: string;
  /** Both captures: the « tel qu'affiché » exhibit compared with this reload. */
  comparison?: { title: string; items: string[]; summary?: string };
}

const host = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

function signedSeconds(ms: number, lang: Lang): string {
  const s = (ms / 1000).toFixed(1);
  // ASCII signs: the PDF's WinAnsi fonts have no U+2212.
  const v = `${ms >= 0 ? '+' : '-'}${s.replace('-', '')} s`;
  return lang === 'fr' ? v.replace('.', ',') : v;
}

function responseDetail(r: ServerResponse, lang: Lang): string {
  const t = PROVENANCE_TEXT[lang];
  return [`HTTP ${r.status}`, r.serverIp, r.tls ? t.issuedBy(r.tls.subject, r.tls.issuer) : undefined].filter(Boolean).join(', ');
}

/** One sentence per checked field: where it was found (URL, status, IP, certificate, body hash), or that it was not. */
export function checkLine(c: FieldCheck, lang: Lang): string {
  const t = PROVENANCE_TEXT[lang];
  if (!c.found) return t.notFound[c.field];
  return c.matches
    .map((m) => `${t.foundIn(t.field[c.field], m.url)} (${responseDetail(m, lang)})${m.bodySha256 ? ` — ${t.body} ${m.bodySha256}` : ''} — ${t.reading} ${m.decoding}, ${t.position} ${m.offset}`)
    .join(' ; ');
}

/** `asShownRef` names the « tel qu'affiché » exhibit as the report numbers it (default: its sequence in the case). */
export function provenanceBlocks(f: ForensicRecord, lang: Lang, asShownRef?: string): ProvenanceBlocks {
  const t = PROVENANCE_TEXT[lang];
  const d = f.document;
  const rows: Row[] = [[t.reloadedAt, parisWithUtc(f.reloadedAt, lang)], [t.foundAgainBy, f.foundAgainBy === 'id' ? t.byId : t.byText]];
  if (d) {
    rows.push([t.document, `${d.url} (HTTP ${d.status}, ${parisWithUtc(d.receivedAt, lang)})`]);
    if (d.serverIp) rows.push([t.server, `${d.serverIp}${d.serverPort ? `:${d.serverPort}` : ''}`]);
    if (d.protocol) rows.push([t.protocol, d.protocol]);
    if (d.tls) {
      rows.push([t.tls, [d.tls.protocol, d.tls.cipher, d.tls.keyExchange].filter(Boolean).join(', ')]);
      rows.push([t.certificate, `${t.certTo} ${d.tls.subject}${d.tls.san.length ? ` (${d.tls.san.join(', ')})` : ''} ${t.certBy} ${d.tls.issuer}, ${t.certValid} ${d.tls.validFrom.slice(0, 10)} ${t.certUntil} ${d.tls.validTo.slice(0, 10)}${d.tls.certificateSha256 ? ` ; ${t.certFingerprint} ${d.tls.certificateSha256}` : ''}`]);
    } else rows.push([t.tls, t.noTls]);
  }
  if (f.clock) rows.push([t.clock, t.clockLine(f.clock.serverDate, signedSeconds(f.clock.differenceMs, lang))]);
  rows.push([t.recorded, t.recordedLine(f.har.entries, f.har.bodiesRecorded, f.har.bodiesOmitted, String(Math.round(f.har.bodyCapBytes / 1024 / 1024)))]);
  if (f.wacz) rows.push([t.wacz, t.waczLine(f.wacz.path)]);
  const checks = f.checks.map((c) => `${t.field[c.field]}${lang === 'fr' ? ' : ' : ': '}${checkLine(c, lang)}`);
  // The plain sentence of the issue, when every field was found in one and the same response.
  let summary: string | undefined;
  const first = f.checks[0]?.matches[0];
  if (first && f.checks.every((c) => c.found && c.matches.some((m) => m.url === first.url && m.bodySha256 === first.bodySha256))) {
    summary = t.allFound(host(first.url), first.serverIp ?? '?', first.tls ? `${t.issuedBy(first.tls.subject, first.tls.issuer)}` : '', parisWithUtc(first.receivedAt, lang));
  }
  return { title: t.title, intro: t.intro, rows, checksTitle: t.checksTitle, checks, summary, limits: t.limits, ...(f.asShown ? { comparison: comparisonBlocks(f, f.asShown, lang, asShownRef) } : {}) };
}

function comparisonBlocks(f: ForensicRecord, a: NonNullable<ForensicRecord['asShown']>, lang: Lang, ref?: string): NonNullable<ProvenanceBlocks['comparison']> {
  const t = PROVENANCE_TEXT[lang];
  const name = ref ?? (lang === 'fr' ? `pièce n° ${a.sequence}` : `exhibit no. ${a.sequence}`);
  const items = a.differences.length ? a.differences.map((d) => t.differs(t.compared[d.field], d.before, d.after)) : [t.same];
  items.push(...a.checks.map((c) => t.shownCheck(t.field[c.field], checkLine(c, lang))));
  const found = (checks: FieldCheck[], field: FieldCheck['field']) => checks.find((c) => c.field === field)?.found;
  let summary: string | undefined;
  if (found(a.checks, 'text') === false && found(f.checks, 'text') === true) summary = t.shownTextMissing;
  else if (a.checks.every((c) => c.found)) summary = t.shownSame;
  return { title: t.compareTitle(name, parisWithUtc(a.capturedAt, lang)), items, ...(summary ? { summary } : {}) };
}

/** The label of an exhibit of the forensic mode in its heading: « tel qu'affiché » or « rechargement contrôlé ». */
export function captureModeLabel(ex: Pick<Exhibit, 'asShown' | 'forensic'>, lang: Lang): string | undefined {
  if (ex.asShown) return PROVENANCE_TEXT[lang].labelAsShown;
  if (ex.forensic) return PROVENANCE_TEXT[lang].labelReload;
  return undefined;
}

/** The « tel qu'affiché » exhibit's own section: what it is, and which exhibit holds the reload. */
export function asShownBlocks(lang: Lang, next: string): { title: string; intro: string } {
  const t = PROVENANCE_TEXT[lang];
  return { title: t.asShownTitle, intro: t.asShownIntro(next) };
}
