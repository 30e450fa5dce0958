import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { decode as decodePng, encode as encodePng } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleCase } from '../../../test/helpers/sample-case';
import { startTestTsa, type TestTsa } from '../../../test/tsa/server';
import { writeBundle } from '../bundle/write';
import { concatParts } from '../bundle/zip-writer';
import { createInstallationKey, memoizingSigner, memoryCache } from '../signing';
import { requestTimestamp } from '../timestamp/request';
import { folderFiles } from '../../../scripts/verify';
import { verifyBundle, verifyFolder } from './verify';
import { describeCheck, verdictLine } from './wording';

let tsa: TestTsa;
let zip: Uint8Array;
let folder: string;
const tmp = mkdtempSync(join(tmpdir(), 'avise-bundle-'));

beforeAll(async () => {
  tsa = await startTestTsa();
  const { input } = await buildSampleCase({
    signer: memoizingSigner(await createInstallationKey(), memoryCache()),
    timestamp: async (seal) => [await requestTimestamp(tsa.url, seal)],
  });
  const r = await writeBundle(input);
  zip = concatParts(r.parts);
  folder = r.folder;
  // unzip with jszip into a temp dir, to run the command-line tools the VERIFY files name
  const z = await JSZip.loadAsync(zip);
  for (const f of Object.values(z.files)) {
    if (f.dir) continue;
    mkdirSync(dirname(join(tmp, f.name)), { recursive: true });
    writeFileSync(join(tmp, f.name), await f.async('uint8array'));
  }
}, 60_000);
afterAll(async () => { await tsa?.close(); rmSync(tmp, { recursive: true, force: true }); });

const verifyText = (lang: 'fr' | 'en'): string => readFileSync(join(tmp, folder, lang === 'fr' ? 'VERIFY-FR.txt' : 'VERIFY-EN.txt'), 'utf8').replace(/^\uFEFF/, '');
const sha256File = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

/** The command lines (indented by two spaces) of one lettered section of a VERIFY file. */
function section(text: string, title: string): string[] {
  const lines = text.split('\r\n');
  const from = lines.findIndex((l) => l.startsWith(title));
  expect(from, title).toBeGreaterThan(0);
  const to = lines.findIndex((l, i) => i > from + 1 && /^[A-Z]\. /.test(l));
  return lines.slice(from + 2, to < 0 ? undefined : to).filter((l) => /^ {2}\S/.test(l)).map((l) => l.slice(2));
}

/** "sha256sum <file>    # <hash>" lines: the command prints the hash written after the #. */
function expectHashesAsWritten(cmds: string[], out: string): void {
  const withHash = cmds.filter((c) => /# [0-9a-f]{64}$/.test(c));
  expect(withHash.length).toBeGreaterThanOrEqual(2);
  for (const c of withHash) {
    const [, file, hash] = /(\S+)\s+# ([0-9a-f]{64})$/.exec(c)!;
    expect(out).toContain(`${hash}  ${file}`);
  }
}

/** PowerShell syntax sanity without pwsh: quotes closed, braces and parentheses balanced and well nested. */
function balanced(line: string): boolean {
  const stack: string[] = [];
  let quote: string | undefined;
  for (const ch of line) {
    if (quote) { if (ch === quote) quote = undefined; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '(') stack.push(ch);
    else if (ch === '}' && stack.pop() !== '{') return false;
    else if (ch === ')' && stack.pop() !== '(') return false;
  }
  return !quote && stack.length === 0;
}

async function rezip(mutate: (files: Map<string, Uint8Array>) => void): Promise<Uint8Array> {
  const z = await JSZip.loadAsync(zip);
  const files = new Map<string, Uint8Array>();
  for (const f of Object.values(z.files)) if (!f.dir) files.set(f.name, await f.async('uint8array'));
  mutate(files);
  const out = new JSZip();
  for (const [n, b] of files) out.file(n, b);
  return out.generateAsync({ type: 'uint8array' });
}

describe('verifyBundle', () => {
  it('accepts the sample bundle, timestamps included', async () => {
    const v = await verifyBundle(zip, { trustedTsaCerts: [tsa.caPem] });
    expect(v.firstFailure).toBeUndefined();
    const ts = v.checks.filter((c) => c.id.startsWith('timestamp:'));
    expect(ts).toHaveLength(2);
    expect(ts.every((c) => c.ok && c.params.trusted === true)).toBe(true);
    expect(describeCheck(ts[0], 'fr')).toMatch(/^Pièce n° 1 : horodatée par une autorité tierce .*Certificat de l’autorité vérifié\.$/);
  });

  it('detects one flipped byte in every file of the bundle and names that file', async () => {
    const z = await JSZip.loadAsync(zip);
    const names = Object.values(z.files).filter((f) => !f.dir).map((f) => f.name);
    expect(names.length).toBeGreaterThan(25);
    for (const name of names) {
      const bad = await rezip((files) => {
        const b = files.get(name)!.slice();
        b[Math.floor(b.length / 2)] ^= 0x01;
        files.set(name, b);
      });
      const v = await verifyBundle(bad);
      const rel = name.slice(folder.length + 1);
      expect(v.ok, rel).toBe(false);
      expect(v.checks.filter((c) => !c.ok).some((c) => c.detail.includes(rel)), `${rel}: ${v.firstFailure}`).toBe(true);
      expect(v.checks.filter((c) => !c.ok).some((c) => describeCheck(c, 'fr').includes(rel)), `${rel} (fr)`).toBe(true);
    }
  }, 120_000);

  it('checks each attested view against its untouched screenshot, and names one whose screenshot pixels were redrawn', async () => {
    const good = await verifyBundle(zip);
    const attested = good.checks.filter((c) => c.code.startsWith('attested'));
    expect(attested.length).toBeGreaterThan(0);
    expect(attested.every((c) => c.code === 'attested-ok')).toBe(true);
    expect(describeCheck(attested[0], 'fr')).toMatch(/^La vue attestée .*vue-attestee\.png reproduit sans modification la capture .*viewport\.png/);
    // One pixel of the screenshot redrawn inside the attested view: besides the manifests, the attested check names it
    // on its own (it would still catch it if a forger re-hashed the manifests).
    const name = [...Object.keys((await JSZip.loadAsync(zip)).files)].find((n) => n.endsWith('/vue-attestee.png'))!;
    const bad = await verifyBundle(await rezip((files) => {
      const png = decodePng(files.get(name)!);
      const sidecar = JSON.parse(new TextDecoder().decode(files.get(name.replace('.png', '.json'))));
      const o = ((sidecar.screenshot.y + 5) * png.width + sidecar.screenshot.x + 5) * png.channels;
      png.data[o] = (png.data[o] + 128) % 256;
      files.set(name, encodePng(png));
    }));
    const check = bad.checks.find((c) => c.code === 'attested-bad');
    expect(check, JSON.stringify(bad.checks.filter((c) => !c.ok))).toBeDefined();
    expect(describeCheck(check!, 'fr')).toContain('vue-attestee.png ne correspond plus à la capture');
  });

  it('detects a removed payload file and an added one', async () => {
    const removed = await verifyBundle(await rezip((f) => { f.delete(`${folder}/data/drafts/case-2026-0042-reponse-neutre.txt`); }));
    expect(describeCheck(removed.checks.find((c) => !c.ok)!, 'fr')).toBe('Le fichier data/drafts/case-2026-0042-reponse-neutre.txt manque : il faisait partie du dossier à l’export.');
    const added = await verifyBundle(await rezip((f) => { f.set(`${folder}/data/extra.txt`, new Uint8Array([65])); }));
    expect(describeCheck(added.checks.find((c) => !c.ok)!, 'fr')).toBe('Le fichier data/extra.txt a été ajouté après l’export.');
  });

  it('writes VERIFY-FR.txt and VERIFY-EN.txt with a byte-order mark and CRLF line ends, so Notepad shows the accents', () => {
    for (const name of ['VERIFY-FR.txt', 'VERIFY-EN.txt']) {
      const b = readFileSync(join(tmp, folder, name));
      expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = b.toString('utf8');
      expect(text.split('\n').length).toBeGreaterThan(40);
      expect(text.match(/(?<!\r)\n/g), name).toBeNull();
    }
    expect(verifyText('fr')).toContain('Vérifier ce dossier de preuve Avisé');
  });

  it('runs every Linux command of VERIFY-FR.txt on the real bundle (unzip, sha256sum -c, seals) and each passes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'avise-linux-'));
    writeFileSync(join(dir, `${folder}.zip`), zip);
    for (const lang of ['fr', 'en'] as const) {
      const cmds = section(verifyText(lang), 'C. Linux');
      expect(cmds[0]).toBe(`unzip ${folder}.zip`);
      expect(cmds).toContain(`cd ${folder} && sha256sum -c manifest-sha256.txt`);
      if (lang === 'en') rmSync(join(dir, folder), { recursive: true, force: true });
      const out = execFileSync('bash', ['-euc', cmds.join('\n')], { cwd: dir, encoding: 'utf8' });
      expect(out).toMatch(/data\/rapport-de-capture\.html: OK/);
      expect(out).not.toMatch(/FAILED/);
      expectHashesAsWritten(cmds, out);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs every macOS command of VERIFY-FR.txt (shasum) in the unzipped folder and each passes', () => {
    expect(existsSync('/usr/bin/shasum')).toBe(true);
    for (const lang of ['fr', 'en'] as const) {
      const cmds = section(verifyText(lang), 'B. macOS');
      expect(cmds).toContain('shasum -a 256 -c manifest-sha256.txt');
      const out = execFileSync('bash', ['-euc', cmds.join('\n')], { cwd: join(tmp, folder), encoding: 'utf8' });
      expect(out).toMatch(/data\/rapport-de-capture\.html: OK/);
      expect(out).not.toMatch(/FAILED/);
      expectHashesAsWritten(cmds, out);
    }
  });

  it('gives Windows lines (PowerShell, certutil) that are well formed and name only files of the bundle', () => {
    for (const lang of ['fr', 'en'] as const) {
      const cmds = section(verifyText(lang), 'A. Windows');
      const loops = cmds.filter((c) => c.startsWith('$ko = 0;'));
      expect(loops.map((l) => /Get-Content -Encoding UTF8 (\S+) \|/.exec(l)?.[1])).toEqual(['manifest-sha256.txt', 'tagmanifest-sha256.txt']);
      for (const l of loops) {
        expect(balanced(l), l).toBe(true);
        expect(l).toContain('Get-FileHash -Algorithm SHA256 -LiteralPath $f');
        expect(l).toMatch(/\$h, \$f = \$_ -split '\\s\+', 2;/);
        // The loop reads "hash  path" lines: every path must exist in the bundle as written (forward slashes work in PowerShell).
        const manifest = readFileSync(join(tmp, folder, /Get-Content -Encoding UTF8 (\S+)/.exec(l)![1]), 'utf8');
        for (const line of manifest.trim().split('\n')) {
          const [h, f] = line.split(/\s+/, 2);
          expect(h).toMatch(/^[0-9a-f]{64}$/);
          expect(existsSync(join(tmp, folder, f)), f).toBe(true);
        }
      }
      const singles = cmds.filter((c) => /^(Get-FileHash|certutil)/.test(c));
      expect(singles.length).toBeGreaterThanOrEqual(2 + 2 * 2);
      for (const c of singles) {
        expect(balanced(c), c).toBe(true);
        const m = /^(?:Get-FileHash -Algorithm SHA256 (\S+)(?:\s+# ([0-9a-f]{64}))?|certutil -hashfile (\S+) SHA256)$/.exec(c);
        expect(m, c).not.toBeNull();
        const file = (m![1] ?? m![3]).replace(/\\/g, '/');
        expect(existsSync(join(tmp, folder, file)), file).toBe(true);
        if (m![2]) expect(sha256File(join(tmp, folder, file))).toBe(m![2]);
      }
    }
  });

  it('verifies the unzipped folder, also inside the extra folder a Windows unzip makes, ignoring Thumbs.db', async () => {
    const v = await verifyFolder(folderFiles(join(tmp, folder)), { trustedTsaCerts: [tsa.caPem] });
    expect(v.firstFailure).toBeUndefined();
    const outer = mkdtempSync(join(tmpdir(), 'avise-win-'));
    cpSync(join(tmp, folder), join(outer, folder, folder), { recursive: true });
    writeFileSync(join(outer, folder, folder, 'Thumbs.db'), 'x');
    writeFileSync(join(outer, folder, folder, 'data', 'desktop.ini'), 'x');
    const w = await verifyFolder(folderFiles(outer));
    expect(w.firstFailure).toBeUndefined();
    expect(w.folder).toBe(folder);
    expect(verdictLine(w, 'fr')).toBe('Dossier intact : 2 pièces, 1 dossier — '
      + 'l’avis de « Jean <img src=x onerror=alert(1)> » publié sur Google Maps, capturé le 20 novembre 2026 à 10 h 10, heure de Paris ; '
      + 'l’avis de « Jean <img src=x onerror=alert(1)> » publié sur Google Maps, capturé le 20 novembre 2026 à 10 h 11, heure de Paris.');
    // a changed file in the folder is named, in French
    const report = join(outer, folder, folder, 'data', 'rapport-de-capture.html');
    writeFileSync(report, readFileSync(report, 'utf8').replace('</body>', '<p>ajout</p></body>'));
    const t = await verifyFolder(folderFiles(outer));
    expect(t.ok).toBe(false);
    expect(verdictLine(t, 'fr')).toMatch(/^Dossier modifié ou incomplet : 2 pièces.*\. Le fichier data\/rapport-de-capture\.html a été modifié après l’export/);
    rmSync(outer, { recursive: true, force: true });
  });

  it('says when a picked folder holds no bundle, or two', async () => {
    const none = await verifyFolder([{ path: 'x/readme.txt', read: async () => new Uint8Array() }]);
    expect(describeCheck(none.checks[0], 'fr')).toMatch(/^Aucun dossier de preuve Avisé ici/);
    const two = await verifyFolder([
      { path: 'x/a/bagit.txt', read: async () => new Uint8Array() }, { path: 'x/b/bagit.txt', read: async () => new Uint8Array() }]);
    expect(describeCheck(two.checks[0], 'fr')).toBe('Ce dossier contient plusieurs dossiers de preuve (x/a, x/b) : choisissez-en un seul.');
  });

  it('lets openssl check the stored timestamp tokens against seal-input.json, and the installation signature', () => {
    const cwd = join(tmp, folder);
    const ts = execFileSync('openssl', ['ts', '-verify', '-data', 'data/exhibits/01-ex-001/seal-input.json', '-in', 'data/timestamps/ex-001-1.tsr', '-CAfile', tsa.caFile], { cwd, encoding: 'utf8' });
    expect(ts).toContain('Verification: OK');
    const sig = execFileSync('openssl', ['dgst', '-sha256', '-verify', 'data/signature/public-key.pem', '-signature', 'data/signature/signed-manifest.sig', 'data/signature/signed-manifest.txt'], { cwd, encoding: 'utf8' });
    expect(sig).toContain('Verified OK');
  });

  it('rejects a garbage file and a ZIP without a single top folder', async () => {
    expect((await verifyBundle(new Uint8Array([1, 2, 3]))).firstFailure).toMatch(/^zip:/);
    const flat = new JSZip(); flat.file('bagit.txt', 'x');
    const v = await verifyBundle(await flat.generateAsync({ type: 'uint8array' }));
    expect(describeCheck(v.checks[0], 'fr')).toBe('Ce ZIP ne contient pas exactement un dossier de preuve Avisé.');
  });
});
