// Backup and restore from the options page. Backup: this page reads every record (read-only, store-read.ts), has
// the domain write the ZIP (evidence/backup/backup.ts), has the service worker sign it with the installation key
// (`bundle.sign`), saves it to Downloads, and tells the service worker (`backup.done`, for the monthly reminder).
// Restore: this page sends the chosen file in chunks; the service worker checks it whole and writes it.
import browser from 'webextension-polyfill';
import { writeBackup } from '../../evidence/backup/backup';
import { bytesToBase64 } from '../../evidence/timestamp/request';
import { custodyOf, draftsOf, exhibitsOf, getBlob, getQualification, listCases } from '../../evidence/store-read';
import { callBackground } from '../../messaging/client';
import { readStore } from '../manager/data';
import { downloadBlob, recordDownload, serviceWorkerSigner } from '../shared/download';
import type { StoredQualification } from '../../evidence/records';

export async function makeBackup(): Promise<{ fileName: string; cases: number; exhibits: number; bytes: number }> {
  const cases = await readStore(() => listCases());
  const exhibits = [];
  const custody = [];
  const qualifications: StoredQualification[] = [];
  const drafts = [];
  for (const c of cases) {
    exhibits.push(...(await exhibitsOf(c.id)));
    custody.push(...(await custodyOf(c.id)).map((e) => ({ ...e, caseId: c.id })));
    const q = await getQualification(c.id);
    if (q) qualifications.push(q);
    drafts.push(...(await draftsOf(c.id)));
  }
  const mediaTypes = new Map<string, string>();
  for (const ex of exhibits) for (const a of ex.artefacts) mediaTypes.set(a.sha256, a.mediaType);
  const settings = await callBackground('settings.get', {});
  const manifest = browser.runtime.getManifest();
  const { blob, fileName, sha256 } = await (async () => {
    const b = await writeBackup(
      { createdAt: new Date().toISOString(), software: { name: 'Avisé', version: manifest.version }, cases, exhibits, custody, qualifications, drafts, settings },
      mediaTypes,
      getBlob,
      await serviceWorkerSigner(),
    );
    return { blob: new Blob(b.parts as BlobPart[], { type: 'application/zip' }), fileName: b.fileName, sha256: b.manifestSha256 };
  })();
  const saved = await downloadBlob(blob, fileName);
  await recordDownload(saved, () => callBackground('backup.done', { fileName: saved, sha256 }));
  return { fileName: saved, cases: cases.length, exhibits: exhibits.length, bytes: blob.size };
}

const CHUNK = 4 * 1024 * 1024;

/** Sends the file to the service worker; returns the upload id to pass to `restore`. */
export async function uploadBackup(file: Blob): Promise<string> {
  const uploadId = crypto.randomUUID();
  const total = Math.max(1, Math.ceil(file.size / CHUNK));
  for (let i = 0; i < total; i++) {
    const bytes = new Uint8Array(await file.slice(i * CHUNK, (i + 1) * CHUNK).arrayBuffer());
    await callBackground('backup.upload', { uploadId, index: i, total, chunkBase64: bytesToBase64(bytes) });
  }
  return uploadId;
}
