import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTsa, type TestTsa } from '../../../test/tsa/server';
import { sha256Hex } from '../hash';
import { requestTimestamp } from './request';
import { checkTimestampResponse } from './token';

let tsa: TestTsa;
beforeAll(async () => { tsa = await startTestTsa(); }, 60_000);
afterAll(async () => { await tsa?.close(); });

const b64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

describe('requestTimestamp (local openssl authority)', () => {
  it('gets a granted token that openssl ts -verify accepts for the digest', async () => {
    const digest = await sha256Hex('seal input');
    const rec = await requestTimestamp(tsa.url, digest);
    expect(rec.error).toBeUndefined();
    expect(rec.status).toBe('granted');
    expect(rec.imprint).toBe(digest);
    expect(Math.abs(Date.parse(rec.genTime!) - Date.now())).toBeLessThan(60_000);
    const f = join(tsa.dir, 'check.tsr');
    writeFileSync(f, b64(rec.tokenBase64!));
    const out = execFileSync('openssl', ['ts', '-verify', '-digest', digest, '-in', f, '-CAfile', tsa.caFile], { encoding: 'utf8' });
    expect(out).toContain('Verification: OK');
  });

  it('checks the CMS signature up to a trusted root and rejects another digest', async () => {
    const digest = await sha256Hex('another');
    const rec = await requestTimestamp(tsa.url, digest, fetch, { trustedCerts: [tsa.caPem] });
    expect(rec.status).toBe('granted');
    const der = b64(rec.tokenBase64!);
    const good = await checkTimestampResponse(der, { digestHex: digest, trustedCerts: [tsa.caPem] });
    expect(good.signatureOk).toBe(true);
    expect(good.chainChecked).toBe(true);
    const wrong = await checkTimestampResponse(der, { digestHex: await sha256Hex('not it') });
    expect(wrong.ok).toBe(false);
    expect(wrong.errors.join()).toMatch(/imprint/);
  });

  it('detects a token whose signed content was altered', async () => {
    const digest = await sha256Hex('x');
    const der = b64((await requestTimestamp(tsa.url, digest)).tokenBase64!);
    // flip one byte inside the signature value at the end of the SignerInfo
    const bad = der.slice(); bad[bad.length - 10] ^= 0xff;
    const r = await checkTimestampResponse(bad, { digestHex: digest });
    expect(r.ok).toBe(false);
  });

  it('returns pending with the error when the authority cannot be reached, failed when the answer is wrong', async () => {
    const digest = await sha256Hex('y');
    const down = await requestTimestamp('http://127.0.0.1:9/tsr', digest);
    expect(down.status).toBe('pending');
    expect(down.error).toMatch(/network/);
    const liar = (async () => new Response(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x02]))) as typeof fetch;
    const refused = await requestTimestamp('http://tsa.invalid/', digest, liar);
    expect(refused.status).toBe('failed');
  });

  it('rejects a response made for another request (nonce)', async () => {
    const digest = await sha256Hex('z');
    const der = b64((await requestTimestamp(tsa.url, digest)).tokenBase64!);
    const r = await checkTimestampResponse(der, { digestHex: digest, nonce: new Uint8Array([0x41, 1, 2, 3, 4, 5, 6, 7]) });
    expect(r.errors.join()).toMatch(/nonce/);
  });
});
