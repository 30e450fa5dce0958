// The part of JSZip's API the verifier uses (loadAsync with checkCRC32, `files`, `file(name).async('uint8array')`),
// for the command-line build only (scripts/build-verify-cli.mjs puts it in place of `jszip`): node's zlib inflates
// and checks CRC-32 natively, where JSZip does both in JavaScript. Like JSZip with checkCRC32, it reads and checks
// every entry when loading, and throws on anything it cannot read exactly (the verifier then reports the ZIP
// unreadable); it is stricter than JSZip on purpose: no ZIP64, no encryption, no entry outside the archive's folder.
import { crc32 as nativeCrc32, inflateRawSync } from 'node:zlib';

export interface ZipObject {
  name: string;
  dir: boolean;
  async(type: 'uint8array'): Promise<Uint8Array>;
}

let table: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (typeof nativeCrc32 === 'function') return nativeCrc32(bytes) >>> 0; // node >= 20.15
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const fail = (why: string): never => { throw new Error(`Corrupted zip: ${why}`); };

export default class NodeZip {
  files: Record<string, ZipObject> = {};

  file(name: string): ZipObject | null {
    const f = this.files[name];
    return f && !f.dir ? f : null;
  }

  static async loadAsync(data: Uint8Array, _options?: { checkCRC32?: boolean }): Promise<NodeZip> {
    const buf = data instanceof Uint8Array ? data : new Uint8Array(data);
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    // End of central directory: the last signature within the last 64 KiB + 22 bytes (its comment may follow it).
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
      if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
    }
    if (eocd < 0) fail("can't find end of central directory");
    const count = view.getUint16(eocd + 10, true);
    const cdSize = view.getUint32(eocd + 12, true);
    const cdOffset = view.getUint32(eocd + 16, true);
    if (count === 0xffff || cdOffset === 0xffffffff) fail('ZIP64 archives are not read by this verifier');
    if (cdOffset + cdSize > eocd) fail('central directory out of bounds');
    const zip = new NodeZip();
    const utf8 = new TextDecoder('utf-8');
    let p = cdOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) fail('bad central directory entry');
      const flags = view.getUint16(p + 8, true);
      const method = view.getUint16(p + 10, true);
      const crc = view.getUint32(p + 16, true);
      const csize = view.getUint32(p + 20, true);
      const usize = view.getUint32(p + 24, true);
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      const local = view.getUint32(p + 42, true);
      const name = utf8.decode(buf.subarray(p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extraLen + commentLen;
      if (flags & 1) fail(`${name} is encrypted`);
      if (name.startsWith('/') || name.split(/[/\\]/).includes('..')) fail(`${name} points outside the archive`);
      if (local + 30 > buf.length || view.getUint32(local, true) !== 0x04034b50) fail(`bad local header for ${name}`);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + csize > buf.length) fail(`${name} is truncated`);
      const raw = buf.subarray(start, start + csize);
      let bytes: Uint8Array;
      if (method === 0) bytes = raw;
      else if (method === 8) {
        try { bytes = new Uint8Array(inflateRawSync(raw)); } catch (e) { return fail(`${name}: ${(e as Error).message}`); }
      } else return fail(`${name}: compression method ${method} not supported`);
      if (bytes.length !== usize) fail(`${name}: size mismatch`);
      if (crc32(bytes) !== crc) fail(`${name}: CRC32 mismatch`);
      const dir = name.endsWith('/');
      zip.files[name] = { name, dir, async: () => Promise.resolve(bytes) };
    }
    return zip;
  }
}
