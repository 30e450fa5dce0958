// The page archive: MHTML where the browser has pageCapture (Chromium), else a serialised DOM snapshot (Firefox).
import { callContent } from '../../messaging/client';

export interface PageArchive {
  kind: 'page.mhtml' | 'page.html';
  mediaType: string;
  bytes: Uint8Array;
  note?: string;
}

async function saveMhtml(tabId: number): Promise<Uint8Array> {
  // Reading the Blob sometimes fails with NotFoundError, mostly on the first call of a browser session:
  // retrying the whole saveAsMHTML + arrayBuffer() makes it reliable (observed on Chromium 156).
  let last: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const blob = await chrome.pageCapture.saveAsMHTML({ tabId });
      if (!blob) throw new Error('pageCapture returned nothing');
      return new Uint8Array(await blob.arrayBuffer());
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
    }
  }
  throw new Error(`MHTML archive failed: ${last instanceof Error ? last.message : String(last)}`);
}

export async function archivePage(tabId: number): Promise<PageArchive> {
  if (typeof chrome !== 'undefined' && (chrome as { pageCapture?: unknown }).pageCapture) {
    return { kind: 'page.mhtml', mediaType: 'multipart/related', bytes: await saveMhtml(tabId) };
  }
  const { html } = await callContent(tabId, 'content.snapshot', {});
  return {
    kind: 'page.html',
    mediaType: 'text/html',
    bytes: new TextEncoder().encode(html),
    note: 'DOM snapshot (this browser has no MHTML page capture): the live DOM serialised at capture time',
  };
}
