// The exported evidence bundle in the real extension: capture with two local RFC 3161
// authorities, export from the manager twice (byte-identical), then independent tools (sha256sum, openssl ts,
// openssl dgst, npm run verify) and the two browser verifiers (verify.html from the bundle over file://, and the
// extension's « Vérifier un dossier ») on the good ZIP and on a tampered copy. One browser for the file.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startTestTsa, type TestTsa } from '../tsa/server';
import { captureDemoReview, exportFromManager, startBundleHarness, tamperStoredEntry, until, type BundleHarness } from './bundle-helpers';
import { PAGE_SIZE, saveScreen } from './screens';

let h: BundleHarness;
let tsas: TestTsa[];
let work: string;
let zipPath: string;
let tamperedPath: string;
let tamperedName: string;
let folder: string;

beforeAll(async () => {
  tsas = await Promise.all([startTestTsa(), startTestTsa()]);
  h = await startBundleHarness({ grantOrigins: ['http://127.0.0.1/*'] });
  work = mkdtempSync(join(tmpdir(), 'avise-bundle-'));
  await h.call('settings.set', { timestampEnabled: true, tsaUrls: tsas.map((t) => t.url) });
});
afterAll(async () => {
  await h?.close();
  await Promise.all((tsas ?? []).map((t) => t.close()));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('bundle: export from the extension, check with independent tools', () => {
  it('exports the same case twice as byte-identical ZIPs', async () => {
    const { caseId } = await captureDemoReview(h, 0);
    await until(async () => {
      const ex = (await h.call('cases.get', { caseId })).exhibits[0];
      return ex.timestamps?.filter((t) => t.status === 'granted').length === 2;
    }, 'two granted timestamps');
    const a = await exportFromManager(h, caseId);
    const b = await exportFromManager(h, caseId);
    expect(basename(b)).not.toBe(basename(a)); // « (1) » added by the browser
    const ba = readFileSync(a), bb = readFileSync(b);
    expect(bb.equals(ba)).toBe(true);
    const custody = await h.call('custody.list', { caseId });
    expect(custody.filter((e) => e.event === 'export')).toHaveLength(2);
    zipPath = join(work, basename(a));
    writeFileSync(zipPath, ba);
    folder = basename(a, '.zip');
    execFileSync('unzip', ['-q', zipPath, '-d', join(work, 'x')]);
  });

  it('passes sha256sum -c, openssl ts -verify against each local authority, openssl dgst and npm run verify', () => {
    const bag = join(work, 'x', folder);
    expect(execFileSync('sha256sum', ['-c', '--strict', 'manifest-sha256.txt'], { cwd: bag, encoding: 'utf8' })).not.toMatch(/FAILED/);
    expect(execFileSync('sha256sum', ['-c', '--strict', 'tagmanifest-sha256.txt'], { cwd: bag, encoding: 'utf8' })).not.toMatch(/FAILED/);
    const exDir = readdirSync(join(bag, 'data/exhibits'))[0];
    const tsrs = readdirSync(join(bag, 'data/timestamps')).sort();
    expect(tsrs).toHaveLength(2);
    tsrs.forEach((tsr, i) => {
      const out = execFileSync('openssl', ['ts', '-verify', '-data', `data/exhibits/${exDir}/seal-input.json`, '-in', `data/timestamps/${tsr}`, '-CAfile', tsas[i].caFile], { cwd: bag, encoding: 'utf8' });
      expect(out).toContain('Verification: OK');
    });
    expect(execFileSync('openssl', ['dgst', '-sha256', '-verify', 'data/signature/public-key.pem', '-signature', 'data/signature/signed-manifest.sig', 'data/signature/signed-manifest.txt'], { cwd: bag, encoding: 'utf8' })).toContain('Verified OK');
    const cli = spawnSync('npm', ['run', '--silent', 'verify', '--', zipPath, '--tsa-ca', tsas[0].caFile, '--tsa-ca', tsas[1].caFile], { encoding: 'utf8' });
    expect(cli.stdout).toMatch(/^✓ Dossier intact : l’avis de « /);
    expect(cli.stdout.match(/horodatée par une autorité tierce .* Certificat de l’autorité vérifié\./g)).toHaveLength(2);
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);
    const en = spawnSync('npm', ['run', '--silent', 'verify', '--', bag, '--lang', 'en'], { encoding: 'utf8' }); // the unzipped folder
    expect(en.stdout).toMatch(/^✓ Bundle intact: the review by “/);
    expect(en.status, en.stdout + en.stderr).toBe(0);

    const t = tamperStoredEntry(readFileSync(zipPath), '/review.json');
    tamperedName = t.name.slice(folder.length + 1);
    tamperedPath = join(work, 'tampered.zip');
    writeFileSync(tamperedPath, t.bytes);
    const bad = spawnSync('npm', ['run', '--silent', 'verify', '--', tamperedPath], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^✗ Dossier modifié ou incomplet : /);
    expect(bad.stdout).toContain(`Le fichier ${tamperedName} a été modifié après l’export`);
  });
});

describe('bundle: the installation key shown to the doctor', () => {
  it('the options page shows the same fingerprint as the bundle, with what it proves and what it does not', async () => {
    const page = await h.browser.newPage();
    await page.goto(h.extUrl('src/ui/options/index.html'), { waitUntil: 'load' });
    const shown = await page.waitForFunction(() => { const t = document.querySelector('code.fingerprint')?.textContent ?? '…'; return t !== '…' && t; }).then((x) => x.jsonValue() as Promise<string>);
    expect(readFileSync(join(work, 'x', folder, 'data/signature/fingerprint.txt'), 'utf8')).toContain(shown);
    // UI language follows the browser's (French or English here): either wording says what it does not prove.
    expect(await page.$eval('fieldset.signature', (e) => e.textContent ?? '')).toMatch(/ne prouve pas qui vous êtes|does not prove who you are/);
    await page.close();
  });
});

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** « Dossier intact : l’avis de « <author> » publié sur Google Maps, capturé le <date> à <h> h <mm>, heure de Paris. », from the exhibit record. */
function expectedFirstLine(): string {
  const exDir = readdirSync(join(work, 'x', folder, 'data/exhibits'))[0];
  const ex = JSON.parse(readFileSync(join(work, 'x', folder, 'data/exhibits', exDir, 'exhibit.json'), 'utf8'));
  const [, y, mo, d, hh, mm] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(ex.capturedAt.local)!;
  expect(ex.capturedAt.timeZone).toBe('Europe/Paris');
  const day = Number(d) === 1 ? '1er' : String(Number(d));
  const site = ex.source.adapterId === 'google-maps' ? 'Google Maps' : new URL(ex.source.url).hostname;
  return `Dossier intact : l’avis de « ${ex.review.author} » publié sur ${site}, capturé le ${day} ${FR_MONTHS[Number(mo) - 1]} ${y} à ${Number(hh)} h ${mm}, heure de Paris.`;
}

async function verifyIn(page: Page, input: ElementHandle<HTMLInputElement>, file: string, summary: string): Promise<string> {
  await page.evaluate((sel) => { const e = document.querySelector(sel); if (e) e.textContent = ''; }, summary);
  await input.uploadFile(file);
  return page.waitForFunction((sel) => { const t = document.querySelector(sel)?.textContent ?? ''; return /^[✓✗]/.test(t) && t; }, { timeout: 30000 }, summary)
    .then((hnd) => hnd.jsonValue() as Promise<string>);
}

describe('bundle: the browser verifiers on a good and a tampered ZIP', () => {
  it('verify.html from the bundle, opened over file:// with no network, passes the ZIP and the unzipped folder, names the review, and names a tampered file in French', async () => {
    const page = await h.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${join(work, 'x', folder, 'verify.html')}`, { waitUntil: 'load' });
    const input = (await page.$('#file')) as ElementHandle<HTMLInputElement>;
    const good = await verifyIn(page, input, zipPath, '#summary');
    expect(good).toBe(`✓ ${expectedFirstLine()}`);
    await saveScreen(page, 'verify-html', PAGE_SIZE);
    const items = await page.$$eval('#results li', (lis) => lis.map((l) => l.className));
    expect(items.length).toBeGreaterThan(8);
    expect(items.every((c) => c === 'ok')).toBe(true);
    const lines = await page.$$eval('#results li', (lis) => lis.map((l) => l.textContent ?? '').join('\n'));
    expect(lines.match(/horodatée par une autorité tierce/g)).toHaveLength(2);
    expect(lines).not.toMatch(/\b(match|missing|files|entries|chain)\b/);
    const bad = await verifyIn(page, input, tamperedPath, '#summary');
    expect(bad).toMatch(/^✗ Dossier modifié ou incomplet : l’avis de « /);
    expect(bad).toContain(`Le fichier ${tamperedName} a été modifié après l’export`);

    // The folder the ZIP was unzipped into (webkitdirectory), and the same inside the extra folder a Windows unzip makes.
    const dir = (await page.$('#folder')) as ElementHandle<HTMLInputElement>;
    expect(await verifyIn(page, dir, join(work, 'x', folder), '#summary')).toBe(`✓ ${expectedFirstLine()}`);
    expect(await verifyIn(page, dir, join(work, 'x'), '#summary')).toBe(`✓ ${expectedFirstLine()}`);
    const tamperedDir = join(work, 'tampered-folder');
    execFileSync('unzip', ['-q', tamperedPath, '-d', tamperedDir]);
    const badDir = await verifyIn(page, dir, join(tamperedDir, folder), '#summary');
    expect(badDir).toMatch(/^✗ Dossier modifié ou incomplet : l’avis de « /);
    expect(badDir).toContain(`Le fichier ${tamperedName} a été modifié après l’export`);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.close();
  });

  it('« Vérifier un dossier » in the extension passes the good ZIP and the unzipped folder, and names the tampered file in French', async () => {
    const page = await h.browser.newPage();
    await page.goto(h.extUrl('src/ui/manager/index.html#verify'), { waitUntil: 'load' });
    const input = (await page.waitForSelector('input.verify-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(zipPath);
    const good = await page.waitForSelector('.verdict', { timeout: 30000 }).then((e) => e!.evaluate((x) => x.textContent ?? ''));
    expect(good).toMatch(/^✓/);
    expect(await page.$$eval('ul.checks li.fail', (l) => l.length)).toBe(0);
    await input.uploadFile(tamperedPath);
    const bad = await page.waitForFunction(() => { const t = document.querySelector('.verdict')?.textContent ?? ''; return t.startsWith('✗') && t; }, { timeout: 30000 }).then((x) => x.jsonValue() as Promise<string>);
    expect(bad).toContain(`Le fichier ${tamperedName} a été modifié après l’export`);
    const dir = (await page.$('input.verify-folder')) as ElementHandle<HTMLInputElement>;
    await dir.uploadFile(join(work, 'x'));
    const fromFolder = await page.waitForFunction(() => { const t = document.querySelector('.verdict')?.textContent ?? ''; return t.startsWith('✓') && t; }, { timeout: 30000 }).then((x) => x.jsonValue() as Promise<string>);
    expect(fromFolder).toBe(`✓ ${expectedFirstLine()}`);
    await page.close();
  });
});

describe('bundle: the fingerprint to quote, and the timestamp choice in plain words', () => {
  it('the case page shows the bundle fingerprint after an export and for the latest one, short (4 × 4 hex) and full, equal to the SHA-256 of tagmanifest-sha256.txt', async () => {
    const full = createHash('sha256').update(readFileSync(join(work, 'x', folder, 'tagmanifest-sha256.txt'))).digest('hex');
    const caseId = (await h.call('cases.list', {}))[0].id;
    const page = await h.browser.newPage();
    await page.goto(h.extUrl(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`), { waitUntil: 'load' });
    const short = await page.waitForSelector('.previous-export .fingerprint-short').then((e) => e!.evaluate((x) => x.textContent));
    expect(short).toBe(full.slice(0, 16).match(/.{4}/g)!.join(' '));
    expect(await page.$eval('.previous-export .fingerprint-full', (e) => e.textContent)).toBe(full);
    // Exporting again (same input, same bytes) shows the same fingerprint at once, with how to recompute it.
    await page.click('button.export');
    await page.waitForSelector('.exported .fingerprint-short', { timeout: 60000 });
    expect(await page.$eval('.exported .fingerprint-short', (e) => e.textContent)).toBe(short);
    expect(await page.$eval('.exported .fingerprint-full', (e) => e.textContent)).toBe(full);
    expect(await page.$eval('.exported', (e) => e.textContent)).toContain('VERIFY-FR.txt');
    await page.close();
  });

  it('asks once, in the popup and first on the options page, whether to timestamp; answering records the choice', async () => {
    await h.call('settings.set', { timestampChosen: false });
    const popup = await h.browser.newPage();
    await popup.goto(h.extUrl('src/ui/popup/index.html'), { waitUntil: 'load' });
    const href = await popup.waitForSelector('a.timestamp-prompt').then((e) => e!.evaluate((a) => (a).href));
    expect(href).toBe(h.extUrl('src/ui/options/index.html#timestamp'));
    await popup.close();

    const page = await h.browser.newPage();
    await page.goto(href, { waitUntil: 'load' });
    const text = await page.waitForSelector('.timestamp-choice').then((e) => e!.evaluate((x) => x.textContent ?? ''));
    expect(text).toContain('ne dépend plus de l’horloge de votre ordinateur');
    expect(text).toContain('Seule cette empreinte quitte l’ordinateur');
    expect(text).not.toContain('RFC 3161');
    await page.click('.timestamp-choice button.timestamp-no');
    await page.waitForFunction(() => !document.querySelector('.timestamp-choice'));
    const s = await h.call('settings.get', {});
    expect([s.timestampChosen, s.timestampEnabled]).toEqual([true, false]);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('fieldset.timestamp');
    expect(await page.$('.timestamp-choice')).toBeNull();
    await page.close();
  });
});
