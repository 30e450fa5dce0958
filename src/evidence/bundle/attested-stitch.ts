// The attested view without decoding the screenshot (exporter only; the verifier checks the result pixel by pixel
// with checkAttestedView). When the screenshot is an 8-bit RGB, non-interlaced PNG as wide as the band (browser
// screenshots), the derived PNG's data is: the band's rows, compressed and ended on a byte boundary (zlib's sync
// flush), then the screenshot's own deflate blocks as they are (a deflate stream may continue after a non-final
// block, and the screenshot's blocks only refer back to its own bytes, RFC 1951 §3.2.3, §3.2.5), then the Adler-32 of
// all the rows, combined without reading them again. The band's last row is black (attested.ts, version 2), so the
// screenshot's first row decodes below it as at the top of its own image. pako (a port of zlib) makes the sync flush.
import pako from 'pako';
import { layout, paintBand, type AttestedImage } from './attested';
import { adler32, adler32Combine, pngChunks, rgbPng, type PngChunks } from './png-chunks';

const Z_SYNC_FLUSH = 2;

/**
 * The fast path: an 8-bit RGB, non-interlaced PNG as wide as the band, with nothing before its first compressed
 * block (no preset dictionary). Returns undefined when the screenshot is not such a PNG.
 */
export function stitchedAttestedImage(viewportPng: Uint8Array, lines: string[]): AttestedImage | undefined {
  let c: PngChunks;
  try { c = pngChunks(viewportPng); } catch { return undefined; }
  if (c.depth !== 8 || c.colorType !== 2 || c.interlace !== 0 || c.transparency) return undefined;
  const L = layout(c.width, lines);
  const z = c.idat;
  if (L.x !== 0 || L.width !== c.width || z.length < 7) return undefined;
  // zlib header: deflate, window ≤ 32 KiB, no preset dictionary, valid check bits (RFC 1950 §2.2).
  const [z0 = 0, z1 = 0] = z; // z.length ≥ 7, checked above
  if ((z0 & 0x0f) !== 8 || z0 >> 4 > 7 || z1 & 0x20 || ((z0 << 8) | z1) % 31 !== 0) return undefined;
  const band = new Uint8Array(L.width * L.bandHeight * 4);
  paintBand(band, L, L.bandHeight);
  const rowLength = 1 + L.width * 3;
  const rows = new Uint8Array(L.bandHeight * rowLength); // filter type 0 (None) on every band row
  for (let y = 0; y < L.bandHeight; y++) {
    for (let x = 0, i = y * L.width * 4, o = y * rowLength + 1; x < L.width; x++, i += 4, o += 3) rows.set(band.subarray(i, i + 3), o);
  }
  // The band's rows, compressed and ended on a byte boundary by a sync flush (an empty, non-final stored block).
  // Level 1: the band is flat colour and text; level 6 took twice as long (14 against 6.5 ms per exhibit, measured)
  // for 10 KB instead of 15 KB.
  const deflate = new pako.Deflate({ level: 1, raw: true });
  if (!deflate.push(rows, Z_SYNC_FLUSH) || !(deflate.result instanceof Uint8Array)) return undefined;
  const parts: Uint8Array[] = [new Uint8Array([0x78, 0x9c]), deflate.result];
  // Then the screenshot's own deflate blocks (its last block is final), and the Adler-32 of all the rows.
  parts.push(z.subarray(2, z.length - 4));
  const adlerShot = new DataView(z.buffer, z.byteOffset + z.length - 4, 4).getUint32(0); // big-endian, RFC 1950
  const adler = adler32Combine(adler32(rows), adlerShot, c.height * rowLength);
  parts.push(new Uint8Array([adler >>> 24, (adler >>> 16) & 255, (adler >>> 8) & 255, adler & 255]));
  const data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { data.set(p, o); o += p.length; }
  return { png: rgbPng(L.width, L.bandHeight + c.height, data), L, width: c.width, height: c.height };
}
