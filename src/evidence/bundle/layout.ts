// Names of the files inside a bundle, shared by the writer and the verifier so they cannot drift apart.
import type { Exhibit } from '../../shared/types';

export const PAYLOAD_DIR = 'data/';
export const SIGNATURE_DIR = 'data/signature/';
export const SIGNED_MANIFEST = 'data/signature/signed-manifest.txt';
export const SIGNATURE_FILE = 'data/signature/signed-manifest.sig';
export const PUBLIC_KEY_FILE = 'data/signature/public-key.pem';
export const FINGERPRINT_FILE = 'data/signature/fingerprint.txt';
export const CUSTODY_FILE = 'data/custody-log.jsonl';
export const EXHIBIT_RECORD = 'exhibit.json';
/** The exact bytes whose SHA-256 is the seal (canonical JSON), so `openssl ts -verify -data` works on a file. */
export const SEAL_INPUT = 'seal-input.json';
/** The reports, declarations and plain-words custody logs: one language per file, French first (paths without extension for the first two: .html and .pdf). */
export const REPORT_FILES = {
  fr: { report: 'data/rapport-de-capture', declaration: 'data/declaration-de-capture', custody: 'data/journal-de-conservation.txt' },
  en: { report: 'data/capture-report', declaration: 'data/capture-declaration', custody: 'data/custody-log.txt' },
} as const;
/** Derived at export in each exhibit folder that has a viewport.png: the attested view and its sidecar (attested.ts). */
export const ATTESTED_FILE = 'vue-attestee.png';
export const ATTESTED_SIDECAR = 'vue-attestee.json';
export const ATTESTED_SOURCE = 'viewport.png';
export const TAG_FILES_LISTED = ['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'VERIFY-EN.txt', 'VERIFY-FR.txt', 'verify.html'];

/** Keeps ids usable as file names on every OS: letters, digits, dot, dash, underscore. */
export function safeName(s: string): string {
  const out = s.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_').slice(0, 80);
  return out || '_';
}

/** Exhibits in capture order (the installation's sequence), the order of their folders. */
export function orderExhibits(exhibits: Exhibit[]): Exhibit[] {
  return [...exhibits].sort((a, b) => a.sequence - b.sequence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function exhibitDir(index: number, total: number, ex: Exhibit): string {
  const nn = String(index + 1).padStart(Math.max(2, String(total).length), '0');
  return `data/exhibits/${nn}-${safeName(ex.id)}/`;
}

export function timestampFile(ex: Exhibit, n: number): string {
  return `data/timestamps/${safeName(ex.id)}-${n}.tsr`;
}

export function bagFolderName(caseId: string, firstSeal: string): string {
  return `avise-${safeName(caseId)}-${firstSeal.slice(0, 12)}`;
}

/** RFC 8493 §2.1.3: a manifest line is "checksum filepath", with CR, LF and % percent-encoded in the path. */
export function encodeManifestPath(p: string): string {
  return p.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function decodeManifestPath(p: string): string {
  return p.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

export function manifestText(entries: { path: string; hash: string }[]): string {
  return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `${e.hash}  ${encodeManifestPath(e.path)}\n`).join('');
}

export function parseManifest(text: string): { path: string; hash: string }[] | string {
  const out: { path: string; hash: string }[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [i, line] of lines.entries()) {
    const [, hash, path] = /^([0-9a-f]+)[ \t]+\*?(.+)$/.exec(line) ?? [];
    if (hash === undefined || path === undefined) return `line ${i + 1} is not "checksum path"`;
    out.push({ hash, path: decodeManifestPath(path) });
  }
  return out;
}

/** A bag-info.txt value on one line (page titles and URLs are hostile input: no CR/LF injection of labels). */
export function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}
