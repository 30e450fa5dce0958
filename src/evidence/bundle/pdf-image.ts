// PNG screenshots into the report PDFs without pdf-lib's embedPng, which decodes every PNG and deflates its pixels
// again with pako (most of an export's time, issue 14). Two paths, both deterministic (same PNG → same PDF bytes):
// - 8-bit RGB or grey, not interlaced, no transparency (browser screenshots, the attested view): the PNG's own
//   compressed data goes into the PDF as is. PDF's FlateDecode filter with the PNG predictors (Predictor 15, ISO
//   32000-1 §7.4.4.4) reads PNG rows natively: nothing is decoded or compressed again.
// - anything else (RGBA canvas output, palettes, 16 bits, interlaced): decoded once to 8-bit RGBA, the colour
//   written as RGB and the alpha, when any pixel is not opaque, as a soft mask (what embedPng does), compressed with
//   fflate. The result is kept in the export's cache, so the French and the English PDFs share the work.
import { zlibSync } from 'fflate';
import { PDFImage, PngEmbedder, type PDFDocument, type PDFRef } from 'pdf-lib';
import { decodeRgba, unfilterRows } from './attested';
import { pngChunks } from './png-chunks';

/** An image ready to be placed in any PDF: its stream bytes and what its dictionary must say. */
export interface PdfImageData {
  width: number;
  height: number;
  colorSpace: 'DeviceRGB' | 'DeviceGray';
  /** FlateDecode data: the PNG's IDAT (with `predictor`) or the raw samples, compressed. */
  data: Uint8Array;
  /** Set when `data` is PNG-filtered rows: the DecodeParms of the stream. */
  predictor?: { colors: number };
  /** Soft mask (alpha), FlateDecode of 8-bit grey samples. */
  alpha?: Uint8Array;
}

/** The PDF form of a PNG (see the header for the two paths). */
export function pdfImageOf(png: Uint8Array): PdfImageData {
  const c = pngChunks(png);
  if (c.depth === 8 && c.interlace === 0 && !c.transparency && (c.colorType === 2 || c.colorType === 0)) {
    const colors = c.colorType === 2 ? 3 : 1;
    return { width: c.width, height: c.height, colorSpace: colors === 3 ? 'DeviceRGB' : 'DeviceGray', data: c.idat, predictor: { colors } };
  }
  const { width, height, data } = decodeRgba(png);
  const n = width * height;
  const rgb = new Uint8Array(n * 3);
  let opaque = true;
  for (let i = 0, j = 0; i < n * 4; i += 4, j += 3) {
    rgb.set(data.subarray(i, i + 3), j);
    if (data[i + 3] !== 255) opaque = false;
  }
  let alpha: Uint8Array | undefined;
  if (!opaque) {
    const a = new Uint8Array(n);
    for (let i = 0; i < n; i++) a[i] = data[i * 4 + 3] ?? 255; // decodeRgba gives n × 4 bytes: always there
    alpha = zlibSync(a, { level: 3 });
  }
  return { width, height, colorSpace: 'DeviceRGB', data: zlibSync(rgb, { level: 3 }), ...(alpha ? { alpha } : {}) };
}

/**
 * The same result as pdfImageOf, sooner for the canvas output of a capture (8-bit RGBA, not interlaced, every pixel
 * opaque: review.png, annotated.png): the pixel data is inflated by the browser's own zlib (DecompressionStream, which
 * also checks the Adler-32) instead of JavaScript, then unfiltered here. Anything else, or no DecompressionStream,
 * goes through pdfImageOf. Same bytes out either way (the inflated rows are the same; a unit test compares).
 */
export async function pdfImageOfAsync(png: Uint8Array): Promise<PdfImageData> {
  const c = pngChunks(png);
  if (c.depth === 8 && c.interlace === 0 && c.colorType === 6 && !c.transparency && typeof DecompressionStream === 'function') {
    const rowLength = 1 + c.width * 4;
    const raw = await inflateNative(c.idat).catch(() => undefined);
    const rgba = raw && raw.length === c.height * rowLength ? unfilterRows(raw, c.height, rowLength, 4) : undefined;
    if (rgba) {
      const n = c.width * c.height;
      const rgb = new Uint8Array(n * 3);
      let opaque = true;
      for (let i = 0, j = 0; i < n * 4; i += 4, j += 3) {
        rgb[j] = rgba[i]!; rgb[j + 1] = rgba[i + 1]!; rgb[j + 2] = rgba[i + 2]!; // i + 3 < n × 4 = rgba.length
        if (rgba[i + 3] !== 255) opaque = false;
      }
      if (opaque) return { width: c.width, height: c.height, colorSpace: 'DeviceRGB', data: zlibSync(rgb, { level: 3 }) };
    }
  }
  return pdfImageOf(png);
}

async function inflateNative(zlibData: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([zlibData as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Adds the image to `doc` as an image XObject and returns it ready for `page.drawImage`. */
export function embedPdfImage(doc: PDFDocument, img: PdfImageData): PDFImage {
  const ctx = doc.context;
  const base = { Type: 'XObject', Subtype: 'Image', Width: img.width, Height: img.height, BitsPerComponent: 8 };
  const smask: PDFRef | undefined = img.alpha
    ? ctx.register(ctx.stream(img.alpha, { ...base, ColorSpace: 'DeviceGray', Decode: [0, 1], Filter: 'FlateDecode' }))
    : undefined;
  const ref = ctx.register(ctx.stream(img.data, {
    ...base,
    ColorSpace: img.colorSpace,
    Filter: 'FlateDecode',
    ...(img.predictor ? { DecodeParms: { Predictor: 15, Colors: img.predictor.colors, BitsPerComponent: 8, Columns: img.width } } : {}),
    ...(smask ? { SMask: smask } : {}),
  }));
  // PDFImage only takes pdf-lib's own embedders: one whose work is already done (the stream is registered above).
  const embedder = Object.assign(Object.create(PngEmbedder.prototype) as PngEmbedder, { width: img.width, height: img.height, embedIntoContext: async () => ref });
  return PDFImage.of(ref, doc, embedder);
}
