// The doctor's whole path on the demo page, in real Chromium with the real extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('foundation: capture a review from the demo page', () => {
  it('lists the reviews of the page in the popup and seals a capture of the first one', async () => {
    const { popup } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    const items = await popup.$$eval('li.review', (lis) => lis.map((li) => ({ author: li.querySelector('.author')?.textContent, date: li.querySelector('.date')?.textContent, stars: li.querySelector('.stars')?.textContent, excerpt: li.querySelector('.excerpt')?.textContent })));
    expect(items.map((i) => i.author)).toEqual(['Marc L.', 'Camille Martin', 'Jean-Pierre D.', 'Sarah Thompson']);
    expect(items[0]).toMatchObject({ date: 'il y a 3 semaines', stars: '★☆☆☆☆' });
    expect(items[0].excerpt).toContain('charlatan');

    await popup.$eval('li.review button.capture', (b) => (b as HTMLButtonElement).click());
    await popup.waitForSelector('li.review .captured', { timeout: 30000 });
    const seal = await popup.$eval('li.review .seal', (e) => e.textContent);
    expect(seal).toMatch(/^[0-9a-f]{16}…$/);
  });
});
