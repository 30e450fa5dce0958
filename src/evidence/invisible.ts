// Characters a reader cannot see but that change what a text says or how it displays: bidirectional overrides
// (U+202E makes « shcralc » read « clarchs »), zero-width characters, other format and control characters.
// The evidence keeps them byte-exact; this lists them so the doctor, the bailiff and the report can say so.

/** Unicode format (Cf) and control (Cc) characters, except tab, line feed and carriage return, and lone surrogates
 *  (Cs: half of a UTF-16 pair, which a page's script can put in the DOM; UTF-8 files can only show them as U+FFFD). */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Cs}]/gu;
const ALLOWED = new Set(['\t', '\n', '\r']);

const NAMES: Record<number, string> = {
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
};

export interface InvisibleChar {
  /** "U+202E" */
  codePoint: string;
  name: string;
  /** UTF-16 offsets in the text. */
  offsets: number[];
}

/** Every invisible or control character of a text, grouped by code point, in order of first appearance. */
export function invisibleChars(text: string): InvisibleChar[] {
  const found = new Map<string, InvisibleChar>();
  for (const m of text.matchAll(INVISIBLE)) {
    if (ALLOWED.has(m[0])) continue;
    const cp = m[0].codePointAt(0)!;
    const key = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = NAMES[cp] ?? (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 'CONTROL CHARACTER' : cp >= 0xd800 && cp <= 0xdfff ? 'LONE SURROGATE' : 'FORMAT CHARACTER');
    const entry = found.get(key) ?? { codePoint: key, name, offsets: [] };
    entry.offsets.push(m.index);
    found.set(key, entry);
  }
  return [...found.values()];
}

/** "U+202E RIGHT-TO-LEFT OVERRIDE ×2, U+200B ZERO WIDTH SPACE ×1" — for one line of a report or a warning. */
export function describeInvisible(chars: InvisibleChar[]): string {
  return chars.map((c) => `${c.codePoint} ${c.name} ×${c.offsets.length}`).join(', ');
}
