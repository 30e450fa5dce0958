// Hostile input: a review whose author, text and owner reply carry <script>, onerror handlers, RTL overrides and
// zero-width characters AS TEXT (test/fixtures/pages/hostile/). Capturing it runs nothing anywhere (page, popup,
// case manager); the evidence keeps it byte-exact; the extension pages show it literally, as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { startHarness, type Harness } from './harness';
import { artefactBytes, dumpStore } from './capture-helpers';
import type { ReviewFields } from '../../src/shared/types';
import { publishedRange } from '../../src/adapters/dates';

const expected = (JSON.parse(readFileSync(new URL('../fixtures/pages/hostile/expected.json', import.meta.url), 'utf8')) as ReviewFields[])[0];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
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
    expect(await popup.$eval('li.review .excerpt', (e) => e.textContent)).toBe(expected.text.slice(0, 140));
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
