// On a site no adapter knows, the doctor picks the review by hand: hover highlights, click captures, Esc cancels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpStore } from './capture-helpers';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('element picker on an unknown site', () => {
  it('finds no review automatically, then captures the element the doctor clicks and opens its case', async () => {
    const first = await h.openPopupOn(`${h.origin}/fixtures/generic/page.html`);
    let { page, popup } = first;
    await popup.waitForSelector('.pick');
    expect(await popup.$$('li.review')).toHaveLength(0);
    await popup.$eval('.pick', (b) => (b as HTMLButtonElement).click());

    // Esc cancels: the overlay goes away and nothing is captured.
    await page.bringToFront();
    await page.waitForFunction(() => !!document.getElementById('avise-picker-host'), { polling: 100 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('avise-picker-host'), { polling: 100 });

    // The popup closed itself when the picker started (as the toolbar popup does); open it again.
    ({ page, popup } = await h.openPopupOn(`${h.origin}/fixtures/generic/page.html`));
    await popup.waitForSelector('.pick');
    await popup.$eval('.pick', (b) => (b as HTMLButtonElement).click());
    await page.bringToFront();
    await page.waitForFunction(() => !!document.getElementById('avise-picker-host'), { polling: 100 });
    const box = (await (await page.$('#p2'))!.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.move(box.x + box.width / 2, box.y + 8);
    const managerOpened = h.browser.waitForTarget((t) => t.url().includes('/src/ui/manager/index.html#case='), { timeout: 30000 });
    await page.mouse.click(box.x + box.width / 2, box.y + 8);
    const manager = (await (await managerOpened).page())!;
    await manager.waitForSelector('.exhibit-card');
    // The highlight was removed before the screenshot, and the page itself was not changed by the picker.
    expect(await page.$('#avise-picker-host')).toBeNull();
    const text = await manager.$eval('.f-text', (e) => e.textContent);
    expect(text).toContain('Ce toubib est un boucher, il devrait être radié. Fuyez !');
    const [ex] = (await dumpStore(manager)).exhibits;
    expect(ex.source.adapterId).toBe('generic');
    // The hand-picking is part of the record: what was clicked, and that the overlay was gone before the screenshot.
    expect(ex.actions.map((a: { kind: string }) => a.kind).slice(0, 2)).toEqual(['inject', 'highlight']);
    expect(ex.actions[1].detail).toMatch(/picker \(<\w+> clicked\).*removed before any screenshot/);
    expect(ex.review.id).toMatch(/^h:[0-9a-f]{32}$/);
    expect(ex.review.text).not.toContain('Lucie_75');
    expect(ex.artefacts.map((a: { kind: string }) => a.kind)).toContain('review.png');
  });
});
