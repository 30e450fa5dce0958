// The doctor's whole path on the demo page, in real Chromium with the real extension:
// popup lists reviews → capture → case page asks questions → label with its reason → draft copied → ZIP exported →
// every hash the ZIP lists re-checked from the downloaded bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';
import { answerQuestions, artefactBytes, dumpStore } from './capture-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('foundation: the doctor’s whole path on the demo page', () => {
  let caseHref = '';

  it('lists the reviews of the page in the popup and seals a capture of the first one', async () => {
    const { popup } = await h.openPopupOn(h.origin + demoPath);
    await popup.waitForSelector('li.review');
    // The popup lists the reviews needing action first: the one-star review flagged « escroc » on top, the 4 and 5
    // stars folded under « Autres avis »; in page order (data-index) they are the page's reviews.
    expect(await popup.$$eval('ul.attention li.review .author', (as) => as.map((a) => a.textContent))).toEqual(['Marc L.', 'Jean-Pierre D.']);
    expect(await popup.$$eval('details.others li.review .author', (as) => as.map((a) => a.textContent))).toEqual(['Camille Martin', 'Sarah Thompson']);
    const items = await popup.$$eval('li.review', (lis) =>
      [...lis].sort((x, y) => Number(x.getAttribute('data-index')) - Number(y.getAttribute('data-index'))).map((li) => ({ author: li.querySelector('.author')?.textContent, date: li.querySelector('.date')?.textContent, stars: li.querySelector('.stars')?.textContent, excerpt: li.querySelector('.excerpt')?.textContent })),
    );
    expect(items.map((i) => i.author)).toEqual(['Marc L.', 'Camille Martin', 'Jean-Pierre D.', 'Sarah Thompson']);
    expect(items[0]).toMatchObject({ date: 'il y a 3 semaines', stars: '★☆☆☆☆' });
    expect(items[0].excerpt).toContain('charlatan');

    await popup.$eval('li.review button.capture', (b) => (b).click());
    await popup.waitForSelector('li.review .captured', { timeout: 30000 });
    expect(await popup.$eval('li.review .seal', (e) => e.textContent)).toMatch(/^[0-9a-f]{16}…$/);
    caseHref = await popup.$eval('li.review a.open-case', (a) => (a).href);
  });

  it('stores a sealed record with a PNG of the review, the MHTML, the fields, the environment and a hash per file', async () => {
    const m = await h.browser.newPage();
    await m.goto(caseHref);
    const [ex] = (await dumpStore(m)).exhibits;
    const blobs: Record<string, Buffer> = {};
    for (const a of ex.artefacts) blobs[a.kind] = await artefactBytes(m, ex, a.kind);
    expect(ex.review).toMatchObject({ author: 'Marc L.', rating: 1, dateText: 'il y a 3 semaines' });
    expect(ex.review.text).toContain('facturé une consultation');
    expect(ex.source.url).toBe(h.origin + demoPath);
    expect(ex.source.title).toBe('Cabinet Médical du Parc - Google Maps');
    expect(ex.capturedAt.startUtc).toMatch(/Z$/);
    expect(ex.capturedAt.timeZone).toBe('Europe/Paris');
    expect(ex.capturedAt.local).toMatch(/\+0[12]:00$/);
    expect(ex.environment.browser.name).toMatch(/Chrom/);
    expect(ex.environment.extension.version).toBe('0.1.0');
    expect(ex.seal).toMatch(/^[0-9a-f]{64}$/);
    // Every step taken on the page is logged with its time, from the script's injection on.
    expect(ex.actions[0]).toMatchObject({ kind: 'inject' });
    expect(ex.actions.map((a: { kind: string }) => a.kind)).toContain('scroll');
    for (const a of ex.actions) expect(Date.parse(a.at)).toBeLessThanOrEqual(Date.parse(ex.capturedAt.endUtc));
    expect(Object.keys(blobs).sort()).toEqual(['annotated.png', 'environment.json', 'page.mhtml', 'review.html', 'review.json', 'review.png', 'viewport.png']);
    for (const a of ex.artefacts) expect(sha256(blobs[a.kind]), a.kind).toBe(a.sha256);
    expect([...blobs['review.png'].subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(blobs['viewport.png'].length).toBeGreaterThan(blobs['review.png'].length);
    await m.close();
  });

  it('asks the questions, shows labels with their reasons, a draft that can be copied, and exports a ZIP whose every hash verifies', async () => {
    const m = await h.browser.newPage();
    await m.goto(caseHref);
    await m.waitForSelector('.question');
    expect(await m.$eval('.question', (q) => q.getAttribute('data-fact'))).toBe('danger-immediat');

    const asked = await answerQuestions(m);
    expect(asked.length).toBeGreaterThan(3);
    // The demo review calls the doctor « escroc » and accuses him of billing a consultation that never took place.
    const labels = await m.$$eval('.label-result', (ls) => ls.map((l) => ({ label: l.getAttribute('data-label'), why: l.querySelector('.trace')?.textContent ?? '' })));
    expect(labels.map((l) => l.label)).toContain('diffamation');
    expect(labels.find((l) => l.label === 'diffamation')!.why).toMatch(/29/);
    const deadline = await m.$eval('.deadline[data-label="diffamation"]', (d) => d.textContent);
    expect(deadline).toMatch(/3/);
    // « il y a 3 semaines » gives a range: the deadline is counted from its earliest day, and says so.
    expect(deadline).toMatch(/earliest possible|plus ancienne possible/);
    expect(await m.$eval('ol.steps li', (li) => li.textContent)).toBeTruthy();
    // Above everything, the shortest deadline and the first step, as a doctor under stress needs them.
    const summary = await m.$eval('.summary', (e) => ({ deadline: e.querySelector('.summary-deadline')?.textContent ?? '', step: e.querySelector('.summary-step')?.textContent ?? '' }));
    const until = /(?:until|jusqu’au) (\d{1,2} \S+ \d{4})/.exec(deadline)![1];
    expect(summary.deadline).toContain(until);
    expect(summary.step).toContain(await m.$eval('ol.steps li', (li) => li.firstChild?.textContent ?? ''));
    expect(await m.evaluate(() => document.querySelector('.summary')!.compareDocumentPosition(document.querySelector('.exhibit-card')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();

    // The result is stored with the case, with its ruleset version, and comes back when the page is reopened.
    const stored = (await dumpStore(m)).qualifications;
    expect(stored).toHaveLength(1);
    expect(stored[0].rulesetVersion).toMatch(/\d/);
    expect(Object.keys(stored[0].answers)).toEqual(asked);
    expect(stored[0].result.labels.map((l: { label: string }) => l.label)).toContain('diffamation');
    await m.reload();
    await m.waitForSelector('.questions-done');
    expect(await m.$$eval('.label-result', (ls) => ls.map((l) => l.getAttribute('data-label')))).toEqual(labels.map((l) => l.label));

    // The list of cases shows the same shortest deadline, recomputed for today.
    const list = await h.browser.newPage();
    await list.goto(h.extUrl('src/ui/manager/index.html'));
    await list.waitForSelector('li.case-row .case-deadline');
    await list.waitForFunction((u) => document.querySelector('li.case-row .case-deadline')?.textContent?.includes(u), {}, until);
    await list.close();

    // A draft is shown and can be copied.
    await m.waitForSelector('.draft-text');
    const draft = await m.$eval('.draft-text', (t) => (t as HTMLTextAreaElement).value);
    expect(draft.length).toBeGreaterThan(100);
    // A real click (a user gesture on the focused page), as the clipboard requires; the browser accepted the text
    // when the « Copié » confirmation shows.
    await m.bringToFront();
    // With no profile filled in, the draft still shows placeholders: copying is refused and names them.
    await m.click('button.copy');
    const refused = await (await m.waitForSelector('.draft-refused', { timeout: 5000 }))!.evaluate((e) => e.textContent ?? '');
    expect(refused).toMatch(/\[[^\]]+\]/);
    expect(await m.$('.copied')).toBeNull();
    // The doctor types the values in place of the brackets; then the copy goes through.
    await m.$eval('.draft-text', (t) => {
      const a = t as HTMLTextAreaElement;
      a.value = a.value.replace(/\[[^\]\n]{2,60}\]/g, 'x');
      a.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await m.waitForFunction(() => !document.querySelector('.placeholders-left'));
    await m.click('button.copy');
    await m.waitForSelector('.copied', { timeout: 5000 });

    // Export: the ZIP lands in the downloads folder; every hash it lists matches the bytes.
    await m.$eval('button.export', (b) => (b).click());
    await m.waitForSelector('.exported, .error', { timeout: 30000 });
    expect(await m.$('.exported')).not.toBeNull();
    const zips = readdirSync(h.downloadDir).filter((f) => f.endsWith('.zip'));
    expect(zips).toHaveLength(1);
    // The case's custody log shows the capture, the qualification and the export, with its chain intact.
    await m.waitForFunction(() => !!document.querySelector('details.custody tr[data-event="export"]'));
    expect(await m.$$eval('details.custody tbody tr', (rows) => rows.map((r) => r.getAttribute('data-event')))).toEqual(expect.arrayContaining(['capture', 'qualify', 'export']));
    expect(await m.$('details.custody .chain-ok')).not.toBeNull();
    // In plain French, Paris time first (issue 9): no raw event names.
    expect(await m.$$eval('details.custody td.custody-what', (tds) => tds.map((td) => td.textContent))).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Capture de l’avis de .+ \(pièce n° 1\)$/), 'Qualification enregistrée', expect.stringMatching(/^Dossier exporté : avise-.+\.zip$/),
    ]));
    expect(await m.$eval('details.custody td.custody-at', (td) => td.textContent)).toMatch(/^le \d{1,2}(er)? \S+ \d{4} à \d{1,2} h \d\d min \d\d s, heure de Paris \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)$/);
    const zip = await JSZip.loadAsync(readFileSync(join(h.downloadDir, zips[0])));
    const folder = zips[0].replace(/\.zip$/, '');
    const manifest = await zip.file(`${folder}/manifest-sha256.txt`)!.async('string');
    const lines = manifest.trim().split('\n');
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) {
      const [hash, path] = line.split(/\s+/, 2);
      const file = zip.file(`${folder}/${path}`);
      expect(file, path).not.toBeNull();
      expect(sha256(await file!.async('uint8array')), path).toBe(hash);
    }
    const paths = lines.map((l) => l.split(/\s+/, 2)[1]);
    expect(paths.some((p) => p.endsWith('/review.png'))).toBe(true);
    expect(paths.some((p) => p.endsWith('/page.mhtml'))).toBe(true);
    expect(paths).toContain('data/rapport-de-capture.html');
    expect(paths).toContain('data/rapport-de-capture.pdf');
    expect(paths).toContain('data/declaration-de-capture.html');
    // The attested view of the real viewport screenshot, and ZIP entries dated at capture time, not 1980.
    expect(paths.some((p) => p.endsWith('/vue-attestee.png'))).toBe(true);
    expect(Object.values(zip.files).filter((f) => f.date.getUTCFullYear() === 1980).map((f) => f.name)).toEqual([]);
    await m.close();
  });
});
