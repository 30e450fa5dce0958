// The Firefox build (`npm run build:firefox` → dist/firefox) in real Firefox ESR, headless, driven by puppeteer-core
// over WebDriver BiDi: it installs without error, its background script answers the messaging contract, the popup
// lists the demo page's reviews (scripting.executeScript of content.js), a capture is sealed with a DOM snapshot
// (page.html) in place of the MHTML Firefox cannot produce, and the case page then asks the questions, shows the
// diffamation label and a draft, and exports a ZIP (browser.downloads of a Blob URL) that verifyBundle accepts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PATH, startDemoServer } from '../../scripts/demo-server.mjs';
import { verifyBundle } from '../../src/evidence/verify/verify';
import { dumpStore } from './capture-helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist/firefox');
const GECKO_ID = 'avise@avise.local';
// Firefox gives each installed extension a random moz-extension:// UUID; the pref `extensions.webextensions.uuids`
// pins it, so the test knows the extension's origin without reading it from the browser's internals.
const UUID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
const extUrl = (path: string) => `moz-extension://${UUID}/${path}`;

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/Applications/Firefox.app/Contents/MacOS/firefox'];
function findFirefox(): string {
  const p = process.env.FIREFOX_PATH ?? FIREFOX_CANDIDATES.find((c) => existsSync(c));
  if (!p || !existsSync(p)) throw new Error('No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH.');
  return p;
}

let browser: Browser;
let server: { origin: string; close(): Promise<void> };
let installedId = '';
// Where Firefox saves the exported ZIP (browser.download.* prefs at launch).
const downloadDir = mkdtempSync(join(tmpdir(), 'avise-ff-dl-'));

beforeAll(async () => {
  // `npm run test:e2e` builds every edition before the files run side by side; a file run alone builds its own.
  if (!process.env.AVISE_E2E_BUILT) execFileSync('npm', ['run', '--silent', 'build:firefox'], { cwd: ROOT, stdio: 'pipe' });
  server = await startDemoServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Without it, Firefox's WebDriver BiDi refuses to navigate a tab to a moz-extension:// page
    // (« Navigation to "moz-extension://…" is not allowed in this context »): testing switch only.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'intl.accept_languages': 'fr-FR,fr',
      // Downloads go straight to `downloadDir` (folderList 2 = the custom `dir`). downloads.download({ saveAs: false })
      // then asks nothing: these three prefs were enough (measured with Firefox ESR 153; no helperApps/panel prefs).
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
    },
    env: { ...process.env, TZ: process.env.TZ ?? 'Europe/Paris' },
  });
  // A temporary add-on, as about:debugging installs it (WebDriver BiDi webExtension.install): throws on a manifest
  // Firefox rejects.
  installedId = await browser.installExtension(DIST);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(downloadDir, { recursive: true, force: true });
});

async function until<T>(what: string, f: () => Promise<T | undefined | false>, timeout = 15000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Opens an extension page in a new tab. Firefox loads the moz-extension document, but its BiDi never reports that
 * navigation's load to puppeteer (page.goto times out, page.url() stays about:blank): navigate without awaiting
 * and poll the document itself.
 */
async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = extUrl(path);
  void page.goto(url, { timeout: 20000 }).catch(() => undefined);
  await until(`${path} to load`, () => page.evaluate(() => document.readyState === 'complete' && location.href).then((h) => h === url));
  return page;
}

describe('Firefox: the Firefox build loads and works', () => {
  let caseHref = '';

  it('installs as a temporary add-on and its background script answers settings.get (options page)', async () => {
    expect(installedId).toBe(GECKO_ID);
    const options = await openExtensionPage('src/ui/options/index.html');
    // The options form renders only once `settings.get` came back from the background script.
    await options.waitForSelector('form', { timeout: 15000 });
    expect(await options.$('.error')).toBeNull();
    // The same call, straight through the messaging contract.
    const reply = await options.evaluate(() => (globalThis as any).browser.runtime.sendMessage({ avise: 1, call: 'settings.get', req: {} }));
    expect(reply.ok).toBe(true);
    expect(reply.value).toHaveProperty('timestampEnabled');
    // Event page (background.scripts), not a service worker, and no pageCapture permission in Firefox.
    const m = await options.evaluate(() => (globalThis as any).browser.runtime.getManifest());
    expect(m.background.scripts).toHaveLength(1);
    expect(m.permissions).not.toContain('pageCapture');
    // The side panel is Firefox's sidebar: no Chrome side_panel key, no sidePanel permission.
    expect(m.sidebar_action.default_panel).toMatch(/\/src\/ui\/sidepanel\/index.html$/);
    expect(m.side_panel).toBeUndefined();
    expect(m.permissions).not.toContain('sidePanel');
    await options.close();
    // The sidebar's page loads and shows the popup's header (« Mes dossiers », the picker, the settings).
    const sidebar = await openExtensionPage('src/ui/sidepanel/index.html');
    await sidebar.waitForSelector('header.bar .cases-link', { timeout: 15000 });
    expect(await sidebar.$('button.open-side')).toBeNull();
    await sidebar.close();
  });

  it('lists the demo page’s reviews in the popup and seals a capture of the first one', async () => {
    const demo = await browser.newPage();
    await demo.setViewport({ width: 1280, height: 800 });
    await demo.goto(server.origin + DEMO_PATH, { waitUntil: 'load' });
    const opener = await openExtensionPage('src/ui/options/index.html');
    const tabId = await opener.evaluate(async (u) => ((await (globalThis as any).browser.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === u)?.id, server.origin + DEMO_PATH);
    expect(tabId).toBeTypeOf('number');
    // As in the Chromium harness: the popup document in a window of its own, pointed at the demo tab, so the demo page
    // stays the active tab of its window (what captureVisibleTab captures), as under the real floating popup.
    const popupUrl = extUrl(`src/ui/popup/index.html?tabId=${tabId}`);
    await opener.evaluate((u) => (globalThis as any).browser.windows.create({ url: u, type: 'popup', width: 420, height: 700 }).then(() => undefined), popupUrl);
    const popup = await until('the popup window', async () => {
      for (const p of await browser.pages()) if ((await p.evaluate(() => location.href).catch(() => '')) === popupUrl) return p;
      return undefined;
    });
    // puppeteer opened the opener in a tab of the demo's window, which made it the active tab there: give the
    // demo page back the focus, as the doctor reading the review has it (captureVisibleTab captures the active tab).
    await opener.close();
    await demo.bringToFront();
    await popup.waitForSelector('li.review, .error', { timeout: 15000 });
    expect(await popup.$('.error')).toBeNull();
    const items = await popup.$$eval('li.review', (lis) => [...lis].sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'))).map((li) => ({ author: li.querySelector('.author')?.textContent, stars: li.querySelector('.stars')?.textContent, excerpt: li.querySelector('.excerpt')?.textContent })));
    expect(items.map((i) => i.author)).toEqual(['Marc L.', 'Camille Martin', 'Jean-Pierre D.', 'Sarah Thompson']);
    expect(items[0]).toMatchObject({ stars: '★☆☆☆☆' });
    expect(items[0].excerpt).toContain('charlatan');

    // Listed first (one star, flagged words), it is the first review of the page.
    expect(await popup.$eval('li.review', (li) => li.getAttribute('data-index'))).toBe('0');
    await popup.$eval('li.review button.capture', (b) => (b).click());
    await popup.waitForSelector('li.review .captured, .error', { timeout: 30000 });
    expect(await popup.$eval('.error', (e) => e.textContent).catch(() => null)).toBeNull();
    expect(await popup.$eval('li.review .seal', (e) => e.textContent)).toMatch(/^[0-9a-f]{16}…$/);
    caseHref = await popup.$eval('li.review a.open-case', (a) => (a).href);
  });

  it('stores the exhibit with the PNGs, a DOM snapshot instead of MHTML, Firefox as the browser, and a hash per file', async () => {
    expect(caseHref.startsWith(extUrl(''))).toBe(true);
    const m = await openExtensionPage(caseHref.slice(extUrl('').length));
    const { ex, blobs } = await m.evaluate(
      () =>
        new Promise<any>((ok, ko) => {
          const r = indexedDB.open('avise');
          r.onerror = () => ko(r.error);
          r.onsuccess = () => {
            const db = r.result;
            const all = db.transaction('exhibits', 'readonly').objectStore('exhibits').getAll();
            all.onsuccess = async () => {
              const ex = all.result[0];
              const blobs: Record<string, { len: number; head: number[]; hex: string; text?: string; size?: number[] }> = {};
              for (const a of ex.artefacts) {
                const b = await new Promise<any>((res) => {
                  const g = db.transaction('blobs').objectStore('blobs').get(a.sha256);
                  g.onsuccess = () => res(g.result);
                });
                const bytes: Uint8Array = b.bytes;
                const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
                blobs[a.kind] = {
                  len: bytes.length,
                  head: [...bytes.slice(0, 8)],
                  // PNG IHDR: width and height, big-endian, at bytes 16 and 20.
                  size: a.kind.endsWith('.png') ? [16, 20].map((o) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(o)) : undefined,
                  hex: [...d].map((x) => x.toString(16).padStart(2, '0')).join(''),
                  text: a.kind === 'page.html' ? new TextDecoder().decode(bytes) : undefined,
                };
              }
              ok({ ex, blobs });
            };
          };
        }),
    );
    expect(ex.review).toMatchObject({ author: 'Marc L.', rating: 1 });
    expect(ex.source.url).toBe(server.origin + DEMO_PATH);
    expect(ex.environment.browser.name).toBe('Firefox');
    expect(ex.seal).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(blobs)).toContain('page.html');
    expect(Object.keys(blobs)).not.toContain('page.mhtml');
    expect(Object.keys(blobs)).toEqual(expect.arrayContaining(['environment.json', 'review.html', 'review.json', 'review.png', 'viewport.png']));
    for (const a of ex.artefacts) expect(blobs[a.kind].hex, a.kind).toBe(a.sha256);
    expect(blobs['page.html'].text).toContain('charlatan');
    expect(blobs['review.png'].head).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(blobs['viewport.png'].len).toBeGreaterThan(blobs['review.png'].len);
    // The pixels are the demo tab's: the capture has the demo page's viewport size (another tab would not).
    const { width, height, devicePixelRatio: dpr } = ex.environment.viewport;
    expect(blobs['viewport.png'].size).toEqual([Math.round(width * dpr), Math.round(height * dpr)]);
    await m.close();
  });

  it('asks the questions, shows the diffamation label with its reason and a draft, and exports a ZIP that verifies', async () => {
    let m = await openExtensionPage(caseHref.slice(extUrl('').length));
    await m.waitForSelector('.question', { timeout: 15000 });
    expect(await m.$eval('.question', (q) => q.getAttribute('data-fact'))).toBe('danger-immediat');
    // As in foundation.test.ts: the doctor confirms every hint and answers « non » otherwise.
    const asked: string[] = [];
    for (let i = 0; i < 30 && !(await m.$('.questions-done')); i++) {
      const q = await m.waitForSelector('.question, .questions-done', { timeout: 10000 });
      const fact = await q!.evaluate((e) => e.getAttribute('data-fact'));
      if (!fact) break;
      asked.push(fact);
      const sel = (await m.$(`.question[data-fact="${fact}"] .hint-confirm`)) ? '.hint-confirm' : '.answer-no';
      await m.$eval(`.question[data-fact="${fact}"] ${sel}`, (b) => (b as HTMLButtonElement).click());
      await m.waitForFunction((f) => document.querySelector('.question')?.getAttribute('data-fact') !== f, {}, fact);
    }
    expect(await m.$('.questions-done')).not.toBeNull();
    expect(asked.length).toBeGreaterThan(3);
    // « escroc » and a consultation billed that never took place: diffamation, with its legal basis (art. 29).
    const labels = await m.$$eval('.label-result', (ls) => ls.map((l) => ({ label: l.getAttribute('data-label'), why: l.querySelector('.trace')?.textContent ?? '' })));
    expect(labels.map((l) => l.label)).toContain('diffamation');
    expect(labels.find((l) => l.label === 'diffamation')!.why).toMatch(/29/);
    const stored = (await dumpStore(m)).qualifications;
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0].answers)).toEqual(asked);

    // Reopened in a new tab, the case page shows the stored result. (Not page.reload(): Firefox does not report the
    // moz-extension reload either, so puppeteer keeps the old document's handles and its next query fails with
    // « no such handle ».)
    await m.close();
    m = await openExtensionPage(caseHref.slice(extUrl('').length));
    await m.waitForSelector('.questions-done', { timeout: 10000 });
    expect(await m.$$eval('.label-result', (ls) => ls.map((l) => l.getAttribute('data-label')))).toEqual(labels.map((l) => l.label));

    // A draft is shown, and copying it works (a real click over BiDi input actions: a user gesture for the clipboard).
    await m.waitForSelector('.draft-text', { timeout: 10000 });
    expect((await m.$eval('.draft-text', (t) => (t as HTMLTextAreaElement).value)).length).toBeGreaterThan(100);
    await m.bringToFront();
    // With no profile filled in, the draft still shows placeholders: copying is refused and names them.
    await m.click('button.copy');
    const refused = await (await m.waitForSelector('.draft-refused', { timeout: 5000 }))!.evaluate((e) => e.textContent ?? '');
    expect(refused).toMatch(/\[[^\]]+\]/);
    expect(await m.$('.copied')).toBeNull();
    // The doctor types the values in place of the brackets; then the copy goes through.
    await m.$eval('.draft-text', (t) => {
      const a = t as HTMLTextAreaElement;
      a.value = a.value.replace(/\[[^\]\n]{2,60}\]/g, 'x');
      a.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await m.waitForFunction(() => !document.querySelector('.placeholders-left'));
    await m.click('button.copy');
    await m.waitForSelector('.copied', { timeout: 5000 });

    // Export: browser.downloads.download of a Blob URL, saved with no dialog into downloadDir.
    await m.$eval('button.export', (b) => (b).click());
    await m.waitForSelector('.exported, .error', { timeout: 30000 });
    expect(await m.$eval('.error', (e) => e.textContent).catch(() => null)).toBeNull();
    const exported = await m.$eval('.exported', (e) => e.textContent ?? '');
    // The extension waited for `complete` before showing .exported; Firefox renames `<name>.zip.part` at the end.
    const zips = await until('the ZIP in the download folder', async () => {
      const files = readdirSync(downloadDir);
      return !files.some((f) => f.endsWith('.part')) && files.filter((f) => f.endsWith('.zip'));
    }, 5000);
    expect(zips).toHaveLength(1);
    expect(exported).toContain(zips[0]);
    const bytes = new Uint8Array(readFileSync(join(downloadDir, zips[0])));

    const result = await verifyBundle(bytes);
    expect(result.firstFailure).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['manifest-sha256.txt', 'exhibit-chain', 'custody-chain', 'signature']));
    expect(result.checks.some((c) => c.id.startsWith('seal:'))).toBe(true);

    // The exhibit carries the DOM snapshot, listed in the manifest, in place of the MHTML.
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    const snapshot = names.find((n) => /\/data\/exhibits\/[^/]+\/page\.html$/.test(n));
    expect(snapshot).toBeDefined();
    expect(names.some((n) => n.endsWith('.mhtml'))).toBe(false);
    expect(await zip.file(snapshot!)!.async('string')).toContain('charlatan');
    const manifest = await zip.file(`${result.folder}/manifest-sha256.txt`)!.async('string');
    expect(manifest).toContain(snapshot!.slice(result.folder!.length + 1));
    expect(names).toContain(`${result.folder}/data/rapport-de-capture.html`);
    expect(names.some((n) => n.endsWith('/vue-attestee.png'))).toBe(true);
    expect(names.some((n) => n.includes('/data/drafts/'))).toBe(true);

    // The export is in the custody chain, under the name Firefox wrote (downloads.search gives a full path there).
    const custody = (await dumpStore(m)).custody;
    const fingerprint = /[0-9a-f]{64}/.exec(exported)![0];
    expect(custody.filter((e) => e.event === 'export').map((e) => e.detail)).toEqual([expect.stringContaining(`bundle ${zips[0]} exported`)]);
    expect(custody.find((e) => e.event === 'export')!.detail).toContain(fingerprint);
    await m.close();
  });
});
