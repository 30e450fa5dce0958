// Finds a Chromium-family browser and launches it with the built extension loaded (puppeteer-core: no bundled
// browser download). Shared by `npm start`, the end-to-end tests and the benchmarks.
import { createHash } from 'node:crypto';
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

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
export function extensionIdFor(dist) {
  return [...createHash('sha256').update(dist).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * Launches the browser with the extension. Returns the browser, the extension id and a helper to reach the service worker.
 * Downloads go to `downloadDir` without prompting (profile preference, so file names are kept).
 * `grantOrigins` (tests only) seeds the profile with optional host permissions already granted — the state Chrome
 * writes after the user accepts the permission prompt, which headless Chromium cannot show.
 * `profileDir` (tests only) relaunches on a profile an earlier launch left (a browser restart): nothing is written
 * into it, the browser finds its own preferences, extension state and IndexedDB as it left them.
 */
export async function launchWithExtension({ dist = resolve(import.meta.dirname, '../dist/chrome'), headless = true, downloadDir, viewport = { width: 1280, height: 800 }, grantOrigins = [], grantPermissions = [], extraArgs = [], lang = 'fr', profileDir } = {}) {
  // The browser's UI language (French unless a test asks for English): the extension's strings follow it.
  const fr = lang === 'fr';
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = profileDir ?? mkdtempSync(join(tmpdir(), 'avise-profile-'));
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  if (downloadDir && !profileDir) {
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: downloadDir, prompt_for_download: false }, safebrowsing: { enabled: false }, intl: { accept_languages: fr ? 'fr-FR,fr' : 'en-GB,en' } }));
  }
  if (!profileDir && (grantOrigins.length || grantPermissions.length)) {
    // The MAC of this file is not enforced on Linux builds (measured on Chromium 156).
    const perms = { api: grantPermissions, explicit_host: grantOrigins, manifest_permissions: [], scriptable_host: [] };
    writeFileSync(join(userDataDir, 'Default', 'Secure Preferences'), JSON.stringify({ extensions: { settings: { [extensionIdFor(dist)]: { active_permissions: perms, granted_permissions: perms } } } }));
  }
  const browser = await puppeteer.launch({
    executablePath, headless, userDataDir, defaultViewport: headless ? viewport : null,
    ignoreDefaultArgs: ['--disable-extensions'], args: [...chromeArgs(dist).map((a) => (fr ? a : a === '--lang=fr' ? '--lang=en-GB' : a.startsWith('--accept-lang=') ? '--accept-lang=en-GB,en' : a)), ...extraArgs],
    env: { ...process.env, LANGUAGE: fr ? 'fr' : 'en_GB', LANG: fr ? 'fr_FR.UTF-8' : 'en_GB.UTF-8', TZ: process.env.TZ ?? 'Europe/Paris' },
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

/**
 * Opens the popup document for a tab in a popup window of its own. The toolbar popup is not a scriptable page in
 * headless mode; this one is the same document pointed at the tab, and the review page stays the active tab of its
 * window (what captureVisibleTab captures), as with the real popup, which floats over the page.
 */
export async function openPopupWindow(browser, extensionId, worker, tabId) {
  const popupUrl = `chrome-extension://${extensionId}/src/ui/popup/index.html?tabId=${tabId}`;
  await worker.evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 700 }).then(() => undefined), popupUrl);
  const target = await browser.waitForTarget((t) => t.url() === popupUrl && t.type() === 'page');
  const page = await target.page();
  // The target shows the popup's URL before its document runs: wait until the page is the extension's, so that a
  // caller may message the service worker at once (under load, a first call could otherwise find no chrome.runtime).
  await page.waitForFunction(() => typeof chrome !== 'undefined' && Boolean(chrome.runtime?.id));
  return page;
}

/** Opens `url` in a new page, clicks the toolbar button on it (activeTab) and opens the popup for that tab. */
export async function openPopupOn(browser, extensionId, worker, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await clickToolbarButton(browser, extensionId, page);
  const tabId = await tabIdOf(worker, page.url());
  if (tabId === undefined) throw new Error('tab not found');
  return { page, popup: await openPopupWindow(browser, extensionId, worker, tabId), tabId };
}
