// Medical-secrecy check of a public reply before posting (legal-brief §6: CSP L.1110-4, R.4127-4, C. pén. 226-13).
// Patterns and texts are Helper B's (secrecy-patterns.ts, text-normalize.ts; see COORDINATION.md); this file runs
// them, adds the reviewer's name, and proposes a safer text that drops the flagged sentences.
import type { Lang } from '../shared/types';
import { SAFE_FALLBACK, SECRECY_PATTERNS, SECRECY_SUGGESTION, SECRECY_WHY, type SecrecyKind } from './secrecy-patterns';
import { findFolded, foldText } from './text-normalize';
import type { Text } from './types';

export type { SecrecyKind } from './secrecy-patterns';

export interface SecrecyFlag {
  kind: SecrecyKind;
  match: string;
  start: number;
  end: number;
  why: Text;
  suggestion: Text;
}

export interface SecrecyResult {
  flags: SecrecyFlag[];
  safe: boolean;
  saferText: string;
}

export interface SecrecyOptions {
  /** Names shown on the review (author); their parts of 3+ letters are looked for in the reply. */
  patientNames?: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Without `lang`, both vocabularies are checked (a reply may mix languages). */
export function checkSecrecy(reply: string, lang?: Lang, opts: SecrecyOptions = {}): SecrecyResult {
  const ft = foldText(reply);
  const flags: SecrecyFlag[] = [];
  const seen = new Set<string>();
  const add = (kind: SecrecyKind, m: { text: string; start: number; end: number }) => {
    const key = `${kind}|${m.start}|${m.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    flags.push({ kind, match: m.text, start: m.start, end: m.end, why: SECRECY_WHY[kind], suggestion: SECRECY_SUGGESTION[kind] });
  };
  for (const p of SECRECY_PATTERNS) {
    if (lang && p.lang !== lang) continue;
    for (const m of findFolded(reply, ft, p.pattern)) add(p.kind, m);
  }
  const parts = (opts.patientNames ?? []).flatMap((n) => foldText(n).folded.split(/[^a-z0-9'-]+/)).filter((p) => p.length >= 3);
  if (parts.length) {
    const re = new RegExp(`(?<![a-z0-9])(?:${[...new Set(parts)].map(escapeRe).join('|')})(?![a-z0-9])`, 'g');
    for (const m of findFolded(reply, ft, re)) add('nom-patient', m);
  }
  flags.sort((a, b) => a.start - b.start || a.end - b.end);
  return { flags, safe: flags.length === 0, saferText: flags.length ? saferText(reply, flags, lang ?? 'fr') : reply };
}

/** Drops every sentence that carries a flag; falls back to a generic safe reply when nothing is left. */
function saferText(reply: string, flags: SecrecyFlag[], lang: Lang): string {
  const kept: string[] = [];
  for (const m of reply.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (flags.some((f) => f.start < end && f.end > start)) continue;
    const s = m[0].trim();
    if (/\p{L}/u.test(s)) kept.push(s);
  }
  return kept.length ? kept.join(' ') : SAFE_FALLBACK[lang];
}
