// BagIt checks (RFC 8493): bagit.txt, every manifest and tag manifest entry, completeness, Payload-Oxum.
import { sha512Hex } from '../hash';
import { bundleFingerprint } from '../bundle/fingerprint';
import { parseManifest, TAG_FILES_LISTED } from '../bundle/layout';
import type { AddCheck, BagFiles } from './types';

/** Returns the SHA-256 of tagmanifest-sha256.txt (the bundle fingerprint) when the file is there. */
export async function checkBag(bag: BagFiles, add: AddCheck): Promise<string | undefined> {
  const bagit = bag.has('bagit.txt') ? await bag.text('bagit.txt') : '';
  const bagitOk = /^BagIt-Version: 1\.0\r?\n/.test(bagit) && /Tag-File-Character-Encoding: UTF-8/.test(bagit);
  add('bagit.txt', bagitOk, bagitOk ? 'bagit-ok' : 'bagit-bad');

  const payload = bag.paths.filter((p) => p.startsWith('data/'));
  const manifests: [string, 'SHA-256' | 'SHA-512', boolean][] = [
    ['manifest-sha256.txt', 'SHA-256', true], ['manifest-sha512.txt', 'SHA-512', false], ['tagmanifest-sha256.txt', 'SHA-256', true]];
  for (const [name, algorithm, required] of manifests) {
    if (!bag.has(name)) { if (required) add(name, false, 'list-missing', { manifest: name }); continue; }
    const parsed = parseManifest(await bag.text(name));
    if (typeof parsed === 'string') { add(name, false, 'list-unreadable', { manifest: name, line: Number(/\d+/.exec(parsed)?.[0] ?? 0) }, parsed); continue; }
    const isTag = name.startsWith('tag');
    let bad = 0;
    for (const { path, hash: want } of parsed) {
      if (path.includes('..') || path.startsWith('/')) { add(name, false, 'unsafe-path', { manifest: name, file: path }); bad++; continue; }
      if (!bag.has(path)) { add(name, false, 'file-missing', { file: path, manifest: name }); bad++; continue; }
      const got = algorithm === 'SHA-512' ? await sha512Hex(await bag.bytes(path)) : await bag.sha256(path);
      if (got !== want) { add(name, false, 'file-modified', { file: path, manifest: name }, `listed ${want}, file ${got}`); bad++; }
    }
    const listed = new Set(parsed.map((e) => e.path));
    // Completeness (RFC 8493 §3): every payload file in every payload manifest; every tag file in the tag manifest.
    const mustList = isTag ? bag.paths.filter((p) => !p.startsWith('data/') && !p.startsWith('tagmanifest-')) : payload;
    for (const p of mustList) if (!listed.has(p)) { add(name, false, 'file-added', { file: p, manifest: name }); bad++; }
    if (isTag) for (const t of TAG_FILES_LISTED.filter((t) => t !== 'manifest-sha512.txt')) if (!listed.has(t)) { add(name, false, 'tag-unlisted', { file: t }); bad++; }
    if (!bad) add(name, true, isTag ? 'tags-ok' : 'payload-ok', { count: parsed.length, manifest: name, algorithm });
  }

  const info = bag.has('bag-info.txt') ? await bag.text('bag-info.txt') : '';
  const oxum = /^Payload-Oxum: (\d+)\.(\d+)\r?$/m.exec(info);
  let bytes = 0;
  for (const p of payload) bytes += (await bag.bytes(p)).length;
  const [, wantBytes, wantFiles] = oxum ?? [];
  if (wantBytes === undefined || wantFiles === undefined) add('Payload-Oxum', false, 'oxum-missing');
  else if (wantBytes === String(bytes) && wantFiles === String(payload.length)) add('Payload-Oxum', true, 'oxum-ok', { bytes, files: payload.length });
  else add('Payload-Oxum', false, 'oxum-bad', { wantBytes, wantFiles, gotBytes: bytes, gotFiles: payload.length });

  if (!bag.has('tagmanifest-sha256.txt')) return undefined;
  const tagSha = await bag.sha256('tagmanifest-sha256.txt');
  add('fingerprint', true, 'fingerprint', { ...bundleFingerprint(tagSha) });
  return tagSha;
}
