// `npm run bench` (not part of `npm test`): every figure of issue 14 §1 that can be measured from outside the code,
// each against its floor (what the platform itself needs for the same result) or a peer, measured in the same run on
// the same machine and reported as a ratio (machines differ; ratios travel). Medians of repeated trials (BENCH_RUNS,
// default 5). Prints one table, then, as the LAST line, one JSON object with every figure, its floor, its ratio, its
// target and pass/miss. Figures and their meaning: docs/PERFORMANCE.md.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { clickToolbarButton, findChrome, launchWithExtension, openPopupOn, tabIdOf } from './browser.mjs';
import { DEMO_PATH, startDemoServer } from './demo-server.mjs';
import { play } from '../test/fixtures/legal/scenario';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist', 'chrome');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const EXPORT_RUNS = 3;
// BENCH_ONLY=content,export… runs only those groups (capture, export, content, paint, caselist, verify, singlefile),
// for working on one figure; the published figures come from a full run.
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(',').map((x) => x.trim()).filter(Boolean));
const want = (...groups: string[]): boolean => ONLY.size === 0 || groups.some((g) => ONLY.has(g));
const SMALL_CASE = 6;
const BIG_CASE = 50;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}
async function trials(n: number, fn: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Figures

interface Figure {
  id: string;
  label: string;
  value: number | null;
  unit: 'ms' | 'bytes' | 'ratio';
  /** Floor or peer, same unit; its ratio = value / floor. */
  floor?: number | null;
  floorLabel?: string;
  ratio?: number | null;
  /** Target on the ratio (`ratio`), or on the value itself (`value`). */
  target?: { on: 'ratio' | 'value'; max: number };
  pass?: boolean | null;
  samples?: number[];
  note?: string;
}
const figures: Figure[] = [];
function add(f: Omit<Figure, 'ratio' | 'pass'>): void {
  const ratio = f.floor && f.value != null ? f.value / f.floor : null;
  let pass: boolean | null = null;
  if (f.target && f.value != null) pass = f.target.on === 'ratio' ? ratio != null && ratio <= f.target.max : f.value <= f.target.max;
  const r1 = (x: number | null | undefined) => (x == null ? x : Number(x.toFixed(f.unit === 'ratio' ? 2 : 1)));
  figures.push({ ...f, value: r1(f.value) ?? null, floor: r1(f.floor), ratio: ratio == null ? null : Number(ratio.toFixed(2)), pass });
}
const round = (xs: number[]) => xs.map((x) => Number(x.toFixed(1)));

// ---------------------------------------------------------------------------------------------------------------
// Static: sizes of what ships

function sizes(): void {
  const raw = readFileSync(join(DIST, 'content.js'));
  add({ id: 'content.raw', label: 'content script content.js, raw', value: raw.length, unit: 'bytes', note: 'injected into each review page the doctor captures from' });
  add({ id: 'content.gzip', label: 'content script content.js, gzip -9', value: gzipSync(raw, { level: 9 }).length, unit: 'bytes', target: { on: 'value', max: 10 * 1024 } });
  // Main chunks: the entry script of each page (what loads before anything is shown) and the service worker.
  const entry = (html: string): string | undefined => /<script[^>]+src="\/?([^"]+)"/.exec(readFileSync(join(DIST, html), 'utf8'))?.[1];
  const chunks: [string, string | undefined][] = [
    ['manager', entry('src/ui/manager/index.html')],
    ['popup', entry('src/ui/popup/index.html')],
    ['options', entry('src/ui/options/index.html')],
    ['service worker', /import\s+['"]\.?\/?([^'"]+)['"]/.exec(readFileSync(join(DIST, 'service-worker-loader.js'), 'utf8'))?.[1]],
  ];
  for (const [name, file] of chunks) {
    if (!file || !existsSync(join(DIST, file))) continue;
    const b = readFileSync(join(DIST, file));
    add({ id: `chunk.${name.replace(' ', '-')}.raw`, label: `${name} main chunk ${file}, raw`, value: b.length, unit: 'bytes' });
    add({ id: `chunk.${name.replace(' ', '-')}.gzip`, label: `${name} main chunk, gzip -9`, value: gzipSync(b, { level: 9 }).length, unit: 'bytes' });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Browser figures

type Call = (name: string, req: unknown) => Promise<any>;

async function captureFigures(worker: WebWorker, popup: Page, tabId: number): Promise<void> {
  const floor: number[] = [];
  const bare: number[] = [];
  const avise: number[] = [];
  // Run 0 warms up both paths (the first saveAsMHTML of a browser session often fails with NotFoundError and is
  // retried by Avisé, see src/background/capture/archive.ts); it is not counted.
  for (let i = -1; i < RUNS; i++) {
    // Both paths are paced the same way (Chrome allows two captureVisibleTab calls a second).
    await sleep(600);
    // The floor takes the screenshot the way a correct capture must: a frame, then a second one at Chrome's pace
    // (screenshot.ts MIN_GAP_MS = 550 ms) to confirm the page had finished drawing (the browser can hand back the frame
    // drawn before a scroll); `bare` is the same with one frame only, reported beside it.
    const f = await worker.evaluate(async (id: number) => {
      const t0 = performance.now();
      const tab = await chrome.tabs.get(id);
      const first = await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
      const t1 = performance.now();
      await new Promise((r) => setTimeout(r, 550));
      const png = await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
      const t2b = performance.now();
      void (png === first); // compared, as a capture does (the demo page does not animate: equal here)
      for (let attempt = 0; ; attempt++) {
        try {
          await (await chrome.pageCapture.saveAsMHTML({ tabId: id }))!.arrayBuffer();
          break;
        } catch (e) {
          if (attempt > 3) throw e;
        }
      }
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(png));
      const t3 = performance.now();
      // bare: one frame + MHTML + hash (the second frame and the wait taken out).
      return { confirmed: t3 - t0, bare: t1 - t0 + (t3 - t2b) };
    }, tabId);
    await sleep(600);
    const res = await popup.evaluate(
      (id: number) =>
        chrome.runtime.sendMessage({ avise: 1, call: 'page.listReviews', req: { tabId: id } }).then((l: any) =>
          chrome.runtime.sendMessage({ avise: 1, call: 'capture.review', req: { tabId: id, key: l.value.reviews[0].key } }),
        ),
      tabId,
    );
    if (!res.ok) throw new Error(res.error);
    if (i < 0) continue;
    floor.push(f.confirmed);
    bare.push(f.bare);
    avise.push(res.value.durationMs);
  }
  // The target holds against the floor issue 14 names (one frame, MHTML, one hash). The confirming second frame a
  // correct capture needs (screenshot.ts) costs one paced captureVisibleTab (≥ 500 ms under Chrome's quota), so the
  // target is missed by design; the same capture against a floor that also takes the confirming frame is stated beside.
  add({
    id: 'capture', label: 'capture: click → sealed exhibit (demo page)', value: median(avise), unit: 'ms', samples: round(avise),
    floor: median(bare), floorLabel: 'captureVisibleTab + saveAsMHTML + one SHA-256, bare (one unconfirmed frame)', target: { on: 'ratio', max: 1.5 },
  });
  add({
    id: 'capture.confirmed', label: 'the same capture against a floor that also takes the confirming frame', value: median(avise), unit: 'ms', samples: round(avise),
    floor: median(floor), floorLabel: 'captureVisibleTab, 550 ms, captureVisibleTab again (the confirming frame, screenshot.ts) + saveAsMHTML + one SHA-256',
  });
}

/**
 * Series capture (issue 12): every review of demo/series.html (60, loaded by scrolling the pane) and the listing's
 * summary into one case, timed by the service worker; the time per review is set against the single-capture floor
 * (the `capture` figure's, measured earlier in the same run: run with the capture group).
 */
async function seriesFigures(browser: Browser, extensionId: string, worker: WebWorker, origin: string): Promise<void> {
  const floor = figures.find((f) => f.id === 'capture')?.floor ?? null;
  const { page, popup, tabId } = await openPopupOn(browser, extensionId, worker, `${origin}/demo/series.html`);
  const call: Call = async (name, req) => {
    const r = await popup.evaluate((c: string, q: unknown) => chrome.runtime.sendMessage({ avise: 1, call: c, req: q }), name, req as any);
    if (!r?.ok) throw new Error(`${name}: ${r?.error}`);
    return r.value;
  };
  await page.bringToFront();
  for (let round = 0; round < 20; round++) {
    const step = await call('series.loadMore', { tabId });
    if (!step.grew || step.noPane) break;
  }
  const keys = ((await call('series.list', { tabId })).reviews as { key: string }[]).map((r) => r.key);
  const res = await call('series.capture', { tabId, keys, seriesId: `bench-${Date.now()}`, selection: 'bench: all reviews' });
  await popup.close();
  await page.close();
  const perReview = res.captured ? res.durationMs / res.captured : null;
  add({
    id: 'series.perReview', label: `series capture: time per review (${res.captured} reviews + summary, demo/series.html)`, value: perReview, unit: 'ms',
    floor, floorLabel: 'the single capture\'s floor (captureVisibleTab + saveAsMHTML + one SHA-256, bare)', target: { on: 'value', max: 1200 },
    note: `whole series ${Math.round(res.durationMs)} ms, ${res.status}; each review: one paced screenshot, crop, seal (no full page, no MHTML), so Chrome's quota of 2 screenshots a second puts its least at 500 ms; target: 50 reviews in under a minute`,
  });
}

async function exportFigures(browser: Browser, extensionId: string, caseId: string, downloadDir: string, exhibits: number, target: { on: 'ratio'; max: number }): Promise<string> {
  const m = await browser.newPage();
  await m.goto(`chrome-extension://${extensionId}/src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`);
  await m.waitForSelector('button.export:not([disabled])');
  await m.evaluate('globalThis.__name = (f) => f'); // tsx (esbuild keepNames) wraps named functions in __name()
  const cdp = await m.createCDPSession();
  await cdp.send('Performance.enable');
  const heap = async () => (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'JSHeapUsedSize')!.value;
  const exportFloor: number[] = [];
  const exportAvise: number[] = [];
  let bundleBytes = 0;
  let heapGrowth = 0;
  let zip = '';
  for (let i = 0; i < EXPORT_RUNS; i++) {
    // Floor: every artefact of every exhibit of the case (what the bundle carries; blobs are stored once per hash, so
    // identical screenshots are read again for each exhibit, as the export does), read from IndexedDB, hashed once,
    // joined into one Blob, in the same page.
    exportFloor.push(
      await m.evaluate(async (cid: string) => {
        const t0 = performance.now();
        const db: IDBDatabase = await new Promise((ok) => {
          const r = indexedDB.open('avise');
          r.onsuccess = () => ok(r.result);
        });
        const req = <T,>(r: IDBRequest<T>): Promise<T> => new Promise((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
        const exhibits: { artefacts: { sha256: string }[] }[] = await req(db.transaction('exhibits').objectStore('exhibits').index('byCase').getAll(cid));
        const parts: Uint8Array[] = [];
        for (const ex of exhibits) {
          for (const a of ex.artefacts) {
            const b: { bytes: Uint8Array } = await req(db.transaction('blobs').objectStore('blobs').get(a.sha256));
            await crypto.subtle.digest('SHA-256', b.bytes as BufferSource);
            parts.push(b.bytes);
          }
        }
        new Blob(parts as BlobPart[]);
        db.close();
        return performance.now() - t0;
      }, caseId),
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await heap();
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heap());
        await sleep(5);
      }
    })();
    const had = new Set(readdirSync(downloadDir));
    const prof = process.env.BENCH_PROFILE && i === EXPORT_RUNS - 1;
    if (prof) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
    const t0 = Date.now();
    await m.$eval('button.export', (b) => (b).click());
    await m.waitForFunction(() => !document.querySelector('button.export[disabled]') && document.querySelector('.exported, .error'), { timeout: 120_000 });
    exportAvise.push(Date.now() - t0);
    if (prof) writeFileSync(join(process.env.BENCH_PROFILE!, `export-${exhibits}.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile));
    sampling = false;
    await sampler;
    heapGrowth = Math.max(heapGrowth, peak - before);
    const err = await m.$eval('.error', (e) => e.textContent).catch(() => null);
    if (err) throw new Error(`export failed: ${err}`);
    bundleBytes = Number((await m.$eval('.exported', (e) => e.getAttribute('data-bytes') ?? '0')) || 0);
    await m.evaluate(() => document.querySelector('.exported')?.remove());
    for (let w = 0; w < 200; w++) {
      const fresh = readdirSync(downloadDir).filter((f) => f.endsWith('.zip') && !had.has(f));
      if (fresh.length && statSync(join(downloadDir, fresh[0])).size === bundleBytes) {
        zip = join(downloadDir, fresh[0]);
        if (process.env.BENCH_PROFILE) writeFileSync(join(process.env.BENCH_PROFILE, `export-${exhibits}.zip`), readFileSync(zip));
        break;
      }
      await sleep(50);
    }
  }
  await m.close();
  add({
    id: `export.${exhibits}`, label: `export of a ${exhibits}-exhibit case (${(bundleBytes / 1024).toFixed(0)} KiB bundle)`, value: median(exportAvise), unit: 'ms', samples: exportAvise,
    floor: median(exportFloor), floorLabel: 'read every artefact of every exhibit from IndexedDB, hash it, join into one Blob', target,
  });
  add({
    id: `export.${exhibits}.heap`, label: `export of ${exhibits} exhibits: peak JS heap growth / bundle size`, value: bundleBytes ? Number((heapGrowth / bundleBytes).toFixed(2)) : null, unit: 'ratio',
    target: { on: 'value', max: 1.5 }, note: `peak growth ${(heapGrowth / 1024 / 1024).toFixed(1)} MiB for a ${(bundleBytes / 1024 / 1024).toFixed(1)} MiB bundle`,
  });
  return zip;
}

/** Fresh demo tab per trial; executeScript of a no-op function first (isolated world + IPC), then content.js. */
async function contentFigures(browser: Browser, extensionId: string, worker: WebWorker, url: string): Promise<void> {
  // tsx (esbuild keepNames) wraps named functions in __name(): give the evaluated code a no-op one.
  await worker.evaluate('globalThis.__name = (f) => f');
  const startup: number[] = [];
  const floor: number[] = [];
  for (let i = -1; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await clickToolbarButton(browser, extensionId, page);
    const tabId = (await tabIdOf(worker, page.url())) as number;
    const r = await worker.evaluate(async (id: number) => {
      const target = { tabId: id, frameIds: [0] };
      const t0 = performance.now();
      await chrome.scripting.executeScript({ target, func: () => 0 });
      const t1 = performance.now();
      await chrome.scripting.executeScript({ target, files: ['content.js'] });
      return { floor: t1 - t0, full: performance.now() - t1 };
    }, tabId);
    await page.close();
    if (i < 0) continue;
    startup.push(Math.max(0, r.full - r.floor));
    floor.push(r.floor);
  }
  add({
    id: 'content.startup', label: 'content script start-up on the demo review page', value: median(startup), unit: 'ms', samples: round(startup),
    target: { on: 'value', max: 5 }, note: `executeScript(content.js) minus executeScript(no-op), median of the no-op ${median(floor).toFixed(1)} ms`,
  });

  // 500 reviews: the demo page's review cards cloned with fresh ids, then content.listReviews against content.ping.
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate('globalThis.__name = (f) => f');
  const cards = await page.evaluate((n: number) => {
    const all = () => Array.from(document.querySelectorAll('div.jftiEf[data-review-id]'));
    const models = all();
    const parent = models[0].parentElement!;
    for (let i = all().length; i < n; i++) {
      const c = models[i % models.length].cloneNode(true) as HTMLElement;
      const id = `bench${String(i).padStart(6, '0')}${c.getAttribute('data-review-id')!.slice(12)}`;
      for (const e of [c, ...Array.from(c.querySelectorAll('[data-review-id]'))]) e.setAttribute('data-review-id', id);
      c.setAttribute('aria-label', `Auteur ${i}`);
      parent.appendChild(c);
    }
    return all().length;
  }, 500);
  await clickToolbarButton(browser, extensionId, page);
  const tabId = (await tabIdOf(worker, page.url())) as number;
  const r = await worker.evaluate(async (id: number, runs: number) => {
    await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['content.js'] });
    const send = (call: string) => chrome.tabs.sendMessage<unknown, any>(id, { avise: 1, call, req: {} }, { frameId: 0 });
    const ping: number[] = [];
    const list: number[] = [];
    let found = 0;
    for (let i = -1; i < runs; i++) {
      const t0 = performance.now();
      await send('content.ping');
      const t1 = performance.now();
      const res = await send('content.listReviews');
      const t2 = performance.now();
      if (!res?.ok) throw new Error(`content.listReviews: ${res?.error}`);
      found = res.value.reviews.length;
      if (i < 0) continue;
      ping.push(t1 - t0);
      list.push(t2 - t1);
    }
    return { ping, list, found };
  }, tabId, RUNS);
  await page.close();
  const find = r.list.map((x, i) => Math.max(0, x - r.ping[i]));
  add({
    id: 'content.find500', label: `content script: find ${r.found} reviews (page of ${cards} cards)`, value: median(find), unit: 'ms', samples: round(find),
    target: { on: 'value', max: 20 }, note: `content.listReviews minus a content.ping round trip (median ${median(r.ping).toFixed(1)} ms); the reply carries every review's fields`,
  });
}

/**
 * 1,000 cases and 5,000 exhibits: the bench's real case, its qualification and five of its exhibits, copied under new
 * ids straight into IndexedDB (blobs are shared by hash, so nothing big is written). Then the case list is opened and
 * timed from navigation start until its 1,001 rows are on screen.
 */
async function caseListFigures(browser: Browser, extensionId: string, caseId: string, call: Call): Promise<void> {
  const CASES = 1000;
  const PER_CASE = 5;
  // A qualified case, as most are after a few days: its copies carry the summary the list reads (deadline, next step).
  const { answers, q } = play({ 'fait-precis': 'yes' }, { exactPublicationDate: '2026-10-01' });
  await call('qualification.save', { caseId, rulesetVersion: q.rulesetVersion, answers, exactPublicationDate: '2026-10-01', result: q });
  const seedPage = await browser.newPage();
  await seedPage.goto(`chrome-extension://${extensionId}/src/ui/manager/index.html`, { waitUntil: 'load' });
  await seedPage.evaluate('globalThis.__name = (f) => f');
  const seeded = await seedPage.evaluate(async (real: string, n: number, per: number) => {
    const db: IDBDatabase = await new Promise((ok, ko) => {
      const r = indexedDB.open('avise');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const get = (store: string, key: IDBValidKey): Promise<any> =>
      new Promise((ok, ko) => {
        const g = db.transaction(store).objectStore(store).get(key);
        g.onsuccess = () => ok(g.result);
        g.onerror = () => ko(g.error);
      });
    const c = await get('cases', real);
    const q = await get('qualifications', real).catch(() => undefined);
    const ex = await Promise.all((c.exhibitIds as string[]).slice(0, per).map((id) => get('exhibits', id)));
    const stores = ['cases', 'exhibits', ...(q ? ['qualifications'] : [])];
    const tx = db.transaction(stores, 'readwrite');
    for (let i = 0; i < n; i++) {
      const id = `${real}-bench-${String(i).padStart(4, '0')}`;
      const ids = ex.map((e, j) => `${e.id}-bench-${i}-${j}`);
      tx.objectStore('cases').put({ ...c, id, title: `${c.title} ${i}`, exhibitIds: ids });
      ex.forEach((e, j) => tx.objectStore('exhibits').put({ ...e, id: ids[j], caseId: id }));
      if (q) tx.objectStore('qualifications').put({ ...q, caseId: id });
    }
    await new Promise((ok, ko) => {
      tx.oncomplete = ok;
      tx.onerror = () => ko(tx.error);
    });
    db.close();
    return n;
  }, caseId, CASES, PER_CASE);
  await seedPage.close();
  const rows = seeded + 1;
  const readMs: number[] = [];
  const open = async () => {
    const p = await browser.newPage();
    await p.goto(`chrome-extension://${extensionId}/src/ui/manager/index.html`, { waitUntil: 'domcontentloaded' });
    // The list draws the 100 nearest deadlines first (the rest one click away; the search looks through all): open
    // = those rows on screen and the count saying all 1,001 cases were read.
    const h = await p.waitForFunction((n: number) => document.querySelectorAll('li.case-row').length >= Math.min(n, 100) && document.querySelector('.case-count')?.textContent?.includes(String(n)) && performance.now(), { timeout: 60_000, polling: 'raf' }, rows);
    const ms = (await h.jsonValue()) as number;
    readMs.push(await p.evaluate(() => {
      const [a, b] = ['caselist-read-start', 'caselist-read-end'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
      return b - a;
    }));
    await p.close();
    return ms;
  };
  await open();
  const xs = await trials(RUNS, open);
  add({
    id: 'caselist.open', label: `case list with ${rows} cases and ${rows * PER_CASE} exhibits: open until the first 100 rows and the count show`, value: median(xs), unit: 'ms', samples: round(xs),
    target: { on: 'value', max: 300 }, note: 'from navigation start; cases copied from the real one straight into IndexedDB',
  });
  const reads = readMs.slice(-RUNS);
  add({ id: 'caselist.read', label: `case list: reading the ${rows} cases (one readonly transaction)`, value: median(reads), unit: 'ms', samples: round(reads), note: 'part of caselist.open' });
  // Search: one title among 1,001 (« … 0420 » matches exactly one copied case), from the keystroke to the list redrawn.
  const searchPage = await browser.newPage();
  await searchPage.goto(`chrome-extension://${extensionId}/src/ui/manager/index.html`, { waitUntil: 'domcontentloaded' });
  await searchPage.waitForFunction((n: number) => document.querySelector('.case-count')?.textContent?.includes(String(n)), { timeout: 60_000 }, rows);
  const search = async (text: string, expect: (n: number) => boolean) => {
    const ms = (await searchPage.evaluate(async (q: string) => {
      const input = document.querySelector('input.case-search') as HTMLInputElement;
      const before = document.querySelectorAll('li.case-row').length;
      const t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const n = document.querySelectorAll('li.case-row').length;
        if (n !== before) return [performance.now() - t0, n];
      }
    }, text)) as [number, number];
    if (!expect(ms[1])) throw new Error(`search « ${text} » showed ${ms[1]} rows`);
    return ms[0];
  };
  const ss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ss.push(await search(` ${420 + i}`, (n) => n >= 1 && n < rows));
    await search('', (n) => n === Math.min(rows, 100));
  }
  await searchPage.close();
  add({
    id: 'caselist.search', label: `case list: search among ${rows} cases, keystroke to list redrawn`, value: median(ss), unit: 'ms', samples: round(ss),
    target: { on: 'value', max: 50 }, note: 'one input event, measured in the page until the next frame that shows the filtered rows',
  });
}

async function firstPaint(browser: Browser, url: string): Promise<number> {
  const p = await browser.newPage();
  await p.goto(url, { waitUntil: 'load' });
  const h = await p.waitForFunction(() => (performance.getEntriesByName('first-contentful-paint')[0] as PerformanceEntry | undefined)?.startTime, { timeout: 20_000 });
  const v = (await h.jsonValue()) as number;
  await p.close();
  return v;
}

async function paintFigures(browser: Browser, extensionId: string, tabId: number): Promise<void> {
  const ext = (p: string) => `chrome-extension://${extensionId}/${p}`;
  const floorUrl = 'data:text/html;charset=utf-8,<!doctype html><p>Avisé</p>';
  await firstPaint(browser, floorUrl); // warm-up
  const floor = await trials(RUNS, () => firstPaint(browser, floorUrl));
  const pages: [string, string, string][] = [
    ['paint.popup', 'first paint of the popup', ext(`src/ui/popup/index.html?tabId=${tabId}`)],
    ['paint.manager', 'first paint of the case manager (case list)', ext('src/ui/manager/index.html')],
    ['paint.options', 'first paint of the options page', ext('src/ui/options/index.html')],
  ];
  for (const [id, label, url] of pages) {
    await firstPaint(browser, url);
    const xs = await trials(RUNS, () => firstPaint(browser, url));
    add({
      id, label, value: median(xs), unit: 'ms', samples: round(xs), floor: median(floor), floorLabel: 'first paint of a one-line data: page',
      ...(id === 'paint.options' ? {} : { target: { on: 'value' as const, max: 150 } }),
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// CLI verifier against coreutils

async function verifyFigures(zip: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'avise-bench-verify-'));
  try {
    const z = await JSZip.loadAsync(readFileSync(zip));
    for (const [name, entry] of Object.entries(z.files)) {
      if (entry.dir) continue;
      mkdirSync(dirname(join(work, name)), { recursive: true });
      writeFileSync(join(work, name), await entry.async('uint8array'));
    }
    const bag = dirname(join(work, Object.keys(z.files).find((n) => n.endsWith('/bagit.txt'))!));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const cli = async () => {
      const t0 = performance.now();
      await run(npm, ['run', '--silent', 'verify', '--', zip], { cwd: ROOT });
      return performance.now() - t0;
    };
    // The same prebuilt verifier without npm's own start-up (npm run verify = npm + this).
    const direct = async () => timed(() => run(process.execPath, [join(ROOT, 'scripts', 'verify-cli.mjs'), zip], { cwd: ROOT }));
    const floor = async () => {
      const t0 = performance.now();
      await run('sha256sum', ['-c', '--quiet', 'manifest-sha256.txt'], { cwd: bag });
      await run('sha256sum', ['-c', '--quiet', 'tagmanifest-sha256.txt'], { cwd: bag });
      await run('sha512sum', ['-c', '--quiet', 'manifest-sha512.txt'], { cwd: bag });
      await run(process.execPath, ['-e', '']);
      return performance.now() - t0;
    };
    await cli();
    await floor();
    const a = await trials(RUNS, cli);
    const f = await trials(RUNS, floor);
    const d = await trials(RUNS, direct);
    const nodeStart = await trials(RUNS, () => timed(() => run(process.execPath, ['-e', ''])));
    add({
      id: 'verify.50', label: `npm run verify on the ${BIG_CASE}-exhibit bundle`, value: median(a), unit: 'ms', samples: round(a),
      floor: median(f), floorLabel: 'sha256sum -c (manifest, tagmanifest) + sha512sum -c over the unzipped bag + node -e ""', target: { on: 'ratio', max: 2 },
      note: `prebuilt dist/verify.cjs run by node; node -e "" alone: ${median(nodeStart).toFixed(0)} ms`,
    });
    add({
      id: 'verify.50.node', label: `the same verifier without npm (node scripts/verify-cli.mjs) on ${BIG_CASE} exhibits`, value: median(d), unit: 'ms', samples: round(d),
      floor: median(f), floorLabel: 'same floor as verify.50', note: 'the difference with verify.50 is npm\'s own start-up',
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Peer: SingleFile (single-file-cli, devDependency) saving the demo page with the same Chromium

async function singleFileFigures(origin: string, aviseCaptureMs: number, aviseMhtmlBytes: number): Promise<void> {
  const bin = join(ROOT, 'node_modules', '.bin', 'single-file');
  const chrome = findChrome();
  if (!existsSync(bin) || !chrome) {
    add({ id: 'peer.singlefile', label: 'SingleFile saving the demo page', value: null, unit: 'ms', note: !chrome ? 'no Chromium found' : 'single-file-cli not installed (npm install)' });
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'avise-bench-singlefile-'));
  try {
    let bytes = 0;
    let failures = 0;
    const save = async (i: number) => {
      const file = join(out, `page-${i}.html`);
      // Under load the CLI sometimes exits without writing its file: such a run is retried (its time is not kept).
      for (let attempt = 0; ; attempt++) {
        let said = '';
        const ms = await timed(async () => {
          const r = await run(bin, [origin + DEMO_PATH, file, `--browser-executable-path=${chrome}`, '--browser-arg=--no-sandbox'], { timeout: 120_000 });
          said = `${r.stdout}${r.stderr}`.trim().slice(0, 300);
        });
        if (existsSync(file)) {
          bytes = statSync(file).size;
          return ms;
        }
        failures++;
        if (attempt >= 2) throw new Error(`single-file wrote no file three times${said ? `: ${said}` : ''}`);
      }
    };
    // The same browser launched, the same page loaded and the browser closed, with nothing saved: SingleFile's own
    // cost is the difference (its CLI always starts a browser of its own).
    const bare = async () =>
      timed(async () => {
        const b = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox'] });
        const p = await b.newPage();
        await p.goto(origin + DEMO_PATH, { waitUntil: 'load' });
        await b.close();
      });
    const n = Math.min(RUNS, 3);
    await save(-1);
    let i = 0;
    const sf = await trials(n, () => save(i++));
    const launch = await trials(n, bare);
    const net = Math.max(0, median(sf) - median(launch));
    add({
      id: 'peer.singlefile', label: 'SingleFile CLI saving the demo page (whole run, own browser)', value: median(sf), unit: 'ms', samples: round(sf),
      note: `launch + load + close of the same Chromium with nothing saved: ${median(launch).toFixed(0)} ms; SingleFile's own work ≈ ${net.toFixed(0)} ms; its file ${(bytes / 1024).toFixed(0)} KiB${failures ? `; ${failures} run(s) wrote no file and were redone` : ''}`,
    });
    add({
      id: 'peer.singlefile.vs.avise', label: 'SingleFile own work (minus browser launch) / Avisé capture', value: aviseCaptureMs ? Number((net / aviseCaptureMs).toFixed(2)) : null, unit: 'ratio',
      note: `Avisé's capture holds a screenshot, a crop, an annotated copy, an MHTML${aviseMhtmlBytes ? ` (${(aviseMhtmlBytes / 1024).toFixed(0)} KiB)` : ''}, hashes and a seal; SingleFile writes one self-contained HTML file`,
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------

function table(): string {
  const fmt = (v: number | null | undefined, unit: string): string => {
    if (v == null) return '—';
    if (unit === 'bytes') return v >= 10240 ? `${(v / 1024).toFixed(0)} KiB` : `${v} B`;
    if (unit === 'ratio') return `${v.toFixed(2)}`;
    return `${v.toFixed(v < 10 ? 1 : 0)} ms`;
  };
  const rows = figures.map((f) => [
    f.label,
    fmt(f.value, f.unit),
    fmt(f.floor, f.unit),
    f.ratio == null ? '' : `${f.ratio.toFixed(2)} ×`,
    f.target ? (f.target.on === 'ratio' ? `≤ ${f.target.max} ×` : `≤ ${fmt(f.target.max, f.unit)}`) : '',
    f.pass == null ? (f.target ? 'not measured' : '') : f.pass ? 'pass' : 'MISS',
  ]);
  const head = ['figure', 'Avisé', 'floor', 'ratio', 'target', ''];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ').trimEnd();
  const notes = figures.filter((f) => f.note || f.floorLabel).map((f) => `  ${f.id}: ${[f.floorLabel && `floor = ${f.floorLabel}`, f.note].filter(Boolean).join('; ')}`);
  return [line(head), line(w.map((n) => '-'.repeat(n))), ...rows.map(line), '', 'notes:', ...notes].join('\n');
}

async function chromiumVersion(): Promise<string> {
  const c = findChrome();
  if (!c) return 'none';
  return (await run(c, ['--version'])).stdout.trim();
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first (npm run bench does).');
  const started = new Date().toISOString();
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  sizes();
  const server = (await startDemoServer());
  const downloadDir = mkdtempSync(join(tmpdir(), 'avise-bench-downloads-'));
  const { browser, extensionId, serviceWorker, userDataDir } = await launchWithExtension({ headless: true, downloadDir });
  let aviseCapture = 0;
  let mhtml = 0;
  try {
    const worker = await serviceWorker();
    const url = server.origin + DEMO_PATH;
    const { popup, tabId } = await openPopupOn(browser, extensionId, worker, url);
    await popup.waitForSelector('li.review');
    const call: Call = async (name, req) => {
      const r = await popup.evaluate((c: string, q: unknown) => chrome.runtime.sendMessage({ avise: 1, call: c, req: q }), name, req as any);
      if (!r?.ok) throw new Error(`${name}: ${r?.error}`);
      return r.value;
    };

    // The capture group makes the case every later figure but the content script and first paints works on.
    let caseId: string | undefined;
    let zip = '';
    if (want('capture', 'export', 'caselist', 'verify', 'singlefile')) {
      log(`capture × ${RUNS}`);
      await captureFigures(worker, popup, tabId);
      aviseCapture = figures.find((f) => f.id === 'capture')!.value ?? 0;
      caseId = (await call('cases.list', {}))[0].id as string;
      const capture = async () => {
        await sleep(550); // Chrome allows two captureVisibleTab calls a second
        const key = (await call('page.listReviews', { tabId })).reviews[0].key;
        await call('capture.review', { tabId, key });
      };
      for (let n = (await call('cases.get', { caseId })).exhibits.length; n < SMALL_CASE; n++) await capture();
      const view = await call('cases.get', { caseId });
      mhtml = (view.exhibits[0].artefacts as { kind: string; bytes: number }[]).find((a) => a.kind === 'page.mhtml')?.bytes ?? 0;

      if (want('export')) {
        log(`export of ${view.exhibits.length} exhibits × ${EXPORT_RUNS}`);
        await exportFigures(browser, extensionId, caseId, downloadDir, view.exhibits.length, { on: 'ratio', max: 5 });
      }

      if (want('export', 'verify')) {
        log(`capturing up to ${BIG_CASE} exhibits`);
        for (let n = view.exhibits.length; n < BIG_CASE; n++) await capture();
        const big = await call('cases.get', { caseId });
        if (big.exhibits.length !== BIG_CASE) throw new Error(`expected ${BIG_CASE} exhibits, got ${big.exhibits.length}`);
        log(`export of ${BIG_CASE} exhibits × ${EXPORT_RUNS}`);
        zip = await exportFigures(browser, extensionId, caseId, downloadDir, BIG_CASE, { on: 'ratio', max: 5 });
      }
    }

    if (want('content')) {
      log('content script');
      await contentFigures(browser, extensionId, worker, url);
    }
    if (want('paint')) {
      log('first paint');
      await paintFigures(browser, extensionId, tabId);
    }
    if (caseId && want('caselist')) {
      log('case list with 1,000 cases');
      await caseListFigures(browser, extensionId, caseId, call).catch((e) =>
        add({ id: 'caselist.open', label: 'case list with 1,000 cases and 5,000 exhibits: open', value: null, unit: 'ms', target: { on: 'value', max: 300 }, note: `not measured: seeding failed (${e instanceof Error ? e.message : e})` }),
      );
    }
    if (caseId && want('series')) await seriesFigures(browser, extensionId, worker, server.origin).catch((e) => add({ id: 'series.perReview', label: 'series capture: time per review', value: null, unit: 'ms', note: `not measured: ${e instanceof Error ? e.message : e}` }));
    await browser.close();

    if (caseId && want('verify')) {
      log('npm run verify');
      if (zip) await verifyFigures(zip);
      else add({ id: 'verify.50', label: 'npm run verify on the 50-exhibit bundle', value: null, unit: 'ms', note: 'the exported ZIP was not found in the downloads folder' });
    }

    if (caseId && want('singlefile')) {
      log('SingleFile');
      await singleFileFigures(server.origin, aviseCapture, mhtml).catch((e) =>
        add({ id: 'peer.singlefile', label: 'SingleFile CLI saving the demo page', value: null, unit: 'ms', note: `not measured: ${e instanceof Error ? e.message : e}` }),
      );
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(downloadDir, { recursive: true, force: true });
  }

  console.log(table());
  const targets = figures.filter((f) => f.target);
  console.log(JSON.stringify({
    bench: 'avise', version: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version, started, runs: RUNS,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: await chromiumVersion(), platform: `${process.platform} ${process.arch}` },
    summary: { targets: targets.length, pass: targets.filter((f) => f.pass).length, miss: targets.filter((f) => f.pass === false).map((f) => f.id), notMeasured: targets.filter((f) => f.pass == null).map((f) => f.id) },
    figures,
  }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
