// The PDFs' line breaking measures each word once (issue 14: it measured the whole line again for every word). It
// must break exactly where measuring every whole line with pdf-lib would, kerning included.
import { describe, it, expect } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { wrapLine } from './report-pdf';

/** The previous algorithm: the whole candidate line measured with pdf-lib for each word. */
function naive(para: string, width: (s: string) => number, limit: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of para.split(' ')) {
    const next = cur ? `${cur} ${word}` : word;
    if (width(next) > limit && cur) { out.push(cur); cur = word; } else cur = next;
    while (width(cur) > limit) {
      let n = cur.length; while (n > 1 && width(cur.slice(0, n)) > limit) n--;
      out.push(cur.slice(0, n)); cur = cur.slice(n);
    }
  }
  out.push(cur);
  return out;
}

describe('wrapLine', () => {
  it('breaks French text, kerning pairs, double spaces and unbroken hashes exactly where whole-line measuring does', async () => {
    const doc = await PDFDocument.create();
    for (const name of [StandardFonts.Helvetica, StandardFonts.HelveticaBold]) {
      const font = await doc.embedFont(name);
      const width = (s: string) => font.widthOfTextAtSize(s, 1000);
      const words = ['AVAV', 'To', 'We', 'Yo', "L'avis", 'P.', 'Tyr', 'été', '«', 'diffamation', '»', 'œuvre', '', 'T.', 'V', 'A', 'y.', 'f', 'LT'];
      const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'.repeat(2);
      let seed = 7;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let t = 0; t < 12; t++) {
        const n = 5 + Math.floor(rnd() * 60);
        const para = Array.from({ length: n }, () => (rnd() < 0.03 ? hash : words[Math.floor(rnd() * words.length)])).join(' ');
        for (const limit of [515_000 / 9, 475_000 / 9, 515_000 / 14, 8_000]) {
          const got = wrapLine(para, width, limit);
          expect(got, `${name} ${limit}: ${para}`).toStrictEqual(naive(para, width, limit));
        }
      }
    }
  }, 30_000);
});
