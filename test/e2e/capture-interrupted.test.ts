// A capture cut off by the browser stopping the service worker (as Chrome does to idle or crashed workers) leaves
// nothing half-written: no exhibit, no case, no custody entry, no blob — only the job marker, which the popup shows
// as « capture interrompue » until the doctor dismisses it; the capture can then be redone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { call, dumpStore, reopenPopup, reviewAt, until, waitInPopup } from './capture-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await h?.close();
});

describe('capture interrupted by stopping the service worker', () => {
  it('stores nothing, tells the doctor in the popup, and the notice can be dismissed', async () => {
    // The 2.5-viewport review is stitched from several captures paced at 2 per second: over a second of capture.
    const url = `${h.origin}/fixtures/bands/page.html`;
    const { page, popup, tabId } = await h.openPopupOn(url);
    await popup.waitForSelector('li.review');
    const worker = await h.worker();
    await popup.$eval(`${reviewAt(1)} button.capture`, (b) => (b).click());
    // The job marker is written first; stop the worker while the capture is in flight.
    const job = await until(async () => (await dumpStore(popup)).jobs[0], 5000, 'the capture job');
    expect(job.url).toBe(url);
    await worker.close();

    // The popup's call fails (the worker that would have answered is gone): it shows an error, not a success.
    await popup.waitForSelector('p.error', { timeout: 10000 });
    expect(await popup.$('li.review .captured')).toBeNull();
    // Give a surviving capture time to commit, had the worker not really stopped.
    await new Promise((r) => setTimeout(r, 1500));
    const store = await dumpStore(popup);
    expect(store.exhibits).toEqual([]);
    expect(store.cases).toEqual([]);
    expect(store.custody).toEqual([]);
    expect(store.blobCount).toBe(0);
    expect(store.jobs.map((j) => j.id)).toEqual([job.id]);
    // The next call starts a new worker, which reports the job as interrupted (it is not one of its own).
    expect((await call(popup, 'capture.status', {})).interrupted.map((j) => j.id)).toEqual([job.id]);
    await popup.close();

    // Reopened, the popup (a new worker answers) says the capture must be redone.
    const again = await reopenPopup(h, tabId);
    await again.waitForSelector('.notice[role="alert"]', { timeout: 10000 });
    const notice = await again.$eval('.notice[role="alert"]', (e) => e.textContent ?? '');
    expect(notice).toMatch(/interrompue|interrupted/i);
    expect(notice).toContain(url);
    expect((await call(again, 'capture.status', {})).interrupted.map((j) => j.id)).toEqual([job.id]);

    await again.$eval('.notice[role="alert"] button', (b) => (b).click());
    await again.waitForFunction(() => !document.querySelector('.notice'), { timeout: 5000 });
    expect((await call(again, 'capture.status', {})).interrupted).toEqual([]);
    expect((await dumpStore(again)).jobs).toEqual([]);

    // Redone, the capture is sealed normally.
    await again.waitForSelector('li.review');
    await again.$eval(`${reviewAt(1)} button.capture`, (b) => (b).click());
    await waitInPopup(again, 'li.review .captured');
    const after = await dumpStore(again);
    expect(after.exhibits).toHaveLength(1);
    expect(after.exhibits[0].review.id).toBe('bands-tall');
    expect(after.exhibits[0].sequence).toBe(1);
    expect(after.custody).toHaveLength(1);
    expect(after.jobs).toEqual([]);
    await again.close();
    await page.close();
  });
});
