// Re-check (issue 11 §4): is the review still online, and as it was? Finding it again on the page (by the site's
// id, then by author and text) and saying what changed, word by word. Pure: the service worker
// (background/recheck.ts) opens the page, captures, and records the outcome in the custody log.
import type { ReviewFields } from '../shared/types';

export type RecheckOutcome = 'present' | 'modified' | 'removed' | 'unreachable';

export interface Candidate {
  key: string;
  id: string;
  author: string;
  excerpt: string;
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The review on the page that is the one first captured: same site id; else same author and a text that starts alike. */
export function findAgain(first: Pick<ReviewFields, 'id' | 'author' | 'text'>, candidates: Candidate[]): Candidate | undefined {
  if (first.id && !first.id.startsWith('h:')) {
    const byId = candidates.find((c) => c.id === first.id);
    if (byId) return byId;
  }
  const author = norm(first.author);
  const sameAuthor = candidates.filter((c) => norm(c.author) === author);
  if (sameAuthor.length === 1) return sameAuthor[0];
  const head = norm(first.text).slice(0, 40);
  return sameAuthor.find((c) => norm(c.excerpt).startsWith(head.slice(0, Math.min(head.length, norm(c.excerpt).length))));
}

export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/** Word-level diff (longest common subsequence) of two texts: what was removed, what was added. */
export function textDiff(before: string, after: string): DiffPart[] {
  // Words, spaces and punctuation are separate tokens, so « lieu. » and « lieu et … » share « lieu ».
  const tokens = (s: string) => s.split(/(\s+|[.,;:!?…«»"()])/).filter(Boolean);
  const a = tokens(before);
  const b = tokens(after);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = out.at(-1);
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('same', a[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < n) push('removed', a[i++]);
  while (j < m) push('added', b[j++]);
  return out;
}

/** The diff in one line for the custody log: « [-supprimé-] {+ajouté+} ». */
export function diffLine(parts: DiffPart[]): string {
  return parts.map((p) => (p.op === 'same' ? p.text : p.op === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}

/** The custody detail of a re-check (raw, parsed back by custody-text.ts). */
export function recheckDetail(outcome: RecheckOutcome, url: string, diff?: DiffPart[]): string {
  return `recheck ${outcome} at ${url}${diff ? `; text diff: ${diffLine(diff)}` : ''}`;
}

export function parseRecheckOutcome(detail: string): RecheckOutcome | undefined {
  return /^recheck (present|modified|removed|unreachable)\b/.exec(detail)?.[1] as RecheckOutcome | undefined;
}
