// A machine-translated review: the capture keeps the original text the site offers, logs both clicks on the
// toggle, and leaves the page showing the translation the doctor was reading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpStore, reviewByAuthor } from './capture-helpers';
import { startHarness, demoPath, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('translated reviews', () => {
  it('stores the original text next to the translation and restores the translated view', async () => {
    const { page, popup } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    const shownBefore = await page.$eval('[aria-label="Sarah Thompson"] .wiI7pd', (e) => e.textContent);
    const sarah = await reviewByAuthor(popup, 'Sarah Thompson');
    await popup.$eval(`${sarah} button.capture`, (b) => (b).click());
    await popup.waitForSelector(`${sarah} .captured`, { timeout: 30000 });

    const [ex] = (await dumpStore(popup)).exhibits;
    expect(ex.review.author).toBe('Sarah Thompson');
    expect(ex.review.translated).toBe(true);
    expect(ex.review.text).toBe(shownBefore);
    expect(ex.review.originalText).toBe('Very attentive doctor during our holiday, saw us the same day for an ear infection. Updating my review: the consultation fee was reimbursed.');
    const toggles = ex.actions.filter((a: { detail: string }) => /toggle/.test(a.detail));
    expect(toggles).toHaveLength(2);
    expect(await page.$eval('[aria-label="Sarah Thompson"] .wiI7pd', (e) => e.textContent)).toBe(shownBefore);
  });
});
