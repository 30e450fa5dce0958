// A first case by keyboard alone (issue 11, « Done when »): from the toolbar popup on the demo page, capture the
// unlawful review, answer every question (focus lands on each new question's heading), open the full case, mark a
// step with a date typed in the date field, then open « Mes dossiers » and find the case with its days left. Only
// Tab, Shift+Tab, Enter, Space, arrow keys and typed characters reach the pages: no mouse, no element.click().
// Also takes the README's screenshots of the case list and of the case page's timeline (light theme).
import { differenceInCalendarDays, parseISO, subDays, format } from 'date-fns';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';
import { call } from './capture-helpers';
import { parisToday } from '../../src/legal/deadlines';
import { PAGE_SIZE, saveScreen } from './screens';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const focused = (p: Page, selector: string) => p.evaluate((s) => !!document.activeElement?.matches(s), selector);

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(p: Page, selector: string, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focused(p, selector)) return;
    if (back) await p.keyboard.down('Shift');
    await p.keyboard.press('Tab');
    if (back) await p.keyboard.up('Shift');
  }
  const at = await p.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.className}`);
  throw new Error(`${selector} not reached by ${back ? 'Shift+' : ''}Tab (focus on ${at})`);
}

describe('a first case by keyboard alone', () => {
  it('captures, qualifies, marks a dated step and finds the case in the list with its days left, without a mouse', async () => {
    const { popup } = await h.openPopupOn(h.origin + demoPath);
    await popup.bringToFront();
    await popup.waitForSelector('li.review button.capture');

    // « Conserver comme preuve » on the first review listed (the unlawful one), by Tab and Enter.
    await tabTo(popup, 'li.review[data-index] button.capture');
    const author = await popup.evaluate(() => document.activeElement!.closest('li.review')!.querySelector('.author')!.textContent);
    expect(author).toBe('Marc L.');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('li.review .captured', { timeout: 30_000 });

    // « Qualifier et répondre », reached from wherever focus went (Shift+Tab back up the list), pressed with Space.
    await tabTo(popup, 'li.review button.qualify', { back: true });
    await popup.keyboard.press('Space');
    await popup.waitForSelector('.question');
    const caseId = (await popup.$eval('.case-flow', (e) => e.getAttribute('data-case')))!;

    // One question at a time: focus is on its heading; Tab to the hint's confirmation or « Non », Enter.
    const asked: string[] = [];
    for (let i = 0; i < 30; i++) {
      const fact = await popup.evaluate(() => document.querySelector('.question')?.getAttribute('data-fact') ?? null);
      if (!fact) break;
      // Focus moves in an effect after the question is drawn: waited for, then it must be on the heading.
      await popup.waitForFunction(() => document.activeElement?.matches('.question .q-prompt'), { timeout: 5000 }).catch(() => undefined);
      expect(await focused(popup, '.question .q-prompt'), `focus on the heading of « ${fact} »`).toBe(true);
      asked.push(fact);
      await tabTo(popup, (await popup.$('.question .hint-confirm')) ? '.question .hint-confirm' : '.question .answer-no');
      await popup.keyboard.press('Enter');
      await popup.waitForFunction((f) => document.querySelector('.question')?.getAttribute('data-fact') !== f, {}, fact);
    }
    expect(asked.length).toBeGreaterThan(3);
    await popup.waitForSelector('.result-summary');
    // The result replaces the last question: focus on its heading too.
    await popup.waitForFunction(() => document.activeElement?.matches('.flow-result-h'), { timeout: 5000 }).catch(() => undefined);
    expect(await focused(popup, '.flow-result-h')).toBe(true);
    expect(await popup.$eval('.result-summary .summary-deadline', (e) => e.textContent)).toMatch(/\d+ jours? restants?/);

    // « Voir le dossier complet », by Tab and Enter: the case page opens in a new tab.
    const opened = h.browser.waitForTarget((t) => t.url().includes(`index.html#case=${encodeURIComponent(caseId)}`));
    await tabTo(popup, 'a.open-case-full');
    await popup.keyboard.press('Enter');
    const m = (await (await opened).page())!;
    await m.setViewport(PAGE_SIZE);
    await m.bringToFront();
    await m.waitForSelector('.case-status form.mark-step');

    // The step « signalé à la plateforme », chosen with the arrow keys, dated three days ago (typed in the date field).
    await tabTo(m, '.case-status select[name=step]');
    for (let i = 0; i < 12 && (await m.$eval('.case-status select[name=step]', (s) => (s).value)) !== 'reported'; i++) {
      await m.keyboard.press((await m.$eval('.case-status select[name=step]', (s) => (s).selectedIndex)) < 2 ? 'ArrowDown' : 'ArrowUp');
    }
    expect(await m.$eval('.case-status select[name=step]', (s) => (s).value)).toBe('reported');
    const day = format(subDays(parseISO(parisToday()), 3), 'yyyy-MM-dd');
    await tabTo(m, '.case-status input[name=on]');
    // The field's segments in the browser's order (day, month, year in French).
    const order = await m.evaluate(() => new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 10, 30)).map((p) => p.type).filter((t) => t === 'day' || t === 'month' || t === 'year'));
    const [y, mo, d] = day.split('-') as [string, string, string];
    for (const part of order) await m.keyboard.type(part === 'day' ? d : part === 'month' ? mo : y);
    expect(await m.$eval('.case-status input[name=on]', (e) => (e).value)).toBe(day);
    await tabTo(m, '.case-status input[name=note]');
    await m.keyboard.type('signalement n° 77');
    await tabTo(m, '.case-status .mark-step-button');
    await m.keyboard.press('Enter');
    await m.waitForSelector('.timeline-step[data-kind="reported"]');
    expect(await m.$eval('.timeline-step[data-kind="reported"]', (e) => e.textContent)).toMatch(new RegExp(`^${Number(d)}(er)? \\S+ ${y} — signalé à la plateforme — signalement n° 77$`));
    expect(await m.$eval('.timeline-step[data-kind="reported"] time', (e) => e.getAttribute('datetime'))).toBe(day);
    const status = (await call(m, 'cases.get', { caseId })).case.steps?.find((s) => s.kind === 'reported');
    expect(status?.doneAt).toBe(day);
    await m.$eval('.case-status', (e) => e.scrollIntoView());
    await saveScreen(m, 'case-timeline', PAGE_SIZE);

    // « Mes dossiers » in the page's header (Shift+Tab back up), Enter: the case is listed with its days left.
    await tabTo(m, 'header.top a[href="#"]', { back: true });
    await m.keyboard.press('Enter');
    await m.waitForSelector(`li.case-row[data-case="${caseId}"] .case-deadline`);
    const row = await m.$eval(`li.case-row[data-case="${caseId}"]`, (e) => ({ status: e.querySelector('.case-status-tag')?.textContent, deadline: e.querySelector('.case-deadline')?.textContent }));
    expect(row.status).toBe('signalé à la plateforme');
    // The nearest live deadline of the stored summary, in days from today.
    const today = parisToday();
    const expires = (await call(m, 'cases.get', { caseId })).case.summary!.deadlines.map((x) => x.expiresOn).filter((x) => x >= today).sort()[0];
    expect(row.deadline).toContain(`(${differenceInCalendarDays(parseISO(expires), parseISO(today))} j)`);
    // The case's link in the list is reached by Tab and opens it again with Enter.
    await tabTo(m, `li.case-row[data-case="${caseId}"] a`);
    await saveScreen(m, 'case-list', PAGE_SIZE);
    await m.keyboard.press('Enter');
    await m.waitForSelector('.case-status .timeline-step[data-kind="reported"]');
    await m.close();
    await popup.close();
  }, 120_000);
});
