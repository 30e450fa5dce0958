// The bundle verifier: the same code runs in the extension, in the CLI (scripts/verify.ts) and in the offline
// verify.html page inside every bundle. Reads the ZIP with jszip; every result is data ({id, ok, detail}).
import JSZip from 'jszip';
import { sha256Hex } from '../hash';
import { checkBag } from './bag';
import { checkRecords } from './records';
import type { BagFiles, Check, VerifyOptions, VerifyResult } from './types';

export type { Check, VerifyOptions, VerifyResult } from './types';

async function openBag(zip: Uint8Array, checks: Check[]): Promise<{ bag: BagFiles; folder: string } | null> {
  let z: JSZip;
  try { z = await JSZip.loadAsync(zip, { checkCRC32: true }); } catch (e) {
    checks.push({ id: 'zip', ok: false, detail: `not a readable ZIP: ${(e as Error).message}` });
    return null;
  }
  const names = Object.values(z.files).filter((f) => !f.dir).map((f) => f.name);
  const tops = new Set(names.map((n) => n.split('/')[0]));
  if (tops.size !== 1 || names.some((n) => !n.includes('/'))) {
    checks.push({ id: 'zip', ok: false, detail: 'the ZIP must hold exactly one top-level folder (the bag)' });
    return null;
  }
  const folder = [...tops][0];
  checks.push({ id: 'zip', ok: true, detail: `one top-level folder: ${folder}` });
  const paths = names.map((n) => n.slice(folder.length + 1)).sort();
  const set = new Set(paths);
  const hashCache = new Map<string, string>();
  const bytes = async (p: string): Promise<Uint8Array> => {
    const f = z.file(`${folder}/${p}`);
    if (!f) throw new Error(`${p} is missing`);
    return f.async('uint8array');
  };
  const bag: BagFiles = {
    paths,
    has: (p) => set.has(p),
    bytes,
    text: async (p) => new TextDecoder('utf-8').decode(await bytes(p)),
    sha256: async (p) => {
      let h = hashCache.get(p);
      if (!h) { h = await sha256Hex(await bytes(p)); hashCache.set(p, h); }
      return h;
    },
  };
  return { bag, folder };
}

export async function verifyBundle(zip: Uint8Array, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const checks: Check[] = [];
  const opened = await openBag(zip, checks);
  if (opened) {
    try {
      await checkBag(opened.bag, checks);
      await checkRecords(opened.bag, checks, opts);
    } catch (e) {
      checks.push({ id: 'verifier', ok: false, detail: `verification stopped: ${(e as Error).message}` });
    }
  }
  const first = checks.find((c) => !c.ok);
  return { ok: !first, checks, firstFailure: first ? `${first.id}: ${first.detail}` : undefined, folder: opened?.folder };
}
