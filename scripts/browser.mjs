// Finds a Chromium-family browser and launches it with the built extension loaded (puppeteer-core: no bundled
// browser download). Shared by `npm start`, the end-to-end tests and the benchmarks.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/usr/bin/microsoft-edge', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const INSTALL_HINT =
  'No Chromium-family browser found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.';

/** Flags that keep Chromium's own background traffic off a closed network, plus the extension. */
export function chromeArgs(dist) {
  return [
    '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--disable-quic', '--disable-default-apps', '--no-default-browser-check', '--lang=fr', '--accept-lang=fr-FR,fr',
    `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
  ];
}

/**
 * Launches the browser with the extension. Returns the browser, the extension id and a helper to reach the service worker.
 * Downloads go to `downloadDir` without prompting (profile preference, so file names are kept).
 */
export async function launchWithExtension({ dist = resolve(import.meta.dirname, '../dist/chrome'), headless = true, downloadDir, viewport = { width: 1280, height: 800 } } = {}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = mkdtempSync(join(tmpdir(), 'avise-profile-'));
  if (downloadDir) {
    mkdirSync(join(userDataDir, 'Default'), { recursive: true });
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: downloadDir, prompt_for_download: false }, safebrowsing: { enabled: false }, intl: { accept_languages: 'fr-FR,fr' } }));
  }
  const browser = await puppeteer.launch({
    executablePath, headless, userDataDir, defaultViewport: headless ? viewport : null,
    ignoreDefaultArgs: ['--disable-extensions'], args: chromeArgs(dist), env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8', TZ: process.env.TZ ?? 'Europe/Paris' },
  });
  const swTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20000 });
  const extensionId = new URL(swTarget.url()).host;
  async function serviceWorker() {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`), { timeout: 20000 });
    const worker = await target.worker();
    // The worker target can appear before our code ran: wait for the global it sets when ready.
    for (let i = 0; i < 100; i++) {
      if (await worker.evaluate(() => globalThis.__aviseReady === true).catch(() => false)) return worker;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('extension service worker did not start');
  }
  return { browser, extensionId, serviceWorker, userDataDir };
}

/** Simulates the toolbar click (grants activeTab as a real click does) on the given page. */
export async function clickToolbarButton(browser, extensionId, page) {
  const ext = (await browser.extensions()).get(extensionId);
  if (!ext) throw new Error('extension not loaded');
  await ext.triggerAction(page);
}

/** The browser's tab id of a page, asked from the extension's service worker (the newest tab with that URL). */
export async function tabIdOf(worker, url) {
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id).sort((a, b) => b - a)[0], url);
}
