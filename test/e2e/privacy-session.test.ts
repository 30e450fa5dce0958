// Issue 14 §4: with default settings, a whole session — capture from the popup, qualify, open every draft, export,
// verify the ZIP in « Vérifier un dossier », the options page, the case list — sends nothing off this machine.
// Two nets: every request that would leave loopback, from any process (browser, service worker, pages, popup), goes
// to a recording proxy that refuses it; CDP records every request of the service worker and of every page, loopback
// included, which must all be the demo server's, the extension's own files, or data:/blob: URLs.
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestions } from '../../scripts/questionnaire';
import { captureDemoReview, exportFromManager, startBundleHarness, startRecordingProxy, type BundleHarness } from './bundle-helpers';

let h: BundleHarness;
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;

beforeAll(async () => {
  proxy = await startRecordingProxy();
  h = await startBundleHarness({ proxyUrl: proxy.url }); // no host permission granted: the default install
});
afterAll(async () => {
  await h?.close();
  await proxy?.close();
});

// Chromium's own background services (network time, updater, accounts) still reach for Google despite
// --disable-background-networking, from the browser process, with or without the extension: not Avisé's.
const CHROMIUM_OWN = /^(GET|POST|CONNECT) (https?:\/\/)?(clients\d*\.google\.com|update\.googleapis\.com|accounts\.google\.com)[:/]/;
const allowed = (url: string): boolean =>
  url.startsWith(`${h.origin}/`) || url.startsWith(`chrome-extension://${h.extensionId}/`) || /^(data|blob|about|chrome):/.test(url);

describe('privacy: a full session with default settings', () => {
  it('captures, qualifies, drafts, exports, verifies and shows options and cases without a request leaving the machine', async () => {
    expect((await h.call('settings.get', {})).timestampEnabled).toBe(false);
    const t0 = h.requests.length;

    // Capture from the popup (the doctor's path), then the case page: questions, every kind of draft.
    const { caseId } = await captureDemoReview(h, 0);
    const m = await h.browser.newPage();
    await m.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`), { waitUntil: 'load' });
    const asked = await answerQuestions(m);
    expect(asked.length).toBeGreaterThan(3);
    await m.waitForSelector('.draft-text');
    const kinds = await m.$$eval('select.draft-kind option', (os) => os.map((o) => (o).value));
    expect(kinds.length).toBeGreaterThan(1);
    const titles = new Set<string>();
    for (const k of kinds) {
      await m.select('select.draft-kind', k);
      await m.waitForFunction((v) => document.querySelector<HTMLSelectElement>('select.draft-kind')?.value === v, {}, k);
      titles.add(await m.$eval('.draft-title', (e) => e.textContent ?? ''));
      expect((await m.$eval('.draft-text', (t) => (t as HTMLTextAreaElement).value)).length).toBeGreaterThan(50);
    }
    expect(titles.size).toBe(kinds.length); // each kind really showed its own draft
    await m.close();

    // Export, then « Vérifier un dossier » in the extension on the ZIP just written.
    const zip = await exportFromManager(h, caseId);
    const v = await h.browser.newPage();
    await v.goto(h.extUrl('src/ui/manager/index.html#verify'), { waitUntil: 'load' });
    const input = (await v.waitForSelector('input.verify-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(zip);
    expect(await v.waitForSelector('.verdict', { timeout: 30000 }).then((e) => e!.evaluate((x) => x.textContent ?? ''))).toMatch(/^✓/);
    await v.close();

    // The options page and the case list, as the doctor opens them.
    const o = await h.browser.newPage();
    await o.goto(h.extUrl('src/ui/options/index.html'), { waitUntil: 'load' });
    await o.waitForSelector('textarea[name="tsaUrls"]');
    await o.close();
    const list = await h.browser.newPage();
    await list.goto(h.extUrl('src/ui/manager/index.html'), { waitUntil: 'load' });
    await list.waitForSelector('li.case-row');
    await list.close();

    await new Promise((r) => setTimeout(r, 1000)); // anything fired late (alarms, retries) would show up now
    const session = h.requests.slice(t0);
    // The recorder saw the session: the demo page, the popup, the manager, the options page, the service worker.
    const from = new Set(session.map((r) => r.from.split(' ')[0]));
    expect(from.has('page')).toBe(true);
    for (const p of ['src/ui/popup/', 'src/ui/manager/', 'src/ui/options/']) expect(session.some((r) => r.url.includes(p)), p).toBe(true);
    expect(session.some((r) => r.url.startsWith(h.origin))).toBe(true);
    expect(session.filter((r) => !allowed(r.url))).toEqual([]);
    expect(proxy.seen.filter((s) => !CHROMIUM_OWN.test(s))).toEqual([]); // nothing else tried to leave loopback

    // Both nets do catch what they are meant to: a request from the service worker is recorded by CDP, and one
    // that would leave the machine reaches the proxy (canaries sent by the test itself, after the session).
    const w = await h.worker();
    await w.evaluate(() => fetch(chrome.runtime.getURL('manifest.json')).then((r) => r.text()));
    await w.evaluate(() => fetch('http://avise-canary.example/').catch(() => undefined));
    await new Promise((r) => setTimeout(r, 300));
    expect(h.requests.some((r) => r.from.startsWith('service_worker') && r.url.endsWith('/manifest.json'))).toBe(true);
    expect(proxy.seen.some((s) => s.includes('avise-canary.example'))).toBe(true);
  });
});
