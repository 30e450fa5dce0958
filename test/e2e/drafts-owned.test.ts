// Drafts the doctor owns (issue 8): in real Chromium with the real extension, the mise en demeure of the demo review
// gets its recipient, the doctor's edit is saved with the case and survives a reload and a change of document,
// nothing leaves while a placeholder remains, the letter downloads as a real .docx and a Notepad-ready .txt, and
// the exported ZIP carries the edited version, marked edited.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestions } from '../../scripts/questionnaire';
import { captureDemoReview, exportFromManager, startBundleHarness, until, type BundleHarness } from './bundle-helpers';

let h: BundleHarness;
beforeAll(async () => {
  h = await startBundleHarness();
  // A complete profile: the only placeholders left in the mise en demeure are the recipient's.
  await h.call('settings.set', {
    profile: { civility: 'Dr', firstName: 'Élise', lastName: 'Durand', specialty: 'médecine générale', rpps: '10101010101', practiceName: 'Cabinet Médical du Parc', address: '12 rue du Parc', postalCode: '69003', city: 'Lyon', email: 'cabinet@example.org', phone: '04 72 00 00 00' },
  });
});
afterAll(async () => {
  await h?.close();
});

const SENTENCE = 'Phrase unique 7f3a9: je reste disponible pour un échange amiable avant toute procédure.';

async function openCase(caseId: string): Promise<Page> {
  const m = await h.browser.newPage();
  await m.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`), { waitUntil: 'load' });
  return m;
}

async function chooseDraft(m: Page, kind: string, lang: 'fr' | 'en'): Promise<void> {
  await m.waitForSelector('.draft-kind');
  await m.select('.draft-kind', kind);
  await m.select('.draft-lang', lang);
}

const draftText = (m: Page) => m.$eval('.draft-text', (t) => (t as HTMLTextAreaElement).value);

async function newDownload(before: Set<string>, ext: string): Promise<Buffer> {
  const name = await until(async () => readdirSync(h.downloadDir).find((f) => f.endsWith(ext) && !before.has(f)), `a new ${ext} download`);
  const path = join(h.downloadDir, name);
  await until(async () => { const a = statSync(path).size; await new Promise((r) => setTimeout(r, 50)); return a > 0 && statSync(path).size === a; }, 'download complete');
  return readFileSync(path);
}

describe('drafts the doctor owns', () => {
  let caseId = '';

  it('offers the mise en demeure with recipient fields once the author is identified, and refuses to copy it while placeholders remain, naming them', async () => {
    ({ caseId } = await captureDemoReview(h, 0));
    const m = await openCase(caseId);
    await answerQuestions(m, async (fact) => {
      if (fact !== 'auteur-identifie') return false;
      await m.$eval(`.question[data-fact="${fact}"] .answer-yes`, (b) => (b as HTMLButtonElement).click());
      return true;
    });
    await chooseDraft(m, 'mise-en-demeure', 'fr');
    await m.waitForSelector('fieldset.recipient .recipient-name');
    expect(await m.$eval('.placeholders-left', (e) => e.textContent)).toContain('[NOM DU DESTINATAIRE]');

    await m.bringToFront();
    await m.click('button.copy');
    const refusal = await (await m.waitForSelector('.draft-refused', { timeout: 5000 }))!.evaluate((e) => e.textContent ?? '');
    expect(refusal).toContain('[NOM DU DESTINATAIRE]');
    expect(refusal).toContain('[ADRESSE DU DESTINATAIRE]');
    expect(await m.$('.copied')).toBeNull();
    // Download is refused the same way: no file lands.
    const before = new Set(readdirSync(h.downloadDir));
    await m.click('button.download-docx');
    await new Promise((r) => setTimeout(r, 500));
    expect(readdirSync(h.downloadDir).filter((f) => !before.has(f))).toEqual([]);
    expect(await m.$eval('.draft-refused', (e) => e.textContent)).toContain('[NOM DU DESTINATAIRE]');
    await m.close();
  });

  it('puts the recipient in the letter and keeps the doctor’s edit across a change of document and a reload, marked « Modifié », with a custody entry', async () => {
    const m = await openCase(caseId);
    await chooseDraft(m, 'mise-en-demeure', 'fr');
    await m.waitForSelector('.recipient-name');
    await m.select('.recipient-civility', 'Monsieur');
    await m.type('.recipient-name', 'Marc Lefèvre');
    await m.type('.recipient-address', '8 avenue des Tilleuls, 69006 Lyon');
    await m.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('.draft-text')!.value.includes('8 avenue des Tilleuls'));
    expect(await draftText(m)).toContain('Marc Lefèvre');
    expect(await m.$('.placeholders-left')).toBeNull();
    expect(await m.$('.draft-edited')).toBeNull();

    // The doctor types a sentence at the end of the letter.
    await m.focus('.draft-text');
    await m.$eval('.draft-text', (t) => { const a = t as HTMLTextAreaElement; a.setSelectionRange(a.value.length, a.value.length); });
    await m.keyboard.type(`\n${SENTENCE}`);
    await m.waitForSelector('.draft-edited');
    expect(await m.$eval('.draft-edited', (e) => e.textContent)).toMatch(/Modifié|Edited/);
    // Saved by the service worker after a pause in typing, without leaving the box.
    const saved = await until(async () => (await h.call('drafts.list', { caseId })).find((d) => d.kind === 'mise-en-demeure' && d.lang === 'fr' && d.body?.includes(SENTENCE)), 'the edit saved');
    expect(saved.recipient).toMatchObject({ civility: 'Monsieur', name: 'Marc Lefèvre', address: '8 avenue des Tilleuls, 69006 Lyon' });
    const custody = await h.call('custody.list', { caseId });
    const drafts = custody.filter((e) => e.event === 'draft');
    expect(drafts.at(-1)!.detail).toMatch(/^Brouillon modifié \/ draft edited : .*\(fr\)$/);
    // One entry for one editing session, not one per pause.
    expect(drafts.filter((e) => e.detail.startsWith('Brouillon modifié')).length).toBe(1);

    // Another document, then back: the edit is there.
    const other = await m.$$eval('.draft-kind option', (os) => os.map((o) => (o).value).find((v) => v !== 'mise-en-demeure'));
    await m.select('.draft-kind', other!);
    await m.waitForFunction(() => !document.querySelector('.recipient-name'));
    expect(await draftText(m)).not.toContain(SENTENCE);
    await m.select('.draft-kind', 'mise-en-demeure');
    await m.waitForFunction((s) => document.querySelector<HTMLTextAreaElement>('.draft-text')!.value.includes(s), {}, SENTENCE);

    await m.reload({ waitUntil: 'load' });
    await chooseDraft(m, 'mise-en-demeure', 'fr');
    await m.waitForFunction((s) => document.querySelector<HTMLTextAreaElement>('.draft-text')?.value.includes(s), {}, SENTENCE);
    expect(await m.$('.draft-edited')).not.toBeNull();
    expect(await m.$eval('.recipient-name', (i) => (i as HTMLInputElement).value)).toBe('Marc Lefèvre');
    // The English letter is untouched, and names the same recipient.
    await m.select('.draft-lang', 'en');
    await m.waitForFunction((s) => !document.querySelector<HTMLTextAreaElement>('.draft-text')!.value.includes(s), {}, SENTENCE);
    expect(await draftText(m)).toContain('Marc Lefèvre');
    expect(await m.$('.draft-edited')).toBeNull();
    await m.close();
  });

  it('downloads the edited letter as a Word document and as a Windows text file, both holding the edit', async () => {
    const m = await openCase(caseId);
    await chooseDraft(m, 'mise-en-demeure', 'fr');
    await m.waitForFunction((s) => document.querySelector<HTMLTextAreaElement>('.draft-text')?.value.includes(s), {}, SENTENCE);

    let before = new Set(readdirSync(h.downloadDir));
    await m.click('button.download-docx');
    const docx = await newDownload(before, '.docx');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''));
    expect(paragraphs).toContain(SENTENCE);
    expect(paragraphs.some((p) => p.includes('Marc Lefèvre'))).toBe(true);
    expect(paragraphs[0]).toBe(await m.$eval('.draft-title', (e) => e.textContent));

    before = new Set(readdirSync(h.downloadDir));
    await m.click('button.download-txt');
    const txt = await newDownload(before, '.txt');
    expect([...txt.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const s = txt.subarray(3).toString('utf8');
    expect(s).toContain(`\r\n${SENTENCE}\r\n`);
    expect(s.replace(/\r\n/g, '')).not.toContain('\n');
    await m.close();
  });

  it('exports the ZIP with the edited letter, listed as edited with its save time, and the untouched ones as templates', async () => {
    const zipPath = await exportFromManager(h, caseId);
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const folder = Object.keys(zip.files)[0].split('/')[0];
    const letter = zip.file(new RegExp(`^${folder}/data/drafts/.*mise-en-demeure\\.fr\\.txt$`))[0];
    expect(await letter.async('string')).toContain(SENTENCE);
    const index = JSON.parse(await zip.file(`${folder}/data/drafts/index.json`)!.async('string')) as { file: string; edited: boolean; savedAt?: string }[];
    const fr = index.find((d) => d.file.endsWith('mise-en-demeure.fr.txt'))!;
    expect(fr.edited).toBe(true);
    expect(Date.parse(fr.savedAt!)).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(index.find((d) => d.file.endsWith('mise-en-demeure.en.txt'))!.edited).toBe(false);
    expect(index.filter((d) => d.edited)).toHaveLength(1);
    // The English letter in the ZIP names the recipient the doctor entered.
    expect(await zip.file(new RegExp(`^${folder}/data/drafts/.*mise-en-demeure\\.en\\.txt$`))[0].async('string')).toContain('Marc Lefèvre');
    // Listed in the bag's manifest like every payload file.
    expect(await zip.file(`${folder}/manifest-sha256.txt`)!.async('string')).toContain('data/drafts/index.json');
  });

  it('goes back to the template on « Revenir au modèle », after confirmation', async () => {
    const m = await openCase(caseId);
    await chooseDraft(m, 'mise-en-demeure', 'fr');
    await m.waitForSelector('button.reset');
    await m.click('button.reset');
    await m.click('button.reset-cancel');
    expect(await draftText(m)).toContain(SENTENCE);
    await m.click('button.reset');
    await m.click('button.reset-confirm');
    await m.waitForFunction((s) => !document.querySelector<HTMLTextAreaElement>('.draft-text')!.value.includes(s), {}, SENTENCE);
    expect(await m.$('.draft-edited')).toBeNull();
    expect(await draftText(m)).toContain('Marc Lefèvre');
    await until(async () => (await h.call('drafts.list', { caseId })).find((d) => d.kind === 'mise-en-demeure' && d.lang === 'fr' && d.body === undefined), 'the reset saved');
    expect((await h.call('custody.list', { caseId })).at(-1)!.detail).toMatch(/^Brouillon remis au modèle/);
    await m.close();
  });

  it('warns above the public reply where the owner already replied to the review', async () => {
    const { caseId: replied } = await captureDemoReview(h, 2);
    const view = await h.call('cases.get', { caseId: replied });
    // The reply's own « Plus » was expanded by the capture: the whole reply is in the evidence, not its first line.
    expect(view.exhibits[0].review.ownerReply?.text).toMatch(/vous invitons à nous écrire .* si la ligne est occupée\.$/);
    const m = await openCase(replied);
    await answerQuestions(m);
    await m.waitForSelector('.draft-kind');
    const kinds = await m.$$eval('.draft-kind option', (os) => os.map((o) => (o).value));
    expect(kinds).toContain('reponse-publique');
    await m.select('.draft-kind', 'reponse-publique');
    const notice = await (await m.waitForSelector('.owner-replied'))!.evaluate((e) => e.textContent ?? '');
    expect(notice).toMatch(/déjà répondu|already replied/);
    expect(notice).toContain(view.exhibits[0].review.ownerReply!.text.slice(0, 30));
    // Above the reply draft.
    expect(await m.evaluate(() => document.querySelector('.owner-replied')!.compareDocumentPosition(document.querySelector('.draft-text')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    // A placeholder in the reply blocks the copy too, and is named.
    await m.$eval('.draft-text', (t) => { const a = t as HTMLTextAreaElement; a.focus(); a.setSelectionRange(a.value.length, a.value.length); });
    await m.keyboard.type(' [TÉLÉPHONE DU CABINET]');
    await m.bringToFront();
    await m.click('button.copy');
    expect(await (await m.waitForSelector('.draft-refused'))!.evaluate((e) => e.textContent)).toContain('[TÉLÉPHONE DU CABINET]');
    await m.close();
  });
});
