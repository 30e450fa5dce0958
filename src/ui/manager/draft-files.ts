// What a draft becomes when it leaves the extension: the placeholders still in it (copy and download are refused
// while one remains), a .txt for Windows Notepad, a real Word document. Pure functions, tested in Node.
import { placeholder } from '../../legal/index';
import { PLACEHOLDERS } from '../../legal/drafts/placeholders';
import type { Lang } from '../../shared/types';

/**
 * The visible placeholders (« [NOM DU MÉDECIN] », « [PRACTICE PHONE] ») present in the text as it is NOW, in order of
 * first appearance, each once. Looks for every known placeholder in both languages (a doctor may paste a part of
 * the other language's letter) and for the ones the renderer reported as missing (`missing`, field names, which
 * covers a field with no entry in PLACEHOLDERS). Other brackets (« […] » in a quoted review) are not placeholders,
 * nor is a placeholder-looking text inside one of the `quoted` strings (the review's text and author, which a hostile
 * review can fill with « [NOM DU MÉDECIN] » to block every copy and download of the letter that quotes it).
 */
export function placeholdersIn(text: string, missing: readonly string[] = [], lang: Lang = 'fr', quoted: readonly (string | undefined)[] = []): string[] {
  for (const q of quoted) if (q && q.includes('[')) text = text.split(q.trim()).join('\u0000');
  const candidates = new Set<string>();
  for (const field of Object.keys(PLACEHOLDERS)) {
    candidates.add(placeholder(field, 'fr'));
    candidates.add(placeholder(field, 'en'));
  }
  for (const field of missing) candidates.add(placeholder(field, lang));
  const found: { p: string; at: number }[] = [];
  for (const p of candidates) {
    const at = text.indexOf(p);
    if (at >= 0) found.push({ p, at });
  }
  return found.sort((a, b) => a.at - b.at || a.p.localeCompare(b.p)).map((f) => f.p);
}

/** The review's own words a letter may quote: never taken for placeholders left (see placeholdersIn). */
export const quotedBy = (r: { text: string; author: string; originalText?: string } | undefined): (string | undefined)[] =>
  r ? [r.text, r.author, r.originalText] : [];

export { draftPlainText, lines, type DraftDocument } from '../../evidence/bundle/draft-text';
import { draftPlainText, type DraftDocument } from '../../evidence/bundle/draft-text';

/** UTF-8 with a byte-order mark and CRLF line ends: Windows Notepad (and older Word) opens it with its accents right. */
export function draftTxtBytes(d: DraftDocument): Uint8Array {
  const body = new TextEncoder().encode(draftPlainText(d).replace(/\n/g, '\r\n'));
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** A file name for a draft: kind, language, case, extension — ASCII only, so every system keeps it. */
export function draftFileName(caseId: string, kind: string, lang: Lang, ext: 'txt' | 'docx'): string {
  const safe = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${safe(kind)}.${lang}.${safe(caseId)}.${ext}`;
}
