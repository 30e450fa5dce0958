// Per-installation signing key (ECDSA P-256, SHA-256) with WebCrypto. The private key is created
// non-extractable and is meant to be stored as a CryptoKey in IndexedDB (structured clone keeps it unexportable).
// What a signature proves: that this installation of the extension produced these bytes. It does not say who
// the doctor is (no certificate, no identity check) — the report and VERIFY files say so.
// Signatures are stored in DER (RFC 3279 §2.2.3 Ecdsa-Sig-Value) so `openssl dgst -sha256 -verify` accepts them;
// WebCrypto works with the IEEE P1363 form (r||s), hence the converters.
import { sha256Hex, toHex } from './hash';
import type { BundleSigner } from './bundle/types';

const ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_ALG = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface InstallationKey { privateKey: CryptoKey; publicKeySpki: Uint8Array }

export async function createInstallationKey(): Promise<InstallationKey> {
  const pair = await crypto.subtle.generateKey(ALG, false, ['sign', 'verify']);
  // The public key stays exportable whatever `extractable` says (WebCrypto spec, generateKey step "publicKey.[[extractable]] = true").
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { privateKey: pair.privateKey, publicKeySpki: spki };
}

/** Signature in P1363 form (64 bytes), as WebCrypto produces it. Randomized: two calls give different bytes. */
export async function signData(privateKey: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(SIGN_ALG, privateKey, data as BufferSource));
}

/** Accepts a P1363 (64 bytes) or DER signature. */
export async function verifySignature(publicKeySpki: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  const key = await crypto.subtle.importKey('spki', publicKeySpki as BufferSource, ALG, false, ['verify']);
  const raw = signature.length === 64 ? signature : derToP1363(signature);
  return crypto.subtle.verify(SIGN_ALG, key, raw as BufferSource, data as BufferSource);
}

/** SHA-256 of the SPKI DER, as groups of 4 hex digits ("3f2a 9c0d …"), shown in the report and the UI. */
export async function keyFingerprint(publicKeySpki: Uint8Array): Promise<string> {
  return (await sha256Hex(publicKeySpki)).match(/.{4}/g)!.join(' ');
}

export function spkiToPem(spki: Uint8Array): string {
  let bin = '';
  for (const b of spki) bin += String.fromCharCode(b);
  const b64 = btoa(bin).match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN PUBLIC KEY-----\n${b64}\n-----END PUBLIC KEY-----\n`;
}

export function pemToSpki(pem: string): Uint8Array {
  const m = /-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END PUBLIC KEY-----/.exec(pem);
  const body = m?.[1];
  if (body === undefined) throw new Error('not a PEM public key');
  return Uint8Array.from(atob(body.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
}

/** P1363 r||s (2×32 bytes) → DER SEQUENCE { INTEGER r, INTEGER s }. */
export function p1363ToDer(sig: Uint8Array): Uint8Array {
  if (sig.length !== 64) throw new Error('expected a 64-byte P-256 signature');
  const int = (b: Uint8Array): number[] => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    const v = [...b.slice(i)];
    if ((v[0] ?? 0) & 0x80) v.unshift(0);
    return [0x02, v.length, ...v];
  };
  const body = [...int(sig.slice(0, 32)), ...int(sig.slice(32))];
  return new Uint8Array([0x30, body.length, ...body]);
}

/** DER → P1363 r||s; throws on anything that is not a well-formed P-256 Ecdsa-Sig-Value. */
export function derToP1363(der: Uint8Array): Uint8Array {
  const fail = (): never => { throw new Error('malformed DER ECDSA signature'); };
  if (der[0] !== 0x30 || der[1] !== der.length - 2) fail();
  const out = new Uint8Array(64);
  let at = 2;
  for (const slot of [0, 32]) {
    if (der[at] !== 0x02) fail();
    const len = der[at + 1];
    if (len === undefined) return fail(); // truncated: the INTEGER's length byte is missing
    let v = der.slice(at + 2, at + 2 + len);
    if (v.length !== len) fail();
    while (v.length > 32 && v[0] === 0) v = v.slice(1);
    if (v.length > 32) fail();
    out.set(v, slot + 32 - v.length);
    at += 2 + len;
  }
  if (at !== der.length) fail();
  return out;
}

export interface SignatureCache { get(key: string): Promise<Uint8Array | undefined>; set(key: string, sig: Uint8Array): Promise<void> }

/**
 * ECDSA signatures are randomized, so signing the same manifest twice gives two different signature files and
 * a re-export would not be byte-identical. This wrapper signs a given content once and then returns the stored
 * signature for the same bytes (keyed by their SHA-256): identical input → identical bundle. docs/evidence-bundle.md.
 */
export function memoizingSigner(key: InstallationKey, cache: SignatureCache): BundleSigner {
  return {
    algorithm: 'ECDSA-P256-SHA256',
    publicKeySpki: key.publicKeySpki,
    async sign(data) {
      const k = `${toHex(await crypto.subtle.digest('SHA-256', data as BufferSource))}`;
      const hit = await cache.get(k);
      if (hit) return hit;
      const sig = await signData(key.privateKey, data);
      await cache.set(k, sig);
      return sig;
    },
  };
}

/** An in-memory SignatureCache (tests, or a session); the extension should back it with IndexedDB. */
export function memoryCache(): SignatureCache {
  const m = new Map<string, Uint8Array>();
  return { get: async (k) => m.get(k), set: async (k, v) => { m.set(k, v); } };
}
