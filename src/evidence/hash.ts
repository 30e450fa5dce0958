// SHA-256 over exact bytes, with WebCrypto (service worker, extension pages, content scripts on http(s), Node >= 20).
import { canonicalJson } from './canonical-json';

export type BytesLike = ArrayBuffer | Uint8Array;

export function toHex(buf: ArrayBuffer | Uint8Array): string {
  const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new TypeError('fromHex: not hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Strings are hashed as their UTF-8 bytes. */
async function digestHex(algorithm: 'SHA-256' | 'SHA-512', data: BytesLike | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return toHex(await crypto.subtle.digest(algorithm, bytes as BufferSource));
}

export const sha256Hex = (data: BytesLike | string): Promise<string> => digestHex('SHA-256', data);
export const sha512Hex = (data: BytesLike | string): Promise<string> => digestHex('SHA-512', data);

/** SHA-256 of the canonical JSON of a value. */
export function hashCanonical(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}

export const ZERO_HASH = '0'.repeat(64);
