// The popup in English: the same flow fits 400 px wide (no word sticks out, no sideways scroll) with the English
// strings, from the list to the result, and axe-core finds nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopupOn } from '../../scripts/browser.mjs';
import { DEMO_PATH, startDemoServer } from '../../scripts/demo-server.mjs';
import { answerQuestions } from '../../scripts/questionnaire';
import { reviewByAuthor, waitInPopup } from './capture-helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let extensionId: string;
let worker: () => Promise<WebWorker>;
let server: { origin: string; close(): Promise<void> };
let userDataDir = '';
const downloadDir = mkdtempSync(join(tmpdir(), 'avise-en-'));

beforeAll(async () => {
  server = await startDemoServer();
  const launched = await launchWithExtension({ downloadDir, lang: 'en' });
  ({ browser, extensionId, userDataDir } = launched);
  worker = launched.serviceWorker;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  rmSync(downloadDir, { recursive: true, force: true });
});

/** Elements that stick out past 400 px (none expected). */
const overflow = (p: Page) => p.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 400.5).map((e) => `${e.tagName}.${e.className}`));

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => `${v.impact} ${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the popup in English', () => {
  it('fits 400 px from the list to the result, with the English strings', async () => {
    const { popup } = await openPopupOn(browser, extensionId, await worker(), server.origin + DEMO_PATH);
    await popup.setViewport({ width: 400, height: 600 });
    await popup.waitForSelector('li.review');
    expect(await popup.$eval('#found', (e) => e.textContent)).toBe('4 reviews found on this page');
    expect(await overflow(popup)).toEqual([]);
    const item = await reviewByAuthor(popup, 'Jean-Pierre D.');
    expect(await popup.$eval(`${item} button.primary`, (b) => b.textContent)).toBe('Keep as evidence');
    await popup.$eval(`${item} button.capture`, (b) => (b).click());
    await waitInPopup(popup, `${item} .captured`);
    expect(await popup.$eval(`${item} .captured`, (e) => e.textContent)).toMatch(/Exhibit sealed ✓/);
    await popup.$eval(`${item} button.qualify`, (b) => (b).click());
    await popup.waitForSelector('.question');
    expect(await popup.$eval('.q-progress', (e) => e.textContent)).toMatch(/^1 \/ \d+$/);
    expect(await overflow(popup)).toEqual([]);
    await answerQuestions(popup);
    await popup.waitForSelector('.result-summary');
    expect(await popup.$eval('.result-summary .summary-what', (e) => e.textContent)).toMatch(/^This review:/);
    expect(await overflow(popup)).toEqual([]);
    expect(await violations(popup)).toEqual([]);
    await popup.screenshot({ path: join(import.meta.dirname, '../../docs/screens/popup-result-en.png'), fullPage: true });
  });
});
