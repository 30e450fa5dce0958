// The watch of the doctor's own listings, end to end: the doctor adds a listing in the options; the first visit
// (opening it and clicking Avisé) notes its reviews; the served page then changes (one review added, one edited,
// one removed) and the next visit marks each. The reminder is an alarm that only puts a mark on Avisé's button;
// nothing is fetched in the background.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { POPUP_SIZE, saveScreen } from './screens';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('watching my listings', () => {
  it('a second visit marks the review added, the one edited and the one no longer shown', async () => {
    const options = await h.browser.newPage();
    await options.goto(h.extUrl('src/ui/options/index.html'));
    await options.waitForSelector('.watch-section input.w-url');
    await options.type('input.w-url', `${h.origin}/demo/series.html`);
    await options.type('input.w-name', 'Ma fiche Maps');
    await options.click('button.w-add');
    await options.waitForSelector('li.watched-listing');
    expect(await options.$eval('li.watched-listing', (e) => e.textContent)).toMatch(/Ma fiche Maps.*tous les 30 jours.*pas encore visitée/);

    // The reminder is scheduled (an alarm), and nothing is due yet: no mark on the button.
    const worker = await h.worker();
    expect(await worker.evaluate(async () => (await chrome.alarms.get('avise-watch'))?.periodInMinutes)).toBe(720);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');

    const first = await h.openPopupOn(`${h.origin}/demo/series.html`);
    await first.popup.waitForSelector('.watch-visit .w-first');
    expect(await first.popup.$eval('.watch-visit', (e) => e.textContent)).toMatch(/Fiche surveillée : Ma fiche Maps.*Première visite : 10 avis notés/);
    await first.popup.close();
    await first.page.close();

    const second = await h.openPopupOn(`${h.origin}/demo/series.html?variant=2`);
    await second.popup.waitForSelector('.watch-visit .w-summary');
    expect(await second.popup.$eval('.w-summary', (e) => e.textContent)).toMatch(/1 nouveau\(x\), 1 modifié\(s\), 1 plus affiché\(s\)\./);
    expect(await second.popup.$$eval('.w-new', (l) => l.map((e) => e.textContent))).toEqual([expect.stringMatching(/^Nouveau Nouveau Venu ★☆☆☆☆ il y a 5 heures/)]);
    // The new review at a glance: its first words, the hints' first reading, the days left if it were illicit
    // (3 months from its earliest possible publication: today or yesterday, « il y a 5 heures »).
    expect(await second.popup.$eval('.w-new .w-first-words', (e) => e.textContent)).toBe('Avis publié après la dernière visite : un médecin incapable de soigner …');
    expect(await second.popup.$eval('.w-new .w-hints', (e) => e.textContent)).toBe('Première lecture : mots injurieux ?');
    const limit = (await second.popup.$eval('.w-new .w-limit', (e) => e.textContent));
    const days = Number(/^S’il est illicite : (\d+) jour\(s\) pour agir, jusqu’au .+\.$/.exec(limit)?.[1]);
    expect(days, limit).toBeGreaterThanOrEqual(88);
    expect(days, limit).toBeLessThanOrEqual(93);
    expect(await second.popup.$eval('.w-limit-note', (e) => e.textContent)).toMatch(/3 mois .*art\. 65/);
    // One click captures it: a sealed exhibit of that review.
    await second.popup.click('.w-new button.w-capture');
    await second.popup.waitForSelector('.w-new .w-captured', { timeout: 60_000 });
    const sealed = await second.popup.evaluate(async () => {
      const db: IDBDatabase = await new Promise((ok, ko) => {
        const r = indexedDB.open('avise');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const all = await new Promise<{ review: { author: string }; seal: string }[]>((ok) => {
        const r = db.transaction('exhibits').objectStore('exhibits').getAll();
        r.onsuccess = () => ok(r.result);
      });
      db.close();
      return all.filter((e) => e.review.author === 'Nouveau Venu').map((e) => e.seal.length);
    });
    expect(sealed).toEqual([64]);
    expect(await second.popup.$$eval('.w-edited', (l) => l.map((e) => e.textContent))).toEqual([expect.stringMatching(/^Modifié Compte 2 .*\(modifié : toujours aussi mauvais\)/)]);
    expect(await second.popup.$$eval('.w-missing', (l) => l.map((e) => e.textContent))).toEqual([expect.stringMatching(/^Plus affiché Compte 3 /)]);
    await saveScreen(second.popup, 'watch', POPUP_SIZE);
    await second.popup.close();
    await second.page.close();

    // The options page now says when it was visited and when the next visit is due (30 days later).
    await options.reload();
    await options.waitForSelector('li.watched-listing');
    const today = new Date().toISOString().slice(0, 10);
    const next = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(await options.$eval('li.watched-listing', (e) => e.textContent)).toContain(`dernière visite le ${today} · prochaine le ${next}`);
    await options.close();
  }, 120_000);

  it('the monthly reminder marks Avisé’s button once a month has passed, and the popup links to the listing', async () => {
    const worker = await h.worker();
    // Moving the clock: the last visit is put 31 days back in the stored watch record (test only), then the
    // reminder's alarm is made to fire now (unpacked extensions have no minimum alarm delay).
    await worker.evaluate(async () => {
      const db: IDBDatabase = await new Promise((ok, ko) => {
        const r = indexedDB.open('avise');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const store = () => db.transaction('meta', 'readwrite').objectStore('meta');
      const state = await new Promise<{ listings: { lastVisitAt?: string }[] }>((ok) => {
        const r = store().get('watch');
        r.onsuccess = () => ok(r.result);
      });
      for (const l of state.listings) l.lastVisitAt = new Date(Date.now() - 31 * 86_400_000).toISOString();
      await new Promise((ok) => {
        const r = store().put(state, 'watch');
        r.onsuccess = ok;
      });
      db.close();
      await chrome.alarms.create('avise-watch', { when: Date.now() + 50, periodInMinutes: 720 });
    });
    const until = Date.now() + 10_000;
    let badge = '';
    while (Date.now() < until && badge !== '1') {
      await new Promise((r) => setTimeout(r, 100));
      badge = await worker.evaluate(() => chrome.action.getBadgeText({}));
    }
    expect(badge).toBe('1');
    // Nothing was fetched: the popup (opened on any page) lists the listing to visit as a link the doctor clicks.
    const { page, popup } = await h.openPopupOn(`${h.origin}/demo/google-maps.html`);
    await popup.waitForSelector('.watch-due a');
    expect(await popup.$eval('.watch-due a', (a) => [a.textContent, (a).href])).toEqual(['Ma fiche Maps', `${h.origin}/demo/series.html`]);
    await popup.close();
    await page.close();
  }, 60_000);
});
