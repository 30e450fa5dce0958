// Series capture, end to end in Chromium, on the 60-review demo page (demo/series.html, infinite scroll): the popup
// leads to « Capturer plusieurs avis », which loads every review by scrolling the pane, filters the one-star ones,
// says how long it will take, captures them into ONE case (each its own sealed exhibit, plus the listing's summary),
// shows the pattern, and exports a bundle that verifies. A cancelled series keeps whole exhibits only, marked
// « série interrompue ». Fifty reviews take under a minute.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { exportFromManager, startBundleHarness, type BundleHarness } from './bundle-helpers';
import { dumpStore } from './capture-helpers';
import { verifyBundle } from '../../src/evidence/verify/verify';
import { PAGE_SIZE, saveScreen } from './screens';

let h: BundleHarness;
beforeAll(async () => {
  h = await startBundleHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const text = (p: Page, sel: string) => p.$eval(sel, (e) => e.textContent ?? '');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Serious or critical accessibility violations (axe-core), as in accessibility.test.ts. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical').map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

/** Opens the demo listing, clicks Avisé, and follows the popup's « Capturer plusieurs avis » link. */
async function openSeriesPage(): Promise<{ page: Page; series: Page; tabId: number }> {
  const { page, popup, tabId } = await h.openPopupOn(`${h.origin}/demo/series.html`);
  await popup.waitForSelector('.series-link');
  const opened = h.browser.waitForTarget((t) => t.url().includes(`src/ui/series/index.html?tabId=${tabId}`));
  await popup.click('.series-link');
  const series = (await (await opened).page())!;
  await series.waitForSelector('.page-title');
  return { page, series, tabId };
}

async function loadAll(series: Page, limit?: number): Promise<void> {
  if (limit) {
    await series.$eval('input.limit', (e) => ((e).value = ''));
    await series.type('input.limit', String(limit));
  }
  await series.click('button.load-all');
  await series.waitForSelector('.load-progress progress');
  await series.waitForSelector('.load-note', { timeout: 60_000 });
}

const caseOf = async (series: Page) => {
  const href = await series.$eval('a.open-case', (a) => (a).href);
  return decodeURIComponent(href.split('#case=')[1]);
};

describe('capturing a series of reviews', () => {
  it('captures the one-star reviews of a 60-review listing into one case whose bundle verifies, and shows the pattern', async () => {
    const { page, series } = await openSeriesPage();
    expect(await series.$$eval('ul.candidates li', (l) => l.length)).toBe(10); // what the page shows before scrolling

    await loadAll(series);
    expect(await text(series, '.load-note')).toMatch(/60 avis/);
    expect(await series.$$eval('ul.candidates li', (l) => l.length)).toBe(60);

    await series.click('input[name=mode][value=filter]');
    await series.click('input.rating-1');
    await series.waitForFunction(() => document.querySelector('.selected-count')?.textContent?.includes('12 avis choisis sur 60'));
    // The time it will take is said before starting.
    const estimate = await text(series, '.estimate');
    expect(estimate).toMatch(/^12 avis et le résumé de la fiche : environ \d+ secondes\.$/);
    expect(Number(/environ (\d+)/.exec(estimate)![1])).toBeGreaterThanOrEqual(6);
    expect(await violations(series)).toEqual([]);

    await series.click('button.start-series');
    await series.waitForSelector('.series-progress progress');
    await series.waitForSelector('.series-done', { timeout: 90_000 });
    expect(await text(series, '.series-status')).toMatch(/Série complète : 12 avis capturés sur 12/);

    // The pattern: 12 one-star reviews in 3 days, 5 near-duplicates, all by single-review accounts.
    expect(await text(series, 'tr.p-count td')).toBe('12');
    expect(await text(series, 'tr.p-one-star td')).toBe('100 %');
    expect(await text(series, 'tr.p-burst td')).toMatch(/^12 avis entre le \d{4}-\d\d-\d\d et le \d{4}-\d\d-\d\d, dont 12 à 1 étoile \(pièces n° 2, n° 3, n° 4/);
    expect(await text(series, 'tr.p-authors td')).toMatch(/^12 compte\(s\) à un seul avis/);
    expect(await series.$$eval('.dup-group', (g) => g.length)).toBe(1);
    expect(await text(series, '.dup-group p')).toMatch(/^5 avis à la formulation très proche \(pièces n° 2, n° 3, n° 4, n° 5, n° 6/);
    expect(await series.$$eval('mark.shared-phrase', (m) => m.map((x) => x.textContent).join(' | '))).toContain('incompétent et méprisant');
    expect(await text(series, '.legal-frame')).toMatch(/222-33-2-2/);
    expect(await text(series, '.legal-frame')).toMatch(/faux engagement/);
    expect(await violations(series)).toEqual([]);
    await series.evaluate(() => window.scrollTo(0, 0));
    await saveScreen(series, 'series', PAGE_SIZE);
    // The platform report cites the pattern with the exhibits' numbers.
    const report = await series.$eval('textarea.report-text', (e) => (e).value);
    expect(report).toMatch(/12 avis ont été publiés entre le .* dont 12 à 1 étoile \(pièces n° 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13\)/);
    expect(report).toMatch(/5 avis reprennent presque mot pour mot le même texte \(pièces n° 2, 3, 4, 5, 6\)/);

    const caseId = await caseOf(series);
    const store = await dumpStore(series);
    const exhibits = store.exhibits.filter((e) => e.caseId === caseId).sort((a, b) => a.sequence - b.sequence);
    expect(exhibits).toHaveLength(13); // the listing's summary, then the 12 reviews
    expect(exhibits[0].artefacts.map((a) => a.kind)).toContain('page.mhtml');
    expect(exhibits[0].review.text).toMatch(/Cabinet Médical des Tilleuls/);
    expect(exhibits.slice(1).every((e) => e.review.rating === 1)).toBe(true);
    expect(new Set(exhibits.slice(1).map((e) => e.review.id)).size).toBe(12);
    exhibits.forEach((e, i) => expect(e.previousSeal).toBe(i === 0 ? null : exhibits[i - 1].seal));
    expect(store.jobs).toEqual([]);
    expect(store.cases.filter((c) => c.id === caseId)).toHaveLength(1);
    // The case's custody log ends with the series, its selection and its pattern, facts only.
    const note = store.custody.filter((c) => c.caseId === caseId).at(-1)!;
    expect(note.detail).toMatch(/^series capture complete: 12 of 12 reviews captured from .*demo\/series\.html, with the listing’s summary; selection: 12 reviews by filter \(rating 1\); pattern: 12 reviews, .*one-star 12 \(100%\), burst of 12 .*near-identical texts: exhibits 2, 3, 4, 5, 6.*12 single-review accounts$/);

    // The case page shows the same pattern; its bundle verifies (every seal, the chain, the files).
    const zip = await exportFromManager(h, caseId);
    const result = await verifyBundle(new Uint8Array(readFileSync(zip)));
    expect(result.firstFailure).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.checks.filter((c) => c.id.startsWith('seal:'))).toHaveLength(13);
    const manager = await h.browser.newPage();
    await manager.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`));
    await manager.waitForSelector('.series-panel tr.p-burst');
    expect(await text(manager, '.series-panel tr.p-count td')).toBe('12');
    await manager.close();
    await series.close();
    await page.close();
  }, 240_000);

  it('captures 50 reviews, loaded within a limit of 50, in under a minute', async () => {
    const { page, series } = await openSeriesPage();
    await loadAll(series, 50);
    expect(await text(series, '.load-note')).toMatch(/Limite atteinte : 50 avis/);
    expect(await text(series, '.selected-count')).toMatch(/^50 avis choisis sur 50/);
    const t0 = Date.now();
    await series.click('button.start-series');
    await series.waitForSelector('.series-done', { timeout: 120_000 });
    const ms = Date.now() - t0;
    console.log(`series of 50 reviews + summary: ${ms} ms (${Math.round(ms / 50)} ms per review)`);
    expect(await text(series, '.series-status')).toMatch(/50 avis capturés sur 50/);
    expect(ms).toBeLessThan(60_000);
    await series.close();
    await page.close();
  }, 240_000);

  it('a cancelled series keeps whole sealed exhibits only, marked « série interrompue »', async () => {
    const { page, series } = await openSeriesPage();
    await loadAll(series);
    await series.click('button.start-series');
    await series.waitForFunction(() => /^([3-9]|\d\d) avis capturés/.test(document.querySelector('.series-progress span')?.textContent ?? ''), { timeout: 60_000 });
    await series.click('button.cancel-series');
    await series.waitForSelector('.series-done', { timeout: 30_000 });
    const status = await text(series, '.series-status');
    const m = /^Série interrompue : (\d+) avis capturés sur 60/.exec(status);
    expect(m, status).not.toBeNull();
    const captured = Number(m![1]);
    expect(captured).toBeGreaterThanOrEqual(3);
    expect(captured).toBeLessThan(60);

    const caseId = await caseOf(series);
    const store = await dumpStore(series);
    const exhibits = store.exhibits.filter((e) => e.caseId === caseId);
    expect(exhibits).toHaveLength(captured + 1);
    expect(store.jobs).toEqual([]); // no capture left half-done
    const zip = await exportFromManager(h, caseId);
    const result = await verifyBundle(new Uint8Array(readFileSync(zip)));
    expect(result.firstFailure).toBeUndefined();
    expect(result.ok).toBe(true);
    const manager = await h.browser.newPage();
    await manager.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`));
    await manager.waitForSelector('.series-panel .series-status.interrupted');
    expect(await text(manager, '.series-panel .series-status')).toMatch(/Série interrompue/);
    await manager.close();
    await series.close();
    await page.close();
  }, 240_000);
});
