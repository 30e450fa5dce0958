// Reading evidence for display: extension pages share the service worker's IndexedDB (same extension origin),
// so images are read straight from the blob store; every write still goes through the service worker.
import { getBlob } from '../../evidence/store-read';

const urls = new Map<string, string>();

export async function blobUrl(sha256: string, mediaType: string): Promise<string> {
  const cached = urls.get(sha256);
  if (cached) return cached;
  const url = URL.createObjectURL(new Blob([(await getBlob(sha256)) as BlobPart], { type: mediaType }));
  urls.set(sha256, url);
  return url;
}
