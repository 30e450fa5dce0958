// Accent- and case-insensitive matching that still reports offsets in the ORIGINAL text.
// Review text is hostile input: we only read it, never build HTML or code from it.

export interface FoldedText {
  /** Lower-case text without diacritics; « œ » → "oe", typographic apostrophes → "'". */
  folded: string;
  /** For each UTF-16 unit of `folded`, the [start, end) of the original character it came from. */
  origin: [number, number][];
}

const SPECIAL: Record<string, string> = { 'œ': 'oe', 'æ': 'ae', 'ß': 'ss', '’': "'", 'ʼ': "'", '‘': "'", '`': "'", '\u00a0': ' ', '\u202f': ' ' };

export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: [number, number][] = [];
  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    const lower = ch.toLowerCase();
    const f = SPECIAL[lower] ?? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (let k = 0; k < f.length; k++) origin.push([start, i]);
    folded += f;
  }
  return { folded, origin };
}

export interface TextMatch {
  text: string;
  start: number;
  end: number;
}

/** Runs a (global) pattern written for folded text, and maps each match back to the original text. */
export function findFolded(text: string, ft: FoldedText, pattern: RegExp): TextMatch[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const out: TextMatch[] = [];
  for (const m of ft.folded.matchAll(re)) {
    const idx = m.index ?? 0;
    if (m[0].length === 0) continue;
    const first = ft.origin[idx];
    const last = ft.origin[idx + m[0].length - 1];
    // origin holds one span per folded character; a FoldedText built elsewhere that breaks this maps nothing.
    if (!first || !last) continue;
    const [start] = first;
    const [, end] = last;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** Word-boundary wrapper for folded text (letters are a–z after folding, plus digits). */
export function words(alternatives: string[]): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'g');
}
