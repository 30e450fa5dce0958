// Encodes a real (tiny) PNG in Node, so tests and PDF embedding see valid images (ISO/IEC 15948, RGB 8-bit, no filter).
import { deflateSync } from 'node:zlib';
import { crc32 } from '../../src/evidence/bundle/zip-writer';

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(data)]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A width×height PNG whose pixel colours depend on `seed`, so different seeds give different bytes. */
export function makePng(width: number, height: number, seed = 0): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 3)] = 0;
    for (let x = 0; x < width; x++) {
      const o = y * (1 + width * 3) + 1 + x * 3;
      raw[o] = (x * 16 + seed * 37) & 0xff; raw[o + 1] = (y * 16 + seed * 11) & 0xff; raw[o + 2] = (seed * 53) & 0xff;
    }
  }
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array()),
  ]));
}

/**
 * An 8-bit PNG (grey or RGB) whose rows use every PNG filter in turn (None, Sub, Up, Average, Paeth, from `firstFilter`
 * on the first row), its compressed data split in two IDAT chunks: what browsers' encoders may write.
 */
export function filteredPng(width: number, height: number, channels: 1 | 3 | 4, pixels: Uint8Array, firstFilter = 0): Uint8Array {
  const stride = width * channels;
  const raw = Buffer.alloc(height * (stride + 1));
  const at = (y: number, x: number) => (y < 0 || x < 0 ? 0 : pixels[y * stride + x]);
  for (let y = 0; y < height; y++) {
    const f = (y + firstFilter) % 5;
    raw[y * (stride + 1)] = f;
    for (let x = 0; x < stride; x++) {
      const a = at(y, x - channels), b = at(y - 1, x), c = at(y - 1, x - channels), v = pixels[y * stride + x];
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][f];
      raw[y * (stride + 1) + 1 + x] = (v - pred) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = channels === 4 ? 6 : channels === 3 ? 2 : 0;
  const z = deflateSync(raw);
  const half = Math.floor(z.length / 2);
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', z.subarray(0, half)), chunk('IDAT', z.subarray(half)), chunk('IEND', new Uint8Array())]));
}
