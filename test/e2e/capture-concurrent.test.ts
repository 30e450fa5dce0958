// Captures asked for at the same time (popup reopened while a capture runs, context menu, a second window) must not
// crop each other's pixels nor race for a case's chain head; custody entries written at the same time must all be
// chained, none lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { verifyCustodyChain } from '../../src/evidence/custody';
import { startHarness, type Harness } from './harness';
import { artefactBytes, call, decodePng, dumpStore, exhibitById, pixel, pngSize } from './capture-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await h?.close();
});

/** Colour of each band of a card (sampled in its middle), as the page lays it out and as review.png shows it. */
async function bandColours(page: Page, popup: Page, exhibitId: string, reviewId: string): Promise<{ want: string[]; got: string[] }> {
  const lay = await page.evaluate((id) => {
    const card = document.querySelector(`[data-review-id="${id}"]`)!;
    const r = card.getBoundingClientRect();
    const bands = Array.from(card.querySelectorAll<HTMLElement>('.band')).map((b) => {
      const br = b.getBoundingClientRect();
      const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(b).backgroundColor)!;
      return { mid: br.top - r.top + br.height / 2, rgb: [Number(m[1]), Number(m[2]), Number(m[3])] };
    });
    return { width: r.width, innerWidth: window.innerWidth, bands };
  }, reviewId);
  const ex = await exhibitById(popup, exhibitId);
  const scale = pngSize(await artefactBytes(popup, ex, 'viewport.png')).width / lay.innerWidth;
  const img = decodePng(await artefactBytes(popup, ex, 'review.png'));
  const q = (c: number[]) => c.map((v) => Math.round(v / 8) * 8).join(',');
  return { want: lay.bands.map((b) => q(b.rgb)), got: lay.bands.map((b) => q(pixel(img, (lay.width / 2) * scale, b.mid * scale))) };
}

describe('captures and custody writes at the same time', () => {
  it('three captures asked at once all succeed, each with its own review’s pixels, same-case ones chained', async () => {
    const { page, popup, tabId } = await h.openPopupOn(`${h.origin}/fixtures/bands/page.html`);
    await popup.waitForSelector('li.review');
    const listed = await call(popup, 'page.listReviews', { tabId });
    const key = (id: string) => listed.reviews.find((r) => r.id === id)!.key;
    const settled = await Promise.allSettled([
      call(popup, 'capture.review', { tabId, key: key('bands-six') }),
      call(popup, 'capture.review', { tabId, key: key('bands-tall') }),
      call(popup, 'capture.review', { tabId, key: key('bands-six') }),
    ]);
    expect(settled.map((s) => (s.status === 'rejected' ? String(s.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
    const [six1, tall, six2] = settled.map((s) => (s as PromiseFulfilledResult<{ exhibitId: string; caseId: string; seal: string }>).value);

    for (const [r, id] of [[six1, 'bands-six'], [tall, 'bands-tall'], [six2, 'bands-six']] as const) {
      const { want, got } = await bandColours(page, popup, r.exhibitId, id);
      expect(got, `${id} (${r.exhibitId})`).toEqual(want);
    }
    expect(six2.caseId).toBe(six1.caseId);
    const store = await dumpStore(popup);
    const sixChain = store.exhibits.filter((e) => e.caseId === six1.caseId).sort((a, b) => a.sequence - b.sequence);
    expect(sixChain.map((e) => e.sequence)).toEqual([1, 2]);
    expect(sixChain[1].previousSeal).toBe(sixChain[0].seal);
    expect(store.jobs).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('custody entries appended at the same time to one case are all kept, in one intact chain', async () => {
    const { page, popup } = await h.openPopupOn(`${h.origin}/fixtures/bands/page.html`);
    const [caseId] = (await call(popup, 'cases.list', {})).map((c) => c.id);
    const before = await call(popup, 'custody.list', { caseId });
    const settled = await Promise.allSettled([1, 2, 3, 4, 5, 6].map((n) => call(popup, 'custody.logExport', { caseIds: [caseId], filename: `b${n}.zip`, sha256: '0'.repeat(64) })));
    expect(settled.map((s) => (s.status === 'rejected' ? String(s.reason) : 'ok'))).toEqual(Array(6).fill('ok'));
    const after = await call(popup, 'custody.list', { caseId });
    expect(after).toHaveLength(before.length + 6);
    expect(await verifyCustodyChain(after)).toBeNull();
    await popup.close();
    await page.close();
  });
});
