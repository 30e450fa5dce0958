// Pixels: the stored review.png is the review's box at the capture scale, and its pixels come from that review —
// checked on reviews made of horizontal colour bands of known colours (test/fixtures/pages/bands/), a short one, one
// about 2.5 viewports tall (stitched from several captures), in a document that scrolls and in an inner scrolling
// pane like the Google Maps one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startHarness, type Harness } from './harness';
import { artefactBytes, call, decodePng, exhibitById, pixel, pngSize, type Image } from './capture-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await h?.close();
});

interface Layout {
  card: { width: number; height: number };
  innerWidth: number;
  bands: { top: number; height: number; rgb: [number, number, number] }[];
}

/** The card's size and its bands (offset from the card's top, colour), as the page lays them out. */
async function layout(page: Page, reviewId: string): Promise<Layout> {
  return page.evaluate((id) => {
    const card = document.querySelector(`[data-review-id="${id}"]`)!;
    const r = card.getBoundingClientRect();
    const bands = Array.from(card.querySelectorAll<HTMLElement>('.band')).map((b) => {
      const br = b.getBoundingClientRect();
      const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(b).backgroundColor)!;
      return { top: br.top - r.top, height: br.height, rgb: [Number(m[1]), Number(m[2]), Number(m[3])] as [number, number, number] };
    });
    return { card: { width: r.width, height: r.height }, innerWidth: window.innerWidth, bands };
  }, reviewId);
}

async function captureById(file: string, reviewId: string) {
  const { page, popup, tabId } = await h.openPopupOn(`${h.origin}/fixtures/bands/${file}`);
  await popup.waitForSelector('li.review');
  const listed = await call(popup, 'page.listReviews', { tabId });
  const idx = ['bands-six', 'bands-tall'].indexOf(reviewId);
  const result = await call(popup, 'capture.review', { tabId, key: listed.reviews[idx].key });
  const ex = await exhibitById(popup, result.exhibitId);
  expect(ex.review.id).toBe(reviewId);
  const png = await artefactBytes(popup, ex, 'review.png');
  const viewport = pngSize(await artefactBytes(popup, ex, 'viewport.png'));
  const lay = await layout(page, reviewId);
  return { page, popup, ex, png, lay, scale: viewport.width / lay.innerWidth, result };
}

function expectBands(img: Image, lay: Layout, scale: number) {
  const x = (lay.card.width / 2) * scale;
  const seen: string[] = [];
  const want: string[] = [];
  for (const b of lay.bands) {
    // Near the top, the middle and the bottom of each band: a seam off by more than a few px shows here.
    for (const dy of [6, b.height / 2, b.height - 6]) {
      const got = pixel(img, x, (b.top + dy) * scale);
      seen.push(got.map((v) => Math.round(v / 8) * 8).join(','));
      want.push(b.rgb.map((v) => Math.round(v / 8) * 8).join(','));
    }
  }
  // Compared as one list so that a failure shows which bands are out of place.
  expect(seen).toEqual(want);
}

function expectSize(png: Buffer, lay: Layout, scale: number) {
  const size = pngSize(png);
  expect(Math.abs(size.width - lay.card.width * scale), `width ${size.width} vs ${lay.card.width}×${scale}`).toBeLessThanOrEqual(1);
  expect(Math.abs(size.height - lay.card.height * scale), `height ${size.height} vs ${lay.card.height}×${scale}`).toBeLessThanOrEqual(1);
}

describe('review.png: size and pixels come from the review', () => {
  it('a short review (6 bands of 100 px) is cropped at its box, bands in order', async () => {
    const { page, popup, png, lay, scale, ex } = await captureById('page.html', 'bands-six');
    expect(lay.bands.map((b) => b.rgb)).toEqual([[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 0], [255, 0, 255], [0, 255, 255]]);
    expectSize(png, lay, scale);
    expectBands(decodePng(png), lay, scale);
    expect(ex.artefacts.find((a) => a.kind === 'review.png')?.note).toMatch(/cropped/);
    await popup.close();
    await page.close();
  });

  it('a review 2.5 viewports tall is captured whole, stitched, bands in order', async () => {
    const { page, popup, png, lay, scale, ex, result } = await captureById('page.html', 'bands-tall');
    expect(lay.bands).toHaveLength(20);
    expect(lay.card.height).toBeGreaterThan(2.5 * 800);
    expectSize(png, lay, scale);
    expectBands(decodePng(png), lay, scale);
    expect(ex.artefacts.find((a) => a.kind === 'review.png')?.note).toMatch(/stitched from [3-9] viewport captures/);
    console.log(`[capture] tall review (document scroll), ${lay.card.height} px: ${result.durationMs} ms`);
    await popup.close();
    await page.close();
  });

  it('inside an inner scrolling pane (600 px, like the Maps pane): short and tall reviews whole, bands in order', async () => {
    for (const id of ['bands-six', 'bands-tall']) {
      const { page, popup, png, lay, scale, ex, result } = await captureById('page.pane.html', id);
      expectSize(png, lay, scale);
      expectBands(decodePng(png), lay, scale);
      if (id === 'bands-tall') {
        expect(ex.artefacts.find((a) => a.kind === 'review.png')?.note).toMatch(/stitched from \d+ viewport captures/);
        console.log(`[capture] tall review (inner pane), ${lay.card.height} px: ${result.durationMs} ms`);
      }
      await popup.close();
      await page.close();
    }
  });
});
