// The ZIP writer's CRC-32 reads eight bytes per step (issue 14, export time): it must give the standard CRC-32 for
// every length and alignment, or every archive tool would call the bundle damaged.
import { describe, it, expect } from 'vitest';
import { crc32 } from './zip-writer';
import { crc32 as nodeCrc32 } from 'node:zlib';

describe('crc32', () => {
  it('gives the check value of « 123456789 » (0xCBF43926) and node:zlib’s CRC for every length from 0 to 70 and every start offset', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const buf = new Uint8Array(200);
    let x = 1;
    for (let i = 0; i < buf.length; i++) buf[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    for (let start = 0; start < 8; start++) for (let len = 0; len <= 70; len++) {
      const part = buf.subarray(start, start + len);
      expect(crc32(part), `start ${start}, length ${len}`).toBe(nodeCrc32(part) >>> 0);
    }
  });
});
