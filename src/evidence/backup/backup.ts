// Backup and restore (issue 11 §5): ONE file, a ZIP (stored, not deflated: evidence bytes are kept as they are)
// with every record of the store and every blob, hashed and signed like a bundle:
//   avise-backup.json      cases, exhibits, custody entries, qualifications, drafts, settings (JSON)
//   blobs/<sha256>         each stored file, named by the SHA-256 of its bytes
//   manifest-sha256.txt    « <sha256>  <path> » for each file above
//   signature.json         ECDSA P-256 signature of manifest-sha256.txt by the installation key, and its public key
// Reading refuses, with the reason, a file that is not a backup, a file modified, added or missing, a bad signature,
// a blob whose bytes do not match its name, an exhibit whose seal does not match or a broken custody chain.
// The signature proves the file was not changed since an Avisé installation (whose fingerprint is shown) wrote it;
// it does not prove which one: compare the fingerprint with the one in the old installation's options.
// Pure: no browser extension API; the page writes it (ui/options/backup.ts), the service worker restores it.
import JSZip from 'jszip';
import type { CaseRecord, CustodyEntry, Exhibit } from '../../shared/types';
import type { Settings, StoredDraft, StoredQualification } from '../records';
import { sha256Hex } from '../hash';
import { computeSeal } from '../seal';
import { verifyCustodyChain } from '../custody';
import { keyFingerprint, verifySignature } from '../signing';
import { ZipWriter, concatParts } from '../bundle/zip-writer';
import { base64ToBytes } from '../bundle/write';
import { bytesToBase64 } from '../timestamp/request';

export const BACKUP_FORMAT = 'avise-backup';
export const BACKUP_VERSION = 1;

export interface BackupData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  software: { name: string; version: string };
  cases: CaseRecord[];
  exhibits: Exhibit[];
  custody: (CustodyEntry & { caseId: string })[];
  qualifications: StoredQualification[];
  drafts: StoredDraft[];
  settings?: Settings;
  /** Every blob the exhibits name: its hash and media type (the bytes are in blobs/<sha256>). */
  blobs: { sha256: string; mediaType: string }[];
}

export interface BackupSigner {
  publicKeySpki: Uint8Array;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** Why a backup is refused; `detail` names the file, exhibit or case concerned. */
export type BackupRefusal = 'not-zip' | 'not-backup' | 'newer-version' | 'manifest-missing' | 'file-modified' | 'file-missing' | 'file-added' | 'signature-bad' | 'blob-missing' | 'seal-bad' | 'custody-broken';

export class BackupRefused extends Error {
  constructor(
    readonly reason: BackupRefusal,
    readonly detail = '',
  ) {
    super(`backup refused: ${reason}${detail ? ` (${detail})` : ''}`);
  }
}

const enc = new TextEncoder();

/** Writes the backup ZIP; `getBlob` gives the stored bytes of each blob. The file name carries the date. */
export async function writeBackup(data: Omit<BackupData, 'format' | 'version' | 'blobs'>, blobMediaTypes: Map<string, string>, getBlob: (sha256: string) => Promise<Uint8Array>, signer: BackupSigner): Promise<{ parts: Uint8Array[]; fileName: string; manifestSha256: string; size: number }> {
  const full: BackupData = { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...data, blobs: [...blobMediaTypes].map(([sha256, mediaType]) => ({ sha256, mediaType })) };
  const zip = new ZipWriter();
  const lines: string[] = [];
  const put = async (path: string, bytes: Uint8Array) => {
    zip.add(path, bytes);
    lines.push(`${await sha256Hex(bytes)}  ${path}`);
  };
  await put('avise-backup.json', enc.encode(`${JSON.stringify(full, null, 1)}\n`));
  for (const { sha256 } of full.blobs) await put(`blobs/${sha256}`, await getBlob(sha256));
  const manifest = enc.encode(`${lines.join('\n')}\n`);
  zip.add('manifest-sha256.txt', manifest);
  const signature = await signer.sign(manifest);
  zip.add('signature.json', enc.encode(`${JSON.stringify({ algorithm: 'ECDSA-P256-SHA256', publicKeySpkiBase64: bytesToBase64(signer.publicKeySpki), signatureBase64: bytesToBase64(signature) }, null, 1)}\n`));
  const parts = zip.finish();
  return { parts, fileName: `avise-sauvegarde-${data.createdAt.slice(0, 10)}.zip`, manifestSha256: await sha256Hex(manifest), size: zip.size };
}

export interface ReadBackup {
  data: BackupData;
  blobs: Map<string, { bytes: Uint8Array; mediaType: string }>;
  /** Fingerprint of the key that signed it (groups of 4 hex), to compare with the old installation's. */
  signedBy: string;
}

/** Reads and checks a backup; throws BackupRefused with the first reason found. */
export async function readBackup(bytes: Uint8Array): Promise<ReadBackup> {
  let z: JSZip;
  try {
    z = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (e) {
    throw new BackupRefused('not-zip', e instanceof Error ? e.message : '');
  }
  const files = new Map(Object.values(z.files).filter((f) => !f.dir).map((f) => [f.name, f]));
  const get = async (p: string) => new Uint8Array(await files.get(p)!.async('uint8array'));
  if (!files.has('avise-backup.json')) throw new BackupRefused('not-backup');
  if (!files.has('manifest-sha256.txt') || !files.has('signature.json')) throw new BackupRefused('manifest-missing');
  const manifest = await get('manifest-sha256.txt');

  // Signature first: a file re-listed in the manifest by hand does not pass.
  let sig: { publicKeySpkiBase64?: string; signatureBase64?: string };
  try {
    sig = JSON.parse(new TextDecoder().decode(await get('signature.json'))) as typeof sig;
  } catch {
    throw new BackupRefused('signature-bad', 'signature.json');
  }
  let spki: Uint8Array;
  try {
    spki = base64ToBytes(sig.publicKeySpkiBase64 ?? '');
    if (!(await verifySignature(spki, base64ToBytes(sig.signatureBase64 ?? ''), manifest))) throw new Error('does not verify');
  } catch {
    throw new BackupRefused('signature-bad', 'manifest-sha256.txt');
  }

  const listed = new Map<string, string>();
  for (const line of new TextDecoder().decode(manifest).split('\n')) {
    if (!line) continue;
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) throw new BackupRefused('manifest-missing', line.slice(0, 80));
    listed.set(m[2], m[1]);
  }
  for (const [path, want] of listed) {
    if (!files.has(path)) throw new BackupRefused('file-missing', path);
    if ((await sha256Hex(await get(path))) !== want) throw new BackupRefused('file-modified', path);
  }
  for (const path of files.keys()) if (!listed.has(path) && path !== 'manifest-sha256.txt' && path !== 'signature.json') throw new BackupRefused('file-added', path);

  let data: BackupData;
  try {
    data = JSON.parse(new TextDecoder().decode(await get('avise-backup.json'))) as BackupData;
  } catch {
    throw new BackupRefused('not-backup', 'avise-backup.json');
  }
  if (data.format !== BACKUP_FORMAT || !Array.isArray(data.cases) || !Array.isArray(data.exhibits) || !Array.isArray(data.custody) || !Array.isArray(data.blobs)) throw new BackupRefused('not-backup');
  if (data.version > BACKUP_VERSION) throw new BackupRefused('newer-version', String(data.version));

  const blobs = new Map<string, { bytes: Uint8Array; mediaType: string }>();
  for (const b of data.blobs) {
    const path = `blobs/${b.sha256}`;
    if (!files.has(path)) throw new BackupRefused('blob-missing', b.sha256);
    const bytes = await get(path);
    if ((await sha256Hex(bytes)) !== b.sha256) throw new BackupRefused('file-modified', path);
    blobs.set(b.sha256, { bytes, mediaType: b.mediaType });
  }
  // The evidence itself: every seal and every artefact, every custody chain.
  for (const ex of data.exhibits) {
    if ((await computeSeal(ex)) !== ex.seal) throw new BackupRefused('seal-bad', ex.id);
    for (const a of ex.artefacts) if (!blobs.has(a.sha256)) throw new BackupRefused('blob-missing', `${ex.id} ${a.path}`);
  }
  for (const c of data.cases) {
    const chain = data.custody.filter((e) => e.caseId === c.id).sort((a, b) => a.seq - b.seq);
    const broken = await verifyCustodyChain(chain);
    if (broken) throw new BackupRefused('custody-broken', `${c.id}: ${broken}`);
  }
  return { data, blobs, signedBy: await keyFingerprint(spki) };
}

export { concatParts };
