// End-to-end harness: real Chromium, the real built extension (dist/chrome), the demo server on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { launchWithExtension, openPopupOn } from '../../scripts/browser.mjs';
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
      return openPopupOn(browser, extensionId, await serviceWorker(), url);
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
