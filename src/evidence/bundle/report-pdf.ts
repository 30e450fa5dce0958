// report.pdf: a reading copy of report.html with pdf-lib's standard fonts. Those fonts only encode WinAnsi
// (PDF 32000-1 Annex D.2), so any other character (emoji, CJK, Arabic…) is replaced by the visible marker "¤"
// and the PDF says that the HTML and JSON files are authoritative. Metadata dates are the first capture time,
// so the same input gives the same PDF bytes.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { REPORT_TEXT } from './report-text';
import { isScreenshot, type ReportContext } from './report';

const WINANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export const MISSING_GLYPH = '¤';

export function toWinAnsi(s: string): string {
  let out = '';
  for (const ch of s.replace(/\r\n?/g, '\n')) {
    const c = ch.codePointAt(0)!;
    out += (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WINANSI_EXTRA.includes(ch) || ch === '\n' ? ch : c === 0x09 ? ' ' : MISSING_GLYPH;
  }
  return out;
}

const NOTE = {
  fr: `Copie de lecture. Les fichiers report.html et JSON font foi. Le signe ${MISSING_GLYPH} remplace un caractère que la police du PDF ne peut pas afficher.`,
  en: `Reading copy. report.html and the JSON files are authoritative. The sign ${MISSING_GLYPH} replaces a character the PDF font cannot show.`,
};

class Writer {
  page!: PDFPage;
  y = 0;
  constructor(private doc: PDFDocument, private font: PDFFont, private bold: PDFFont) { this.newPage(); }
  newPage(): void { this.page = this.doc.addPage([595.28, 841.89]); this.y = 800; }
  line(text: string, size = 9, isBold = false): void {
    const font = isBold ? this.bold : this.font;
    for (const para of toWinAnsi(text).split('\n')) {
      let cur = '';
      for (const word of para.split(' ')) {
        const next = cur ? `${cur} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) > 515 && cur) { this.emit(cur, size, font); cur = word; } else cur = next;
        while (font.widthOfTextAtSize(cur, size) > 515) { // an unbroken hash or URL: cut it
          let n = cur.length; while (n > 1 && font.widthOfTextAtSize(cur.slice(0, n), size) > 515) n--;
          this.emit(cur.slice(0, n), size, font); cur = cur.slice(n);
        }
      }
      this.emit(cur, size, font);
    }
  }
  emit(s: string, size: number, font: PDFFont): void {
    if (this.y < 50) this.newPage();
    this.page.drawText(s, { x: 40, y: this.y, size, font, color: rgb(0, 0, 0) });
    this.y -= size * 1.35;
  }
  gap(h = 6): void { this.y -= h; }
}

export async function renderReportPdf(ctx: ReportContext, getBlob: (sha256: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fixed = new Date(ctx.exhibits[0]?.exhibit.capturedAt.startUtc ?? '1980-01-01T00:00:00Z');
  doc.setCreationDate(fixed); doc.setModificationDate(fixed);
  doc.setProducer(`${ctx.software.name} ${ctx.software.version}`);
  const t = REPORT_TEXT[ctx.lang], t2 = REPORT_TEXT[ctx.lang === 'fr' ? 'en' : 'fr'];
  doc.setTitle(`${t.title} — ${ctx.caseIds.join(', ')}`);
  const w = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  w.line(`${t.title} / ${t2.title}`, 16, true);
  w.line(NOTE[ctx.lang]); w.line(NOTE[ctx.lang === 'fr' ? 'en' : 'fr']); w.gap();
  w.line(`${t.software}: ${ctx.software.name} ${ctx.software.version} — ${t.cases}: ${ctx.caseIds.join(', ')}`);
  w.line(t.intro); w.gap();
  for (const [i, { exhibit: ex, dir }] of ctx.exhibits.entries()) {
    // The first exhibit follows the heading on page 1; each further one starts a page.
    if (i > 0) w.newPage();
    else w.gap();
    w.line(`${t.exhibit} ${i + 1} — ${ex.id}`, 13, true);
    w.line(t.what, 11, true);
    w.line(`${t.author}: ${ex.review.author}${ex.review.rating !== undefined ? ` — ${t.rating}: ${ex.review.rating}/${ex.review.ratingMax ?? 5}` : ''} — ${t.dateShown}: ${ex.review.dateText}`);
    w.line(`${t.text}:`, 9, true); w.line(ex.review.text);
    if (ex.review.ownerReply) { w.line(`${t.ownerReply}:`, 9, true); w.line(ex.review.ownerReply.text); }
    w.line(t.when, 11, true);
    w.line(`${t.startUtc}: ${ex.capturedAt.startUtc} — ${t.endUtc}: ${ex.capturedAt.endUtc}`);
    w.line(`${t.local}: ${ex.capturedAt.local} (${ex.capturedAt.timeZone})`);
    for (const ts of ex.timestamps ?? []) w.line(`${t.tsa}: ${ts.genTime ?? t.pending} — ${ts.tsaUrl} (${ts.status})`);
    if (!ex.timestamps?.length) w.line(`${t.tsa}: ${t.tsaNone}`);
    w.line(t.where, 11, true);
    w.line(`${t.url}: ${ex.source.url}`); w.line(`${t.pageTitle}: ${ex.source.title}`); w.line(`${t.reviewId}: ${ex.review.id}`);
    w.line(t.how, 11, true);
    w.line(`${t.browser}: ${ex.environment.browser.name} ${ex.environment.browser.version} — ${t.extension}: ${ex.environment.extension.name} ${ex.environment.extension.version}`);
    for (const a of ex.actions) w.line(`${a.at} ${a.kind} — ${a.detail}`);
    w.line(t.hashes, 11, true);
    for (const a of ex.artefacts) w.line(`${dir}${a.path} (${a.bytes}) ${a.sha256}`, 7.5);
    w.line(`${t.seal}: ${ex.seal}`, 7.5);
    // One screenshot per exhibit, fetched again here (the writer never keeps blobs around).
    const shot = ex.artefacts.find((a) => a.kind === 'review.png') ?? ex.artefacts.find((a) => isScreenshot(a.kind) && a.mediaType === 'image/png');
    if (shot) {
      try {
        const img = await doc.embedPng(await getBlob(shot.sha256));
        const scale = Math.min(1, 515 / img.width, Math.max(w.y - 60, 120) / img.height);
        if (w.y - img.height * scale < 60) w.newPage();
        w.page.drawImage(img, { x: 40, y: w.y - img.height * scale, width: img.width * scale, height: img.height * scale });
        w.y -= img.height * scale + 4;
        w.line(`${t.caption} ${shot.kind} — ${dir}${shot.path}`, 8);
      } catch { w.line(`${t.caption} ${shot.kind}: ${dir}${shot.path}`, 8); }
    }
  }
  w.newPage();
  for (const tt of [t, t2]) {
    w.line(tt.signature, 11, true);
    w.line(ctx.fingerprint ? `${tt.fingerprint}: ${ctx.fingerprint}. ${tt.signatureMeaning}` : tt.noSignature);
    w.line(tt.verifyTitle, 11, true); for (const s of tt.verifySteps) w.line(`• ${s}`);
    w.line(tt.limitsTitle, 11, true); for (const s of tt.limits) w.line(`• ${s}`);
    w.line(tt.handoffTitle, 11, true);
    for (const [i, { exhibit: ex }] of ctx.exhibits.entries()) {
      w.line(`${tt.exhibit} ${i + 1}: ${ex.source.url} — ${tt.reviewId}: ${ex.review.id} — ${tt.author}: ${ex.review.author} — ${ex.review.dateText}`);
      if (ex.review.permalink) w.line(`${tt.permalink}: ${ex.review.permalink}`);
    }
    w.line(tt.reachHint); w.gap(12);
  }
  return doc.save({ useObjectStreams: false });
}
