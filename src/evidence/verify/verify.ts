// The bundle verifier: the same code runs in the extension, in the CLI (scripts/verify.ts) and in the offline
// verify.html page inside every bundle. Reads the ZIP (jszip) or the folder it was unzipped into; every result is
// data ({id, ok, code, params}), worded for the reader by wording.ts.
import JSZip from 'jszip';
import { sha256Hex } from '../hash';
import { checkBag } from './bag';
import { checkRecords } from './records';
import { checkAttestedViews } from './attested';
import { checkProvenance } from './provenance';
import type { AddCheck, BagFiles, Check, CheckParams, VerifiedExhibit, VerifyOptions, VerifyResult } from './types';
import { describeCheck } from './wording';

export type { Check, VerifyOptions, VerifyResult } from './types';

/** A file of an unzipped bundle: its path relative to the folder the reader picked ("avise-…/data/report.html"). */
export interface FolderFile {
  path: string;
  read(): Promise<Uint8Array>;
}

/** Files that Windows Explorer and macOS Finder add to folders by themselves: not evidence, never a failure. */
const SYSTEM_FILE = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*)$|(^|\/)__MACOSX\//i;

function makeBag(paths: string[], read: (p: string) => Promise<Uint8Array>): BagFiles {
  const sorted = [...paths].sort();
  const set = new Set(sorted);
  const hashCache = new Map<string, string>();
  const bytes = async (p: string): Promise<Uint8Array> => {
    if (!set.has(p)) throw new Error(`${p} is missing`);
    return read(p);
  };
  return {
    paths: sorted,
    has: (p) => set.has(p),
    bytes,
    text: async (p) => new TextDecoder('utf-8').decode(await bytes(p)),
    sha256: async (p) => {
      let h = hashCache.get(p);
      if (!h) { h = await sha256Hex(await bytes(p)); hashCache.set(p, h); }
      return h;
    },
  };
}

function recorder(checks: Check[]): AddCheck {
  return (id, ok, code, params: CheckParams = {}, technical) => {
    const c: Check = { id, ok, code, params, detail: describeCheck({ code, params }, 'en') };
    if (technical) c.technical = technical;
    checks.push(c);
  };
}

async function openZip(zip: Uint8Array, add: AddCheck): Promise<{ bag: BagFiles; folder: string } | null> {
  let z: JSZip;
  try { z = await JSZip.loadAsync(zip, { checkCRC32: true }); } catch (e) {
    add('zip', false, 'zip-unreadable', {}, (e as Error).message);
    return null;
  }
  const names = Object.values(z.files).filter((f) => !f.dir).map((f) => f.name);
  const tops = new Set(names.map((n) => n.split('/', 1)[0] ?? ''));
  const [folder, ...others] = tops;
  if (folder === undefined || others.length || names.some((n) => !n.includes('/'))) {
    add('zip', false, 'zip-layout');
    return null;
  }
  add('zip', true, 'folder-ok', { folder });
  const bag = makeBag(names.map((n) => n.slice(folder.length + 1)), (p) => z.file(`${folder}/${p}`)!.async('uint8array'));
  return { bag, folder };
}

/**
 * The bag inside a picked folder: the folder holding bagit.txt nearest to the top. The reader may pick the bag
 * folder itself, or the folder a Windows unzip tool made around it ("avise-…/avise-…/bagit.txt").
 */
function openFolder(files: FolderFile[], add: AddCheck): { bag: BagFiles; folder: string } | null {
  const kept = files.map((f) => ({ ...f, path: f.path.replace(/\\/g, '/').replace(/^\/+/, '') })).filter((f) => !SYSTEM_FILE.test(f.path));
  const roots = kept.filter((f) => /(^|\/)bagit\.txt$/.test(f.path)).map((f) => f.path.slice(0, -'bagit.txt'.length));
  if (!roots.length) { add('folder', false, 'folder-no-bag'); return null; }
  const depth = (r: string): number => r.split('/').length;
  const top = Math.min(...roots.map(depth));
  const best = roots.filter((r) => depth(r) === top);
  const [root, ...others] = best;
  // roots is not empty (checked above), so best holds at least the shallowest one; undefined here cannot happen.
  if (root === undefined) { add('folder', false, 'folder-no-bag'); return null; }
  if (others.length) { add('folder', false, 'folder-several', { folders: best.map((r) => r.replace(/\/$/, '') || '.').join(', ') }); return null; }
  const byPath = new Map(kept.filter((f) => f.path.startsWith(root)).map((f) => [f.path.slice(root.length), f]));
  const folder = root.replace(/\/$/, '').split('/').pop() || '.';
  add('folder', true, 'folder-ok', { folder });
  return { bag: makeBag([...byPath.keys()], (p) => byPath.get(p)!.read()), folder };
}

async function run(open: (add: AddCheck) => Promise<{ bag: BagFiles; folder: string } | null>, opts: VerifyOptions): Promise<VerifyResult> {
  const checks: Check[] = [];
  const add = recorder(checks);
  const opened = await open(add);
  let exhibits: VerifiedExhibit[] = [];
  let tagManifestSha256: string | undefined;
  if (opened) {
    try {
      tagManifestSha256 = await checkBag(opened.bag, add);
      exhibits = await checkRecords(opened.bag, add, opts);
      await checkAttestedViews(opened.bag, add);
      await checkProvenance(opened.bag, add);
      // Extra checks (e.g. the report's attested view) go here, after the built-in ones, on the same bag.
      for (const extra of opts.extraChecks ?? []) checks.push(...(await extra(opened.bag)));
    } catch (e) {
      add('verifier', false, 'verifier-stopped', {}, (e as Error).message);
    }
  }
  const first = checks.find((c) => !c.ok);
  return { ok: !first, checks, firstFailure: first ? `${first.id}: ${first.detail}` : undefined, folder: opened?.folder, exhibits, tagManifestSha256 };
}

/** Verifies a bundle ZIP (bytes of the file as exported). */
export function verifyBundle(zip: Uint8Array, opts: VerifyOptions = {}): Promise<VerifyResult> {
  return run((add) => openZip(zip, add), opts);
}

/** Verifies the folder a bundle ZIP was unzipped into (files with their relative paths). */
export function verifyFolder(files: FolderFile[], opts: VerifyOptions = {}): Promise<VerifyResult> {
  return run(async (add) => openFolder(files, add), opts);
}

/** ZIP or folder: a single file whose name ends in .zip (or that starts with the ZIP signature) is a ZIP. */
export async function verifyPicked(files: FolderFile[], opts: VerifyOptions = {}): Promise<VerifyResult> {
  const [only, ...more] = files;
  if (only && !more.length && !/(^|\/)bagit\.txt$/.test(only.path)) return verifyBundle(await only.read(), opts);
  return verifyFolder(files, opts);
}
