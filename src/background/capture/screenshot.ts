// Pixel capture of the visible tab, paced under Chrome's limit of two captureVisibleTab calls per second
// (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND, https://developer.chrome.com/docs/extensions/reference/api/tabs#method-captureVisibleTab).
import browser from 'webextension-polyfill';

const MIN_GAP_MS = 550;
let lastCaptureAt = 0;

/**
 * Chrome's refusal when a call exceeds the quota. Its window opens at the first call it receives, so a call that is
 * slow to reach the browser (a loaded machine) can let the third call of a 550 ms-paced run land inside it: seen
 * once in 100 captures in a row (test/e2e/fault-hundred-captures.test.ts). Nothing was captured; it is refused.
 */
const QUOTA_REFUSED = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/;
const QUOTA_WINDOW_MS = 1000;
const QUOTA_ATTEMPTS = 3;

export async function captureVisible(windowId: number): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt++) {
    const wait = lastCaptureAt + MIN_GAP_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lastCaptureAt = Date.now();
    try {
      const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
      return dataUrlBytes(dataUrl);
    } catch (e) {
      if (attempt >= QUOTA_ATTEMPTS || !QUOTA_REFUSED.test(e instanceof Error ? e.message : String(e))) throw e;
      // Refused before anything was captured (the page is as it was): try again once a whole window has passed.
      lastCaptureAt = Date.now() + QUOTA_WINDOW_MS - MIN_GAP_MS;
    }
  }
}

/**
 * A screenshot of what the page shows once it has finished drawing: after a scroll, the browser may still hand back
 * the frame drawn before it (seen under load: the crop of one review showed the reviews above it). Captures again
 * until two frames in a row are byte-identical, at most `max` captures; says how many extra frames it took and
 * whether the page settled (a page that animates never does: the last frame is kept and the log says so).
 */
export async function captureSettled(windowId: number, max = 4): Promise<{ png: Uint8Array; extra: number; settled: boolean }> {
  let prev = await captureVisible(windowId);
  for (let i = 1; i < max; i++) {
    const next = await captureVisible(windowId);
    if (sameBytes(prev, next)) return { png: next, extra: i, settled: true };
    prev = next;
  }
  return { png: prev, extra: max - 1, settled: false };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const bin = atob(dataUrl.slice(comma + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
