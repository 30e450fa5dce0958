// Drives the case page's questionnaire as a doctor would for the demo review, for `npm start` and the e2e tests.
import type { Page } from 'puppeteer-core';

/**
 * Answers the case page's questionnaire as a doctor would for the demo review: confirms every hint, answers « non »
 * otherwise; `answer` may take over a question (return true when it answered). Returns the facts asked, in order.
 */
export async function answerQuestions(m: Page, answer?: (fact: string) => Promise<boolean>): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 30; i++) {
    const q = await m.waitForSelector('.question, .questions-done', { timeout: 10000 });
    const fact = await q!.evaluate((e) => e.getAttribute('data-fact'));
    if (!fact) return asked;
    asked.push(fact);
    if (!(answer && (await answer(fact)))) {
      const sel = (await m.$(`.question[data-fact="${fact}"] .hint-confirm`)) ? '.hint-confirm' : '.answer-no';
      await m.$eval(`.question[data-fact="${fact}"] ${sel}`, (b) => (b as HTMLButtonElement).click());
    }
    await m.waitForFunction((f) => document.querySelector('.question')?.getAttribute('data-fact') !== f, {}, fact);
  }
  throw new Error(`questionnaire did not end: ${asked.join(', ')}`);
}
