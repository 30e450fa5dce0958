// TEST-ONLY helpers for the capture e2e tests: talk to the service worker through the messaging envelope from an
// extension page, read the evidence store back from IndexedDB, decode the stored PNGs in Node.
import { openPopupWindow } from '../../scripts/browser.mjs';
import { inflateSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import type { CaseRecord, CustodyEntry, Exhibit } from '../../src/shared/types';
import type { BackgroundCalls } from '../../src/messaging/protocol';

/** Sends one envelope of the messaging contract from an extension page (popup, manager) and unwraps the reply. */
export async function call<K extends keyof BackgroundCalls>(extPage: Page, name: K, req: BackgroundCalls[K]['req']): Promise<BackgroundCalls[K]['res']> {
  const reply = await extPage.evaluate(
    (c, r) => chrome.runtime.sendMessage<unknown, { ok: boolean; value?: unknown; error?: { code: string; message: string } }>({ avise: 1, call: c, req: r }),
    name,
    req,
  );
  if (!reply) throw new Error(`${name}: no answer`);
  if (!reply.ok) throw new Error(`${name}: ${reply.error?.code}: ${reply.error?.message}`);
  return reply.value as BackgroundCalls[K]['res'];
}

export interface StoreDump {
  exhibits: Exhibit[];
  cases: CaseRecord[];
  custody: CustodyEntry[];
  jobs: { id: string; startedAt: string; url: string }[];
  qualifications: { caseId: string; rulesetVersion: string; answers: Record<string, unknown>; result: any }[];
  blobCount: number;
}

/** Everything the evidence store holds except blob bytes, read from an extension page. */
export async function dumpStore(extPage: Page): Promise<StoreDump> {
  return extPage.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, ko) => {
      const r = indexedDB.open('avise');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const all = (store: string): Promise<unknown[]> =>
      new Promise((ok, ko) => {
        if (!db.objectStoreNames.contains(store)) return ok([]);
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
    const count: number = await new Promise((ok, ko) => {
      if (!db.objectStoreNames.contains('blobs')) return ok(0);
      const r = db.transaction('blobs').objectStore('blobs').count();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const out = { exhibits: await all('exhibits'), cases: await all('cases'), custody: await all('custody'), jobs: await all('jobs'), qualifications: await all('qualifications'), blobCount: count };
    db.close();
    return out;
  }) as Promise<StoreDump>;
}

export async function exhibitById(extPage: Page, id: string): Promise<Exhibit> {
  const ex = (await dumpStore(extPage)).exhibits.find((e) => e.id === id);
  if (!ex) throw new Error(`exhibit ${id} not stored`);
  return ex;
}

/** The bytes of one stored blob (keyed by its SHA-256). */
export async function readBlob(extPage: Page, sha256: string): Promise<Buffer> {
  const b64 = await extPage.evaluate(async (key) => {
    const db: IDBDatabase = await new Promise((ok, ko) => {
      const r = indexedDB.open('avise');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const rec: { bytes: Uint8Array } | undefined = await new Promise((ok, ko) => {
      const r = db.transaction('blobs').objectStore('blobs').get(key);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    db.close();
    if (!rec) return null;
    let s = '';
    for (let i = 0; i < rec.bytes.length; i += 0x8000) s += String.fromCharCode(...rec.bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }, sha256);
  if (b64 === null) throw new Error(`blob ${sha256} not stored`);
  return Buffer.from(b64, 'base64');
}

export async function artefactBytes(extPage: Page, ex: Exhibit, kind: string): Promise<Buffer> {
  const a = ex.artefacts.find((x) => x.kind === kind);
  if (!a) throw new Error(`exhibit has no ${kind}`);
  return readBlob(extPage, a.sha256);
}

export interface Image {
  width: number;
  height: number;
  channels: number;
  data: Buffer;
}

/** Minimal PNG decoder: 8-bit greyscale/RGB/RGBA, non-interlaced (what Chromium's captureVisibleTab and convertToBlob write). */
export function decodePng(buf: Buffer): Image {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8;
  let width = 0, height = 0, depth = 0, colour = 0, interlace = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      depth = body[8];
      colour = body[9];
      interlace = body[12];
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colour];
  if (depth !== 8 || !channels || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth} colour ${colour} interlace ${interlace}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = data.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? data.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      let v = line[x];
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[x] = v & 0xff;
    }
  }
  return { width, height, channels, data };
}

export function pngSize(buf: Buffer): { width: number; height: number } {
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** [r, g, b] at (x, y) in image pixels. */
export function pixel(img: Image, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * img.width + Math.round(x)) * img.channels;
  if (img.channels < 3) return [img.data[i], img.data[i], img.data[i]];
  return [img.data[i], img.data[i + 1], img.data[i + 2]];
}

export function close(a: [number, number, number], b: [number, number, number], tol = 4): boolean {
  return a.every((v, i) => Math.abs(v - b[i]) <= tol);
}

/** The store waits for a condition (the popup's capture button returns before the test polls). */
export async function until<T>(fn: () => Promise<T | undefined | false>, ms = 20000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Opens the popup document for `tabId` in a popup window of its own (as harness.openPopupOn does), without a new
 * toolbar click: the review page stays the active tab of its window, and keeps the activeTab grant it already has.
 */
export async function reopenPopup(h: { browser: import('puppeteer-core').Browser; extensionId: string; worker(): Promise<import('puppeteer-core').WebWorker> }, tabId: number): Promise<Page> {
  return openPopupWindow(h.browser, h.extensionId, await h.worker(), tabId);
}

/** Waits for a selector in the popup; on failure, says what the popup shows instead. */
export async function waitInPopup(popup: Page, selector: string, timeout = 30000): Promise<void> {
  await popup.waitForSelector(selector, { timeout }).catch(async (e) => {
    throw new Error(`${(e as Error).message}; popup shows: ${await popup.$eval('body', (b) => b.textContent).catch(() => '?')}`);
  });
}

export { answerQuestions } from '../../scripts/questionnaire';

/**
 * The popup lists the reviews needing action first (not in page order): a review is found by its position on the
 * page (`data-index`, 0-based) or by its author, never by its place in the list.
 */
export const reviewAt = (n: number): string => `li.review[data-index="${n}"]`;

export async function reviewByAuthor(popup: Page, author: string): Promise<string> {
  await popup.waitForSelector('li.review');
  const key = await popup.$$eval('li.review', (lis, a) => lis.find((li) => li.querySelector('.author')?.textContent === a)?.getAttribute('data-key') ?? null, author);
  if (!key) throw new Error(`no review by ${author} in the popup`);
  return `li.review[data-key="${key.replace(/["\\]/g, '\\$&')}"]`;
}

/** Clicks « Conserver comme preuve » on the review at page position `n` and waits for « Pièce scellée ». */
export async function captureInPopup(popup: Page, n: number): Promise<void> {
  await popup.waitForSelector(`${reviewAt(n)} button.capture`);
  await popup.$eval(`${reviewAt(n)} button.capture`, (b) => (b).click());
  await waitInPopup(popup, `${reviewAt(n)} .captured`);
}
