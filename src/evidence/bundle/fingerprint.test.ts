import { describe, expect, it } from 'vitest';
import type { CustodyEntry } from '../../shared/types';
import { bundleFingerprint, latestExportFingerprint } from './fingerprint';

const H1 = '3f2a9b10c4d277e1'.padEnd(64, 'a');
const H2 = 'ffee00112233aabb'.padEnd(64, 'b');
const entry = (event: CustodyEntry['event'], detail: string, at: string): CustodyEntry => ({ seq: 1, at, actor: 'user', event, caseId: 'c', detail, prevHash: '', hash: '' });

describe('bundle fingerprint', () => {
  it('gives a short form of 16 hex digits in groups of 4, and the full SHA-256 in lower case', () => {
    expect(bundleFingerprint(H1.toUpperCase())).toEqual({ short: '3f2a 9b10 c4d2 77e1', full: H1 });
  });

  it('refuses anything that is not a SHA-256', () => {
    expect(() => bundleFingerprint('3f2a')).toThrow(/not a SHA-256/);
  });

  it('reads the latest export of a case from its custody log (what the service worker records at each export)', () => {
    const log = [
      entry('capture', 'seal 00', '2026-12-01T02:00:00.000Z'),
      entry('export', `bundle a.zip exported; SHA-256 of its tagmanifest-sha256.txt ${H1}`, '2026-12-01T03:00:00.000Z'),
      entry('export', `bundle a (1).zip exported; SHA-256 of its tagmanifest-sha256.txt ${H2}`, '2026-12-01T04:00:00.000Z'),
      entry('note', `tagmanifest-sha256.txt ${H1}`, '2026-12-01T05:00:00.000Z'),
    ];
    expect(latestExportFingerprint(log)).toEqual({ short: 'ffee 0011 2233 aabb', full: H2, at: '2026-12-01T04:00:00.000Z' });
    expect(latestExportFingerprint(log.slice(0, 1))).toBeUndefined();
  });
});
