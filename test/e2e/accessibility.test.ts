// Every extension page passes an automated accessibility check (axe-core: no violation of any impact, light and dark),
// and the doctor's main path works with the keyboard alone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';
import { answerQuestions } from './capture-helpers';
import { PAGE_SIZE, saveScreen } from './screens';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ANY_IMPACT = ['minor', 'moderate', 'serious', 'critical'];

async function violations(page: Page, impacts: string[] = ANY_IMPACT): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (keep: string[]) => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v: any) => keep.includes(v.impact)).map((v: any) => `${v.impact} ${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  }, impacts);
  return result;
}

const dark = (p: Page) => p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);

describe('accessibility', () => {
  let caseUrl = '';

  it('the popup has no violation of any impact and captures a review with the keyboard alone', async () => {
    const { popup } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    expect(await violations(popup)).toEqual([]);
    await popup.bringToFront();
    // Tab until the first « Capturer » button has focus, then Enter.
    for (let i = 0; i < 20; i++) {
      await popup.keyboard.press('Tab');
      if (await popup.evaluate(() => document.activeElement?.classList.contains('capture'))) break;
    }
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('capture'))).toBe(true);
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('li.review .captured', { timeout: 30000 });
    caseUrl = await popup.$eval('a.open-case', (a) => (a).href);
    expect(await violations(popup)).toEqual([]);
  });

  it('the case page has no violation of any impact, and its questions are answered with the keyboard', async () => {
    const m = await h.browser.newPage();
    await m.goto(caseUrl);
    await m.waitForSelector('.question');
    await saveScreen(m, 'case-questions', PAGE_SIZE);
    expect(await violations(m)).toEqual([]);
    const first = await m.$eval('.question', (q) => q.getAttribute('data-fact'));
    await m.bringToFront();
    await m.focus('.question .answer-no');
    await m.keyboard.press('Enter');
    await m.waitForFunction((f) => document.querySelector('.question')?.getAttribute('data-fact') !== f, {}, first);
    // Focus moved to the new question's heading (a second Enter answers nothing), and the live region says it.
    expect(await m.evaluate(() => document.activeElement?.classList.contains('q-prompt'))).toBe(true);
    expect(await m.$eval('.q-live', (e) => e.textContent)).toContain((await m.$eval('.q-prompt', (e) => e.textContent)));
    // Answer the rest (hints confirmed), then check the page again with its labels, deadlines, steps and drafts.
    await answerQuestions(m);
    await m.waitForSelector('.draft-text');
    expect(await violations(m)).toEqual([]);
    await m.$eval('.draft-text', (e) => e.closest('section, .card')?.scrollIntoView());
    await saveScreen(m, 'drafts', PAGE_SIZE);
    await m.close();
  });

  it('the options and the « Vérifier un dossier » pages have no violation of any impact', async () => {
    for (const path of ['src/ui/options/index.html', 'src/ui/manager/index.html#verify', 'src/ui/manager/index.html']) {
      const p = await h.browser.newPage();
      await p.goto(h.extUrl(path));
      await p.waitForSelector('main, form');
      await new Promise((r) => setTimeout(r, 200));
      expect(await violations(p), path).toEqual([]);
      if (path.includes('options')) await saveScreen(p, 'options', PAGE_SIZE);
      await p.close();
    }
  });

  it('in the dark theme (system setting), every page has no violation of any impact, contrast included', async () => {
    const { popup } = await h.openPopupOn(h.origin + demoPath);
    await dark(popup);
    await popup.waitForSelector('li.review');
    expect(await popup.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim())).toBe('#14181d');
    expect(await violations(popup, ANY_IMPACT), 'popup').toEqual([]);
    for (const path of ['src/ui/options/index.html', 'src/ui/manager/index.html#verify', 'src/ui/manager/index.html', caseUrl]) {
      const p = await h.browser.newPage();
      await dark(p);
      await p.goto(path.startsWith('chrome-extension:') ? path : h.extUrl(path));
      await p.waitForSelector('main, form');
      if (path === caseUrl) await p.waitForSelector('.case-status');
      await new Promise((r) => setTimeout(r, 300));
      expect(await p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), path).toBe('rgb(20, 24, 29)');
      expect(await violations(p, ANY_IMPACT), path).toEqual([]);
      await p.close();
    }
  });
});
