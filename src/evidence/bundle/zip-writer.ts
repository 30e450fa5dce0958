// A minimal, deterministic ZIP writer (PKWARE APPNOTE 6.3.10, method 0 "stored", no ZIP64).
// Why not jszip for writing: jszip keeps every added file until generateAsync and then builds the output,
// so a bundle of 50 exhibits would sit in memory twice. Here each file is appended once, as it is produced,
// and the caller may hand the parts straight to `new Blob(parts)`.
// Why "stored": the payload is mostly PNG and MHTML (already compressed or base64), and deflate output differs
// between zlib builds, which would break byte-identical re-exports across browsers.

/**
 * Entry dates are given by the caller (the bundle writer uses the capture time each file belongs to, as Paris wall
 * time: MS-DOS dates carry no zone), never the export time. Default: 1980-01-01 00:00:00, the smallest MS-DOS date.
 */
export interface DosStamp { date: number; time: number }
const DOS_EPOCH: DosStamp = { date: (0 << 9) | (1 << 5) | 1, time: 0 };
const UTF8_FLAG = 0x0800;

/** CRC-32 (ISO 3309, as ZIP uses it) tables for « slicing by 8 »: eight bytes per step instead of one (issue 14). */
let crcTables: Uint32Array[] | undefined;
export function crc32(data: Uint8Array): number {
  if (!crcTables) {
    const t0 = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t0[n] = c >>> 0;
    }
    crcTables = [t0];
    for (let k = 1; k < 8; k++) {
      const prev = crcTables[k - 1]!, t = new Uint32Array(256);
      for (let n = 0; n < 256; n++) t[n] = (prev[n]! >>> 8) ^ t0[prev[n]! & 0xff]!;
      crcTables.push(t);
    }
  }
  const [t0, t1, t2, t3, t4, t5, t6, t7] = crcTables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  let crc = 0xffffffff;
  let i = 0;
  const n8 = data.length - (data.length % 8);
  // Every index below is `& 0xff` or `>>> 24` (0..255) into 256-entry tables, and i + 7 < n8 ≤ data.length: in range.
  for (; i < n8; i += 8) {
    const a = (crc ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24))) >>> 0;
    const b = data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24);
    crc = t7[a & 0xff]! ^ t6[(a >>> 8) & 0xff]! ^ t5[(a >>> 16) & 0xff]! ^ t4[a >>> 24]! ^
      t3[b & 0xff]! ^ t2[(b >>> 8) & 0xff]! ^ t1[(b >>> 16) & 0xff]! ^ t0[(b >>> 24) & 0xff]!;
  }
  for (; i < data.length; i++) crc = t0[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface CentralRecord { name: Uint8Array; crc: number; size: number; offset: number; when: DosStamp }

export class ZipWriter {
  readonly parts: Uint8Array[] = [];
  private offset = 0;
  private readonly central: CentralRecord[] = [];
  private readonly names = new Set<string>();

  get size(): number { return this.offset; }

  add(path: string, data: Uint8Array, when: DosStamp = DOS_EPOCH): void {
    if (this.names.has(path)) throw new Error(`zip: duplicate entry ${path}`);
    this.names.add(path);
    const name = new TextEncoder().encode(path);
    const crc = crc32(data);
    if (this.offset + data.length > 0xfffffff0) throw new Error('zip: bundle larger than 4 GB (ZIP64 not supported)');
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true); // version needed: 2.0
    h.setUint16(6, UTF8_FLAG, true);
    h.setUint16(8, 0, true); // stored
    h.setUint16(10, when.time, true);
    h.setUint16(12, when.date, true);
    h.setUint32(14, crc, true);
    h.setUint32(18, data.length, true);
    h.setUint32(22, data.length, true);
    h.setUint16(26, name.length, true);
    h.setUint16(28, 0, true);
    this.central.push({ name, crc, size: data.length, offset: this.offset, when });
    this.push(new Uint8Array(h.buffer), name, data);
  }

  /** Writes the central directory; returns the parts (the ZIP is their concatenation). */
  finish(): Uint8Array[] {
    const start = this.offset;
    for (const r of this.central) {
      const h = new DataView(new ArrayBuffer(46));
      h.setUint32(0, 0x02014b50, true);
      h.setUint16(4, 20, true); // made by: MS-DOS, 2.0 (no host-specific attributes)
      h.setUint16(6, 20, true);
      h.setUint16(8, UTF8_FLAG, true);
      h.setUint16(10, 0, true);
      h.setUint16(12, r.when.time, true);
      h.setUint16(14, r.when.date, true);
      h.setUint32(16, r.crc, true);
      h.setUint32(20, r.size, true);
      h.setUint32(24, r.size, true);
      h.setUint16(28, r.name.length, true);
      // extra, comment, disk, internal and external attributes stay 0
      h.setUint32(42, r.offset, true);
      this.push(new Uint8Array(h.buffer), r.name);
    }
    const e = new DataView(new ArrayBuffer(22));
    e.setUint32(0, 0x06054b50, true);
    e.setUint16(8, this.central.length, true);
    e.setUint16(10, this.central.length, true);
    e.setUint32(12, this.offset - start, true);
    e.setUint32(16, start, true);
    this.push(new Uint8Array(e.buffer));
    return this.parts;
  }

  private push(...chunks: Uint8Array[]): void {
    for (const c of chunks) { this.parts.push(c); this.offset += c.length; }
  }
}

export function concatParts(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
