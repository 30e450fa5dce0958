// Exports one or several cases as an evidence bundle (BagIt ZIP), from the extension page that downloads it
// (the service worker has no URL.createObjectURL). The page only gathers the stored records (read-only,
// store-read.ts), has the domain assemble and write the bundle, has the service worker sign it (the installation
// key never leaves it), saves the file, and asks the service worker to record the export in each case's custody
// chain. Format: docs/evidence-bundle.md.
import browser from 'webextension-polyfill';
import { assembleBundle, type CaseData } from '../../evidence/bundle/assemble';
import { base64ToBytes, writeBundle } from '../../evidence/bundle/write';
import type { BundleSigner } from '../../evidence/bundle/types';
import { bytesToBase64 } from '../../evidence/timestamp/request';
import { custodyOf, draftsOf, exhibitsOf, getBlob, getCase, getQualification } from '../../evidence/store-read';
import { AviseError } from '../../shared/errors';
import { callBackground } from '../../messaging/client';
import { uiLang } from '../shared/i18n';
import { readStore } from './data';

/** The installation key's signer, held by the service worker: this page sends the bytes and gets the signature. */
async function serviceWorkerSigner(): Promise<BundleSigner> {
  const { spkiBase64 } = await callBackground('keys.fingerprint', {});
  return {
    algorithm: 'ECDSA-P256-SHA256',
    publicKeySpki: base64ToBytes(spkiBase64),
    async sign(data) {
      return base64ToBytes((await callBackground('bundle.sign', { dataBase64: bytesToBase64(data) })).signatureBase64);
    },
  };
}

async function caseData(caseId: string): Promise<CaseData> {
  const c = await readStore(() => getCase(caseId));
  if (!c) throw new AviseError('caseNotFound', { caseId }, `case not found: ${caseId}`);
  return { case: c, exhibits: await exhibitsOf(caseId), custody: await custodyOf(caseId), qualification: await getQualification(caseId), drafts: await draftsOf(caseId) };
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
    const b = await buildBundle(caseIds);
    return { blob: new Blob(b.parts as BlobPart[], { type: 'application/zip' }), fileName: b.fileName, sha256: b.tagManifestSha256, size: b.size };
  })();
  const url = URL.createObjectURL(blob);
  let saved = fileName;
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    // The browser may have renamed it (« … (1).zip » when the name was taken): log the name actually written.
    saved = (await waitForDownload(id)) ?? fileName;
  } finally {
    URL.revokeObjectURL(url);
  }
  await callBackground('custody.logExport', { caseIds, filename: saved, sha256 });
  return { fileName: saved, sha256, size };
}

/**
 * Downloads one file made on this page (a draft's .docx or .txt) with no dialog, as the bundle is; resolves with
 * the name the browser actually wrote (« … (1).docx » when the name was taken).
 */
export async function downloadFile(bytes: Uint8Array, fileName: string, type: string): Promise<string> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    return (await waitForDownload(id)) ?? fileName;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Resolves with the base name of the file the browser wrote. */
async function waitForDownload(id: number): Promise<string | undefined> {
  await new Promise<void>((resolve, reject) => {
    const check = (state?: string, error?: string) => {
      if (state === 'complete') done(resolve);
      else if (state === 'interrupted') done(() => reject(new AviseError('downloadInterrupted', { reason: error ?? '' }, `download interrupted: ${error ?? ''}`)));
    };
    const listener = (delta: browser.Downloads.OnChangedDownloadDeltaType) => {
      if (delta.id === id) check(delta.state?.current, delta.error?.current);
    };
    const done = (fn: () => void) => {
      browser.downloads.onChanged.removeListener(listener);
      fn();
    };
    browser.downloads.onChanged.addListener(listener);
    // A small download can finish before we subscribed.
    void browser.downloads.search({ id }).then(([item]) => item && check(item.state, item.error));
  });
  const [item] = await browser.downloads.search({ id });
  return item?.filename ? item.filename.split(/[\\/]/).pop() : undefined;
}
