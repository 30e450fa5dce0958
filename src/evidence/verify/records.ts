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
import type { AddCheck, BagFiles, VerifiedExhibit, VerifyOptions } from './types';

const bytesFromB64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** What the first line of the verdict names: author, site, capture time (records are hostile input: strings only). */
function describeExhibit(ex: Exhibit): VerifiedExhibit {
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  return {
    caseId: str(ex.caseId), sequence: Number(ex.sequence) || 0, author: str(ex.review?.author), site: str(ex.source?.adapterId),
    url: str(ex.source?.url), capturedLocal: str(ex.capturedAt?.local), timeZone: str(ex.capturedAt?.timeZone), offset: str(ex.capturedAt?.offset),
  };
}

export async function checkRecords(bag: BagFiles, add: AddCheck, opts: VerifyOptions): Promise<VerifiedExhibit[]> {
  const exhibits: { ex: Exhibit; dir: string }[] = [];
  for (const p of bag.paths.filter((p) => /^data\/exhibits\/[^/]+\/exhibit\.json$/.test(p)).sort()) {
    const dir = p.slice(0, -EXHIBIT_RECORD.length);
    let ex: Exhibit;
    try { ex = JSON.parse(await bag.text(p)) as Exhibit; } catch { add(`seal:${dir}`, false, 'exhibit-unreadable', { file: p }); continue; }
    exhibits.push({ ex, dir });
    const seal = await computeSeal(ex);
    let ok = true;
    const fail = (code: string, file: string, technical?: string): void => { ok = false; add(`seal:${dir}`, false, code, { file, sequence: ex.sequence }, technical); };
    if (seal !== ex.seal) fail('seal-broken', p, `recomputed seal ${seal}, recorded ${String(ex.seal)}`);
    if (!bag.has(dir + SEAL_INPUT)) fail('file-missing', dir + SEAL_INPUT);
    else if ((await bag.sha256(dir + SEAL_INPUT)) !== ex.seal) fail('capture-modified', dir + SEAL_INPUT);
    for (const a of ex.artefacts ?? []) {
      const f = dir + a.path;
      if (!bag.has(f)) fail('file-missing', f);
      else if ((await bag.sha256(f)) !== a.sha256 || (await bag.bytes(f)).length !== a.bytes) fail('capture-modified', f);
    }
    if (ok) add(`seal:${dir}`, true, 'seal-ok', { dir, sequence: ex.sequence, count: ex.artefacts.length, seal: ex.seal });
  }

  // Exhibit chains: within a case, each exhibit names the seal of the previous one in capture order
  // (chains are per case, so a bundle never needs another case's exhibits to verify).
  let chainOk = true;
  const broken = (code: string, file: string, sequence: number): void => { chainOk = false; add('exhibit-chain', false, code, { file, sequence }); };
  const byCase = new Map<string, typeof exhibits>();
  for (const e of exhibits) byCase.set(e.ex.caseId, [...(byCase.get(e.ex.caseId) ?? []), e]);
  for (const list of byCase.values()) {
    const bySeq = [...list].sort((a, b) => a.ex.sequence - b.ex.sequence);
    bySeq.forEach(({ ex, dir }, i) => {
      const prev = bySeq[i - 1]?.ex;
      const file = dir + EXHIBIT_RECORD;
      if (i === 0 && ex.sequence !== 1) broken('chain-first', file, ex.sequence);
      if (ex.sequence === 1 && ex.previousSeal !== null) broken('chain-first-link', file, 1);
      if (prev && prev.sequence === ex.sequence) broken('chain-twice', file, ex.sequence);
      else if (prev && prev.sequence !== ex.sequence - 1) broken('chain-gap', file, ex.sequence - 1);
      else if (prev && ex.previousSeal !== prev.seal) broken('chain-link', file, prev.sequence);
    });
  }
  if (chainOk) add('exhibit-chain', true, exhibits.length ? 'chain-ok' : 'chain-none', { exhibits: exhibits.length, cases: byCase.size });

  if (!bag.has(CUSTODY_FILE)) add('custody-chain', false, 'custody-missing', { file: CUSTODY_FILE });
  else {
    try {
      const entries = (await bag.text(CUSTODY_FILE)).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as CustodyEntry);
      // One hash chain per case (entries without a case id form the installation's own chain).
      const chains = new Map<string, CustodyEntry[]>();
      for (const e of entries) chains.set(e.caseId ?? '', [...(chains.get(e.caseId ?? '') ?? []), e]);
      let ok = true;
      for (const [caseId, chain] of chains) {
        const err = await verifyCustodyChain(chain);
        if (err) { ok = false; add('custody-chain', false, 'custody-broken', { file: CUSTODY_FILE, caseId: caseId || '—', entry: Number(/entry (\d+)/.exec(err)?.[1] ?? 0) }, err); }
      }
      if (ok) add('custody-chain', true, 'custody-ok', { file: CUSTODY_FILE, entries: entries.length, chains: chains.size });
    } catch { add('custody-chain', false, 'custody-unreadable', { file: CUSTODY_FILE }); }
  }

  await checkSignature(bag, add);

  const expected = new Set<string>();
  for (const { ex, dir } of exhibits) {
    for (const [i, t] of (ex.timestamps ?? []).entries()) {
      if (t.status !== 'granted' || !t.tokenBase64) continue;
      const f = timestampFile(ex, i + 1);
      const id = `timestamp:${f}`;
      expected.add(f);
      if (!bag.has(f)) { add(id, false, 'timestamp-missing', { file: f, sequence: ex.sequence, dir }); continue; }
      const der = await bag.bytes(f);
      const r = await checkTimestampResponse(der, { digestHex: ex.seal, trustedCerts: opts.trustedTsaCerts });
      if (r.errors.length) add(id, false, 'timestamp-bad', { file: f, sequence: ex.sequence }, r.errors.join('; '));
      else if (!sameBytes(der, bytesFromB64(t.tokenBase64))) add(id, false, 'timestamp-differs', { file: f, sequence: ex.sequence });
      else {
        let authority = /CN=([^,]+)/.exec(r.signerSubject ?? '')?.[1] ?? '';
        if (!authority) try { authority = new URL(t.tsaUrl).hostname; } catch { authority = '?'; }
        add(id, true, 'timestamp-ok', { file: f, sequence: ex.sequence, authority, tsaUrl: t.tsaUrl, genTime: r.genTime?.toISOString() ?? '', trusted: r.chainChecked });
      }
    }
  }
  for (const p of bag.paths) if (p.startsWith('data/timestamps/') && !expected.has(p)) add(`timestamp:${p}`, false, 'timestamp-orphan', { file: p });
  return exhibits.map(({ ex }) => describeExhibit(ex)).sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : a.sequence - b.sequence));
}

async function checkSignature(bag: BagFiles, add: AddCheck): Promise<void> {
  const sigFiles = bag.paths.filter((p) => p.startsWith(SIGNATURE_DIR));
  if (!sigFiles.length) { add('signature', true, 'signature-none'); return; }
  for (const f of [PUBLIC_KEY_FILE, SIGNATURE_FILE, SIGNED_MANIFEST]) if (!bag.has(f)) { add('signature', false, 'file-missing', { file: f }); return; }
  try {
    const spki = pemToSpki(await bag.text(PUBLIC_KEY_FILE));
    const signed = await bag.bytes(SIGNED_MANIFEST);
    const ok = await verifySignature(spki, await bag.bytes(SIGNATURE_FILE), signed);
    if (!ok) { add('signature', false, 'signature-bad', { file: SIGNATURE_FILE }); return; }
    // The signed manifest must list exactly the payload outside data/signature/, with the current hashes.
    const current = [];
    for (const p of bag.paths.filter((p) => p.startsWith('data/') && !p.startsWith(SIGNATURE_DIR))) current.push({ path: p, hash: await bag.sha256(p) });
    const want = manifestText(current);
    if (want !== new TextDecoder().decode(signed)) { add('signature', false, 'signature-list', { file: SIGNED_MANIFEST }); return; }
    const fp = await keyFingerprint(spki);
    if (bag.has(FINGERPRINT_FILE) && !(await bag.text(FINGERPRINT_FILE)).includes(fp)) { add('signature', false, 'signature-key', { file: FINGERPRINT_FILE }); return; }
    add('signature', true, 'signature-ok', { count: current.length, fingerprint: fp });
  } catch (e) {
    add('signature', false, 'signature-unreadable', { file: SIGNATURE_FILE }, (e as Error).message);
  }
}
