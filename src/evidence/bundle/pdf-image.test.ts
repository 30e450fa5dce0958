// Screenshots in the report PDFs: every pixel a PDF reader shows must be the PNG's, whichever way the image went in
// (the PNG's own data with PNG predictors, or decoded and compressed again).
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { encode } from 'fast-png';
import { PDFDocument } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { filteredPng } from '../../../test/helpers/png';
import { embedPdfImage, pdfImageOf, pdfImageOfAsync } from './pdf-image';

const noise = (n: number, seed: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 7919 + seed * 104729 + ((i * i) >> 3)) & 0xff);

/** The pixels a PDF reader (pdf.js) decodes for the one image of a one-page PDF, as RGBA. */
async function pixelsInPdf(png: Uint8Array): Promise<{ width: number; height: number; rgba: Uint8Array }> {
  const doc = await PDFDocument.create();
  const data = pdfImageOf(png);
  const page = doc.addPage([600, 600]);
  page.drawImage(embedPdfImage(doc, data), { x: 10, y: 10, width: data.width, height: data.height });
  const bytes = await doc.save();
  const pdf = await getDocument({ data: bytes, disableFontFace: true, standardFontDataUrl: `${resolve('node_modules/pdfjs-dist/standard_fonts')}/` }).promise;
  const p = await pdf.getPage(1);
  const ops = await p.getOperatorList();
  const i = ops.fnArray.indexOf(OPS.paintImageXObject);
  const img = await new Promise<{ width: number; height: number; data: Uint8ClampedArray; kind: number }>((ok) => p.objs.get(ops.argsArray[i][0], ok));
  const n = img.width * img.height;
  const rgba = new Uint8Array(n * 4);
  const per = img.data.length / n; // 3 (RGB_24BPP) or 4 (RGBA_32BPP)
  for (let k = 0; k < n; k++) {
    rgba[k * 4] = img.data[k * per]; rgba[k * 4 + 1] = img.data[k * per + 1]; rgba[k * 4 + 2] = img.data[k * per + 2];
    rgba[k * 4 + 3] = per === 4 ? img.data[k * per + 3] : 255;
  }
  await pdf.destroy();
  return { width: img.width, height: img.height, rgba };
}

describe('PNG screenshots in the report PDF', () => {
  it('puts an RGB screenshot in as it is (no decoding), and the reader shows exactly its pixels, whatever PNG filter each row uses', async () => {
    const [w, h] = [37, 23];
    const rgb = noise(w * h * 3, 1);
    const png = filteredPng(w, h, 3, rgb);
    const data = pdfImageOf(png);
    expect(data.predictor).toEqual({ colors: 3 });
    expect(data.data.length).toBeLessThan(png.length); // the IDAT bytes themselves, no second compression
    const shown = await pixelsInPdf(png);
    expect([shown.width, shown.height]).toEqual([w, h]);
    const expected = new Uint8Array(w * h * 4);
    for (let k = 0; k < w * h; k++) expected.set([rgb[k * 3], rgb[k * 3 + 1], rgb[k * 3 + 2], 255], k * 4);
    expect(Buffer.from(shown.rgba).equals(Buffer.from(expected))).toBe(true);
  });

  it('shows a grey PNG with its own grey levels', async () => {
    const [w, h] = [19, 11];
    const grey = noise(w * h, 2);
    const shown = await pixelsInPdf(filteredPng(w, h, 1, grey));
    for (let k = 0; k < w * h; k++) expect(Array.from(shown.rgba.subarray(k * 4, k * 4 + 3)), `pixel ${k}`).toEqual([grey[k], grey[k], grey[k]]);
  });

  it('decodes an RGBA canvas image: opaque, its colours exactly and no mask; with transparency, a soft mask of its alpha', async () => {
    const [w, h] = [29, 17];
    const opaque = noise(w * h * 4, 3).map((v, i) => (i % 4 === 3 ? 255 : v));
    const o = pdfImageOf(encode({ width: w, height: h, data: opaque, channels: 4, depth: 8 }));
    expect(o.predictor).toBeUndefined();
    expect(o.alpha).toBeUndefined();
    const shownOpaque = await pixelsInPdf(encode({ width: w, height: h, data: opaque, channels: 4, depth: 8 }));
    expect(Buffer.from(shownOpaque.rgba).equals(Buffer.from(opaque))).toBe(true);

    const clear = opaque.map((v, i) => (i % 4 === 3 ? (i >> 2) % 3 === 0 ? 0 : 255 : v));
    const t = pdfImageOf(encode({ width: w, height: h, data: clear, channels: 4, depth: 8 }));
    expect(t.alpha).toBeDefined();
    const shown = await pixelsInPdf(encode({ width: w, height: h, data: clear, channels: 4, depth: 8 }));
    for (let k = 0; k < w * h; k++) expect(shown.rgba[k * 4 + 3], `alpha of pixel ${k}`).toBe(clear[k * 4 + 3]);
  });

  it('gives the same image data through the browser’s inflate as through pdfImageOf, for opaque and transparent RGBA under every PNG filter, and RGB', async () => {
    const [w, h] = [23, 11];
    const opaque = noise(w * h * 4, 5).map((v, i) => (i % 4 === 3 ? 255 : v));
    const clear = opaque.map((v, i) => (i % 4 === 3 ? (i >> 2) % 4 === 0 ? 9 : 255 : v));
    const pngs = [0, 1, 2, 3, 4].flatMap((f) => [filteredPng(w, h, 4, opaque, f), filteredPng(w, h, 4, clear, f), filteredPng(w, h, 3, noise(w * h * 3, 6), f)]);
    pngs.push(encode({ width: w, height: h, data: opaque, channels: 4, depth: 8 }));
    for (const [k, png] of pngs.entries()) {
      const a = await pdfImageOfAsync(png), b = pdfImageOf(png);
      expect(a, `PNG ${k}`).toStrictEqual(b);
    }
    expect((await pdfImageOfAsync(pngs[0])).alpha).toBeUndefined();
    expect((await pdfImageOfAsync(pngs[1])).alpha).toBeDefined();
  });

  it('gives the same PDF bytes for the same PNG (the bundle stays deterministic)', async () => {
    const png = encode({ width: 8, height: 8, data: noise(8 * 8 * 4, 4), channels: 4, depth: 8 });
    const make = async () => {
      const doc = await PDFDocument.create({ updateMetadata: false });
      doc.addPage().drawImage(embedPdfImage(doc, pdfImageOf(png)), { x: 0, y: 0 });
      return doc.save({ useObjectStreams: false });
    };
    expect(Buffer.from(await make()).equals(Buffer.from(await make()))).toBe(true);
  });

  it('refuses what is not a PNG, so the report prints its « image unreadable » line instead', () => {
    expect(() => pdfImageOf(new TextEncoder().encode('<svg onload=alert(1)>'))).toThrow(/not a PNG/);
    expect(() => pdfImageOf(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...new Uint8Array(30)]))).toThrow();
  });
});
