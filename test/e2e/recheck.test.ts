// « L'avis est-il toujours en ligne ? » (issue 11 §4): on the demo listing served changed, the re-check finds the
// review again by its id, records « modifié » with the word diff as a new exhibit chained to the first; on the
// listing without it, « supprimé » with a capture of the page without the review (viewport and MHTML), chained
// as the next exhibit; both in the case's custody log, in plain French, and the bundle verifies. From the case
// page, the popup opened on the review's tab offers « Vérifier si l’avis est toujours en ligne » and says the outcome.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBundleHarness, demoPath, exportFromManager, type BundleHarness } from './bundle-helpers';
import { call, reopenPopup } from './capture-helpers';
import { clickToolbarButton } from '../../scripts/browser.mjs';
import { custodyPair } from '../../src/evidence/custody-text';
import { verifyBundle } from '../../src/evidence/verify/verify';
import { POPUP_SIZE, saveScreen } from './screens';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe-core violations of any impact. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => `${v.impact} ${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

let h: BundleHarness;
beforeAll(async () => {
  h = await startBundleHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('re-check', () => {
  it('records « modifié » with the diff as a chained exhibit, then « supprimé » when the review is gone', async () => {
    const { popup, tabId } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    const listed = await call(popup, 'page.listReviews', { tabId });
    expect(listed.reviews[0].author).toBe('Marc L.');
    const first = await call(popup, 'capture.review', { tabId, key: listed.reviews[0].key });

    // The author edited the review: same id, shorter text.
    const changed = await h.openPopupOn(`${h.origin}${demoPath}?variante=modifie`);
    await changed.popup.waitForSelector('li.review');
    const modified = await call(changed.popup, 'recheck.run', { tabId: changed.tabId, caseId: first.caseId });
    expect(modified.outcome).toBe('modified');
    expect(modified.diff!.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['et un escroc', 'et refuse de me rembourser']);
    expect(modified.diff!.filter((p) => p.op === 'added')).toEqual([]);
    const view = await call(changed.popup, 'cases.get', { caseId: first.caseId });
    expect(view.exhibits.map((e) => e.id)).toEqual([first.exhibitId, modified.exhibitId]);
    expect(view.exhibits[1].previousSeal).toBe(first.seal);
    expect(view.exhibits[1].review.text).toBe("Ce médecin est un charlatan : il m'a facturé une consultation qui n'a jamais eu lieu. N'allez surtout pas chez lui !");

    // The review is gone from the listing.
    const gone = await h.openPopupOn(`${h.origin}${demoPath}?variante=supprime`);
    await gone.popup.waitForSelector('li.review');
    const removed = await call(gone.popup, 'recheck.run', { tabId: gone.tabId, caseId: first.caseId });
    expect(removed.outcome).toBe('removed');
    expect(removed.captureError).toBeUndefined();
    // The page without the review: a third exhibit, chained to the last one (the modified review's capture).
    const after = await call(gone.popup, 'cases.get', { caseId: first.caseId });
    expect(after.exhibits.map((e) => e.id)).toEqual([first.exhibitId, modified.exhibitId, removed.exhibitId]);
    const pageOnly = after.exhibits[2];
    expect(pageOnly.role).toBe('page-without-review');
    expect(pageOnly.sequence).toBe(3);
    expect(pageOnly.previousSeal).toBe(after.exhibits[1].seal);
    expect(pageOnly.source.url).toBe(`${h.origin}${demoPath}?variante=supprime`);
    expect(pageOnly.artefacts.map((a) => a.kind)).toEqual(['viewport.png', 'page.mhtml', 'environment.json']);
    expect(pageOnly.artefacts.every((a) => a.bytes > 0)).toBe(true);
    expect(pageOnly.review.author).toBe('Marc L.');
    expect(pageOnly.actions.map((a) => a.detail).join('\n')).toMatch(/not found on the page .*captured as shown, without scrolling nor clicking/);

    const custody = await call(gone.popup, 'custody.list', { caseId: first.caseId });
    const rechecks = custody.filter((e) => e.event === 'recheck');
    expect(rechecks.map((e) => e.exhibitId ?? null)).toEqual([modified.exhibitId, removed.exhibitId]);
    const lookup = (id: string) => after.exhibits.find((e) => e.id === id);
    expect(custodyPair(rechecks[0], lookup).fr).toBe("Nouvelle vérification de l’avis en ligne (pièce n° 2) : avis modifié — Ce médecin est un charlatan [-et un escroc -]: il m'a facturé une consultation qui n'a jamais eu lieu[- et refuse de me rembourser-]. N'allez surtout pas chez lui !");
    expect(custodyPair(rechecks[1], lookup).fr).toBe('Nouvelle vérification de l’avis en ligne (pièce n° 3) : avis supprimé');
    expect(custodyPair(custody.find((e) => e.event === 'capture' && e.exhibitId === removed.exhibitId)!, lookup).fr).toBe('Capture de la page de l’avis de Marc L., sans l’avis (pièce n° 3)');

    // The bundle verifies (three seals, the chain) and its report names the third exhibit for what it is.
    const zip = await exportFromManager(h, first.caseId);
    const verdict = await verifyBundle(new Uint8Array(readFileSync(zip)));
    expect(verdict.firstFailure).toBeUndefined();
    expect(verdict.ok).toBe(true);
    expect(verdict.checks.filter((c) => c.id.startsWith('seal:'))).toHaveLength(3);
    expect(verdict.checks.find((c) => c.id === 'exhibit-chain')?.ok).toBe(true);
    const report = execFileSync('unzip', ['-p', zip, '*/data/rapport-de-capture.html'], { encoding: 'utf8' });
    expect(report).toMatch(/<h2 id="ex-3" class="page">Pièce 3 — Page de l’avis, sans l’avis, le \d+(er)? \S+ \d{4} à [^<]*heure de Paris \(Marc L\.\)<\/h2>/);
    expect(report).toContain('L’avis recherché, absent de cette page');

    // The case page says it, and offers the step « avis retiré » on that date.
    const m = await h.browser.newPage();
    await m.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(first.caseId)}`));
    await m.waitForSelector('.recheck-last');
    expect(await m.$eval('.recheck-last', (e) => e.textContent)).toMatch(/: avis supprimé\.$/);
    expect(await m.$eval(`.exhibit-card[data-exhibit="${removed.exhibitId}"] h3`, (e) => e.textContent)).toMatch(/^Pièce 3 — Page de l’avis, sans l’avis, le /);
    await m.waitForSelector(`.exhibit-card[data-exhibit="${removed.exhibitId}"] img.review-shot`);
    await m.click('button.mark-removed');
    await m.waitForSelector('.timeline-step[data-kind="removed"]');
    expect(await m.$eval('.status-now', (e) => e.textContent)).toBe('avis retiré');
    expect(await m.$('button.mark-removed')).toBeNull();
    await m.close();
  }, 120_000);

  it('from the case page, opens the review’s page, checks it once the doctor clicked Avisé there, and offers « avis retiré » when it is gone', async () => {
    const { popup, tabId } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    const listed = await call(popup, 'page.listReviews', { tabId });
    const { caseId } = await call(popup, 'capture.review', { tabId, key: listed.reviews[2].key });

    const m = await h.browser.newPage();
    await m.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`));
    await m.waitForSelector('.recheck button.recheck-open');
    const opened = h.browser.waitForTarget((t) => String(t.type()) === 'page' && t.url().startsWith(h.origin) && t.url() !== popup.url());
    await m.click('.recheck button.recheck-open');
    await m.waitForSelector('.recheck-howto');
    // The page opened is the first capture's; here the demo server then serves it without the review.
    const page = (await (await opened).page())!;
    await page.goto(`${h.origin}${demoPath}?variante=supprime`);
    await clickToolbarButton(h.browser, h.extensionId, page);
    const tabOfPage = await (await h.worker()).evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1);
    const seen = await call(m, 'page.listReviews', { tabId: tabOfPage });
    expect(seen.pendingRecheck?.caseId).toBe(caseId);
    // The popup on that tab leads with « Vérifier si l’avis est toujours en ligne », and says the outcome in plain words.
    const popup2 = await reopenPopup(h, tabOfPage);
    await popup2.waitForSelector('.recheck-panel button.recheck-run');
    expect(await popup2.$eval('.recheck-panel button.primary', (b) => b.textContent)).toBe('Vérifier si l’avis est toujours en ligne');
    expect(await popup2.$eval('.recheck-panel', (e) => e.compareDocumentPosition(document.querySelector('li.review')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    await popup2.$eval('.recheck-panel button.recheck-run', (b) => (b).click());
    await popup2.waitForSelector('.recheck-result[data-outcome="present"]', { timeout: 60_000 });
    // The third demo review is still there on that page: found again, unchanged.
    expect(await popup2.$eval('.recheck-result', (e) => e.textContent)).toBe('L’avis est toujours en ligne et n’a pas changé. Avisé l’a capturé à nouveau et a ajouté cette capture au dossier.');
    expect(await popup2.$('.recheck-panel button.recheck-run')).toBeNull();
    expect(await popup2.$eval('.recheck-panel a.recheck-case', (a) => a.getAttribute('href'))).toContain(encodeURIComponent(caseId));
    await saveScreen(popup2, 'popup-recheck', POPUP_SIZE);
    expect(await violations(popup2)).toEqual([]);
    await popup2.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await violations(popup2)).toEqual([]);
    await popup2.close();
    const custody = await call(m, 'custody.list', { caseId });
    expect(custody.filter((e) => e.event === 'recheck').map((e) => e.detail)).toEqual([expect.stringMatching(/^recheck present at /)]);
    expect((await call(m, 'page.listReviews', { tabId: tabOfPage })).pendingRecheck).toBeUndefined();
    await m.bringToFront();
    await m.reload();
    await m.waitForSelector('.recheck-last');
    expect(await m.$eval('.recheck-last', (e) => e.textContent)).toMatch(/avis toujours en ligne, inchangé/);
    expect(await m.$('button.mark-removed')).toBeNull();
    await m.close();
  }, 120_000);
});
