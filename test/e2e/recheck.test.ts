// « L'avis est-il toujours en ligne ? » (issue 11 §4): on the demo listing served changed, the re-check finds the
// review again by its id, records « modifié » with the word diff as a new exhibit chained to the first; on the
// listing without it, « supprimé »; both in the case's custody log, in plain French.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';
import { call } from './capture-helpers';
import { clickToolbarButton } from '../../scripts/browser.mjs';
import { custodyPair } from '../../src/evidence/custody-text';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
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
    expect(removed.exhibitId).toBeUndefined();

    const custody = await call(gone.popup, 'custody.list', { caseId: first.caseId });
    const rechecks = custody.filter((e) => e.event === 'recheck');
    expect(rechecks.map((e) => e.exhibitId ?? null)).toEqual([modified.exhibitId, null]);
    const lookup = (id: string) => view.exhibits.find((e) => e.id === id);
    expect(custodyPair(rechecks[0], lookup).fr).toBe("Nouvelle vérification de l’avis en ligne (pièce n° 2) : avis modifié — Ce médecin est un charlatan [-et un escroc -]: il m'a facturé une consultation qui n'a jamais eu lieu[- et refuse de me rembourser-]. N'allez surtout pas chez lui !");
    expect(custodyPair(rechecks[1], lookup).fr).toBe('Nouvelle vérification de l’avis en ligne : avis supprimé');

    // The case page says it, and offers the step « avis retiré » on that date.
    const m = await h.browser.newPage();
    await m.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(first.caseId)}`));
    await m.waitForSelector('.recheck-last');
    expect(await m.$eval('.recheck-last', (e) => e.textContent)).toMatch(/: avis supprimé\.$/);
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
    const r = await call(m, 'recheck.run', { tabId: tabOfPage, caseId });
    // The third demo review is still there on that page: found again, unchanged.
    expect(r.outcome).toBe('present');
    expect((await call(m, 'page.listReviews', { tabId: tabOfPage })).pendingRecheck).toBeUndefined();
    await m.bringToFront();
    await m.reload();
    await m.waitForSelector('.recheck-last');
    expect(await m.$eval('.recheck-last', (e) => e.textContent)).toMatch(/avis toujours en ligne, inchangé/);
    expect(await m.$('button.mark-removed')).toBeNull();
    await m.close();
  }, 120_000);
});
