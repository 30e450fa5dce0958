// BagIt checks (RFC 8493): bagit.txt, every manifest and tag manifest entry, completeness, Payload-Oxum.
import { sha256Hex, sha512Hex } from '../hash';
import { parseManifest, TAG_FILES_LISTED } from '../bundle/layout';
import type { BagFiles, Check } from './types';

export async function checkBag(bag: BagFiles, checks: Check[]): Promise<void> {
  const add = (id: string, ok: boolean, detail: string): void => { checks.push({ id, ok, detail }); };
  const bagit = bag.has('bagit.txt') ? await bag.text('bagit.txt') : '';
  add('bagit.txt', /^BagIt-Version: 1\.0\r?\n/.test(bagit) && /Tag-File-Character-Encoding: UTF-8/.test(bagit),
    bagit ? 'bagit.txt: BagIt-Version 1.0, UTF-8' : 'bagit.txt is missing');

  const payload = bag.paths.filter((p) => p.startsWith('data/'));
  const manifests: [string, (b: Uint8Array) => Promise<string>, boolean][] = [
    ['manifest-sha256.txt', sha256Hex, true], ['manifest-sha512.txt', sha512Hex, false], ['tagmanifest-sha256.txt', sha256Hex, true]];
  for (const [name, hash, required] of manifests) {
    if (!bag.has(name)) { if (required) add(name, false, `${name} is missing`); continue; }
    const parsed = parseManifest(await bag.text(name));
    if (typeof parsed === 'string') { add(name, false, `${name}: ${parsed}`); continue; }
    const isTag = name.startsWith('tag');
    let bad = 0;
    for (const { path, hash: want } of parsed) {
      if (path.includes('..') || path.startsWith('/')) { add(name, false, `${name}: unsafe path ${path}`); bad++; continue; }
      if (!bag.has(path)) { add(name, false, `${name}: ${path} is listed but missing from the bag`); bad++; continue; }
      const got = name === 'manifest-sha512.txt' ? await hash(await bag.bytes(path)) : await bag.sha256(path);
      if (got !== want) { add(name, false, `${name}: ${path} does not match (listed ${want.slice(0, 16)}…, file ${got.slice(0, 16)}…)`); bad++; }
    }
    const listed = new Set(parsed.map((e) => e.path));
    // Completeness (RFC 8493 §3): every payload file in every payload manifest; every tag file in the tag manifest.
    const mustList = isTag ? bag.paths.filter((p) => !p.startsWith('data/') && !p.startsWith('tagmanifest-')) : payload;
    for (const p of mustList) if (!listed.has(p)) { add(name, false, `${name}: ${p} is in the bag but not listed`); bad++; }
    if (isTag) for (const t of TAG_FILES_LISTED.filter((t) => t !== 'manifest-sha512.txt')) if (!listed.has(t)) { add(name, false, `${name}: ${t} is not listed`); bad++; }
    if (!bad) add(name, true, `${name}: ${parsed.length} files match`);
  }

  const info = bag.has('bag-info.txt') ? await bag.text('bag-info.txt') : '';
  const oxum = /^Payload-Oxum: (\d+)\.(\d+)\r?$/m.exec(info);
  let bytes = 0;
  for (const p of payload) bytes += (await bag.bytes(p)).length;
  const want = `${bytes}.${payload.length}`;
  add('Payload-Oxum', !!oxum && `${oxum[1]}.${oxum[2]}` === want,
    oxum ? `bag-info.txt: Payload-Oxum ${oxum[1]}.${oxum[2]}, payload is ${want}` : 'bag-info.txt: Payload-Oxum missing');
}
