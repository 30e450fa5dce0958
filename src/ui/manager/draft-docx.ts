// The .docx of a draft, apart from draft-files.ts so that the case page loads the `docx` library only when the
// doctor asks for a Word file (dynamic import).
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Lang } from '../../shared/types';
import { lines, type DraftDocument } from './draft-files';

/** Characters XML 1.0 forbids (W3C XML 1.0 §2.2 `Char`: most C0 controls, lone surrogates, U+FFFE/U+FFFF). A quoted
 *  hostile review can hold them; the `docx` library drops some silently, which would change the quote unseen. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Each character Word cannot hold, as the visible U+FFFD « � » (the .txt does the same for a lone surrogate). */
export const wordSafe = (s: string): string => s.replace(NOT_XML_CHAR, '\uFFFD');

/** A Word document (.docx, Office Open XML): the title as a heading, one paragraph per line of the letter, the
 *  sending note apart after the letter, in italics. Empty lines stay empty paragraphs (a letter's spacing). */
export async function draftDocxBytes(d: DraftDocument, lang: Lang): Promise<Uint8Array> {
  const para = (line: string, italics = false) => new Paragraph({ children: [new TextRun({ text: wordSafe(line), italics })] });
  const children = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(wordSafe(d.title))] }), ...lines(d.body.replace(/\s+$/, '')).map((l) => para(l))];
  if (d.note?.trim()) {
    children.push(new Paragraph({ children: [] }));
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(lang === 'fr' ? 'Comment l’envoyer' : 'How to send it')] }));
    children.push(...lines(d.note.trim()).map((l) => para(l, true)));
  }
  const doc = new Document({
    creator: 'Avisé',
    title: wordSafe(d.title),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
