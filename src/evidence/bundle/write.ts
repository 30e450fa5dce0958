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
  ATTESTED_FILE, ATTESTED_SIDECAR, ATTESTED_SOURCE, bagFolderName, CUSTODY_FILE, EXHIBIT_RECORD, exhibitDir, FINGERPRINT_FILE, manifestText, orderExhibits, PUBLIC_KEY_FILE,
  REPORT_FILES, safeName, SEAL_INPUT, SIGNATURE_DIR, SIGNATURE_FILE, SIGNED_MANIFEST, TAG_FILES_LISTED, timestampFile,
} from './layout';
import { bandLines, makeAttestedView } from './attested';
import { stitchedAttestedImage } from './attested-stitch';
import { dosDateTime } from './paris-time';
import { custodyText, declarationBlocks, renderHtml, reportBlocks, type AttestedInfo, type ReportContext } from './report';
import { renderPdf } from './report-pdf';
import type { PdfImageData } from './pdf-image';
import { DECLARATION_TEXT, REPORT_TEXT } from './report-text';
import type { BundleInput, BundleResult } from './types';
import { READ_ME_FILE, renderReadMe } from './read-me';
import { renderVerifyText } from './verify-text';
import { ZipWriter, type DosStamp } from './zip-writer';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** JSON for people: keys sorted (canonical order) and indented, so the same record always gives the same file. */
export const prettyJson = (v: unknown): string => `${JSON.stringify(JSON.parse(canonicalJson(v)), null, 2)}\n`;
const ARTEFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

interface PayloadEntry { path: string; make(): Promise<Uint8Array>; expectSha256?: string; when: DosStamp }

export function base64ToBytes(b64: string): Uint8Array {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

export async function writeBundle(input: BundleInput): Promise<BundleResult> {
  const [firstCase] = input.cases;
  if (!firstCase) throw new Error('bundle: no case');
  const exhibits = orderExhibits(input.exhibits);
  const folder = bagFolderName(firstCase.id, exhibits[0]?.seal ?? ZERO_HASH);
  const fingerprint = input.signer ? await keyFingerprint(input.signer.publicKeySpki) : undefined;
  const placed = exhibits.map((exhibit, i) => ({ exhibit, dir: exhibitDir(i, exhibits.length, exhibit) }));
  // ZIP entry dates: each exhibit's files carry its capture time; every other file the latest capture of the bundle
  // (Paris wall time, since MS-DOS dates have no zone). Never the export time, so re-exports stay identical.
  const starts = exhibits.map((e) => e.capturedAt.startUtc);
  const latest = starts.reduce((m, start) => (start > m ? start : m), starts[0] ?? firstCase.createdAt);
  const bundleWhen = dosDateTime(latest);

  // Attested views (derived, made now, deterministic): kept until the reports and their PDFs are written.
  const attested = new Map<string, { png: Uint8Array; sidecar: Uint8Array; info: AttestedInfo }>();
  for (const { exhibit } of placed) {
    const source = exhibit.artefacts.find((a) => a.kind === 'viewport.png' && a.path === ATTESTED_SOURCE && a.mediaType === 'image/png');
    if (!source) continue;
    const bytes = await input.getBlob(source.sha256);
    let made: ReturnType<typeof makeAttestedView>;
    try { made = makeAttestedView(bytes, source.sha256, bandLines(exhibit, fingerprint), stitchedAttestedImage); } catch { continue; } // unreadable PNG: no derived view, the original stays
    const sidecar = utf8(prettyJson(made.sidecar));
    attested.set(exhibit.id, { png: made.png, sidecar, info: {
      png: ATTESTED_FILE, pngSha256: await sha256Hex(made.png), pngBytes: made.png.length,
      sidecar: ATTESTED_SIDECAR, sidecarSha256: await sha256Hex(sidecar), sidecarBytes: sidecar.length, sourceSha256: source.sha256,
    } });
  }

  const entries: PayloadEntry[] = [];
  const text = (path: string, s: string, when = bundleWhen): void => { entries.push({ path, make: async () => utf8(s), when }); };
  for (const { exhibit, dir } of placed) {
    const when = dosDateTime(exhibit.capturedAt.startUtc);
    for (const a of exhibit.artefacts) {
      if (!ARTEFACT_NAME.test(a.path) || a.path === EXHIBIT_RECORD || a.path === SEAL_INPUT || a.path === ATTESTED_FILE || a.path === ATTESTED_SIDECAR) throw new Error(`bundle: bad artefact path ${JSON.stringify(a.path)} in exhibit ${exhibit.id}`);
      entries.push({ path: dir + a.path, make: () => input.getBlob(a.sha256), expectSha256: a.sha256, when });
    }
    text(dir + EXHIBIT_RECORD, prettyJson(exhibit), when);
    text(dir + SEAL_INPUT, canonicalJson(sealedPart(exhibit)), when);
    const av = attested.get(exhibit.id);
    if (av) {
      entries.push({ path: dir + ATTESTED_FILE, make: async () => av.png, when });
      entries.push({ path: dir + ATTESTED_SIDECAR, make: async () => av.sidecar, when });
    }
    (exhibit.timestamps ?? []).forEach((t, i) => {
      if (t.status === 'granted' && t.tokenBase64) entries.push({ path: timestampFile(exhibit, i + 1), make: async () => base64ToBytes(t.tokenBase64!), when });
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
  const pdfDate = new Date(exhibits[0]?.capturedAt.startUtc ?? firstCase.createdAt);
  const producer = `${input.software.name} ${input.software.version}`;
  const image = async (src: { blob: string } | { attested: string }): Promise<Uint8Array> =>
    ('blob' in src ? input.getBlob(src.blob) : attested.get(src.attested)!.png);
  // Images decoded for the PDFs, shared by the French and English copies of this export (see pdf-image.ts).
  const imageCache = new Map<string, PdfImageData>();
  for (const lang of ['fr', 'en'] as const) {
    const ctx: ReportContext = {
      caseIds: input.cases.map((c) => c.id), cases: input.cases, software: input.software, fingerprint, custody: input.custody, profile: input.profile, lang, series: input.series,
      exhibits: placed.map((p) => ({ exhibit: p.exhibit, dir: p.dir.slice('data/'.length), attested: attested.get(p.exhibit.id)?.info })),
    };
    const files = REPORT_FILES[lang], rt = REPORT_TEXT[lang], dt = DECLARATION_TEXT[lang];
    const report = reportBlocks(ctx), declaration = declarationBlocks(ctx);
    const title = `${rt.title} — ${ctx.caseIds.join(', ')}`, dtitle = `${dt.title} — ${ctx.caseIds.join(', ')}`;
    text(`${files.report}.html`, renderHtml(report, lang, title));
    text(`${files.declaration}.html`, renderHtml(declaration, lang, dtitle));
    text(files.custody, custodyText(input.custody, exhibits, lang));
    if (input.pdf !== false) {
      const opts = { producer, date: pdfDate, image, imageCache, missingNote: rt.pdfMissing, imageError: rt.pdfImageError, colon: lang === 'fr' ? ' : ' : ': ' };
      entries.push({ path: `${files.report}.pdf`, make: () => renderPdf(report, { ...opts, title }), when: bundleWhen });
      entries.push({ path: `${files.declaration}.pdf`, make: () => renderPdf(declaration, { ...opts, title: dtitle }), when: bundleWhen });
    }
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const zip = new ZipWriter();
  const files: string[] = [];
  const m256: { path: string; hash: string }[] = [], m512: { path: string; hash: string }[] = [];
  let oxumBytes = 0;
  const put = async (path: string, bytes: Uint8Array, expect?: string, payload = true, when = bundleWhen): Promise<string> => {
    const h = await sha256Hex(bytes);
    if (expect && h !== expect) throw new Error(`bundle: blob for ${path} has SHA-256 ${h}, the record says ${expect}`);
    if (payload) { m256.push({ path, hash: h }); m512.push({ path, hash: await sha512Hex(bytes) }); oxumBytes += bytes.length; }
    zip.add(`${folder}/${path}`, bytes, when);
    files.push(path);
    return h;
  };
  // One blob at a time: fetched, hashed, appended, then only the ZIP parts hold it.
  for (const e of entries) await put(e.path, await e.make(), e.expectSha256, true, e.when);

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
  tags.set(READ_ME_FILE, utf8(renderReadMe(placed)));
  const tagHashes: { path: string; hash: string }[] = [];
  for (const name of [READ_ME_FILE, ...TAG_FILES_LISTED]) tagHashes.push({ path: name, hash: await put(name, tags.get(name)!, undefined, false) });
  const tagManifest = utf8(manifestText(tagHashes));
  const tagManifestSha256 = await put('tagmanifest-sha256.txt', tagManifest, undefined, false);

  const parts = zip.finish();
  return { fileName: `${folder}.zip`, folder, parts, size: zip.size, tagManifestSha256, files };
}

function tsrPaths(ex: Exhibit): string[] {
  return (ex.timestamps ?? []).flatMap((t, i) => (t.status === 'granted' && t.tokenBase64 ? [timestampFile(ex, i + 1)] : []));
}
