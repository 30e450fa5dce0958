// Reading and writing PNG files at the chunk level (ISO/IEC 15948), without touching their pixels: what lets the
// report PDFs and the attested view reuse a screenshot's compressed data as it is (pdf-image.ts, attested.ts).
import { crc32 } from './zip-writer';

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export interface PngChunks { width: number; height: number; depth: number; colorType: number; interlace: number; idat: Uint8Array; transparency: boolean }

/** Reads a PNG's chunks (never its pixels). Throws on anything that is not a well-formed PNG. */
export function pngChunks(png: Uint8Array): PngChunks {
  if (png.length < 33 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0, height = 0, depth = 0, colorType = 0, interlace = 0, transparency = false, header = false;
  const idat: Uint8Array[] = [];
  let size = 0;
  for (let p = 8; p + 12 <= png.length;) {
    const len = view.getUint32(p);
    const type = String.fromCharCode(png[p + 4], png[p + 5], png[p + 6], png[p + 7]);
    const data = p + 8;
    if (data + len + 4 > png.length) throw new Error('PNG truncated');
    if (type === 'IHDR') {
      width = view.getUint32(data); height = view.getUint32(data + 4);
      depth = png[data + 8]; colorType = png[data + 9]; interlace = png[data + 12];
      header = true;
    } else if (type === 'IDAT') { idat.push(png.subarray(data, data + len)); size += len; }
    else if (type === 'tRNS') transparency = true;
    else if (type === 'IEND') break;
    p = data + len + 4;
  }
  if (!header || !width || !height || !idat.length) throw new Error('PNG without header or image data');
  const all = idat.length === 1 ? idat[0] : new Uint8Array(size);
  if (idat.length > 1) { let o = 0; for (const c of idat) { all.set(c, o); o += c.length; } }
  return { width, height, depth, colorType, interlace, idat: all, transparency };
}


const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  out.set(u32(data.length), 0);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  out.set(u32(crc32(out.subarray(4, 8 + data.length))), 8 + data.length);
  return out;
}

/** An 8-bit RGB, non-interlaced PNG from its zlib-compressed, filtered rows (one IDAT chunk). */
export function rgbPng(width: number, height: number, zlibData: Uint8Array): Uint8Array {
  const ihdr = new Uint8Array([...u32(width), ...u32(height), 8, 2, 0, 0, 0]);
  const parts = [new Uint8Array(PNG_SIGNATURE), chunk('IHDR', ihdr), chunk('IDAT', zlibData), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

const ADLER_BASE = 65521;

export function adler32(data: Uint8Array): number {
  let a = 1, b = 0;
  for (let i = 0; i < data.length;) {
    const end = Math.min(data.length, i + 3800); // no overflow before the modulo (zlib's NMAX is 5552)
    for (; i < end; i++) { a += data[i]; b += a; }
    a %= ADLER_BASE; b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** Adler-32 of A followed by B, from Adler-32(A), Adler-32(B) and B's length (zlib's adler32_combine). */
export function adler32Combine(adlerA: number, adlerB: number, lengthB: number): number {
  const rem = lengthB % ADLER_BASE;
  let sum1 = adlerA & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (adlerB & 0xffff) + ADLER_BASE - 1;
  sum2 += ((adlerA >>> 16) & 0xffff) + ((adlerB >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}
