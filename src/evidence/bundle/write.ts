// Writes the evidence bundle: a BagIt 1.0 bag (RFC 8493) in a ZIP with one top-level folder named like the ZIP.
// Deterministic: same input → same bytes (fixed entry order and dates, stored entries, no export-time value).
// Layout and rationale: docs/evidence-bundle.md.
import type { Exhibit } from '../../shared/types';
import { canonicalJson } from '../canonical-json';
import { sha256Hex, sha512Hex, ZERO_HASH } from '../hash';
import { sealedPart } from '../seal';
import { keyFingerprint, p1363ToDer, spkiToPem } from '../signing';
import { VERIFY_HTML } from 'virtual:verify-html';
import { bagInfoText } from './bag-info';
import {
  bagFolderName, CUSTODY_FILE, EXHIBIT_RECORD, exhibitDir, FINGERPRINT_FILE, manifestText, orderExhibits, PUBLIC_KEY_FILE,
  safeName, SEAL_INPUT, SIGNATURE_DIR, SIGNATURE_FILE, SIGNED_MANIFEST, TAG_FILES_LISTED, timestampFile,
} from './layout';
import { renderReportHtml } from './report';
import { renderReportPdf } from './report-pdf';
import type { BundleInput, BundleResult } from './types';
import { renderVerifyText } from './verify-text';
import { ZipWriter } from './zip-writer';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** JSON for people: keys sorted (canonical order) and indented, so the same record always gives the same file. */
export const prettyJson = (v: unknown): string => `${JSON.stringify(JSON.parse(canonicalJson(v)), null, 2)}\n`;
const ARTEFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

interface PayloadEntry { path: string; make(): Promise<Uint8Array>; expectSha256?: string }

export function base64ToBytes(b64: string): Uint8Array {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

export async function writeBundle(input: BundleInput): Promise<BundleResult> {
  if (!input.cases.length) throw new Error('bundle: no case');
  const exhibits = orderExhibits(input.exhibits);
  const folder = bagFolderName(input.cases[0].id, exhibits[0]?.seal ?? ZERO_HASH);
  const lang = input.lang ?? 'fr';
  const fingerprint = input.signer ? await keyFingerprint(input.signer.publicKeySpki) : undefined;
  const placed = exhibits.map((exhibit, i) => ({ exhibit, dir: exhibitDir(i, exhibits.length, exhibit) }));

  const entries: PayloadEntry[] = [];
  const text = (path: string, s: string): void => { entries.push({ path, make: async () => utf8(s) }); };
  for (const { exhibit, dir } of placed) {
    for (const a of exhibit.artefacts) {
      if (!ARTEFACT_NAME.test(a.path) || a.path === EXHIBIT_RECORD || a.path === SEAL_INPUT) throw new Error(`bundle: bad artefact path ${JSON.stringify(a.path)} in exhibit ${exhibit.id}`);
      entries.push({ path: dir + a.path, make: () => input.getBlob(a.sha256), expectSha256: a.sha256 });
    }
    text(dir + EXHIBIT_RECORD, prettyJson(exhibit));
    text(dir + SEAL_INPUT, canonicalJson(sealedPart(exhibit)));
    (exhibit.timestamps ?? []).forEach((t, i) => {
      if (t.status === 'granted' && t.tokenBase64) entries.push({ path: timestampFile(exhibit, i + 1), make: async () => base64ToBytes(t.tokenBase64!) });
    });
  }
  for (const c of input.cases) text(`data/cases/${safeName(c.id)}.json`, prettyJson(c));
  for (const [caseId, q] of Object.entries(input.qualifications ?? {})) text(`data/qualification/${safeName(caseId)}.json`, prettyJson(q));
  for (const d of input.drafts ?? []) text(`data/drafts/${safeName(d.caseId)}-${safeName(d.name)}.txt`, d.text);
  // Which drafts are the doctor's own version and when each was last saved (the rest are untouched templates).
  if (input.drafts?.length) {
    text('data/drafts/index.json', prettyJson(input.drafts.map((d) => ({
      caseId: d.caseId, file: `drafts/${safeName(d.caseId)}-${safeName(d.name)}.txt`, edited: !!d.edited, ...(d.savedAt ? { savedAt: d.savedAt } : {}),
    }))));
  }
  text(CUSTODY_FILE, input.custody.map((e) => `${canonicalJson(e)}\n`).join(''));
  const reportCtx = { caseIds: input.cases.map((c) => c.id), software: input.software, fingerprint, custodyCount: input.custody.length, lang,
    exhibits: placed.map((p) => ({ exhibit: p.exhibit, dir: p.dir.slice('data/'.length) })) };
  text('data/report.html', renderReportHtml(reportCtx));
  if (input.pdf !== false) entries.push({ path: 'data/report.pdf', make: () => renderReportPdf(reportCtx, input.getBlob) });
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const zip = new ZipWriter();
  const files: string[] = [];
  const m256: { path: string; hash: string }[] = [], m512: { path: string; hash: string }[] = [];
  let oxumBytes = 0;
  const put = async (path: string, bytes: Uint8Array, expect?: string, payload = true): Promise<string> => {
    const h = await sha256Hex(bytes);
    if (expect && h !== expect) throw new Error(`bundle: blob for ${path} has SHA-256 ${h}, the record says ${expect}`);
    if (payload) { m256.push({ path, hash: h }); m512.push({ path, hash: await sha512Hex(bytes) }); oxumBytes += bytes.length; }
    zip.add(`${folder}/${path}`, bytes);
    files.push(path);
    return h;
  };
  // One blob at a time: fetched, hashed, appended, then only the ZIP parts hold it.
  for (const e of entries) await put(e.path, await e.make(), e.expectSha256);

  if (input.signer) {
    // The signature lives in the payload, so it cannot cover the manifests that list it. It covers a manifest of
    // every other payload file instead (same format as manifest-sha256.txt), which pins the whole payload.
    const signed = utf8(manifestText(m256.filter((m) => !m.path.startsWith(SIGNATURE_DIR))));
    const sig = p1363ToDer(await input.signer.sign(signed));
    const sigEntries: [string, Uint8Array][] = [
      [FINGERPRINT_FILE, utf8(`SHA-256(SPKI) ${fingerprint}\n${input.signer.algorithm}\n`)],
      [PUBLIC_KEY_FILE, utf8(spkiToPem(input.signer.publicKeySpki))],
      [SIGNATURE_FILE, sig],
      [SIGNED_MANIFEST, signed],
    ];
    for (const [p, b] of sigEntries) await put(p, b);
  }

  const tags = new Map<string, Uint8Array>();
  tags.set('bagit.txt', utf8('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'));
  tags.set('bag-info.txt', utf8(bagInfoText(input, exhibits, `${oxumBytes}.${m256.length}`)));
  tags.set('manifest-sha256.txt', utf8(manifestText(m256)));
  tags.set('manifest-sha512.txt', utf8(manifestText(m512)));
  const vctx = { folder, signed: !!input.signer, fingerprint, exhibits: placed.map(({ exhibit, dir }) => ({ id: exhibit.id, dir, seal: exhibit.seal, tsr: tsrPaths(exhibit) })) };
  tags.set('VERIFY-FR.txt', utf8(renderVerifyText(vctx, 'fr')));
  tags.set('VERIFY-EN.txt', utf8(renderVerifyText(vctx, 'en')));
  tags.set('verify.html', utf8(VERIFY_HTML));
  const tagHashes: { path: string; hash: string }[] = [];
  for (const name of TAG_FILES_LISTED) tagHashes.push({ path: name, hash: await put(name, tags.get(name)!, undefined, false) });
  const tagManifest = utf8(manifestText(tagHashes));
  const tagManifestSha256 = await put('tagmanifest-sha256.txt', tagManifest, undefined, false);

  const parts = zip.finish();
  return { fileName: `${folder}.zip`, folder, parts, size: zip.size, tagManifestSha256, files };
}

function tsrPaths(ex: Exhibit): string[] {
  return (ex.timestamps ?? []).flatMap((t, i) => (t.status === 'granted' && t.tokenBase64 ? [timestampFile(ex, i + 1)] : []));
}
