// Opens « Capturer plusieurs avis » for a tab, in a window of its own: the review page stays the active tab of its
// window (what captureVisibleTab captures) while the series page shows the progress.
import browser from 'webextension-polyfill';

export function seriesUrl(tabId: number): string {
  return browser.runtime.getURL(`src/ui/series/index.html?tabId=${tabId}`);
}

export async function openSeries(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await browser.windows.create({ url: seriesUrl(tabId), type: 'popup', width: 760, height: 860 });
  window.close();
}
