// The command-line verifier's node-native modules (scripts/build-verify-cli.mjs swaps them in for jszip and
// src/evidence/hash.ts): they must read and hash exactly as the browser verifier's modules do.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import NodeZip from './zip-node';
import * as nodeHash from './hash-node';
import * as webHash from '../../src/evidence/hash';

async function sampleZip(): Promise<Uint8Array> {
  const z = new JSZip();
  z.file('bag/data/review.txt', 'Un avis « hostile » \u202E avec des accents é\n'.repeat(50), { compression: 'DEFLATE' });
  z.file('bag/data/raw.bin', new Uint8Array(4096).map((_, i) => (i * 31) & 255), { compression: 'STORE' });
  z.file('bag/bagit.txt', 'BagIt-Version: 1.0\n', { compression: 'DEFLATE' });
  return z.generateAsync({ type: 'uint8array' });
}

describe('command-line unzip (node:zlib in place of JSZip)', () => {
  it('reads every entry of a ZIP byte for byte as JSZip does, stored and deflated', async () => {
    const bytes = await sampleZip();
    const mine = await NodeZip.loadAsync(bytes, { checkCRC32: true });
    const theirs = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const files = (z: { files: Record<string, { dir: boolean }> }) => Object.keys(z.files).filter((n) => !z.files[n].dir).sort();
    expect(files(mine)).toEqual(files(theirs));
    for (const name of files(theirs)) expect(await mine.file(name)!.async('uint8array')).toEqual(await theirs.file(name)!.async('uint8array'));
  });

  it('refuses a ZIP whose entry was altered (CRC-32 or inflate failure), and one that is not a ZIP', async () => {
    const bytes = await sampleZip();
    const z = await JSZip.loadAsync(bytes);
    const name = 'bag/data/raw.bin';
    // A stored entry: flip one byte of its data in place, the CRC no longer matches.
    const data = await z.file(name)!.async('uint8array');
    const at = Buffer.from(bytes).indexOf(Buffer.from(data.subarray(0, 64)));
    const bad = bytes.slice();
    bad[at + 100] ^= 0xff;
    await expect(NodeZip.loadAsync(bad)).rejects.toThrow(/CRC32 mismatch/);
    await expect(JSZip.loadAsync(bad, { checkCRC32: true })).rejects.toThrow();
    await expect(NodeZip.loadAsync(new TextEncoder().encode('not a zip at all, just text'))).rejects.toThrow(/end of central directory/);
  });

  it('refuses an entry whose name climbs out of the archive folder', async () => {
    const z = new JSZip();
    z.file('bag/bagit.txt', 'x');
    const bytes = await z.generateAsync({ type: 'uint8array' });
    // Same length as "bag/bagit.txt", in the central directory and the local header.
    const evil = Buffer.from(bytes);
    for (let i = evil.indexOf('bag/bagit.txt'); i >= 0; i = evil.indexOf('bag/bagit.txt', i + 1)) evil.write('../bagit.txt', i, 'latin1');
    await expect(NodeZip.loadAsync(new Uint8Array(evil))).rejects.toThrow(/outside the archive/);
  });
});

describe('command-line hashing (node:crypto in place of WebCrypto)', () => {
  it('gives the same SHA-256, SHA-512 and canonical-JSON hashes as the browser verifier, strings as UTF-8', async () => {
    const inputs: (string | Uint8Array)[] = ['', 'é « » \u202E 🙂 \uD800', new Uint8Array(100_000).map((_, i) => i & 255)];
    for (const x of inputs) {
      expect(await nodeHash.sha256Hex(x)).toBe(await webHash.sha256Hex(x));
      expect(await nodeHash.sha512Hex(x)).toBe(await webHash.sha512Hex(x));
    }
    const record = { b: [1, 'deux'], a: { z: null, y: true } };
    expect(await nodeHash.hashCanonical(record)).toBe(await webHash.hashCanonical(record));
    expect(await nodeHash.sha256Hex('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});
