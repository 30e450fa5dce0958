import { describe, expect, it } from 'vitest';
import { parseRating, splitInlineTranslation } from '../adapters/dom';
import { parseManifest } from './bundle/layout';
import { derToP1363, p1363ToDer, pemToSpki } from './signing';
import { describeContents } from './verify/wording';
import type { VerifiedExhibit } from './verify/types';

describe('DER signatures read from a bundle: truncated input is refused with a clear error', () => {
  const good = p1363ToDer(new Uint8Array(64).fill(0x11));

  it('refuses a signature cut right after an INTEGER tag (its length byte is missing)', () => {
    // SEQUENCE of length 1 holding only the INTEGER tag 0x02.
    expect(() => derToP1363(new Uint8Array([0x30, 0x01, 0x02]))).toThrow('malformed DER ECDSA signature');
  });

  it('refuses a signature whose second INTEGER is cut short, whatever the cut', () => {
    for (let cut = 1; cut < good.length; cut++) {
      const truncated = good.slice(0, cut);
      truncated[1] = Math.max(0, cut - 2); // keep the outer length consistent so the INTEGERs are what is checked
      expect(() => derToP1363(truncated), `cut at ${cut}`).toThrow('malformed DER ECDSA signature');
    }
  });

  it('refuses an empty signature', () => {
    expect(() => derToP1363(new Uint8Array())).toThrow('malformed DER ECDSA signature');
  });

  it('refuses a PEM without a body between its armour lines', () => {
    expect(() => pemToSpki('-----BEGIN PUBLIC KEY----------END PUBLIC KEY-----')).toThrow('not a PEM public key');
  });
});

describe('manifest lines read from a bundle', () => {
  it('names the first line that is not « checksum path » (a hash with no path)', () => {
    expect(parseManifest('abc123  data/a.txt\nabc123\n')).toBe('line 2 is not "checksum path"');
  });

  it('reads well-formed lines, with or without the trailing newline', () => {
    expect(parseManifest('ab  data/a.txt')).toEqual([{ hash: 'ab', path: 'data/a.txt' }]);
    expect(parseManifest('ab  data/a.txt\n')).toEqual([{ hash: 'ab', path: 'data/a.txt' }]);
  });
});

describe('page text parsers with a missing part', () => {
  it('reads no rating from a label with a rating word but no number', () => {
    for (const label of ['étoiles', 'Note : sur 5', '/5', 'Rated out of 5', '']) expect(parseRating(label), label).toBeUndefined();
    expect(parseRating('Note : 4,0 sur 5')).toBe(4);
  });

  it('splits an inline translation only when both parts are there', () => {
    expect(splitInlineTranslation('(Traduit par Google) Très bien (Avis d’origine) Very good')).toBeUndefined();
    expect(splitInlineTranslation("(Traduit par Google) Très bien (Avis d'origine) Very good")).toEqual({ text: 'Très bien', originalText: 'Very good' });
    expect(splitInlineTranslation('(Traduit par Google) Très bien')).toBeUndefined();
  });
});

describe('verifier wording with an odd capture time in the bundle', () => {
  const exhibit = (capturedLocal: string): VerifiedExhibit =>
    ({ caseId: 'c1', sequence: 1, capturedLocal, timeZone: 'Europe/Paris', offset: '+01:00', author: 'A', site: 'google-maps', url: 'https://maps.google.com/' });

  it('never writes « undefined » for a month outside 1–12; it shows the time as written instead', () => {
    const text = describeContents([exhibit('2026-13-05T10:00')], 'fr');
    expect(text).not.toContain('undefined');
    expect(text).toContain('2026-13-05T10:00');
  });
});
