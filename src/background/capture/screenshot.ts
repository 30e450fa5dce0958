// Pixel capture of the visible tab, paced under Chrome's limit of two captureVisibleTab calls per second
// (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND, https://developer.chrome.com/docs/extensions/reference/api/tabs#method-captureVisibleTab).
import browser from 'webextension-polyfill';

const MIN_GAP_MS = 550;
let lastCaptureAt = 0;

export async function captureVisible(windowId: number): Promise<Uint8Array> {
  const wait = lastCaptureAt + MIN_GAP_MS - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  lastCaptureAt = Date.now();
  const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  return dataUrlBytes(dataUrl);
}

export function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const bin = atob(dataUrl.slice(comma + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
