// RFC 3161 client: build a TimeStampReq for a SHA-256 digest, POST it as application/timestamp-query (RFC 3161 §3.4),
// check the answer at once, and return a TimestampRecord. Only the digest leaves the machine.
// On a network or HTTP failure the record is 'pending' with the error, so the caller can retry later;
// a response that fails the checks is 'failed' (retrying the same authority will not help).
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { TimestampRecord } from '../../shared/types';
import { fromHex } from '../hash';
import { checkTimestampResponse, ensurePkijsEngine } from './token';

export function buildTimeStampReq(digestHex: string, nonce: Uint8Array = randomNonce()): Uint8Array {
  ensurePkijsEngine();
  const digest = fromHex(digestHex);
  if (digest.length !== 32) throw new Error('timestamp: expected a SHA-256 digest (64 hex digits)');
  const req = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: '2.16.840.1.101.3.4.2.1', algorithmParams: new asn1js.Null() }),
      hashedMessage: new asn1js.OctetString({ valueHex: digest }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true, // ask the authority to embed its certificate, so the token can be checked offline
  });
  return new Uint8Array(req.toSchema().toBER());
}

/** 8 random bytes, made a positive INTEGER without leading zero (DER would strip it and the comparison would fail). */
export function randomNonce(): Uint8Array {
  const n = crypto.getRandomValues(new Uint8Array(8));
  n[0] = ((n[0] ?? 0) & 0x7f) | 0x40; // n has 8 bytes: n[0] is always there
  return n;
}

export function bytesToBase64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

export async function requestTimestamp(
  url: string, digestHex: string, fetchImpl: typeof fetch = fetch,
  opts: { trustedCerts?: (Uint8Array | string)[]; now?: () => Date } = {},
): Promise<TimestampRecord> {
  const requestedAt = (opts.now?.() ?? new Date()).toISOString();
  const base = { tsaUrl: url, imprint: digestHex.toLowerCase(), requestedAt };
  const nonce = randomNonce();
  let der: Uint8Array;
  try {
    const res = await fetchImpl(url, { method: 'POST', headers: { 'Content-Type': 'application/timestamp-query' }, body: buildTimeStampReq(digestHex, nonce) as BufferSource });
    if (!res.ok) return { ...base, status: 'pending', error: `HTTP ${res.status} from the timestamp authority` };
    der = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    return { ...base, status: 'pending', error: `network: ${(e as Error).message}` };
  }
  const check = await checkTimestampResponse(der, { digestHex, nonce, trustedCerts: opts.trustedCerts });
  if (!check.ok) return { ...base, status: 'failed', error: check.errors.join('; ') };
  return { ...base, status: 'granted', tokenBase64: bytesToBase64(der), genTime: check.genTime?.toISOString() };
}
