// TEST-ONLY helpers for the bundle and timestamp e2e tests.
//
// Host permission for the local TSA. The options page asks `permissions.request({origins})` when the doctor turns
// timestamping on; in headless Chromium that opens a permission prompt nobody can answer (the promise never settles,
// measured 2026-11-26, Chromium 156), and `chrome.developerPrivate.addHostPermission` from chrome://extensions has no
// effect on optional host permissions. What works: seed the fresh profile's `Default/Secure Preferences` with the
// extension's granted + active permissions (`explicit_host: ["http://127.0.0.1/*"]`) before launch — the state Chrome
// itself writes after the doctor accepts the prompt (the MAC of that file is not enforced on Linux). So this file
// has its own launcher (same flags as scripts/browser.mjs) with `grantOrigins`; the extension code is unchanged.
//
// Network recording. `--proxy-server` points every request that would leave loopback (any process: browser, service
// worker, pages) at a recording proxy that refuses them; CDP `Network` on the service worker and page targets records
// the loopback ones (demo page, TSA).
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type CDPSession, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { launchWithExtension, openPopupOn } from '../../scripts/browser.mjs';
import { DEMO_PATH, startDemoServer } from '../../scripts/demo-server.mjs';
import type { BackgroundCalls } from '../../src/messaging/protocol';
import { crc32 } from '../../src/evidence/bundle/zip-writer';

export const demoPath = DEMO_PATH;
/** The built extension; AVISE_DIST points elsewhere (e.g. a private build while others rebuild dist/chrome). */
export const DIST = resolve(process.env.AVISE_DIST ?? resolve(import.meta.dirname, '../../dist/chrome'));

export const until = async <T>(fn: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 20_000): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** A proxy that records and refuses every request sent to it (plain HTTP and CONNECT tunnels). */
export async function startRecordingProxy(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  server.on('connection', (s: Socket) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); }) };
}

/** A front for a TSA that can be switched off: off, it drops every connection (the client sees a network error). */
export async function startSwitchableFront(targetUrl: string): Promise<{ url: string; online: boolean; hits: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const front = { url: '', online: false, hits: 0, close: async () => {} };
  const server = createServer((req, res) => {
    front.hits++;
    if (!front.online) { req.socket.destroy(); return; }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const up = httpRequest(targetUrl, { method: req.method, headers: { 'content-type': req.headers['content-type'] ?? '' } }, (r) => {
        res.writeHead(r.statusCode ?? 502, { 'content-type': r.headers['content-type'] ?? 'application/octet-stream' });
        r.pipe(res);
      });
      up.on('error', () => res.writeHead(502).end());
      up.end(Buffer.concat(chunks));
    });
  });
  server.on('connection', (s: Socket) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  front.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsr`;
  front.close = () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); });
  return front;
}

export interface BundleHarness {
  browser: Browser;
  extensionId: string;
  origin: string;
  downloadDir: string;
  /** URLs requested by the service worker and by every page (CDP Network), in order, with the target kind. */
  requests: { from: string; url: string }[];
  worker(): Promise<WebWorker>;
  extUrl(path: string): string;
  /** An extension page (options) to send messaging calls from. */
  extPage(): Promise<Page>;
  call<K extends keyof BackgroundCalls>(name: K, req: BackgroundCalls[K]['req']): Promise<BackgroundCalls[K]['res']>;
  openPopupOn(url: string): Promise<{ page: Page; popup: Page; tabId: number }>;
  close(): Promise<void>;
}

export async function startBundleHarness(opts: { grantOrigins?: string[]; proxyUrl?: string; dist?: string; extraArgs?: string[] } = {}): Promise<BundleHarness> {
  const server = (await startDemoServer());
  const downloadDir = mkdtempSync(join(tmpdir(), 'avise-downloads-'));
  // Everything that is not loopback goes to the recording proxy (Chromium bypasses the proxy for loopback by default).
  const { browser, extensionId, userDataDir } = await launchWithExtension({
    dist: opts.dist ?? DIST, downloadDir, grantOrigins: opts.grantOrigins, extraArgs: [...(opts.proxyUrl ? [`--proxy-server=${opts.proxyUrl}`] : []), ...(opts.extraArgs ?? [])],
  });

  const requests: { from: string; url: string }[] = [];
  const sessions: CDPSession[] = [];
  const watch = async (t: Target): Promise<void> => {
    const kind: string = t.type();
    if (kind !== 'page' && kind !== 'service_worker' && kind !== 'shared_worker' && kind !== 'other') return;
    try {
      const s = await t.createCDPSession();
      sessions.push(s);
      s.on('Network.requestWillBeSent', (e: { request: { url: string } }) => requests.push({ from: `${kind} ${t.url()}`, url: e.request.url }));
      await s.send('Network.enable');
    } catch { /* target gone */ }
  };
  browser.on('targetcreated', (t: Target) => void watch(t));
  await Promise.all(browser.targets().map(watch));

  const extUrl = (path: string): string => `chrome-extension://${extensionId}/${path}`;
  const isOurWorker = (t: Target): boolean => (t.type() as string) === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`);
  async function worker(): Promise<WebWorker> {
    // The first worker of a fresh profile is sometimes replaced right after start (seen with the seeded permissions),
    // and puppeteer may still list the closed target: try the newest targets first, and wake the worker with a
    // message from an extension page when none answers.
    for (let i = 0; i < 100; i++) {
      for (const target of browser.targets().filter(isOurWorker).reverse()) {
        const w = await target.worker().catch(() => null);
        if (w && (await w.evaluate(() => (globalThis as { __aviseReady?: boolean }).__aviseReady === true).catch(() => false))) return w;
      }
      if (i % 10 === 9) await call('settings.get', {}).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('extension service worker did not start');
  }
  let ext: Page | undefined;
  async function extPage(): Promise<Page> {
    if (ext && !ext.isClosed()) return ext;
    ext = await browser.newPage();
    await ext.goto(extUrl('src/ui/options/index.html'), { waitUntil: 'load' });
    return ext;
  }
  async function call<K extends keyof BackgroundCalls>(name: K, req: BackgroundCalls[K]['req']): Promise<BackgroundCalls[K]['res']> {
    const p = await extPage();
    const reply = await p.evaluate(
      (c, r) => chrome.runtime.sendMessage<unknown, { ok: boolean; value?: unknown; error?: { code: string; message: string } }>({ avise: 1, call: c, req: r }),
      name, req,
    );
    if (!reply) throw new Error(`${name}: no answer`);
    if (!reply.ok) throw new Error(`${name}: ${reply.error?.code}: ${reply.error?.message}`);
    return reply.value as BackgroundCalls[K]['res'];
  }
  await worker();
  return {
    browser, extensionId, origin: server.origin, downloadDir, requests, worker, extUrl, extPage, call,
    async openPopupOn(url) {
      return openPopupOn(browser, extensionId, await worker(), url);
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

/** Captures the n-th review of the demo page through the popup (the doctor's path); returns the case and exhibit ids. */
export async function captureDemoReview(h: BundleHarness, n: number): Promise<{ caseId: string; exhibitId: string; seal: string }> {
  const before = new Set((await h.call('cases.list', {})).map((c) => c.id));
  const { page, popup } = await h.openPopupOn(h.origin + demoPath);
  // The popup lists the reviews needing action first: the n-th review of the page is found by its data-index.
  await popup.waitForSelector(`li.review[data-index="${n}"] button.capture`);
  await popup.$eval(`li.review[data-index="${n}"] button.capture`, (b) => (b).click());
  await popup.waitForSelector(`li.review[data-index="${n}"] .captured`, { timeout: 30000 });
  await popup.close();
  await page.close();
  const cases = await h.call('cases.list', {});
  const created = cases.find((c) => !before.has(c.id)) ?? cases[0];
  const view = await h.call('cases.get', { caseId: created.id });
  const ex = view.exhibits.at(-1)!;
  return { caseId: created.id, exhibitId: ex.id, seal: ex.seal };
}

/** Clicks « Exporter » on the case page of the manager and returns the path of the ZIP that landed in downloadDir. */
export async function exportFromManager(h: BundleHarness, caseId: string): Promise<string> {
  const before = new Set(existsSync(h.downloadDir) ? readdirSync(h.downloadDir) : []);
  const page = await h.browser.newPage();
  await page.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`), { waitUntil: 'load' });
  await page.waitForSelector('button.export:not([disabled])');
  await page.click('button.export');
  await page.waitForSelector('.exported, [role="alert"].error', { timeout: 60000 });
  const err = await page.$eval('[role="alert"].error', (e) => e.textContent).catch(() => null);
  if (err) throw new Error(`export failed: ${err}`);
  await page.close();
  const file = await until(async () => {
    const fresh = readdirSync(h.downloadDir).filter((f) => f.endsWith('.zip') && !before.has(f));
    return fresh.length ? fresh[0] : undefined;
  }, 'the exported ZIP');
  const path = join(h.downloadDir, file);
  // wait until the size is stable (the download is written by the browser process)
  await until(async () => { const a = statSync(path).size; await new Promise((r) => setTimeout(r, 50)); return a > 0 && statSync(path).size === a; }, 'download complete');
  return path;
}

/**
 * Flips one byte inside the stored data of the entry whose name ends with `suffix`, and fixes the CRC-32 in the local
 * header and the central directory so that the ZIP itself stays valid: only the bag's own hashes can catch it.
 */
export function tamperStoredEntry(zip: Uint8Array, suffix: string, at = 0.5): { bytes: Uint8Array; name: string } {
  const out = new Uint8Array(zip);
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = out.length - 22;
  while (eocd >= 0 && dv.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    const nameLen = dv.getUint16(p + 28, true), extraLen = dv.getUint16(p + 30, true), commentLen = dv.getUint16(p + 32, true);
    const name = new TextDecoder().decode(out.subarray(p + 46, p + 46 + nameLen));
    const local = dv.getUint32(p + 42, true);
    if (name.endsWith(suffix)) {
      if (dv.getUint16(local + 8, true) !== 0) throw new Error('entry is not stored');
      const size = dv.getUint32(local + 18, true);
      const data = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
      out[data + Math.floor(size * at)] ^= 0x01;
      const crc = crc32(out.subarray(data, data + size));
      dv.setUint32(local + 14, crc, true);
      dv.setUint32(p + 16, crc, true);
      return { bytes: out, name };
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`no entry ending with ${suffix}`);
}
