// Reads and checks an RFC 3161 TimeStampResp (RFC 3161 §2.4.2) with pkijs: status, message imprint, nonce,
// the signer certificate's extendedKeyUsage (id-kp-timeStamping, RFC 3161 §2.3) and the CMS signature (RFC 5652 §5.6).
// Shared by requestTimestamp (checked at once) and the bundle verifier.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { fromHex, toHex } from '../hash';

const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const TSTINFO_OID = '1.2.840.113549.1.9.16.1.4';
const ID_DATA = '1.2.840.113549.1.7.1';
const EKU_OID = '2.5.29.37';
const TIMESTAMPING = '1.3.6.1.5.5.7.3.8';

let engineSet = false;
/** pkijs picks `self.crypto` in browsers; in Node and service workers make sure it uses the global WebCrypto. */
export function ensurePkijsEngine(): void {
  if (engineSet) return;
  pkijs.setEngine('webcrypto', new pkijs.CryptoEngine({ name: 'webcrypto', crypto: globalThis.crypto }));
  engineSet = true;
}

export interface TokenCheck {
  ok: boolean;
  /** Failed checks, in plain words (empty when ok). */
  errors: string[];
  status?: number;
  genTime?: Date;
  imprintHex?: string;
  nonceHex?: string;
  /** true/false when the CMS signature could be checked; chain checked only with trusted certificates. */
  signatureOk?: boolean;
  chainChecked: boolean;
  signerSubject?: string;
}

const strip0 = (hex: string): string => hex.replace(/^(?:00)+(?=.)/, '');

export function certFromDerOrPem(c: Uint8Array | string): pkijs.Certificate {
  const der = typeof c === 'string'
    ? Uint8Array.from(atob(c.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '')), (x) => x.charCodeAt(0)) : c;
  return pkijs.Certificate.fromBER(der as BufferSource);
}

export async function checkTimestampResponse(der: Uint8Array, expect: { digestHex: string; nonce?: Uint8Array; trustedCerts?: (Uint8Array | string)[] }): Promise<TokenCheck> {
  ensurePkijsEngine();
  const out: TokenCheck = { ok: false, errors: [], chainChecked: false };
  let resp: pkijs.TimeStampResp;
  try { resp = pkijs.TimeStampResp.fromBER(der as BufferSource); } catch (e) { out.errors.push(`not a TimeStampResp: ${(e as Error).message}`); return out; }
  out.status = resp.status.status;
  // PKIStatus granted(0) or grantedWithMods(1), RFC 3161 §2.4.2
  if (out.status !== 0 && out.status !== 1) out.errors.push(`authority refused the request (status ${out.status})`);
  if (!resp.timeStampToken) { out.errors.push('no timeStampToken in the response'); return out; }
  let signed: pkijs.SignedData, tst: pkijs.TSTInfo;
  try {
    signed = new pkijs.SignedData({ schema: resp.timeStampToken.content });
    if (signed.encapContentInfo.eContentType !== TSTINFO_OID) throw new Error('eContentType is not id-ct-TSTInfo');
    tst = pkijs.TSTInfo.fromBER((signed.encapContentInfo.eContent as asn1js.OctetString).valueBlock.valueHexView as BufferSource);
  } catch (e) { out.errors.push(`unreadable token: ${(e as Error).message}`); return out; }
  out.genTime = tst.genTime;
  out.imprintHex = toHex(tst.messageImprint.hashedMessage.valueBlock.valueHexView);
  if (tst.messageImprint.hashAlgorithm.algorithmId !== SHA256_OID) out.errors.push(`imprint algorithm ${tst.messageImprint.hashAlgorithm.algorithmId} is not SHA-256`);
  if (out.imprintHex !== expect.digestHex.toLowerCase()) out.errors.push(`message imprint ${out.imprintHex} does not match ${expect.digestHex}`);
  if (tst.nonce) out.nonceHex = toHex(tst.nonce.valueBlock.valueHexView);
  if (expect.nonce && strip0(out.nonceHex ?? '') !== strip0(toHex(expect.nonce))) out.errors.push('nonce does not match the request');

  // pkijs's SignedData.verify insists on the timestamped data itself for TSTInfo content; we hold only its digest
  // (compared above). So verify the CMS signature over the encapsulated TSTInfo as plain signed content.
  const trusted = (expect.trustedCerts ?? []).map(certFromDerOrPem);
  out.chainChecked = trusted.length > 0;
  signed.encapContentInfo.eContentType = ID_DATA;
  try {
    const r = await signed.verify({ signer: 0, extendedMode: true, checkChain: trusted.length > 0, trustedCerts: trusted, checkDate: tst.genTime });
    out.signatureOk = !!r.signatureVerified;
    if (!out.signatureOk) out.errors.push('CMS signature does not verify');
    const cert = r.signerCertificate;
    if (cert) {
      out.signerSubject = cert.subject.typesAndValues.map((tv) => `${tv.type === '2.5.4.3' ? 'CN' : tv.type}=${tv.value.valueBlock.value}`).join(', ');
      const eku = cert.extensions?.find((x) => x.extnID === EKU_OID);
      const purposes = (eku?.parsedValue as pkijs.ExtKeyUsage | undefined)?.keyPurposes ?? [];
      if (!purposes.includes(TIMESTAMPING)) out.errors.push('signer certificate lacks the timeStamping extended key usage');
    }
  } catch (e) {
    out.signatureOk = false;
    const err = e as { message?: string; resultMessage?: string };
    out.errors.push(`CMS signature check failed: ${err.message ?? err.resultMessage ?? String(e)}`);
  } finally {
    signed.encapContentInfo.eContentType = TSTINFO_OID;
  }
  out.ok = out.errors.length === 0;
  return out;
}

export { fromHex };
