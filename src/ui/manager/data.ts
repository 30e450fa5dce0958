// Reading evidence for display and export: extension pages share the service worker's IndexedDB (same extension
// origin) and read it directly, read-only (src/evidence/store-read.ts); every write goes through the service worker.
import { getBlob } from '../../evidence/store-read';
import { AviseError } from '../../shared/errors';
import { callBackground } from '../../messaging/client';

/**
 * Runs a read; if the store is not open yet at this version (a page never upgrades it), has the service worker
 * open it — any call that reads the store does — and reads again once.
 */
export async function readStore<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (!(e instanceof AviseError) || e.code !== 'storeNotReady') throw e;
    await callBackground('cases.list', {});
    return read();
  }
}

const urls = new Map<string, string>();

export async function blobUrl(sha256: string, mediaType: string): Promise<string> {
  const cached = urls.get(sha256);
  if (cached) return cached;
  const url = URL.createObjectURL(new Blob([(await readStore(() => getBlob(sha256))) as BlobPart], { type: mediaType }));
  urls.set(sha256, url);
  return url;
}
