// End-to-end harness: real Chromium, the real built extension (dist/chrome), the demo server on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { clickToolbarButton, launchWithExtension, tabIdOf } from '../../scripts/browser.mjs';
import { DEMO_PATH, startDemoServer } from '../../scripts/demo-server.mjs';

export interface Harness {
  browser: Browser;
  extensionId: string;
  origin: string;
  downloadDir: string;
  worker(): Promise<WebWorker>;
  /** Opens a page and clicks the toolbar button on it (activeTab), then opens the popup for that tab. */
  openPopupOn(url: string): Promise<{ page: Page; popup: Page; tabId: number }>;
  extUrl(path: string): string;
  close(): Promise<void>;
}

export const demoPath = DEMO_PATH;

export async function startHarness(opts: { viewport?: { width: number; height: number } } = {}): Promise<Harness> {
  const server = await startDemoServer();
  const downloadDir = mkdtempSync(join(tmpdir(), 'avise-downloads-'));
  const { browser, extensionId, serviceWorker, userDataDir } = await launchWithExtension({ downloadDir, viewport: opts.viewport });
  const extUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
  return {
    browser,
    extensionId,
    origin: server.origin,
    downloadDir,
    worker: serviceWorker,
    extUrl,
    async openPopupOn(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await clickToolbarButton(browser, extensionId, page);
      const tabId = await tabIdOf(await serviceWorker(), page.url());
      if (tabId === undefined) throw new Error('tab not found');
      // The toolbar popup is not a scriptable page in headless mode: open the same popup document in a window of
      // its own, pointed at the page's tab, so the review page stays the active tab of its window (what
      // captureVisibleTab captures) — as with the real popup, which floats over the page.
      const popupUrl = extUrl(`src/ui/popup/index.html?tabId=${tabId}`);
      const worker = await serviceWorker();
      await worker.evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 700 }).then(() => undefined), popupUrl);
      const target = await browser.waitForTarget((t) => t.url() === popupUrl);
      const popup = (await target.page())!;
      return { page, popup, tabId };
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
