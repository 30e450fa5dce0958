// Checks of the evidence records inside a bag: exhibit seals and artefacts, the exhibit chain (previousSeal),
// the custody chain, the installation signature and the RFC 3161 tokens.
import type { CustodyEntry, Exhibit } from '../../shared/types';
import { verifyCustodyChain } from '../custody';
import { computeSeal } from '../seal';
import { keyFingerprint, pemToSpki, verifySignature } from '../signing';
import {
  CUSTODY_FILE, EXHIBIT_RECORD, FINGERPRINT_FILE, manifestText, PUBLIC_KEY_FILE, SEAL_INPUT, SIGNATURE_DIR, SIGNATURE_FILE, SIGNED_MANIFEST, timestampFile,
} from '../bundle/layout';
import { checkTimestampResponse } from '../timestamp/token';
import type { BagFiles, Check, VerifyOptions } from './types';

const bytesFromB64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export async function checkRecords(bag: BagFiles, checks: Check[], opts: VerifyOptions): Promise<void> {
  const add = (id: string, ok: boolean, detail: string): void => { checks.push({ id, ok, detail }); };
  const exhibits: { ex: Exhibit; dir: string }[] = [];
  for (const p of bag.paths.filter((p) => /^data\/exhibits\/[^/]+\/exhibit\.json$/.test(p)).sort()) {
    const dir = p.slice(0, -EXHIBIT_RECORD.length);
    let ex: Exhibit;
    try { ex = JSON.parse(await bag.text(p)) as Exhibit; } catch { add(`seal:${dir}`, false, `${p} is not valid JSON`); continue; }
    exhibits.push({ ex, dir });
    const seal = await computeSeal(ex);
    const problems: string[] = [];
    if (seal !== ex.seal) problems.push(`${p}: recomputed seal ${seal.slice(0, 16)}… differs from the recorded seal ${String(ex.seal).slice(0, 16)}…`);
    if (!bag.has(dir + SEAL_INPUT)) problems.push(`${dir}${SEAL_INPUT} is missing`);
    else if ((await bag.sha256(dir + SEAL_INPUT)) !== ex.seal) problems.push(`${dir}${SEAL_INPUT}: its SHA-256 is not the seal`);
    for (const a of ex.artefacts ?? []) {
      const f = dir + a.path;
      if (!bag.has(f)) problems.push(`${f}: artefact listed in ${EXHIBIT_RECORD} is missing`);
      else if ((await bag.sha256(f)) !== a.sha256 || (await bag.bytes(f)).length !== a.bytes) problems.push(`${f}: does not match the hash sealed in ${EXHIBIT_RECORD}`);
    }
    add(`seal:${dir}`, problems.length === 0, problems.length ? problems.join('; ') : `${dir}: seal ${ex.seal.slice(0, 16)}… and ${ex.artefacts.length} artefacts match`);
  }

  // Exhibit chains: within a case, each exhibit names the seal of the previous one in capture order
  // (chains are per case, so a bundle never needs another case's exhibits to verify).
  const chainProblems: string[] = [];
  const byCase = new Map<string, typeof exhibits>();
  for (const e of exhibits) byCase.set(e.ex.caseId, [...(byCase.get(e.ex.caseId) ?? []), e]);
  for (const list of byCase.values()) {
    const bySeq = [...list].sort((a, b) => a.ex.sequence - b.ex.sequence);
    bySeq.forEach(({ ex, dir }, i) => {
      const prev = bySeq[i - 1]?.ex;
      if (i === 0 && ex.sequence !== 1) chainProblems.push(`${dir}${EXHIBIT_RECORD}: exhibit ${ex.sequence} of case ${ex.caseId} is the first in the bundle (earlier exhibits missing)`);
      if (ex.sequence === 1 && ex.previousSeal !== null) chainProblems.push(`${dir}${EXHIBIT_RECORD}: first exhibit must have no previous seal`);
      if (prev && prev.sequence === ex.sequence) chainProblems.push(`${dir}${EXHIBIT_RECORD}: sequence ${ex.sequence} used twice`);
      else if (prev && prev.sequence !== ex.sequence - 1) chainProblems.push(`${dir}${EXHIBIT_RECORD}: exhibit ${ex.sequence - 1} of case ${ex.caseId} is missing`);
      else if (prev && ex.previousSeal !== prev.seal) chainProblems.push(`${dir}${EXHIBIT_RECORD}: previousSeal is not the seal of exhibit ${prev.sequence}`);
    });
  }
  add('exhibit-chain', chainProblems.length === 0, chainProblems.join('; ') || `${exhibits.length} exhibits in ${byCase.size} case chain(s), every link intact`);

  if (!bag.has(CUSTODY_FILE)) add('custody-chain', false, `${CUSTODY_FILE} is missing`);
  else {
    try {
      const entries = (await bag.text(CUSTODY_FILE)).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as CustodyEntry);
      // One hash chain per case (entries without a case id form the installation's own chain).
      const chains = new Map<string, CustodyEntry[]>();
      for (const e of entries) chains.set(e.caseId ?? '', [...(chains.get(e.caseId ?? '') ?? []), e]);
      const errs: string[] = [];
      for (const [caseId, chain] of chains) {
        const err = await verifyCustodyChain(chain);
        if (err) errs.push(`${caseId || 'installation'}: ${err}`);
      }
      add('custody-chain', errs.length === 0, errs.length ? `${CUSTODY_FILE}: ${errs.join('; ')}` : `${CUSTODY_FILE}: ${entries.length} entries in ${chains.size} chain(s), intact`);
    } catch { add('custody-chain', false, `${CUSTODY_FILE}: a line is not valid JSON`); }
  }

  await checkSignature(bag, add);

  const expected = new Set<string>();
  for (const { ex, dir } of exhibits) {
    for (const [i, t] of (ex.timestamps ?? []).entries()) {
      if (t.status !== 'granted' || !t.tokenBase64) continue;
      const f = timestampFile(ex, i + 1);
      expected.add(f);
      if (!bag.has(f)) { add(`timestamp:${f}`, false, `${f} is missing (${dir}${EXHIBIT_RECORD} records a granted timestamp)`); continue; }
      const der = await bag.bytes(f);
      const r = await checkTimestampResponse(der, { digestHex: ex.seal, trustedCerts: opts.trustedTsaCerts });
      const problems = [...r.errors];
      if (!sameBytes(der, bytesFromB64(t.tokenBase64))) problems.push(`differs from the token recorded in ${dir}${EXHIBIT_RECORD}`);
      add(`timestamp:${f}`, problems.length === 0, problems.length ? `${f}: ${problems.join('; ')}`
        : `${f}: imprint = seal, genTime ${r.genTime?.toISOString()}, CMS signature ok${r.chainChecked ? ', chain trusted' : ' (authority chain not checked: no trusted root given)'}${r.signerSubject ? `, ${r.signerSubject}` : ''}`);
    }
  }
  for (const p of bag.paths) if (p.startsWith('data/timestamps/') && !expected.has(p)) add(`timestamp:${p}`, false, `${p} belongs to no exhibit record`);
}

async function checkSignature(bag: BagFiles, add: (id: string, ok: boolean, detail: string) => void): Promise<void> {
  const sigFiles = bag.paths.filter((p) => p.startsWith(SIGNATURE_DIR));
  if (!sigFiles.length) { add('signature', true, 'bundle not signed (no data/signature/)'); return; }
  for (const f of [PUBLIC_KEY_FILE, SIGNATURE_FILE, SIGNED_MANIFEST]) if (!bag.has(f)) { add('signature', false, `${f} is missing`); return; }
  try {
    const spki = pemToSpki(await bag.text(PUBLIC_KEY_FILE));
    const signed = await bag.bytes(SIGNED_MANIFEST);
    const ok = await verifySignature(spki, await bag.bytes(SIGNATURE_FILE), signed);
    if (!ok) { add('signature', false, `${SIGNATURE_FILE} does not verify over ${SIGNED_MANIFEST} with ${PUBLIC_KEY_FILE}`); return; }
    // The signed manifest must list exactly the payload outside data/signature/, with the current hashes.
    const current = [];
    for (const p of bag.paths.filter((p) => p.startsWith('data/') && !p.startsWith(SIGNATURE_DIR))) current.push({ path: p, hash: await bag.sha256(p) });
    const want = manifestText(current);
    if (want !== new TextDecoder().decode(signed)) { add('signature', false, `${SIGNED_MANIFEST}: the signed list of payload files differs from the payload`); return; }
    const fp = await keyFingerprint(spki);
    if (bag.has(FINGERPRINT_FILE) && !(await bag.text(FINGERPRINT_FILE)).includes(fp)) { add('signature', false, `${FINGERPRINT_FILE} does not match ${PUBLIC_KEY_FILE}`); return; }
    add('signature', true, `ECDSA P-256 signature over ${current.length} payload files verifies; key fingerprint ${fp} (proves this installation produced the bytes, not who the doctor is)`);
  } catch (e) {
    add('signature', false, `${SIGNATURE_FILE}: ${(e as Error).message}`);
  }
}

