import { encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { checkAttestedView, decodeRgba } from './attested';

const rgbaOf = (png: Uint8Array): number[] => [...decodeRgba(png).data];

describe('decodeRgba reads the PNGs a bundle may hold', () => {
  it('reads an 8-bit RGB image as opaque RGBA pixels', () => {
    const png = encode({ width: 2, height: 1, channels: 3, depth: 8, data: new Uint8Array([1, 2, 3, 4, 5, 6]) });
    expect(rgbaOf(png)).toEqual([1, 2, 3, 255, 4, 5, 6, 255]);
  });

  it('unpacks a 1-bit black-and-white image row by row (rows start on a byte)', () => {
    // 3 pixels wide, 2 rows: row 0 = white, black, white; row 1 = black, white, black.
    const png = encode({ width: 3, height: 2, channels: 1, depth: 1, data: new Uint8Array([0b10100000, 0b01000000]) });
    const grey = rgbaOf(png).filter((_, i) => i % 4 === 0);
    expect(grey).toEqual([255, 0, 255, 0, 255, 0]);
  });

  it('reads a 2-bit palette image through its palette, and an index past the palette as black', () => {
    const palette: [number, number, number][] = [[10, 20, 30], [40, 50, 60]];
    // indexes 0, 1, 3 (3 is past the two-colour palette)
    const png = encode({ width: 3, height: 1, channels: 1, depth: 2, palette, data: new Uint8Array([0b00011100]) });
    expect(rgbaOf(png)).toEqual([10, 20, 30, 255, 40, 50, 60, 255, 0, 0, 0, 255]);
  });

  it('refuses a truncated PNG with a clear problem instead of crashing', () => {
    const png = encode({ width: 4, height: 4, channels: 4, depth: 8, data: new Uint8Array(64).fill(200) });
    const truncated = png.slice(0, png.length - 30);
    const sidecar = { kind: 'avise-attested-view' } as Parameters<typeof checkAttestedView>[2];
    const result = checkAttestedView(png, truncated, sidecar);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/^not a readable PNG: \S/);
  });
});
