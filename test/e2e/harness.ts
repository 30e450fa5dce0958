// End-to-end harness: real Chromium, the real built extension (dist/chrome), the demo server on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { launchWithExtension, openPopupOn } from '../../scripts/browser.mjs';
import { DEMO_PATH, startDemoServer } from '../../scripts/demo-server.mjs';

export interface Harness {
  /** The running browser (a new one after `restart`). */
  browser: Browser;
  extensionId: string;
  origin: string;
  downloadDir: string;
  worker(): Promise<WebWorker>;
  /** Opens a page and clicks the toolbar button on it (activeTab), then opens the popup for that tab. */
  openPopupOn(url: string): Promise<{ page: Page; popup: Page; tabId: number }>;
  extUrl(path: string): string;
  /** Closes the browser and launches it again on the same profile (extension state, IndexedDB, downloads folder). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export const demoPath = DEMO_PATH;

export async function startHarness(opts: { viewport?: { width: number; height: number }; dist?: string } = {}): Promise<Harness> {
  const server = await startDemoServer();
  const downloadDir = mkdtempSync(join(tmpdir(), 'avise-downloads-'));
  let launched = await launchWithExtension({ downloadDir, viewport: opts.viewport, dist: opts.dist });
  const userDataDir = launched.userDataDir;
  const h: Harness = {
    browser: launched.browser,
    extensionId: launched.extensionId,
    origin: server.origin,
    downloadDir,
    worker: () => launched.serviceWorker(),
    extUrl: (path: string) => `chrome-extension://${h.extensionId}/${path}`,
    async openPopupOn(url) {
      return openPopupOn(h.browser, h.extensionId, await launched.serviceWorker(), url);
    },
    async restart() {
      await h.browser.close();
      launched = await launchWithExtension({ downloadDir, viewport: opts.viewport, dist: opts.dist, profileDir: userDataDir });
      h.browser = launched.browser;
      if (launched.extensionId !== h.extensionId) throw new Error(`extension id changed across the restart: ${h.extensionId} → ${launched.extensionId}`);
    },
    async close() {
      await h.browser.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
  return h;
}
