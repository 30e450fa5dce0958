// Exports one or several cases as an evidence bundle (BagIt ZIP), from the extension page that downloads it
// (the service worker has no URL.createObjectURL). The page only gathers the stored records (read-only,
// store-read.ts), has the domain assemble and write the bundle, has the service worker sign it (the installation
// key never leaves it), saves the file, and asks the service worker to record the export in each case's custody
// chain. Format: docs/evidence-bundle.md.
import browser from 'webextension-polyfill';
import { assembleBundle, type CaseData } from '../../evidence/bundle/assemble';
import { writeBundle } from '../../evidence/bundle/write';
import { custodyOf, draftsOf, exhibitsOf, getBlob, getCase, getMeta, getQualification } from '../../evidence/store-read';
import { readSeriesRecord, seriesMetaKey } from '../../evidence/series-record';
import { AviseError } from '../../shared/errors';
import { callBackground } from '../../messaging/client';
import { uiLang } from '../shared/i18n';
import { downloadBlob, recordDownload, serviceWorkerSigner } from '../shared/download';
import { readStore } from './data';

async function caseData(caseId: string): Promise<CaseData> {
  const c = await readStore(() => getCase(caseId));
  if (!c) throw new AviseError('caseNotFound', { caseId }, `case not found: ${caseId}`);
  const series = readSeriesRecord(await getMeta(seriesMetaKey(caseId)));
  return { case: c, exhibits: await exhibitsOf(caseId), custody: await custodyOf(caseId), qualification: await getQualification(caseId), drafts: await draftsOf(caseId), ...(series ? { series } : {}) };
}

export async function buildBundle(caseIds: string[]) {
  const { profile } = await callBackground('settings.get', {});
  const cases: CaseData[] = [];
  for (const id of new Set(caseIds)) cases.push(await caseData(id));
  const manifest = browser.runtime.getManifest();
  return writeBundle(
    assembleBundle({ cases, getBlob, signer: await serviceWorkerSigner(), software: { name: 'Avisé', version: manifest.version }, lang: uiLang(), profile }),
  );
}

/**
 * The bundle is identified by the SHA-256 of its tag manifest (which covers every manifest, hence every file):
 * that is the hash to cite in letters, and computing it needs no second copy of the ZIP in memory.
 */
export async function exportAndDownload(caseIds: string[]): Promise<{ fileName: string; sha256: string; size: number }> {
  // Built in its own scope so that the parts can be collected once the Blob holds them (a 50-exhibit bundle must
  // not sit in memory twice).
  const { blob, fileName, sha256, size } = await (async () => {
    const b = await buildBundle(caseIds).catch((e: unknown) => {
      // Nothing is downloaded nor noted before the bundle is whole: the export can simply be made again.
      if (e instanceof AviseError && e.code === 'workerStopped') throw new AviseError('exportInterrupted', {}, `export interrupted: ${e.message}`);
      throw e;
    });
    return { blob: new Blob(b.parts as BlobPart[], { type: 'application/zip' }), fileName: b.fileName, sha256: b.tagManifestSha256, size: b.size };
  })();
  // The browser may have renamed it (« … (1).zip » when the name was taken): the custody log names the file written.
  const saved = await downloadBlob(blob, fileName);
  // The bundle is on disk from here: its custody entries are recorded even if the service worker stops meanwhile.
  await recordDownload(saved, () => callBackground('custody.logExport', { caseIds, filename: saved, sha256 }));
  return { fileName: saved, sha256, size };
}
