// The medical-secrecy check as a doctor meets it on the case page (issue 8): on a review of mere criticism, the
// public reply the doctor writes is checked as they type; a reply that implies the author was seen is flagged with
// the words at fault, nothing is ever certified safe, and « Copier la version proposée » copies the safer reply.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestions } from '../../scripts/questionnaire';
import { captureDemoReview, startBundleHarness, type BundleHarness } from './bundle-helpers';

let h: BundleHarness;
let m: Page;
beforeAll(async () => {
  h = await startBundleHarness();
  await h.call('settings.set', { profile: { civility: 'Dr', firstName: 'Élise', lastName: 'Durand', city: 'Lyon', phone: '04 72 00 00 00', email: 'cabinet@example.org', address: '12 rue du Parc' } });
  // The third demo review (« Impossible de joindre le cabinet… ») is mere criticism: « non » to every question.
  const { caseId } = await captureDemoReview(h, 2);
  m = await h.browser.newPage();
  await m.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`), { waitUntil: 'load' });
  await answerQuestions(m, async (fact) => {
    await m.$eval(`.question[data-fact="${fact}"] .answer-no`, (b) => (b as HTMLButtonElement).click());
    return true;
  });
  await m.waitForSelector('.draft-kind');
  await m.select('.draft-kind', 'reponse-publique');
  await m.select('.draft-lang', 'fr');
});
afterAll(async () => {
  await h?.close();
});

async function typeReply(text: string): Promise<void> {
  await m.$eval(
    '.draft-text',
    (t, v) => {
      const a = t as HTMLTextAreaElement;
      a.value = v;
      a.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
}

describe('the secrecy check on the public reply', () => {
  it('never shows a green « no breach » tick: with no finding it says what it checked and what to reread', async () => {
    await typeReply('Merci pour votre message. Le secrétariat est joignable aux heures d’ouverture pour toute remarque.');
    await m.waitForSelector('.secrecy-check .sec-none');
    const box = await m.$eval('.secrecy-check', (e) => e.textContent ?? '');
    expect(box).not.toMatch(/Aucune atteinte au secret médical détectée|✓/);
    expect(await m.$$eval('.sec-checked li', (l) => l.length)).toBeGreaterThan(0);
    expect(await m.$$eval('.sec-reread li', (l) => l.length)).toBeGreaterThan(0);
  });

  it('flags a reply that implies the author was seen, quoting the words at fault, and copies the safer version', async () => {
    await typeReply('Bonjour, j’espère que votre dos va mieux. N’hésitez pas à revenir au cabinet. Le secrétariat reste joignable aux heures d’ouverture.');
    await m.waitForSelector('.secrecy-check .sec-findings');
    const words = await m.$$eval('.sec-findings .sec-words', (q) => q.map((e) => e.textContent ?? ''));
    expect(words.join(' | ')).toMatch(/votre dos/);
    expect(words.join(' | ')).toMatch(/revenir/);
    const safer = await m.$eval('.sec-safer .safer', (e) => e.textContent ?? '');
    expect(safer).not.toMatch(/dos|revenir/);
    expect(safer.length).toBeGreaterThan(10);

    // The extension page's origin cannot be granted clipboard-read: watch what is handed to the real clipboard instead.
    await m.evaluate(() => {
      const w = window as unknown as { copiedTexts: string[] };
      w.copiedTexts = [];
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (t: string) => (w.copiedTexts.push(t), write(t));
    });
    await m.bringToFront();
    await m.click('.sec-copy-safer');
    await m.waitForSelector('.copied', { timeout: 5000 });
    expect(await m.evaluate(() => (window as unknown as { copiedTexts: string[] }).copiedTexts)).toEqual([safer]);
  });

  it('« Utiliser la version proposée » puts the safer reply in the text, which then has no finding left', async () => {
    await typeReply('Ravi de vous avoir reçu en consultation mardi. Le secrétariat reste joignable aux heures d’ouverture.');
    await m.waitForSelector('.secrecy-check .sec-findings');
    await m.click('.sec-use-safer');
    await m.waitForSelector('.secrecy-check .sec-none');
    expect(await m.$eval('.draft-text', (t) => (t as HTMLTextAreaElement).value)).not.toMatch(/reçu|consultation|mardi/);
  });
});
