import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleCase } from '../../../test/helpers/sample-case';
import { startTestTsa, type TestTsa } from '../../../test/tsa/server';
import { writeBundle } from '../bundle/write';
import { concatParts } from '../bundle/zip-writer';
import { createInstallationKey, memoizingSigner, memoryCache } from '../signing';
import { requestTimestamp } from '../timestamp/request';
import { verifyBundle } from './verify';

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
    expect(ts.every((c) => c.ok && /chain trusted/.test(c.detail))).toBe(true);
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
    }
  }, 120_000);

  it('detects a removed payload file and an added one', async () => {
    const removed = await verifyBundle(await rezip((f) => { f.delete(`${folder}/data/drafts/case-2026-0042-reponse-neutre.txt`); }));
    expect(removed.firstFailure).toMatch(/reponse-neutre\.txt is listed but missing/);
    const added = await verifyBundle(await rezip((f) => { f.set(`${folder}/data/extra.txt`, new Uint8Array([65])); }));
    expect(added.firstFailure).toMatch(/data\/extra\.txt is in the bag but not listed/);
  });

  it('passes sha256sum -c and sha512sum -c after unzipping, as VERIFY-FR.txt says', () => {
    const cwd = join(tmp, folder);
    const out = execFileSync('sha256sum', ['-c', 'manifest-sha256.txt'], { cwd, encoding: 'utf8' });
    expect(out).toMatch(/data\/rapport-de-capture\.html: OK/);
    expect(out).not.toMatch(/FAILED/);
    execFileSync('sha512sum', ['-c', 'manifest-sha512.txt'], { cwd });
    execFileSync('sha256sum', ['-c', 'tagmanifest-sha256.txt'], { cwd });
    expect(execFileSync('cat', ['VERIFY-FR.txt'], { cwd, encoding: 'utf8' })).toContain(`cd ${folder} && sha256sum -c manifest-sha256.txt`);
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
    expect((await verifyBundle(await flat.generateAsync({ type: 'uint8array' }))).firstFailure).toMatch(/one top-level folder/);
  });
});
