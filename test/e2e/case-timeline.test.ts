// The case over time (issue 11 §2–3): the doctor marks a step with its date and adds a note, both land in the
// custody log in plain French; the case list shows the status, the days left and the next step, and searches; with
// the clock set through the test, a case whose deadline is 7 days away raises a reminder, once, and the toolbar
// badge counts it.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';
import { call } from './capture-helpers';
import { play } from '../fixtures/legal/scenario';
import { parisToday } from '../../src/legal/deadlines';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const badge = async (): Promise<string> => (await h.worker()).evaluate(() => chrome.action.getBadgeText({}));

describe('the case over time', () => {
  it('records marked steps and notes in the custody log, lists the case with its status and days left, and reminds 7 days before the deadline with a badge', async () => {
    const { popup, tabId } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    const listed = await call(popup, 'page.listReviews', { tabId });
    const { caseId } = await call(popup, 'capture.review', { tabId, key: listed.reviews[0].key });
    // « il facture des actes non réalisés », first published on 1 October 2026: diffamation, 3 months → 1 January 2027.
    const { answers, q } = play({ 'fait-precis': 'yes' }, { exactPublicationDate: '2026-10-01' });
    expect(q.shortestLiveDeadline?.expiresOn).toBe('2027-01-01');
    await call(popup, 'qualification.save', { caseId, rulesetVersion: q.rulesetVersion, answers, exactPublicationDate: '2026-10-01', result: q });

    // The doctor marks « déclaré à l'assureur » (today, the default date) with a detail, then adds a free note.
    const m = await h.browser.newPage();
    await m.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`));
    await m.waitForSelector('.case-status form.mark-step');
    await m.select('.case-status select[name=step]', 'insurer-declared');
    await m.type('.case-status input[name=note]', 'sinistre n° 2026-42');
    await m.click('.case-status .mark-step-button');
    await m.waitForSelector('.timeline-step[data-kind="insurer-declared"]');
    expect(await m.$eval('.status-now', (e) => e.textContent)).toBe('déclaré à l’assureur');
    await m.type('.case-status textarea[name=note]', 'Appel du cabinet de l’avocat, rappeler lundi');
    await m.click('.case-status .add-note-button');
    await m.waitForFunction(() => document.querySelector('.case-status .status-message')?.textContent?.includes('Note ajoutée'));
    const custody = await call(m, 'custody.list', { caseId });
    expect(custody.map((e) => e.event)).toEqual(['capture', 'qualify', 'status', 'note']);
    const today = parisToday();
    const [y, mo, d] = today.split('-');
    await m.$eval('details.custody', (e) => ((e).open = true));
    await m.waitForFunction((s) => [...document.querySelectorAll('.custody-what')].some((e) => e.textContent === s), {}, `Étape marquée : déclaré à l’assureur, le ${d}/${mo}/${y} — sinistre n° 2026-42`);
    expect(await m.$$eval('.custody-what', (es) => es.map((e) => e.textContent))).toContain('Note ajoutée : Appel du cabinet de l’avocat, rappeler lundi');

    // The case list: status, days left recomputed for today, next step; the search finds it or not.
    const list = await h.browser.newPage();
    await list.goto(h.extUrl('src/ui/manager/index.html'));
    await list.waitForSelector('li.case-row .case-deadline');
    const row = await list.$eval('li.case-row', (e) => ({ status: e.querySelector('.case-status-tag')?.textContent, deadline: e.querySelector('.case-deadline')?.textContent, next: e.querySelector('.case-next')?.textContent }));
    expect(row.status).toBe('déclaré à l’assureur');
    expect(row.deadline).toContain(`${differenceInCalendarDays(parseISO('2027-01-01'), parseISO(today))} j`);
    expect(row.next).toMatch(/Prochaine étape : .*constat/);
    await list.type('input.case-search', 'personne-qui-n-existe-pas');
    await list.waitForFunction(() => document.querySelectorAll('li.case-row').length === 0);
    await list.click('input.case-search', { count: 3 });
    await list.keyboard.press('Backspace');
    await list.type('input.case-search', listed.reviews[0].author.slice(0, 4));
    await list.waitForFunction(() => document.querySelectorAll('li.case-row').length === 1);

    // The clock, set by the test: 52 days before the deadline nothing is due; 7 days before, one reminder and a badge.
    const early = await call(list, 'reminders.run', { now: '2026-11-10T10:00:00.000Z' });
    expect(early).toMatchObject({ raised: [], dueSoon: 0 });
    expect(await badge()).toBe('');
    const week = await call(list, 'reminders.run', { now: '2026-12-25T10:00:00.000Z' });
    expect(week.raised).toEqual([expect.objectContaining({ caseId, threshold: 7, item: expect.objectContaining({ label: 'diffamation', expiresOn: '2027-01-01', daysLeft: 7 }) })]);
    expect(week.dueSoon).toBe(1);
    // No notification permission was granted: the badge still says it.
    expect(week.notified).toBe(false);
    expect(await badge()).toBe('1');
    // Raised once: the next run the same day raises nothing more, and the badge stays.
    expect((await call(list, 'reminders.run', { now: '2026-12-25T15:00:00.000Z' })).raised).toEqual([]);
    expect(await badge()).toBe('1');
    await m.close();
    await list.close();
  }, 120_000);
});
