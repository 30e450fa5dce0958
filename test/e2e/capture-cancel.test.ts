// The capture as named steps, seen from the popup: each step shows in plain words while it runs, « Annuler » stops
// a capture before its seal with nothing stored, and the page goes back where the doctor left it (scroll position,
// the text Avisé expanded closed again) whether the capture completes or is cancelled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CAPTURE_STEPS } from '../../src/messaging/protocol';
import { dumpStore, reviewAt, waitInPopup } from './capture-helpers';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await h?.close();
});

const URL_PATH = '/fixtures/bands/page.html';

/**
 * Makes the 20-band review a truncated one, as Google Maps shows long reviews: its bands hidden behind a « Plus »
 * button that, clicked, shows them and removes itself. Expanded, the review is 2.5 viewports tall (stitched from
 * several screenshots paced at two a second: seconds of capture). Then scrolls the window where « the doctor » left it.
 */
async function truncateTallReview(page: Page, scrollY: number): Promise<void> {
  await page.evaluate((y) => {
    const card = document.querySelector('[data-review-id="bands-tall"]')!;
    const bands = card.querySelector<HTMLElement>('.bands')!;
    bands.style.display = 'none';
    const wrap = document.createElement('span');
    const more = document.createElement('button');
    more.className = 'w8nwRe kyuRq';
    more.setAttribute('aria-expanded', 'false');
    more.setAttribute('jsaction', 'pane.review.expandReview');
    more.textContent = 'Plus';
    more.addEventListener('click', () => {
      bands.style.display = '';
      wrap.remove();
    });
    wrap.append(more);
    card.querySelector('.MyEned')!.append(wrap);
    window.scrollTo(0, y);
  }, scrollY);
}

async function pageState(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector('[data-review-id="bands-tall"]')!;
    return {
      scrollY: window.scrollY,
      bandsShown: getComputedStyle(card.querySelector('.bands')!).display !== 'none',
      more: card.querySelector('button.w8nwRe')?.getAttribute('aria-expanded') ?? null,
    };
  });
}

/** Records, in the popup, each step the progress shows (its name and its words) as it changes. */
async function watchSteps(popup: Page): Promise<void> {
  await popup.evaluate(() => {
    const w = window as unknown as { seen: { step: string; text: string; cancel: boolean }[] };
    w.seen = [];
    new MutationObserver(() => {
      const el = document.querySelector('.capture-progress');
      const step = el?.getAttribute('data-step');
      if (el && step && w.seen.at(-1)?.step !== step) w.seen.push({ step, text: el.querySelector('.cap-step')?.textContent ?? '', cancel: !!el.querySelector('button.cap-cancel') });
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const seen = (popup: Page) => popup.evaluate(() => (window as unknown as { seen: { step: string; text: string; cancel: boolean }[] }).seen);

describe('capture progress, cancel and restore', () => {
  it('« Annuler » mid-capture stores nothing (no exhibit, case, blob, custody entry or job) and puts the page back', async () => {
    const { page, popup } = await h.openPopupOn(h.origin + URL_PATH);
    await popup.waitForSelector('li.review');
    await truncateTallReview(page, 123);
    const before = await pageState(page);
    expect(before).toEqual({ scrollY: 123, bandsShown: false, more: 'false' });

    await watchSteps(popup);
    await popup.$eval(`${reviewAt(1)} button.capture`, (b) => (b).click());
    // The doctor cancels while the screen is being captured band by band.
    await waitInPopup(popup, '.capture-progress[data-step="shoot"] button.cap-cancel', 15000);
    expect(await pageState(page)).toMatchObject({ bandsShown: true, more: null }); // the capture did expand it
    await popup.$eval('button.cap-cancel', (b) => (b).click());
    await waitInPopup(popup, 'li.review .cap-cancelled', 15000);
    expect(await popup.$eval('li.review .cap-cancelled', (e) => e.textContent)).toMatch(/Capture annulée|Capture cancelled/);
    expect(await popup.$('p.error')).toBeNull();
    expect(await popup.$('li.review .captured')).toBeNull();
    expect((await seen(popup)).map((s) => s.step)).toEqual(['prepare', 'shoot']);

    // Give a capture that ignored the cancel time to commit, were it still running.
    await new Promise((r) => setTimeout(r, 1500));
    const store = await dumpStore(popup);
    expect(store.exhibits).toEqual([]);
    expect(store.cases).toEqual([]);
    expect(store.custody).toEqual([]);
    expect(store.jobs).toEqual([]);
    expect(store.blobCount).toBe(0);
    expect(await pageState(page)).toEqual(before);
    // The button is back and still works for the doctor.
    await page.$eval('[data-review-id="bands-tall"] button.w8nwRe', (b) => (b).click());
    expect(await pageState(page)).toMatchObject({ bandsShown: true, more: null });
    await popup.close();
    await page.close();
  });

  it('shows each step in plain words, in order, with « Annuler » until the seal; the page is put back and the log says so', async () => {
    const { page, popup } = await h.openPopupOn(h.origin + URL_PATH);
    await popup.waitForSelector('li.review');
    await truncateTallReview(page, 123);
    const before = await pageState(page);

    await watchSteps(popup);
    await popup.$eval(`${reviewAt(1)} button.capture`, (b) => (b).click());
    await waitInPopup(popup, 'li.review .captured', 30000);
    const steps = await seen(popup);
    expect(steps.map((s) => s.step)).toEqual([...CAPTURE_STEPS]);
    const words = Object.fromEntries(steps.map((s) => [s.step, s.text]));
    expect(words.shoot).toBe('Capture de l’écran…');
    expect(words.archive).toBe('Archivage de la page…');
    expect(words.seal).toBe('Scellement…');
    // Cancel is offered until the seal, not after.
    expect(steps.filter((s) => s.cancel).map((s) => s.step)).toEqual(CAPTURE_STEPS.slice(0, CAPTURE_STEPS.indexOf('seal')));
    expect(await popup.$('.capture-progress')).toBeNull();

    expect(await pageState(page)).toEqual(before);
    const ex = (await dumpStore(popup)).exhibits.find((e) => e.source.url.endsWith('/page.html'))!;
    expect(ex.review.id).toBe('bands-tall');
    expect(ex.artefacts.find((a) => a.kind === 'review.png')!.note).toMatch(/stitched from [2-9] viewport captures/);
    const restore = ex.actions.filter((a) => a.kind === 'restore').at(-1)!;
    expect(restore.detail).toMatch(/^page restored: scroll back \(window to 123px\), 1 text collapsed$/);
    expect(ex.actions.at(-1)).toBe(restore);
    await popup.close();
    await page.close();
  });

  it('puts the reviews pane back at the doctor’s place after stitching a review inside it', async () => {
    const { page, popup } = await h.openPopupOn(`${h.origin}/fixtures/bands/page.pane.html`);
    await popup.waitForSelector('li.review');
    const paneTop = () => page.$eval('.m6QErb', (p) => p.scrollTop);
    await page.$eval('.m6QErb', (p) => (p.scrollTop = 57));
    expect(await paneTop()).toBe(57);
    await popup.$eval(`${reviewAt(1)} button.capture`, (b) => (b).click());
    await waitInPopup(popup, 'li.review .captured', 30000);
    expect(await paneTop()).toBe(57);
    const ex = (await dumpStore(popup)).exhibits.find((e) => e.source.url.endsWith('page.pane.html'))!;
    // The capture did move the pane (the review is stitched from several positions), and the log says where it went back.
    expect(ex.actions.some((a) => a.kind === 'scroll' && /offset [1-9]\d*px/.test(a.detail))).toBe(true);
    expect(ex.actions.at(-1)!.detail).toMatch(/^page restored: scroll back \(window to 0px, pane div to 57px\)$/);
    await popup.close();
    await page.close();
  });

  it('a capture that fails midway stores nothing, says why, and still scrolls the page back', async () => {
    const { page, popup } = await h.openPopupOn(h.origin + URL_PATH);
    await popup.waitForSelector('li.review');
    await truncateTallReview(page, 123);
    const held = await dumpStore(popup);
    await popup.$eval(`${reviewAt(1)} button.capture`, (b) => (b).click());
    await waitInPopup(popup, '.capture-progress[data-step="shoot"]', 15000);
    // The site re-renders the review while it is being captured: the element Avisé was capturing is gone.
    await page.evaluate(() => {
      const card = document.querySelector('[data-review-id="bands-tall"]')!;
      card.replaceWith(card.cloneNode(true));
    });
    await waitInPopup(popup, 'p.error', 15000);
    // Depending on when the re-render lands: the element is gone, or the scrolled band no longer belongs to it.
    expect(await popup.$eval('p.error', (e) => e.textContent)).toMatch(/n’est plus affiché|no longer on the page|capturée en entier|captured whole/);
    expect(await popup.$('.cap-cancelled')).toBeNull();
    const store = await dumpStore(popup);
    expect(store.exhibits).toEqual(held.exhibits);
    expect(store.custody).toEqual(held.custody);
    expect(store.blobCount).toBe(held.blobCount);
    expect(store.jobs).toEqual([]);
    expect(await page.evaluate(() => window.scrollY)).toBe(123);
    await popup.close();
    await page.close();
  });
});

