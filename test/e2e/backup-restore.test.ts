// Backup and restore (issue 11 §5): a backup made from the options page restores on a fresh browser profile every
// case, exhibit, note, draft, qualification, chain and setting, and every stored file byte for byte; a backup
// changed after it was made is refused with its reason, and a case already there is not replaced without a yes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';
import { call, dumpStore, readBlob, until } from './capture-helpers';
import { play } from '../fixtures/legal/scenario';

const open: Harness[] = [];
afterAll(async () => {
  for (const h of open) await h.close();
});

async function everything(p: Page) {
  const dump = await dumpStore(p);
  const byId = <T extends { id?: string; caseId?: string }>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const drafts = [];
  for (const c of dump.cases) drafts.push(...(await call(p, 'drafts.list', { caseId: c.id })));
  const blobs: Record<string, string> = {};
  for (const ex of dump.exhibits) for (const a of ex.artefacts) blobs[a.sha256] = (await readBlob(p, a.sha256)).toString('base64');
  return { cases: byId(dump.cases), exhibits: byId(dump.exhibits), custody: byId(dump.custody), qualifications: byId(dump.qualifications), drafts: byId(drafts), blobs, settings: await call(p, 'settings.get', {}) };
}

async function restoreFile(p: Page, file: string) {
  const input = await p.waitForSelector('input#f-restore');
  await input!.uploadFile(file);
}

describe('backup and restore', () => {
  it('restores everything on a fresh profile byte for byte, refuses a tampered backup with its reason, and asks before replacing', async () => {
    // Profile A: two cases, a qualification, a marked step, a note, an edited draft, a profile.
    const a = await startHarness();
    open.push(a);
    const { popup, tabId } = await a.openPopupOn(a.origin + demoPath);
    await popup.waitForSelector('li.review');
    const listed = await call(popup, 'page.listReviews', { tabId });
    const first = await call(popup, 'capture.review', { tabId, key: listed.reviews[0].key });
    await call(popup, 'capture.review', { tabId, key: listed.reviews[2].key });
    const { answers, q } = play({ 'fait-precis': 'yes' }, { exactPublicationDate: '2026-10-01' });
    await call(popup, 'qualification.save', { caseId: first.caseId, rulesetVersion: q.rulesetVersion, answers, exactPublicationDate: '2026-10-01', result: q });
    await call(popup, 'cases.markStep', { caseId: first.caseId, kind: 'reported', on: '2026-11-20', note: 'signalement Google' });
    await call(popup, 'cases.addNote', { caseId: first.caseId, text: 'Le patient a rappelé le cabinet.' });
    await call(popup, 'drafts.save', { caseId: first.caseId, kind: 'mise-en-demeure', lang: 'fr', body: 'Madame, Monsieur, …\nTexte modifié par le médecin.', title: 'Mise en demeure' });
    await call(popup, 'settings.set', { profile: { lastName: 'Martin', rpps: '10001234567' }, insurerDays: 30 });
    const opts = await a.browser.newPage();
    await opts.goto(a.extUrl('src/ui/options/index.html#sauvegarde'));
    const before = await everything(opts);
    expect(before.cases).toHaveLength(2);
    expect(before.drafts).toHaveLength(1);
    expect(Object.keys(before.blobs).length).toBeGreaterThan(4);

    await opts.click('button.make-backup');
    await opts.waitForFunction(() => document.querySelector('.backup-status')?.textContent?.includes('Sauvegarde enregistrée'), { timeout: 60_000 });
    const name = await until(async () => readdirSync(a.downloadDir).find((f) => /^avise-sauvegarde-\d{4}-\d{2}-\d{2}.*\.zip$/.test(f)), 20000, 'backup file');
    const file = join(a.downloadDir, name);
    expect(await opts.$eval('.backup-status', (e) => e.textContent)).toContain('2 dossiers, ');

    // A copy changed after the backup: one screenshot's bytes replaced (the ZIP itself still well-formed).
    const z = await JSZip.loadAsync(readFileSync(file));
    const blobPath = Object.keys(z.files).find((p) => p.startsWith('blobs/'))!;
    z.file(blobPath, Buffer.from('not the captured bytes'));
    const tampered = join(a.downloadDir, 'tampered.zip');
    writeFileSync(tampered, await z.generateAsync({ type: 'nodebuffer' }));

    // Profile B, fresh: the tampered file is refused with its reason and nothing is written.
    const b = await startHarness();
    open.push(b);
    const optsB = await b.browser.newPage();
    await optsB.goto(b.extUrl('src/ui/options/index.html#sauvegarde'));
    await restoreFile(optsB, tampered);
    const refused = await optsB.waitForSelector('.backup-error', { timeout: 60_000 }).then((e) => e!.evaluate((x) => x.textContent ?? ''));
    expect(refused).toBe(`Sauvegarde refusée, rien n’a été modifié : le fichier « ${blobPath} » a été modifié depuis la sauvegarde (son empreinte ne correspond plus).`);
    expect((await dumpStore(optsB)).cases).toEqual([]);

    // The real file restores everything, equal to profile A, every stored file byte for byte.
    await restoreFile(optsB, file);
    await optsB.waitForFunction(() => document.querySelector('.backup-status')?.textContent?.includes('Sauvegarde restaurée') || document.querySelector('.backup-error'), { timeout: 60_000 });
    expect(await optsB.$eval('.backup-error', (e) => e.textContent).catch(() => null)).toBeNull();
    expect(await optsB.$eval('.backup-status', (e) => e.textContent)).toContain('2 dossiers, ');
    const after = await everything(optsB);
    expect(after.cases).toEqual(before.cases);
    expect(after.exhibits).toEqual(before.exhibits);
    expect(after.custody).toEqual(before.custody);
    expect(after.qualifications).toEqual(before.qualifications);
    expect(after.drafts).toEqual(before.drafts);
    expect(after.blobs).toEqual(before.blobs);
    expect(after.settings.profile).toEqual(before.settings.profile);
    expect(after.settings.insurerDays).toBe(30);

    // The same backup again: the cases are already here, so nothing is replaced without the doctor's yes.
    await call(optsB, 'cases.addNote', { caseId: first.caseId, text: 'Note écrite après la restauration' });
    await restoreFile(optsB, file);
    await optsB.waitForSelector('.restore-confirm', { timeout: 60_000 });
    expect(await optsB.$eval('.restore-confirm', (e) => e.textContent)).toContain('2 dossiers de la sauvegarde existent déjà ici : confirmez pour les remplacer.');
    await optsB.click('button.restore-cancel');
    await optsB.waitForFunction(() => document.querySelector('.backup-status')?.textContent?.includes('rien n’a été modifié'));
    const custody = await call(optsB, 'custody.list', { caseId: first.caseId });
    expect(custody.at(-1)?.detail).toBe('Note: Note écrite après la restauration');
  }, 240_000);
});
