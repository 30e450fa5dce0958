// The « vue attestée »: a derived image that frames an exhibit's viewport screenshot with a band stating the URL, the
// date and time (Paris), the exhibit's seal and the installation's key fingerprint — the way a constat's screenshots
// carry their context. viewport.png itself is never modified: the derived image holds its pixels unchanged at a
// stated offset, and the JSON sidecar (vue-attestee.json) gives the band text and that offset so that anyone can
// check the pixels (checkAttestedView).
// Deterministic: the band is drawn from a fixed bitmap font table (band-font.generated.ts, built once from DejaVu Sans
// Mono) with integer arithmetic, and fast-png/fflate encode the result, so the same inputs give the same bytes.
// Version 2: the band's last row is black (all zero bytes), so that the exporter can put the band above a screenshot's
// own compressed rows without decoding them (attested-stitch.ts): every PNG row filter of the screenshot's first row
// refers to the row above, zero at the top of an image, and reads the same below that row (ISO/IEC 15948 §9.2).
// This module is also the verifier's (checkAttestedView), which stays free of the exporter's compression code.
import { decode, encode } from 'fast-png';
import { unzlibSync } from 'fflate';
import type { Exhibit } from '../../shared/types';
import { CELL_H, CELL_W, GLYPHS } from './band-font.generated';
import { parisWithUtc } from './paris-time';
import { pngChunks } from './png-chunks';

import { ATTESTED_FILE, ATTESTED_SOURCE } from './layout';

export { ATTESTED_FILE, ATTESTED_SIDECAR, ATTESTED_SOURCE } from './layout';

type Rgb = readonly [number, number, number];
const BG: Rgb = [242, 242, 242];
const INK: Rgb = [17, 17, 17];
const RULE: Rgb = [60, 60, 60];
/** Version 2: the band's last row, under the rule (see the header). */
const EDGE: Rgb = [0, 0, 0];
/** The sidecar version this code writes; checkAttestedView reads 1 (no black last row) and 2. */
const VERSION = 2;
const MIN_WIDTH = 720;
const PAD = 8;
/** A longer URL is cut in the band (the report and exhibit.json carry it whole), so the band stays a band. */
const MAX_URL = 400;

export interface AttestedSidecar {
  kind: 'avise-attested-view';
  /** 1: band ending with the grey rule; 2: the band's last row is black (#000000). */
  version: 1 | 2;
  file: string;
  derivedFrom: { path: string; sha256: string };
  /** Where the untouched screenshot sits inside the derived image (pixels, top-left origin). */
  screenshot: { x: number; y: number; width: number; height: number };
  size: { width: number; height: number };
  band: { lines: string[]; font: string; scale: number; background: string; ink: string; lastRow?: string };
  note: string;
}

interface Rgba { width: number; height: number; data: Uint8Array }

/** Any PNG (grey, grey+alpha, RGB, RGBA, palette; 1–16 bits) as 8-bit RGBA. */
export function decodeRgba(png: Uint8Array): Rgba {
  const img = decode(png);
  const { width, height, channels } = img;
  const out = new Uint8Array(width * height * 4);
  const src = img.data;
  const shift = img.depth === 16 ? 8 : 0;
  // Below 8 bits fast-png leaves the samples packed, each row starting on a byte.
  const rowBytes = Math.ceil((width * channels * img.depth) / 8);
  // The PNG comes from a bundle (a file the reader picked): pixel data shorter than its stated size is refused here,
  // so the reads below stay in range (a missing sample would still read as 0, never as undefined).
  if (src.length < (img.depth < 8 ? rowBytes * height : width * height * channels)) throw new Error('PNG pixel data is shorter than its stated size');
  /** Sample k of pixel i (row-major), unpacked. */
  const at = (i: number, k: number): number => {
    if (img.depth >= 8) return src[i * channels + k] ?? 0;
    const bit = ((i % width) * channels + k) * img.depth;
    const byte = src[Math.floor(i / width) * rowBytes + (bit >> 3)] ?? 0;
    return (byte >> (8 - img.depth - (bit & 7))) & ((1 << img.depth) - 1);
  };
  if (img.palette) {
    for (let i = 0; i < width * height; i++) {
      // A palette index past the palette's end paints black.
      const [r = 0, g = 0, b = 0, a = 255] = img.palette[at(i, 0)] ?? [];
      out[i * 4] = r; out[i * 4 + 1] = g; out[i * 4 + 2] = b; out[i * 4 + 3] = a;
    }
    return { width, height, data: out };
  }
  if (img.depth === 8 && channels === 4) return { width, height, data: src instanceof Uint8Array ? src : new Uint8Array(src) };
  if (img.depth === 8 && channels === 3) {
    for (let i = 0, j = 0; i < width * height * 4; i += 4, j += 3) { out.set(src.subarray(j, j + 3), i); out[i + 3] = 255; }
    return { width, height, data: out };
  }
  const scale = img.depth < 8 ? 255 / ((1 << img.depth) - 1) : 1;
  for (let i = 0; i < width * height; i++) {
    const v = (k: number): number => Math.round((at(i, k) >> shift) * scale);
    const o = i * 4;
    if (channels <= 2) { out[o] = out[o + 1] = out[o + 2] = v(0); out[o + 3] = channels === 2 ? v(1) : 255; }
    else { out[o] = v(0); out[o + 1] = v(1); out[o + 2] = v(2); out[o + 3] = channels === 4 ? v(3) : 255; }
  }
  return { width, height, data: out };
}

function rgbOf(rgba: Uint8Array): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) rgb.set(rgba.subarray(i, i + 3), j);
  return rgb;
}

/** A character the font table has, else its letter without accent, else « ? ». */
function glyphOf(ch: string): string {
  const g = GLYPHS.get(ch.codePointAt(0)!);
  if (g) return g;
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return (base.length === 1 && GLYPHS.get(base.codePointAt(0)!)) || GLYPHS.get(63)!;
}

/** Splits each line to at most `cols` characters (URLs and hashes are cut anywhere). */
function wrap(lines: string[], cols: number): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const chars = [...line];
    if (!chars.length) { out.push(''); continue; }
    let rest = chars;
    while (rest.length > cols) {
      let cut = rest.lastIndexOf(' ', cols);
      if (cut < cols / 2) cut = cols;
      out.push(rest.slice(0, cut).join('').trimEnd());
      rest = rest.slice(cut);
      while (rest[0] === ' ') rest = rest.slice(1);
    }
    out.push(rest.join(''));
  }
  return out;
}

export interface Layout { width: number; bandHeight: number; scale: number; rows: string[]; x: number }

export function layout(vw: number, lines: string[]): Layout {
  const scale = vw >= 2000 ? 2 : 1;
  const width = Math.max(vw, MIN_WIDTH * scale);
  const cols = Math.max(10, Math.floor((width - 2 * PAD * scale) / (CELL_W * scale)));
  const rows = wrap(lines, cols);
  const bandHeight = (2 * PAD + rows.length * (CELL_H + 2) + 2) * scale;
  return { width, bandHeight, scale, rows, x: Math.floor((width - vw) / 2) };
}

/** The ink's 16 coverage levels over the background (level 0 is the background), computed once, not per pixel. */
const SHADES: Rgb[] = Array.from({ length: 16 }, (_, cov) => [0, 1, 2].map((k) => Math.round((BG[k]! * (15 - cov) + INK[k]! * cov) / 15)) as unknown as Rgb);

/** parseInt(ch, 16) of one character code, 0 for anything else (NaN: past the glyph's end, or not a hex digit). */
function hexDigit(c: number): number {
  return c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : 0;
}

/** Paints the band (background, text, rule) into an RGBA buffer of `width` × height ≥ bandHeight. */
export function paintBand(out: Uint8Array, L: Layout, fullHeight: number, version: 1 | 2 = VERSION): void {
  const { width, scale, bandHeight } = L;
  // The background covers the band, and the margins beside a screenshot narrower than the band (x > 0); where the
  // screenshot spans the whole width, the pixels under the band are left for it to fill.
  const fill = L.x > 0 ? fullHeight : bandHeight;
  for (let i = 0; i < width * fill; i++) { out[i * 4] = BG[0]; out[i * 4 + 1] = BG[1]; out[i * 4 + 2] = BG[2]; out[i * 4 + 3] = 255; }
  L.rows.forEach((row, r) => {
    const top = (PAD + r * (CELL_H + 2)) * scale;
    [...row].forEach((ch, c) => {
      const g = glyphOf(ch);
      const left = (PAD + c * CELL_W) * scale;
      for (let gy = 0; gy < CELL_H; gy++) for (let gx = 0; gx < CELL_W; gx++) {
        const cov = hexDigit(g.charCodeAt(gy * CELL_W + gx)); // a glyph shorter than its cell leaves the rest blank
        if (!cov) continue;
        const shade = SHADES[cov]!; // 1..15
        for (let sy = 0; sy < scale; sy++) for (let sx = 0; sx < scale; sx++) {
          const o = ((top + gy * scale + sy) * width + left + gx * scale + sx) * 4;
          out[o] = shade[0]; out[o + 1] = shade[1]; out[o + 2] = shade[2];
        }
      }
    });
  });
  for (let y = bandHeight - 2 * scale; y < bandHeight; y++) for (let x = 0; x < width; x++) {
    const o = (y * width + x) * 4;
    const c = version >= 2 && y === bandHeight - 1 ? EDGE : RULE;
    out[o] = c[0]; out[o + 1] = c[1]; out[o + 2] = c[2];
  }
}

/** The band's words (French: the attested view is one image for the court, whatever the report's language). */
export function bandLines(ex: Exhibit, fingerprint: string | undefined): string[] {
  const granted = (ex.timestamps ?? []).find((t) => t.status === 'granted' && t.genTime);
  return [
    `Vue attestée — image dérivée de ${ATTESTED_SOURCE}, reproduite sans modification sous ce bandeau`,
    `Adresse : ${[...ex.source.url].length > MAX_URL ? `${[...ex.source.url].slice(0, MAX_URL).join('')}… (adresse complète dans le rapport)` : ex.source.url}`,
    `Capture : ${parisWithUtc(ex.capturedAt.startUtc, 'fr')}`,
    granted
      ? `Horodatage RFC 3161 : ${parisWithUtc(granted.genTime!, 'fr')} (${granted.tsaUrl.slice(0, 80)})`
      : 'Heure : horloge de l’ordinateur (aucun horodatage RFC 3161)',
    `Sceau de la pièce : ${ex.seal.slice(0, 16)}…  ·  Installation : ${fingerprint ? fingerprint.split(' ').slice(0, 4).join(' ') + '…' : 'dossier non signé'}`,
  ];
}

/** The derived image, made by a faster path when it can (attested-stitch.ts), with its layout and the screenshot's size. */
export interface AttestedImage { png: Uint8Array; L: Layout; width: number; height: number }

/** The general path: decode the screenshot, paint band and screenshot in one image, encode it. */
function drawn(viewportPng: Uint8Array, lines: string[]): AttestedImage {
  const v = decodeRgba(viewportPng);
  const L = layout(v.width, lines);
  const height = L.bandHeight + v.height;
  const out = new Uint8Array(L.width * height * 4);
  paintBand(out, L, height);
  for (let y = 0; y < v.height; y++) out.set(v.data.subarray(y * v.width * 4, (y + 1) * v.width * 4), ((L.bandHeight + y) * L.width + L.x) * 4);
  // Screenshots are opaque: written as RGB, a quarter fewer bytes to compress (an alpha channel is kept if one is used).
  let opaque = true;
  for (let i = 3; i < out.length; i += 4) if (out[i] !== 255) { opaque = false; break; }
  const png = opaque
    ? encode({ width: L.width, height, data: rgbOf(out), depth: 8, channels: 3 })
    : encode({ width: L.width, height, data: out, depth: 8, channels: 4 });
  return { png, L, width: v.width, height: v.height };
}

/**
 * The attested view of a screenshot and its sidecar. `fast` may make the same image without decoding the screenshot
 * (the exporter passes stitchedAttestedImage); when it cannot (undefined), the screenshot is decoded and drawn.
 */
export function makeAttestedView(
  viewportPng: Uint8Array, viewportSha256: string, lines: string[], fast?: (png: Uint8Array, lines: string[]) => AttestedImage | undefined,
): { png: Uint8Array; sidecar: Omit<AttestedSidecar, 'note'> & { note: string } } {
  const { png, L, ...v } = fast?.(viewportPng, lines) ?? drawn(viewportPng, lines);
  const height = L.bandHeight + v.height;
  const hex = (c: readonly number[]): string => `#${c.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
  return {
    png,
    sidecar: {
      kind: 'avise-attested-view', version: VERSION, file: ATTESTED_FILE,
      derivedFrom: { path: ATTESTED_SOURCE, sha256: viewportSha256 },
      screenshot: { x: L.x, y: L.bandHeight, width: v.width, height: v.height },
      size: { width: L.width, height },
      band: { lines, font: `DejaVu Sans Mono ${CELL_W}×${CELL_H} px bitmap (band-font.generated.ts)`, scale: L.scale, background: hex(BG), ink: hex(INK), lastRow: hex(EDGE) },
      note: 'Image dérivée, produite à l’export. Les pixels de viewport.png y sont recopiés sans modification à la position « screenshot » ; le reste est le bandeau, redessiné à l’identique à partir de « band.lines ». / Derived image made at export time: viewport.png’s pixels are copied unchanged at « screenshot »; the rest is the band, drawn again identically from « band.lines ».',
    },
  };
}

/**
 * Checks a derived attested view against its source screenshot and sidecar: the screenshot's pixels are all present,
 * unchanged, at the stated offset, and every other pixel is exactly the band drawn from the sidecar's text.
 * Pure (no I/O): the verifier calls it on the bundle's files.
 */
/** PNG rows (filter byte + bytes, `bpp` bytes per pixel) back to their bytes (ISO/IEC 15948 §9.2); undefined on a bad filter. */
export function unfilterRows(raw: Uint8Array, rows: number, rowLength: number, bpp: number): Uint8Array | undefined {
  const w = rowLength - 1;
  const out = new Uint8Array(rows * w);
  if (raw.length < rows * rowLength) return undefined; // truncated image data
  const get = (bytes: Uint8Array, k: number): number => bytes[k] ?? 0; // in range after the check above
  for (let y = 0; y < rows; y++) {
    const f = raw[y * rowLength], r = y * rowLength + 1, o = y * w, p = o - w;
    if (f === undefined || f > 4) return undefined;
    for (let i = 0; i < w; i++) {
      const a = i >= bpp ? get(out, o + i - bpp) : 0, b = y ? get(out, p + i) : 0, c = y && i >= bpp ? get(out, p + i - bpp) : 0;
      let pred = 0;
      if (f === 1) pred = a;
      else if (f === 2) pred = b;
      else if (f === 3) pred = (a + b) >> 1;
      else if (f === 4) {
        const q = a + b - c, pa = Math.abs(q - a), pb = Math.abs(q - b), pc = Math.abs(q - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[o + i] = (get(raw, r + i) + pred) & 255;
    }
  }
  return out;
}

/**
 * The quick proof, for a version-2 view of an 8-bit RGB screenshot as wide as the band (what the exporter makes): the
 * screenshot's rows in the derived image are, filter bytes included, the very bytes of viewport.png's rows, and the
 * band (its last row black, all zero) is exactly the one drawn from the text. Rows that decode from the same bytes
 * below the same (zero) row are the same pixels, so nothing else needs decoding. True only when all of it holds;
 * anything else is left to the pixel-by-pixel comparison (which also counts what differs).
 */
/** Byte equality of two arrays: node's native compare where there is one (the command-line verifier), else a loop. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  const B = (globalThis as { Buffer?: { compare(x: Uint8Array, y: Uint8Array): number } }).Buffer;
  if (B) return B.compare(a, b) === 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function provenByRows(viewportPng: Uint8Array, attestedPng: Uint8Array, sidecar: AttestedSidecar): boolean {
  try {
    if (sidecar.version !== 2) return false;
    const v = pngChunks(viewportPng), a = pngChunks(attestedPng);
    const rgb8 = (c: typeof v) => c.depth === 8 && c.colorType === 2 && c.interlace === 0 && !c.transparency;
    if (!rgb8(v) || !rgb8(a)) return false;
    const L = layout(v.width, sidecar.band.lines);
    const s = sidecar.screenshot;
    if (L.x !== 0 || a.width !== L.width || v.width !== L.width || a.height !== L.bandHeight + v.height) return false;
    if (s.x !== 0 || s.y !== L.bandHeight || s.width !== v.width || s.height !== v.height) return false;
    const rowLength = 1 + L.width * 3;
    const rawA = unzlibSync(a.idat), rawV = unzlibSync(v.idat);
    if (rawA.length !== a.height * rowLength || rawV.length !== v.height * rowLength) return false;
    if (!sameBytes(rawA.subarray(L.bandHeight * rowLength), rawV)) return false;
    const expected = new Uint8Array(L.width * L.bandHeight * 4);
    paintBand(expected, L, L.bandHeight, 2);
    // The exporter writes the band's rows unfiltered (filter type 0): then they are the pixels as they are.
    let unfiltered = true;
    for (let y = 0; y < L.bandHeight && unfiltered; y++) unfiltered = rawA[y * rowLength] === 0;
    const band = unfiltered ? undefined : unfilterRows(rawA, L.bandHeight, rowLength, 3);
    if (!unfiltered && !band) return false;
    for (let y = 0, p = 0; y < L.bandHeight; y++) {
      const src = band ?? rawA;
      for (let x = 0, q = band ? y * (rowLength - 1) : y * rowLength + 1; x < L.width; x++, p += 4, q += 3) {
        if (src[q] !== expected[p] || src[q + 1] !== expected[p + 1] || src[q + 2] !== expected[p + 2]) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

export function checkAttestedView(viewportPng: Uint8Array, attestedPng: Uint8Array, sidecar: AttestedSidecar): { ok: boolean; problems: string[] } {
  if (sidecar?.kind === 'avise-attested-view' && Array.isArray(sidecar.band?.lines) && provenByRows(viewportPng, attestedPng, sidecar)) return { ok: true, problems: [] };
  const problems: string[] = [];
  let v: Rgba, a: Rgba;
  try { v = decodeRgba(viewportPng); a = decodeRgba(attestedPng); } catch (e) { return { ok: false, problems: [`not a readable PNG: ${(e as Error).message}`] }; }
  const s = sidecar.screenshot;
  if (sidecar.kind !== 'avise-attested-view' || !Array.isArray(sidecar.band?.lines)) return { ok: false, problems: ['sidecar is not an attested-view description'] };
  if (sidecar.version !== 1 && sidecar.version !== 2) return { ok: false, problems: [`sidecar version ${String(sidecar.version)} is not one this verifier knows (1, 2)`] };
  if (s.width !== v.width || s.height !== v.height) problems.push(`sidecar says the screenshot is ${s.width}×${s.height}, viewport.png is ${v.width}×${v.height}`);
  const L = layout(v.width, sidecar.band.lines);
  if (a.width !== L.width || a.height !== L.bandHeight + v.height || s.x !== L.x || s.y !== L.bandHeight) {
    problems.push(`derived image is ${a.width}×${a.height} with the screenshot at (${s.x}, ${s.y}); the band text gives ${L.width}×${L.bandHeight + v.height} at (${L.x}, ${L.bandHeight})`);
    return { ok: false, problems };
  }
  const expected = new Uint8Array(a.width * a.height * 4);
  paintBand(expected, L, a.height, sidecar.version);
  let changed = 0, bandDiff = 0;
  // Every pixel against its source: the screenshot where it sits, the redrawn band elsewhere (indices, no copies).
  const ad = a.data, vd = v.data;
  for (let y = 0; y < a.height; y++) for (let x = 0; x < a.width; x++) {
    const o = (y * a.width + x) * 4;
    const inShot = y >= s.y && x >= s.x && x < s.x + v.width;
    const src = inShot ? vd : expected;
    const i = inShot ? ((y - s.y) * v.width + (x - s.x)) * 4 : o;
    if (ad[o] !== src[i] || ad[o + 1] !== src[i + 1] || ad[o + 2] !== src[i + 2] || ad[o + 3] !== src[i + 3]) {
      if (inShot) changed++; else bandDiff++;
    }
  }
  if (changed) problems.push(`${changed} pixel${changed === 1 ? '' : 's'} of the screenshot ${changed === 1 ? 'differs' : 'differ'} from viewport.png`);
  if (bandDiff) problems.push(`${bandDiff} pixel${bandDiff === 1 ? '' : 's'} of the band ${bandDiff === 1 ? 'differs' : 'differ'} from the band drawn from the sidecar text`);
  return { ok: problems.length === 0, problems };
}
