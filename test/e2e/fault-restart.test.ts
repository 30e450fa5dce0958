// The browser closed between two captures (the doctor shuts the laptop, Chrome updates and restarts): relaunched on
// the same profile, every case is there as it was — same seals, same chains — and the next capture of a review
// already kept joins its case as exhibit 2, chained to the exhibit sealed before the restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';
import { call, dumpStore } from './capture-helpers';
import { storeProblems } from './fault-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('browser restarted between two captures', () => {
  it('keeps every case whole across the restart, and the capture after it chains to the one before', async () => {
    const first = await h.openPopupOn(h.origin + demoPath);
    const listed = await call(first.popup, 'page.listReviews', { tabId: first.tabId });
    const [keyA, keyB] = [listed.reviews[0].key, listed.reviews[2].key];
    const a1 = await call(first.popup, 'capture.review', { tabId: first.tabId, key: keyA });
    const before = await dumpStore(first.popup);
    expect(before.exhibits).toHaveLength(1);
    expect(await storeProblems(first.popup, before)).toEqual([]);

    await h.restart();

    const second = await h.openPopupOn(h.origin + demoPath);
    // Nothing was under way when the browser closed: the popup has no « capture interrompue » to show.
    expect((await call(second.popup, 'capture.status', {})).interrupted).toEqual([]);
    const kept = await dumpStore(second.popup);
    expect(kept.cases).toEqual(before.cases);
    expect(kept.exhibits).toEqual(before.exhibits);
    expect(kept.custody).toEqual(before.custody);
    expect(kept.blobCount).toBe(before.blobCount);

    const relisted = await call(second.popup, 'page.listReviews', { tabId: second.tabId });
    expect(relisted.reviews.map((r) => r.key)).toEqual(listed.reviews.map((r) => r.key));
    const a2 = await call(second.popup, 'capture.review', { tabId: second.tabId, key: keyA });
    const b1 = await call(second.popup, 'capture.review', { tabId: second.tabId, key: keyB });
    expect(a2.caseId).toBe(a1.caseId);
    expect(b1.caseId).not.toBe(a1.caseId);

    const after = await dumpStore(second.popup);
    expect(await storeProblems(second.popup, after)).toEqual([]);
    expect(after.cases).toHaveLength(2);
    const chainA = after.exhibits.filter((e) => e.caseId === a1.caseId).sort((x, y) => x.sequence - y.sequence);
    expect(chainA.map((e) => e.sequence)).toEqual([1, 2]);
    expect(chainA[0]).toEqual(before.exhibits[0]);
    expect(chainA[1].seal).toBe(a2.seal);
    expect(chainA[1].previousSeal).toBe(a1.seal);
    // The custody chain of case A goes on from the entry written before the restart.
    const custodyA = after.custody.filter((e) => e.caseId === a1.caseId).sort((x, y) => x.seq - y.seq);
    expect(custodyA.map((e) => e.event)).toEqual(['capture', 'capture']);
    expect(custodyA[1].prevHash).toBe(before.custody[0].hash);
    expect(after.exhibits.filter((e) => e.caseId === b1.caseId).map((e) => [e.sequence, e.previousSeal])).toEqual([[1, null]]);
    expect(after.jobs).toEqual([]);
  });
});
