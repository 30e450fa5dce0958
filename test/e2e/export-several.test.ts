// Several cases exported as one bundle from the case list: one ZIP, both cases' exhibits and chains, and the
// same verifier as the CLI says it is intact.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/evidence/verify/verify';
import { startHarness, demoPath, type Harness } from './harness';
import { call } from './capture-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('exporting several cases', () => {
  it('writes one bundle with every selected case and every re-capture, which verifies', async () => {
    const { popup, tabId } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    const listed = await call(popup, 'page.listReviews', { tabId });
    const a = await call(popup, 'capture.review', { tabId, key: listed.reviews[0].key });
    const b = await call(popup, 'capture.review', { tabId, key: listed.reviews[2].key });
    expect(a.caseId).not.toBe(b.caseId);
    // The same review captured again (a re-check) joins its case as exhibit 2, chained to exhibit 1.
    const again = await call(popup, 'capture.review', { tabId, key: listed.reviews[0].key });
    expect(again.caseId).toBe(a.caseId);

    // Reopened, the popup says which reviews already have a case, and how many exhibits.
    const again2 = await h.openPopupOn(h.origin + demoPath);
    await again2.popup.waitForSelector('li.review');
    const marks = await again2.popup.$$eval('li.review', (lis) => [...lis].sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'))).map((li) => ({ already: li.querySelector('.already')?.textContent ?? null, button: li.querySelector('button.capture')?.textContent })));
    expect(marks[0].already).toMatch(/\b2\b/);
    expect(marks[1].already).toBeNull();
    expect(marks[2].already).toMatch(/\b1\b/);
    expect(marks[0].button).not.toBe(marks[1].button);

    const m = await h.browser.newPage();
    await m.goto(h.extUrl('src/ui/manager/index.html'));
    await m.waitForSelector('li.case-row');
    expect(await m.$$('li.case-row')).toHaveLength(2);
    // Not qualified yet: the list says so instead of showing a deadline.
    await m.waitForFunction(() => document.querySelectorAll('li.case-row .case-deadline').length === 2);
    for (const text of await m.$$eval('li.case-row .case-deadline', (es) => es.map((e) => e.textContent))) expect(text).toMatch(/to qualify|à qualifier/);
    expect(await m.$eval('button.export-selected', (x) => (x).disabled)).toBe(true);
    for (const box of await m.$$('li.case-row input[type=checkbox]')) await box.click();
    await m.$eval('button.export-selected', (x) => (x).click());
    await m.waitForSelector('.exported, .error', { timeout: 30000 });
    expect(await m.$('.error')).toBeNull();

    const zips = readdirSync(h.downloadDir).filter((f) => f.endsWith('.zip'));
    expect(zips).toHaveLength(1);
    const result = await verifyBundle(new Uint8Array(readFileSync(join(h.downloadDir, zips[0]))));
    expect(result.firstFailure).toBeUndefined();
    expect(result.ok).toBe(true);
    const chain = result.checks.find((c) => c.id === 'exhibit-chain')!;
    expect(chain.params).toMatchObject({ exhibits: 3, cases: 2 });
    expect(result.checks.filter((c) => c.id.startsWith('seal:'))).toHaveLength(3);
  });
});
