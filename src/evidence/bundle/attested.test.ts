// The attested view made without decoding the screenshot (version 2 fast path) must hold exactly the pixels the
// general path paints, and pass the same check the verifier runs; bundles made before it (version 1) still pass.
import { describe, expect, it } from 'vitest';
import { decode, encode } from 'fast-png';
import { filteredPng } from '../../../test/helpers/png';
import { checkAttestedView, makeAttestedView, type AttestedSidecar } from './attested';
import { stitchedAttestedImage } from './attested-stitch';
import { pngChunks } from './png-chunks';
import { inflateSync } from 'node:zlib';

const LINES = ['Vue attestée — test', 'Adresse : https://www.google.com/maps/place/<script>alert(1)</script>', 'Capture : 26 novembre 2026 à 10 h 00'];
const noise = (n: number, seed: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 7919 + seed * 104729 + ((i * i) >> 3)) & 0xff);

function rgbOfPng(png: Uint8Array): Uint8Array {
  const img = decode(png);
  if (img.channels === 3) return img.data as Uint8Array;
  const out = new Uint8Array((img.data.length / 4) * 3);
  for (let i = 0, j = 0; i < img.data.length; i += 4, j += 3) out.set([img.data[i], img.data[i + 1], img.data[i + 2]], j);
  return out;
}

describe('attested view from an RGB screenshot as wide as the band (no decoding)', () => {
  it('is made without decoding for such a screenshot only (narrower than the band, or RGBA: decoded and drawn)', () => {
    const rgb = filteredPng(800, 8, 3, noise(800 * 8 * 3, 7), 4);
    expect(stitchedAttestedImage(rgb, LINES)).toBeDefined();
    expect(stitchedAttestedImage(filteredPng(600, 8, 3, noise(600 * 8 * 3, 7)), LINES)).toBeUndefined(); // centred in a 720 px band
    expect(stitchedAttestedImage(encode({ width: 800, height: 8, data: noise(800 * 8 * 4, 7), channels: 4, depth: 8 }), LINES)).toBeUndefined();
    expect(stitchedAttestedImage(new TextEncoder().encode('not a png'), LINES)).toBeUndefined();
  });

  it('reads alike for many different band texts (the compressed band always ends where the screenshot starts)', () => {
    const viewport = filteredPng(1280, 6, 3, noise(1280 * 6 * 3, 8), 4);
    for (let i = 0; i < 16; i++) {
      const lines = [...LINES, `Sceau de la pièce : ${(i * 2654435761 >>> 0).toString(16).repeat(i % 5 + 1)}… · ${'é'.repeat(i)}`];
      const made = makeAttestedView(viewport, 'c'.repeat(64), lines, stitchedAttestedImage);
      expect(inflateSync(pngChunks(made.png).idat).length, `text ${i}`).toBe(made.sidecar.size.height * (1 + 1280 * 3));
      expect(checkAttestedView(viewport, made.png, made.sidecar).ok, `text ${i}`).toBe(true);
    }
  }, 30_000);

  for (const first of [0, 1, 2, 3, 4]) {
    it(`holds the screenshot's pixels unchanged under the band when its first row uses PNG filter ${first}`, () => {
      const [w, h] = [800, 40];
      const pixels = noise(w * h * 3, first);
      const viewport = filteredPng(w, h, 3, pixels, first);
      const made = makeAttestedView(viewport, 'f'.repeat(64), LINES, stitchedAttestedImage);
      // A strict zlib reader (Adler-32 checked) reads every row of it.
      expect(inflateSync(pngChunks(made.png).idat).length).toBe(made.sidecar.size.height * (1 + w * 3));
      const sidecar = { ...made.sidecar } as AttestedSidecar;
      expect(sidecar.version).toBe(2);
      expect(checkAttestedView(viewport, made.png, sidecar)).toEqual({ ok: true, problems: [] });
      // The same image as the general path paints from the decoded screenshot (an RGBA copy forces that path).
      const rgba = new Uint8Array(w * h * 4);
      for (let i = 0; i < w * h; i++) rgba.set([pixels[i * 3], pixels[i * 3 + 1], pixels[i * 3 + 2], 255], i * 4);
      const general = makeAttestedView(encode({ width: w, height: h, data: rgba, channels: 4, depth: 8 }), 'f'.repeat(64), LINES);
      expect(Buffer.from(rgbOfPng(made.png)).equals(Buffer.from(rgbOfPng(general.png)))).toBe(true);
      expect(checkAttestedView(viewport, general.png, general.sidecar)).toEqual({ ok: true, problems: [] });
      // The screenshot's compressed data is reused as it is (a stretch from the middle of it is in the derived PNG).
      const idat = pngChunks(viewport).idat;
      expect(Buffer.from(made.png).includes(Buffer.from(idat.subarray(idat.length >> 1, (idat.length >> 1) + 512)))).toBe(true);
      expect(Buffer.from(general.png).includes(Buffer.from(idat.subarray(idat.length >> 1, (idat.length >> 1) + 512)))).toBe(false);
    });
  }

  it('is deterministic, and a changed screenshot pixel is still caught', () => {
    const [w, h] = [1280, 24];
    const pixels = noise(w * h * 3, 9);
    const viewport = filteredPng(w, h, 3, pixels, 4);
    const a = makeAttestedView(viewport, 'a'.repeat(64), LINES, stitchedAttestedImage), b = makeAttestedView(viewport, 'a'.repeat(64), LINES, stitchedAttestedImage);
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true);
    const tampered = pixels.slice();
    tampered[w * 3 * 10 + 30] ^= 1;
    const check = checkAttestedView(filteredPng(w, h, 3, tampered, 4), a.png, a.sidecar);
    expect(check.ok).toBe(false);
    expect(check.problems.join(' ')).toMatch(/1 pixel of the screenshot differs from/);
  });

  it('catches one changed pixel of the band, and a band whose black last row was painted over', () => {
    const [w, h] = [800, 12];
    const viewport = filteredPng(w, h, 3, noise(w * h * 3, 11), 4);
    const made = makeAttestedView(viewport, 'd'.repeat(64), LINES, stitchedAttestedImage);
    const img = decode(made.png);
    for (const [x, y] of [[20, 12], [400, made.sidecar.screenshot.y - 1]]) {
      const data = Uint8Array.from(img.data as Uint8Array);
      data[(y * img.width + x) * 3] ^= 0x40;
      const bad = checkAttestedView(viewport, encode({ width: img.width, height: img.height, data, channels: 3, depth: 8 }), made.sidecar);
      expect(bad.ok, `pixel ${x},${y}`).toBe(false);
      expect(bad.problems.join(' ')).toMatch(/1 pixel of the band differs from/);
    }
  });

  it('still accepts an attested view made before (version 1: the band ends with the grey rule)', () => {
    const [w, h] = [800, 16];
    const viewport = filteredPng(w, h, 3, noise(w * h * 3, 5));
    const made = makeAttestedView(viewport, 'b'.repeat(64), LINES, stitchedAttestedImage);
    const img = decode(made.png);
    const data = Uint8Array.from(img.data as Uint8Array);
    const lastBandRow = made.sidecar.screenshot.y - 1;
    for (let x = 0; x < img.width; x++) data.set([60, 60, 60], (lastBandRow * img.width + x) * 3);
    const v1 = encode({ width: img.width, height: img.height, data, channels: 3, depth: 8 });
    expect(checkAttestedView(viewport, v1, { ...made.sidecar, version: 1 }).ok).toBe(true);
    expect(checkAttestedView(viewport, v1, made.sidecar).ok).toBe(false);
    expect(checkAttestedView(viewport, made.png, { ...made.sidecar, version: 3 } as unknown as AttestedSidecar).problems.join(' ')).toMatch(/version 3/);
  });
});
