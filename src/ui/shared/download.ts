// Saving a file made on an extension page (a bundle, a backup, a draft's .docx or .txt) to Downloads with no dialog,
// and signing with the installation key held by the service worker. One place for both, used by the case page, the
// popup and side panel, and the options page.
import browser from 'webextension-polyfill';
import { base64ToBytes } from '../../evidence/bundle/write';
import type { BundleSigner } from '../../evidence/bundle/types';
import { bytesToBase64 } from '../../evidence/timestamp/request';
import { AviseError } from '../../shared/errors';
import { callBackground } from '../../messaging/client';

/** Resolves with the name the browser actually wrote (« … (1).zip » when the name was taken). */
export async function downloadBlob(blob: Blob, fileName: string): Promise<string> {
  const url = URL.createObjectURL(blob);
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    return (await waitForDownload(id)) ?? fileName;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadFile(bytes: Uint8Array, fileName: string, type: string): Promise<string> {
  return downloadBlob(new Blob([bytes as BlobPart], { type }), fileName);
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

/**
 * Records a file already written to Downloads (the export's custody entries, the backup's date). The file is on disk
 * whatever happens next, so its record must not depend on the service worker staying up: a worker stopped while it
 * answered (`workerStopped`) is asked once more — a new worker answers, and the calls used here are idempotent (an
 * export already noted is not noted twice). A record that still fails throws `downloadNotRecorded`, naming the file,
 * so that the doctor knows it exists but is not noted, and is never told the operation completed.
 */
export async function recordDownload(fileName: string, record: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await record();
      return;
    } catch (e) {
      if (attempt < 2 && e instanceof AviseError && e.code === 'workerStopped') continue;
      throw new AviseError('downloadNotRecorded', { file: fileName }, `${fileName} was downloaded but not recorded: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/** The installation key's signer, held by the service worker: the page sends the bytes and gets the signature. */
export async function serviceWorkerSigner(): Promise<BundleSigner> {
  const { spkiBase64 } = await callBackground('keys.fingerprint', {});
  return {
    algorithm: 'ECDSA-P256-SHA256',
    publicKeySpki: base64ToBytes(spkiBase64),
    async sign(data) {
      return base64ToBytes((await callBackground('bundle.sign', { dataBase64: bytesToBase64(data) })).signatureBase64);
    },
  };
}
