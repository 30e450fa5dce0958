// Beyond the review crop: a full-page image where the page scrolls at window level, none where it does not
// (the Maps-like demo: the whole page is in viewport.png), and an annotated copy that never replaces the original.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';
import { artefactBytes, call, decodePng, exhibitById, pixel, pngSize } from './capture-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await h?.close();
});

describe('full-page and annotated images', () => {
  it('stitches the whole scrolling page, top to bottom, and scrolls back to where it was', async () => {
    const { page, popup, tabId } = await h.openPopupOn(`${h.origin}/fixtures/bands/page.html`);
    await popup.waitForSelector('li.review');
    const listed = await call(popup, 'page.listReviews', { tabId });
    const result = await call(popup, 'capture.review', { tabId, key: listed.reviews[0].key });
    const ex = await exhibitById(popup, result.exhibitId);
    const full = ex.artefacts.find((a) => a.kind === 'fullpage.png');
    expect(full, 'fullpage.png').toBeDefined();
    const { scrollHeight, innerWidth, innerHeight, scrollY } = await page.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerWidth: window.innerWidth, innerHeight: window.innerHeight, scrollY: window.scrollY }));
    const viewport = pngSize(await artefactBytes(popup, ex, 'viewport.png'));
    const scale = viewport.width / innerWidth;
    const img = decodePng(await artefactBytes(popup, ex, 'fullpage.png'));
    expect(img.width).toBe(viewport.width);
    expect(Math.abs(img.height - Math.min(scrollHeight, innerHeight * 6) * scale)).toBeLessThanOrEqual(1);
    // The tall review's bands sit in the full page where the page lays them out (document coordinates).
    const bands = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-review-id="bands-tall"] .band')).map((b) => {
        const r = b.getBoundingClientRect();
        const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(b).backgroundColor)!;
        return { y: r.top + window.scrollY + r.height / 2, x: r.left + r.width / 2, rgb: [Number(m[1]), Number(m[2]), Number(m[3])] };
      }),
    );
    const inside = bands.filter((b) => b.y * scale < img.height - 2);
    expect(inside.length).toBeGreaterThan(5);
    for (const b of inside) expect(pixel(img, b.x * scale, b.y * scale).map((v) => Math.round(v / 8))).toEqual(b.rgb.map((v) => Math.round(v / 8)));
    // Every scroll was logged, and the page was put back where the review capture left it.
    expect(ex.actions.filter((a) => /full-page/.test(a.detail)).length).toBeGreaterThanOrEqual(2);
    expect(ex.actions.some((a) => a.kind === 'restore' && /scrolled back/.test(a.detail))).toBe(true);
    expect(scrollY).toBeGreaterThanOrEqual(0);
  });

  it('adds no full-page image where the page does not scroll, and an annotated copy derived from viewport.png', async () => {
    const { popup, tabId } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    const listed = await call(popup, 'page.listReviews', { tabId });
    const result = await call(popup, 'capture.review', { tabId, key: listed.reviews[0].key });
    const ex = await exhibitById(popup, result.exhibitId);
    expect(ex.artefacts.map((a) => a.kind)).not.toContain('fullpage.png');
    const viewport = ex.artefacts.find((a) => a.kind === 'viewport.png')!;
    const annotated = ex.artefacts.find((a) => a.kind === 'annotated.png')!;
    expect(annotated.derivedFrom?.sha256).toBe(viewport.sha256);
    expect(annotated.sha256).not.toBe(viewport.sha256);
    const a = decodePng(await artefactBytes(popup, ex, 'annotated.png'));
    const v = decodePng(await artefactBytes(popup, ex, 'viewport.png'));
    expect([a.width, a.height]).toEqual([v.width, v.height]);
    // Same picture but for the outline: far from the review, the pixels are identical.
    expect(pixel(a, v.width - 10, v.height - 10)).toEqual(pixel(v, v.width - 10, v.height - 10));
  });
});
