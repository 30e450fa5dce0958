import { describe, expect, it } from 'vitest';
import { createInstallationKey, derToP1363, keyFingerprint, memoizingSigner, memoryCache, p1363ToDer, pemToSpki, signData, spkiToPem, verifySignature } from './signing';

const data = new TextEncoder().encode('manifest');

describe('installation signing key', () => {
  it('keeps the private key unexportable and verifies its own signatures, not altered data', async () => {
    const key = await createInstallationKey();
    expect(key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', key.privateKey)).rejects.toThrow();
    const sig = await signData(key.privateKey, data);
    expect(await verifySignature(key.publicKeySpki, sig, data)).toBe(true);
    expect(await verifySignature(key.publicKeySpki, p1363ToDer(sig), data)).toBe(true);
    expect(await verifySignature(key.publicKeySpki, sig, new TextEncoder().encode('manifesT'))).toBe(false);
    expect(derToP1363(p1363ToDer(sig))).toEqual(sig);
  });

  it('shows a fingerprint in groups of 4 hex and round-trips the PEM', async () => {
    const key = await createInstallationKey();
    expect(await keyFingerprint(key.publicKeySpki)).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(pemToSpki(spkiToPem(key.publicKeySpki))).toEqual(key.publicKeySpki);
  });

  it('memoizing signer returns the same signature for the same bytes, a new one for other bytes', async () => {
    const s = memoizingSigner(await createInstallationKey(), memoryCache());
    const a = await s.sign(data), b = await s.sign(data.slice());
    expect(b).toEqual(a);
    expect(await s.sign(new Uint8Array([1]))).not.toEqual(a);
  });
});
