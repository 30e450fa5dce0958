// The verifier's hashing, for the command-line build only (scripts/build-verify-cli.mjs puts this module in place
// of src/evidence/hash.ts): node:crypto hashes in the calling thread, where WebCrypto's digest() hands every file
// to a worker thread and back. Same bytes in, same hex out (strings hashed as their UTF-8 bytes, as in hash.ts).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/evidence/canonical-json';
import type { BytesLike } from '../../src/evidence/hash';

export { fromHex, toHex, ZERO_HASH, type BytesLike } from '../../src/evidence/hash';

function digestHex(algorithm: 'sha256' | 'sha512', data: BytesLike | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
  return Promise.resolve(createHash(algorithm).update(bytes).digest('hex'));
}

export const sha256Hex = (data: BytesLike | string): Promise<string> => digestHex('sha256', data);
export const sha512Hex = (data: BytesLike | string): Promise<string> => digestHex('sha512', data);
export const hashCanonical = (value: unknown): Promise<string> => sha256Hex(canonicalJson(value));
