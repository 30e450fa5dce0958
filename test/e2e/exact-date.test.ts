// The doctor knows the exact date of first publication better than « il y a 3 semaines »: the deadline is then
// counted from that date, and the date is stored with the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';
import { answerQuestions, dumpStore } from './capture-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('exact first-publication date', () => {
  it('counts the three-month deadline from the date the doctor gives', async () => {
    const { popup } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    await popup.$eval('li.review button.capture', (b) => (b).click());
    await popup.waitForSelector('li.review .captured', { timeout: 30000 });
    const m = await h.browser.newPage();
    await m.goto(await popup.$eval('a.open-case', (a) => (a).href));
    await answerQuestions(m, async (fact) => {
      if (fact !== 'date-publication-connue') return false;
      // No plain « Oui » here: the date itself is the answer.
      expect(await m.$('.question .answer-yes')).toBeNull();
      // The date field's typing order depends on the browser's locale: set its value as the picker does.
      await m.$eval('.exact-date-input', (i) => {
        (i as HTMLInputElement).value = '2026-09-01';
        i.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await m.$eval('.exact-date-ok', (b) => (b as HTMLButtonElement).click());
      return true;
    });
    // 1 September 2026 + 3 months (loi 1881 art. 65) → 1 December 2026, not counted from « il y a 3 semaines ».
    const deadline = await m.$eval('.deadline[data-label="diffamation"]', (d) => d.textContent ?? '');
    expect(deadline, deadline).toMatch(/1 Dec 2026|1 déc\. 2026/);
    expect(deadline).not.toMatch(/earliest possible|plus ancienne possible/);
    const [stored] = (await dumpStore(m)).qualifications as { exactPublicationDate?: string }[];
    expect(stored.exactPublicationDate).toBe('2026-09-01');
    await m.reload();
    await m.waitForSelector('.deadline[data-label="diffamation"]');
    expect(await m.$eval('.deadline[data-label="diffamation"]', (d) => d.textContent)).toBe(deadline);
  });
});
