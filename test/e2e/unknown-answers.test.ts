// A doctor who answers « Je ne sais pas » to every question must not be told to file a complaint: nothing holds,
// the labels are « à vérifier » each with its one question, and the first step keeps the evidence (the constat).
// Real Chromium, real extension, the demo review (demo/google-maps.html, first review).
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

describe('« Je ne sais pas » to every question', () => {
  it('shows no label that holds, no « Déposez plainte », and a first step that secures the evidence; a label « à vérifier » can be settled from its question', async () => {
    const { popup } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    await popup.$eval('li.review button.capture', (b) => (b).click());
    await popup.waitForSelector('li.review .captured', { timeout: 30000 });
    const m = await h.browser.newPage();
    await m.goto(await popup.$eval('a.open-case', (a) => (a).href));

    const asked = await answerQuestions(m, async (fact) => {
      await m.$eval(`.question[data-fact="${fact}"] .answer-unknown`, (b) => (b as HTMLButtonElement).click());
      return true;
    });
    expect(asked[0]).toBe('danger-immediat');
    // The reply function is asked, not assumed from the site.
    expect(asked).toContain('reponse-directe-possible');

    await m.waitForSelector('.to-verify');
    expect(await m.$$('.label-result')).toHaveLength(0);
    expect(await m.$$('.deadline')).toHaveLength(0);
    const toVerify = await m.$$eval('.to-verify-item', (li) => li.map((l) => ({ label: l.getAttribute('data-label'), fact: l.getAttribute('data-fact') })));
    expect(toVerify).toEqual(expect.arrayContaining([{ label: 'diffamation', fact: 'fait-precis' }, { label: 'menaces', fact: 'menace' }]));

    const page = (await m.$eval('.result', (e) => e.textContent)) ?? '';
    expect(page).not.toMatch(/Déposez plainte|File a complaint/);
    expect(page).not.toMatch(/Appelez le 17|Call 17/);
    const steps = await m.$$eval('ol.steps li', (li) => li.map((l) => ({ id: l.getAttribute('data-step'), text: l.textContent ?? '' })));
    expect(steps[0].id).toBe('constat-commissaire');
    expect(steps[0].text).toMatch(/constat/);
    expect(steps.map((s) => s.id)).not.toContain('plainte-police');
    // Each step says why it sits where it sits.
    expect(await m.$$eval('ol.steps li .step-why', (w) => w.length)).toBe(steps.length);

    // The one question beside « Diffamation »: answering « Oui » there makes it hold, with its 3-month deadline.
    await m.$eval('.to-verify-item[data-label="diffamation"] .to-verify-ask', (b) => (b as HTMLButtonElement).click());
    await m.$eval('.to-verify-item[data-label="diffamation"] .reask-yes', (b) => (b as HTMLButtonElement).click());
    await m.waitForSelector('.label-result[data-label="diffamation"]');
    expect(await m.$('.to-verify-item[data-label="diffamation"]')).toBeNull();
    expect(await m.$eval('.deadline[data-label="diffamation"]', (d) => d.textContent)).toMatch(/3/);
    expect(await m.$eval('ol.steps li', (l) => l.getAttribute('data-step'))).toBe('constat-commissaire');
    const [stored] = (await dumpStore(m)).qualifications as { answers: Record<string, { value: string }> }[];
    expect(stored.answers['fait-precis'].value).toBe('yes');
    await m.close();
  });
});
