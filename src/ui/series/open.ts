// Opens « Capturer plusieurs avis » for a tab, in a window of its own: the review page stays the active tab of its
// window (what captureVisibleTab captures) while the series page shows the progress.
import browser from 'webextension-polyfill';

export function seriesUrl(tabId: number): string {
  return browser.runtime.getURL(`src/ui/series/index.html?tabId=${tabId}`);
}

/** `closeSelf`: the toolbar popup closes (the series window takes over); the side panel stays. */
export async function openSeries(tabId: number | undefined, closeSelf = true): Promise<void> {
  if (tabId === undefined) return;
  await browser.windows.create({ url: seriesUrl(tabId), type: 'popup', width: 760, height: 860 });
  if (closeSelf) window.close();
}
