// The service worker stopped during an export (Chrome stops idle, crashed or updated workers). The bundle is made on
// the case page; the worker signs it and then notes the export in each case's custody chain. Stopped while it
// signs, nothing is downloaded nor noted and the page says the export did not complete; stopped while it notes
// the export of a file already downloaded, the page asks a new worker again, and each case notes that file once.
// Either way every case, exhibit and chain is as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/evidence/verify/verify';
import { startHarness, demoPath, type Harness } from './harness';
import { call, dumpStore, until } from './capture-helpers';
import { storeProblems } from './fault-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/**
 * Holds the page's next call named `name` before it is sent, until `releaseHeld`: the test then knows the call
 * is the next thing the worker will get.
 */
async function holdNext(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => {
    const w = window as unknown as { __hold?: string; __held?: (() => void)[]; __wrapped?: boolean };
    w.__hold = n;
    w.__held ??= [];
    if (w.__wrapped) return;
    w.__wrapped = true;
    const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (...a: unknown[]) => unknown;
    (chrome.runtime as unknown as { sendMessage: unknown }).sendMessage = (msg: { call?: string }, ...rest: unknown[]) => {
      if (!msg?.call || msg.call !== w.__hold) return send(msg, ...rest);
      w.__hold = undefined;
      // webextension-polyfill passes a callback on Chrome; a promise is returned otherwise.
      if (rest.some((r) => typeof r === 'function')) return void w.__held!.push(() => void send(msg, ...rest));
      return new Promise((ok) => w.__held!.push(() => ok(send(msg, ...rest))));
    };
  }, name);
}
const waitHeld = (page: Page) => page.waitForFunction(() => ((window as unknown as { __held?: unknown[] }).__held ?? []).length > 0, { timeout: 30_000 });
const releaseHeld = (page: Page) => page.evaluate(() => (window as unknown as { __held: (() => void)[] }).__held.shift()!());

/**
 * Makes the service worker's `crypto.subtle[fn]` never settle from its `from`-th call on (the handler is then in
 * the middle of the call, awaiting it), releases the held call, and stops the worker once the handler is stuck.
 */
async function stopWorkerInside(page: Page, fn: 'sign' | 'digest', from: number): Promise<void> {
  const worker = await h.worker();
  await worker.evaluate((f, n) => {
    const subtle = crypto.subtle as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const real = subtle[f].bind(crypto.subtle);
    let calls = 0;
    subtle[f] = (...a: unknown[]) => {
      if (++calls < n) return real(...a);
      (globalThis as { __stuck?: boolean }).__stuck = true;
      return new Promise(() => undefined);
    };
  }, fn, from);
  await releaseHeld(page);
  await until(() => worker.evaluate(() => (globalThis as { __stuck?: boolean }).__stuck === true), 10_000, `the worker inside ${fn}`);
  await worker.close();
}

const downloads = (page: Page) => page.evaluate(() => chrome.downloads.search({}).then((items) => items.map((d) => ({ state: d.state, file: d.filename.split('/').pop() ?? '' }))));
const exportsOf = (custody: { caseId?: string; event: string; detail: string }[], caseId: string) => custody.filter((e) => e.caseId === caseId && e.event === 'export').map((e) => e.detail);

describe('service worker stopped during an export', () => {
  it('says the export did not complete and changes nothing; exported again, the file is noted once per case even when the worker stops after noting one', async () => {
    const { popup, tabId } = await h.openPopupOn(h.origin + demoPath);
    const listed = await call(popup, 'page.listReviews', { tabId });
    const a = await call(popup, 'capture.review', { tabId, key: listed.reviews[0].key });
    await call(popup, 'capture.review', { tabId, key: listed.reviews[0].key });
    const b = await call(popup, 'capture.review', { tabId, key: listed.reviews[2].key });
    await popup.close();

    const m = await h.browser.newPage();
    await m.goto(h.extUrl('src/ui/manager/index.html'));
    await m.waitForSelector('li.case-row');
    const before = await dumpStore(m);
    expect(before.exhibits).toHaveLength(3);
    for (const box of await m.$$('li.case-row input[type=checkbox]')) await box.click();

    // 1. Stopped while it signs the bundle: nothing downloaded, nothing noted, and the page says so.
    await holdNext(m, 'bundle.sign');
    await m.$eval('button.export-selected', (x) => (x).click());
    await waitHeld(m);
    await stopWorkerInside(m, 'sign', 1);
    await m.waitForSelector('.exported, .error', { timeout: 30_000 });
    expect(await m.$('.exported')).toBeNull();
    const shown = await m.$eval('.error', (e) => e.textContent ?? '');
    expect(shown).toBe(await m.evaluate(() => chrome.i18n.getMessage('err_exportInterrupted')));
    expect(shown).toMatch(/Rien n’a été téléchargé/);
    expect(await downloads(m)).toEqual([]);
    expect(readdirSync(h.downloadDir)).toEqual([]);
    const afterStop = await dumpStore(m);
    expect(afterStop.cases).toEqual(before.cases);
    expect(afterStop.exhibits).toEqual(before.exhibits);
    expect(afterStop.custody).toEqual(before.custody);
    expect(await storeProblems(m, afterStop)).toEqual([]);

    // 2. Exported again (a new worker answers); this time the worker stops while it notes the export, after the
    //    first case's entry is written and before the second's.
    await holdNext(m, 'custody.logExport');
    await m.$eval('button.export-selected', (x) => (x).click());
    await waitHeld(m);
    // The bundle is whole on disk before the export is noted.
    expect((await downloads(m)).map((d) => d.state)).toEqual(['complete']);
    await holdNext(m, 'custody.logExport'); // the page's second try, held to look at the store in between
    await stopWorkerInside(m, 'digest', 2);
    await waitHeld(m);
    const between = await dumpStore(m);
    const noted = [a.caseId, b.caseId].map((id) => exportsOf(between.custody, id).length);
    expect(noted.sort()).toEqual([0, 1]);
    await releaseHeld(m);
    await m.waitForSelector('.exported, .error', { timeout: 30_000 });
    expect(await m.$('.error')).toBeNull();

    const [zip] = await downloads(m);
    expect(zip.state).toBe('complete');
    expect(readdirSync(h.downloadDir)).toEqual([zip.file]);
    const after = await dumpStore(m);
    expect(await storeProblems(m, after)).toEqual([]);
    expect(after.exhibits).toEqual(before.exhibits);
    for (const caseId of [a.caseId, b.caseId]) {
      const notes = exportsOf(after.custody, caseId);
      expect(notes, caseId).toHaveLength(1);
      expect(notes[0]).toContain(zip.file);
    }
    const result = await verifyBundle(new Uint8Array(readFileSync(join(h.downloadDir, zip.file))));
    expect(result.firstFailure).toBeUndefined();
    expect(result.checks.find((c) => c.id === 'exhibit-chain')!.params).toMatchObject({ exhibits: 3, cases: 2 });
  });
});
