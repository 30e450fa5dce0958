import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildSampleCase, HOSTILE_TEXT } from '../../../test/helpers/sample-case';
import { createInstallationKey, memoizingSigner, memoryCache } from '../signing';
import { verifyBundle } from '../verify/verify';
import { writeBundle } from './write';
import { concatParts } from './zip-writer';

async function zipOf(input: Parameters<typeof writeBundle>[0]) {
  const r = await writeBundle(input);
  return { r, zip: concatParts(r.parts) };
}

describe('writeBundle', () => {
  it('writes a BagIt bag in one top-level folder that the verifier accepts', async () => {
    const { input } = await buildSampleCase({ signer: memoizingSigner(await createInstallationKey(), memoryCache()) });
    const { r, zip } = await zipOf(input);
    expect(r.fileName).toBe(`avise-case-2026-0042-${input.exhibits[0].seal.slice(0, 12)}.zip`);
    const z = await JSZip.loadAsync(zip);
    const names = Object.keys(z.files);
    expect(names.every((n) => n.startsWith(`${r.folder}/`))).toBe(true);
    for (const f of ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'tagmanifest-sha256.txt', 'VERIFY-FR.txt', 'VERIFY-EN.txt',
      'verify.html', 'data/rapport-de-capture.html', 'data/rapport-de-capture.pdf', 'data/capture-report.html', 'data/capture-report.pdf',
      'data/declaration-de-capture.html', 'data/capture-declaration.html', 'data/journal-de-conservation.txt', 'data/custody-log.jsonl',
      'data/exhibits/01-ex-001/vue-attestee.png', 'data/exhibits/01-ex-001/vue-attestee.json', 'data/exhibits/01-ex-001/exhibit.json', 'data/exhibits/02-ex-002/review.png',
      'data/qualification/case-2026-0042.json', 'data/drafts/case-2026-0042-reponse-neutre.txt', 'data/signature/signed-manifest.sig', 'data/signature/public-key.pem']) {
      expect(names, f).toContain(`${r.folder}/${f}`);
    }
    const v = await verifyBundle(zip);
    expect(v.firstFailure).toBeUndefined();
    expect(v.ok).toBe(true);
    expect(v.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['manifest-sha256.txt', 'tagmanifest-sha256.txt', 'Payload-Oxum', 'exhibit-chain', 'custody-chain', 'signature']));
  });

  it('puts a LISEZ-MOI.txt at the top, for Notepad (BOM, CRLF), naming each review, the report to read and how to check, listed in the tag manifest', async () => {
    const { input } = await buildSampleCase();
    const { r, zip } = await zipOf(input);
    const z = await JSZip.loadAsync(zip);
    const bytes = await z.file(`${r.folder}/LISEZ-MOI.txt`)!.async('uint8array');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.match(/(?<!\r)\n/g)).toBeNull();
    expect(text).toContain('data/rapport-de-capture.pdf');
    expect(text).toContain('verify.html');
    expect(text).toContain('n’est pas un constat de commissaire de justice');
    for (const e of input.exhibits) expect(text).toContain(`avis de « ${e.review.author} »`);
    expect(text).toMatch(/heure de Paris|\d{1,2} h \d{2}/);
    expect(await z.file(`${r.folder}/tagmanifest-sha256.txt`)!.async('string')).toMatch(/ LISEZ-MOI\.txt$/m);
  });

  it('gives byte-identical ZIPs when the same input is exported twice (signature memoized)', async () => {
    const { input } = await buildSampleCase({ signer: memoizingSigner(await createInstallationKey(), memoryCache()) });
    const a = await zipOf(input), b = await zipOf(input);
    expect(a.zip.length).toBe(b.zip.length);
    expect(Buffer.from(a.zip).equals(Buffer.from(b.zip))).toBe(true);
  });

  it('puts capture times, not the export time, in bag-info.txt', async () => {
    const { input } = await buildSampleCase();
    const { r, zip } = await zipOf(input);
    const info = await (await JSZip.loadAsync(zip)).file(`${r.folder}/bag-info.txt`)!.async('string');
    expect(info).toContain('External-Identifier: case-2026-0042');
    expect(info).toContain('Capture-Start-UTC: 2026-11-20T09:10:00.000Z');
    expect(info).toMatch(/^Payload-Oxum: \d+\.\d+$/m);
    expect(info).not.toContain(new Date().toISOString().slice(0, 10));
  });

  it('keeps hostile review text byte-exact in the evidence and escaped in the report', async () => {
    const { input } = await buildSampleCase();
    const { r, zip } = await zipOf(input);
    const z = await JSZip.loadAsync(zip);
    for (const name of ['rapport-de-capture', 'capture-report', 'declaration-de-capture', 'capture-declaration']) {
      const page = await z.file(`${r.folder}/data/${name}.html`)!.async('string');
      expect(page, name).not.toContain('<script>alert(1)</script>');
      expect(page, name).not.toContain('<img src=x');
      expect(page, name).toMatch(/&#60;(script|img)/);
    }
    const html = await z.file(`${r.folder}/data/rapport-de-capture.html`)!.async('string');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    const ex = JSON.parse(await z.file(`${r.folder}/data/exhibits/01-ex-001/exhibit.json`)!.async('string'));
    expect(ex.review.text).toBe(`${HOSTILE_TEXT} (1)`);
    // Invisible characters are named in the report, since a reader cannot see them.
    expect(html).toContain("U+202E RIGHT-TO-LEFT OVERRIDE");
  });

  it('fetches blobs one at a time (each artefact, the viewport again for the attested view, each screenshot for each PDF), for 50 exhibits', async () => {
    const { input, stats } = await buildSampleCase({ exhibits: 50 });
    const artefacts = input.exhibits.reduce((n, e) => n + e.artefacts.length, 0);
    const { r, zip } = await zipOf(input);
    expect(stats.maxInFlight).toBe(1);
    const screenshots = input.exhibits.reduce((n, e) => n + e.artefacts.filter((a) => a.mediaType === 'image/png').length, 0);
    expect(stats.calls).toBe(artefacts + 50 + 2 * screenshots);
    expect(r.files.filter((f) => f.endsWith('/exhibit.json'))).toHaveLength(50);
    expect((await verifyBundle(zip)).ok).toBe(true);
  }, 60_000);

  it('refuses a blob whose bytes do not match the sealed hash', async () => {
    const { input } = await buildSampleCase({ exhibits: 1 });
    const bad = { ...input, getBlob: async () => new Uint8Array([1, 2, 3]) };
    await expect(writeBundle(bad)).rejects.toThrow(/SHA-256/);
  });
});
