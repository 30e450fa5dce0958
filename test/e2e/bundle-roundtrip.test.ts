// The exported evidence bundle in the real extension (issue 5 "Done when"): capture with two local RFC 3161
// authorities, export from the manager twice (byte-identical), then independent tools (sha256sum, openssl ts,
// openssl dgst, npm run verify) and the two browser verifiers (verify.html from the bundle over file://, and the
// extension's « Vérifier un dossier ») on the good ZIP and on a tampered copy. One browser for the file.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startTestTsa, type TestTsa } from '../tsa/server';
import { captureDemoReview, exportFromManager, startBundleHarness, tamperStoredEntry, until, type BundleHarness } from './bundle-helpers';

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
    expect(cli.stdout).toContain('chain trusted');
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);

    const t = tamperStoredEntry(readFileSync(zipPath), '/review.json');
    tamperedName = t.name.slice(folder.length + 1);
    tamperedPath = join(work, 'tampered.zip');
    writeFileSync(tamperedPath, t.bytes);
    const bad = spawnSync('npm', ['run', '--silent', 'verify', '--', tamperedPath], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`FAILED: manifest-sha256.txt: manifest-sha256.txt: ${tamperedName} does not match`);
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

async function verifyIn(page: Page, input: ElementHandle<HTMLInputElement>, file: string, summary: string): Promise<string> {
  await page.evaluate((sel) => { const e = document.querySelector(sel); if (e) e.textContent = ''; }, summary);
  await input.uploadFile(file);
  return page.waitForFunction((sel) => { const t = document.querySelector(sel)?.textContent ?? ''; return /^[✓✗]/.test(t) && t; }, { timeout: 30000 }, summary)
    .then((hnd) => hnd.jsonValue() as Promise<string>);
}

describe('bundle: the browser verifiers on a good and a tampered ZIP', () => {
  it('verify.html from the bundle, opened over file:// with no network, passes the good ZIP and names the tampered file', async () => {
    const page = await h.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${join(work, 'x', folder, 'verify.html')}`, { waitUntil: 'load' });
    const input = (await page.$('#file')) as ElementHandle<HTMLInputElement>;
    const good = await verifyIn(page, input, zipPath, '#summary');
    expect(good).toMatch(/^✓ /);
    const items = await page.$$eval('#results li', (lis) => lis.map((l) => l.className));
    expect(items.length).toBeGreaterThan(8);
    expect(items.every((c) => c === 'ok')).toBe(true);
    expect(await page.$$eval('#results li', (lis) => lis.map((l) => l.textContent ?? '').join('\n'))).toMatch(/timestamp:data\/timestamps\/.*CMS signature ok/);
    const bad = await verifyIn(page, input, tamperedPath, '#summary');
    expect(bad).toMatch(/^✗ tampered\.zip: manifest-sha256\.txt: /);
    expect(bad).toContain(tamperedName);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.close();
  });

  it('« Vérifier un dossier » in the extension passes the good ZIP and names the tampered file', async () => {
    const page = await h.browser.newPage();
    await page.goto(h.extUrl('src/ui/manager/index.html#verify'), { waitUntil: 'load' });
    const input = (await page.waitForSelector('input.verify-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(zipPath);
    const good = await page.waitForSelector('.verdict', { timeout: 30000 }).then((e) => e!.evaluate((x) => x.textContent ?? ''));
    expect(good).toMatch(/^✓/);
    expect(await page.$$eval('ul.checks li.fail', (l) => l.length)).toBe(0);
    await input.uploadFile(tamperedPath);
    const bad = await page.waitForFunction(() => { const t = document.querySelector('.verdict')?.textContent ?? ''; return t.startsWith('✗') && t; }, { timeout: 30000 }).then((x) => x.jsonValue() as Promise<string>);
    expect(bad).toContain(tamperedName);
    await page.close();
  });
});
