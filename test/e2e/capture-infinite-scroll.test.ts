// Infinite scroll: a review card the site appends after the popup listed the page (Maps loads more reviews as the
// pane scrolls) is found when the list is read again, and can be captured like the others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { dumpStore, reviewAt, waitInPopup } from './capture-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const NEW_ID = 'ChdDSUhNMG9nS0VJQ0FnSU5GSU5JVEUxEAE';

describe('reviews added after the list was read', () => {
  it('a card appended to the Maps pane is listed on the next read and captured', async () => {
    const { page, popup } = await h.openPopupOn(`${h.origin}/fixtures/google-maps/page.fr.html`);
    await popup.waitForSelector('li.review');
    const before = await popup.$$eval('li.review', (lis) => [...lis].sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'))).map((li) => [li.getAttribute('data-key'), li.querySelector('.author')?.textContent]));
    expect(before).toHaveLength(3);

    // What Maps does on scroll: a new card, same markup, appended after the last one.
    await page.evaluate((id) => {
      const cards = Array.from(document.querySelectorAll('[data-review-id]')).filter((e) => !e.parentElement?.closest('[data-review-id]'));
      const model = cards[1];
      const card = model.cloneNode(true) as Element;
      const oldId = model.getAttribute('data-review-id')!;
      for (const el of [card, ...Array.from(card.querySelectorAll('*'))]) {
        if (el.getAttribute('data-review-id') === oldId) el.setAttribute('data-review-id', id);
        if (el.id === oldId) el.id = id;
      }
      card.querySelector('.d4r55')!.textContent = 'Nouvel Auteur';
      card.querySelector('.MyEned .wiI7pd')!.textContent = 'Avis chargé par le défilement infini.';
      cards[cards.length - 1].after(card);
    }, NEW_ID);

    // Reading the list again (the doctor reopens the popup) finds it, after the others, which keep their keys.
    await popup.reload({ waitUntil: 'load' });
    await popup.waitForSelector('li.review');
    const after = await popup.$$eval('li.review', (lis) => [...lis].sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'))).map((li) => [li.getAttribute('data-key'), li.querySelector('.author')?.textContent]));
    expect(after).toHaveLength(4);
    expect(after.slice(0, 3)).toEqual(before);
    expect(after[3][1]).toBe('Nouvel Auteur');

    await popup.$eval(`${reviewAt(3)} button.capture`, (b) => (b).click());
    await waitInPopup(popup, `${reviewAt(3)} .captured`);
    const store = await dumpStore(popup);
    expect(store.exhibits).toHaveLength(1);
    const ex = store.exhibits[0];
    expect(ex.review).toMatchObject({ id: NEW_ID, author: 'Nouvel Auteur', text: 'Avis chargé par le défilement infini.', rating: 2 });
    await popup.close();
    await page.close();
  });
});
