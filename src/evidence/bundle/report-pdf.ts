// The PDF copies of the report and of the declaration: a print of the same blocks as the HTML (report.ts), in one
// language, with every image. pdf-lib's standard fonts encode WinAnsi (PDF 32000-1 Annex D.2), which covers French
// (é, ç, œ, ’, …, €, « »); any other character (emoji, CJK, bidi controls…) is replaced by the visible marker "¤"
// and the PDF then says so. Metadata dates are the first capture time, so the same input gives the same PDF bytes.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block, ImageSource } from './report';
import { embedPdfImage, pdfImageOfAsync, type PdfImageData } from './pdf-image';

const WINANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export const MISSING_GLYPH = '¤';
const LEFT = 40, WIDTH = 515, BOTTOM = 50, TOP = 800;

export function toWinAnsi(s: string): string {
  let out = '';
  for (const ch of s.replace(/\r\n?/g, '\n')) {
    const c = ch.codePointAt(0)!;
    out += (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WINANSI_EXTRA.includes(ch) || ch === '\n' ? ch : c === 0x09 ? ' ' : MISSING_GLYPH;
  }
  return out;
}

/**
 * Greedy line breaking of one paragraph at spaces, every line at most `limit` wide (`units`: width in font units); a
 * word wider than a line (a hash, a URL) is cut. The width of « line␠word » is the line's width so far plus the
 * space, the word and the kerning pairs on both sides of the space (glyph widths and kerning pairs add up), so each
 * word is measured once: measuring the whole line again for each word was quadratic (issue 14, export).
 */
/** More characters than any line holds (515 pt at 8 pt and more, narrowest standard glyph ≥ 1.5 pt). */
const CUT_SPAN = 1024;

export function wrapLine(para: string, units: (s: string) => number, limit: number): string[] {
  const out: string[] = [];
  const join = (cur: string, word: string) => {
    const last = cur.slice(-1);
    const first = word.slice(0, 1);
    return units(`${last} ${first}`) - units(last) - units(first) + units(word);
  };
  let cur = '';
  let curW = 0;
  for (const word of para.split(' ')) {
    const nextW = cur ? curW + join(cur, word) : units(word);
    if (nextW > limit && cur) { out.push(cur); cur = word; curW = units(word); } else { cur = cur ? `${cur} ${word}` : word; curW = nextW; }
    if (curW > limit) {
      // An unbroken hash, URL or hostile run (100,000 letters without a space): cut it, each line found by bisection
      // within its first CUT_SPAN characters. Cutting one character at a time measured the whole run once per
      // character: 3.6 s for 3,000 letters, the better part of an hour for 100,000.
      while (cur.length > CUT_SPAN || units(cur) > limit) {
        const head = cur.slice(0, CUT_SPAN);
        let n = head.length;
        if (units(head) > limit) {
          let lo = 1, hi = head.length - 1; // the longest prefix that fits, at least one character
          while (lo < hi) { const mid = Math.ceil((lo + hi) / 2); if (units(head.slice(0, mid)) <= limit) lo = mid; else hi = mid - 1; }
          n = lo;
        }
        out.push(cur.slice(0, n)); cur = cur.slice(n);
      }
      curW = units(cur);
    }
  }
  out.push(cur);
  return out;
}

class Writer {
  page!: PDFPage;
  y = 0;
  replaced = false;
  constructor(private doc: PDFDocument, private font: PDFFont, private bold: PDFFont) { this.newPage(); }
  newPage(): void { this.page = this.doc.addPage([595.28, 841.89]); this.y = TOP; }
  text(text: string, opts: { size?: number; bold?: boolean; indent?: number } = {}): void {
    const size = opts.size ?? 9, font = opts.bold ? this.bold : this.font, indent = opts.indent ?? 0;
    const w = WIDTH - indent;
    const clean = toWinAnsi(text);
    if (clean !== text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) this.replaced = true;
    const units = this.unitsOf(font);
    for (const para of clean.split('\n')) for (const line of wrapLine(para, units, (w * 1000) / size)) this.emit(line, size, font, indent);
  }
  /**
   * Width in font units (1/1000 em) of a string, as pdf-lib measures it (glyph widths plus kerning pairs, integers for
   * the standard fonts, so sums are exact), remembered per font: the report repeats the same words many times.
   */
  private units = new Map<PDFFont, (s: string) => number>();
  unitsOf(font: PDFFont): (s: string) => number {
    let f = this.units.get(font);
    if (!f) {
      const memo = new Map<string, number>();
      f = (s: string) => {
        let v = memo.get(s);
        if (v === undefined) { v = font.widthOfTextAtSize(s, 1000); if (s.length <= 32) memo.set(s, v); }
        return v;
      };
      this.units.set(font, f);
    }
    return f;
  }
  emit(s: string, size: number, font: PDFFont, indent: number): void {
    if (this.y < BOTTOM) this.newPage();
    this.page.drawText(s, { x: LEFT + indent, y: this.y, size, font, color: rgb(0, 0, 0) });
    this.y -= size * 1.35;
  }
  gap(h = 6): void { this.y -= h; }
  need(h: number): void { if (this.y - h < BOTTOM) this.newPage(); }
}

export interface PdfOptions {
  title: string;
  producer: string;
  /** Fixed date for the PDF metadata (first capture), never the export time. */
  date: Date;
  /** Fetches the bytes of an image (one at a time). */
  image(src: ImageSource): Promise<Uint8Array>;
  /**
   * Images that had to be decoded and compressed again (not the PNGs that go in as they are), by source: one cache
   * for the PDFs of one export, so that the French and English copies do that work once.
   */
  imageCache?: Map<string, PdfImageData>;
  missingNote: string;
  /** « : » with its French space, or ": " in English. */
  colon: string;
  imageError: string;
}

export async function renderPdf(blocks: Block[], o: PdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setCreationDate(o.date); doc.setModificationDate(o.date);
  doc.setProducer(o.producer); doc.setCreator(o.producer);
  doc.setTitle(toWinAnsi(o.title));
  const w = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  let first = true;
  for (const b of blocks) {
    switch (b.t) {
      case 'h1': w.text(b.text, { size: 16, bold: true }); w.gap(); break;
      case 'h2':
        if (b.page && !first) w.newPage(); else { w.gap(8); w.need(60); }
        first = false;
        w.text(b.text, { size: 13, bold: true }); w.gap(2); break;
      case 'h3': w.gap(4); w.need(40); w.text(b.text, { size: 11, bold: true }); break;
      case 'p': w.text(b.text); w.gap(3); break;
      case 'small': w.text(b.text, { size: 8 }); w.gap(3); break;
      case 'label': w.gap(2); w.text(b.text, { bold: true }); break;
      case 'quote': w.text(b.text, { indent: 12 }); w.gap(3); break;
      case 'kv': for (const [k, v] of b.rows) w.text(`${k}${o.colon}${v}`); w.gap(3); break;
      case 'list': b.items.forEach((it, i) => w.text(`${b.ordered ? `${i + 1}.` : '•'} ${it}`, { indent: 6 })); w.gap(3); break;
      case 'table':
        w.text(b.head.join(' | '), { bold: true, size: 8 });
        for (const r of b.rows) w.text(r.join(' | '), { size: 8 });
        w.gap(3); break;
      case 'img': {
        try {
          const key = 'blob' in b.src ? `blob:${b.src.blob}` : `attested:${b.src.attested}`;
          let data = o.imageCache?.get(key);
          if (!data) {
            data = await pdfImageOfAsync(await o.image(b.src));
            if (!data.predictor) o.imageCache?.set(key, data);
          }
          const img = embedPdfImage(doc, data);
          const scale = Math.min(1, WIDTH / img.width, (TOP - BOTTOM - 30) / img.height);
          const h = img.height * scale;
          w.need(h + 20);
          w.page.drawImage(img, { x: LEFT, y: w.y - h, width: img.width * scale, height: h });
          w.y -= h + 10;
          w.text(b.caption, { size: 8 });
        } catch {
          w.text(`${o.imageError} ${b.path}`, { size: 8 });
        }
        w.gap(6); break;
      }
      case 'sign': w.need(90); w.page.drawRectangle({ x: LEFT, y: w.y - 80, width: 240, height: 80, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.8 }); w.y -= 90; break;
    }
  }
  if (w.replaced) { w.gap(10); w.text(o.missingNote, { size: 8 }); }
  return doc.save({ useObjectStreams: false });
}
