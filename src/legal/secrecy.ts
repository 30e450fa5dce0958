// Medical-secrecy and reply-policy check of a public reply before posting (docs/legal/code-sante-publique.md#reponse-publique: CSP L.1110-4,
// C. santé publ. R.4127-4, C. pén. 226-13; R.4127-19, R.4127-19-1; loi 1881 art. 29).
// It runs the patterns of secrecy-patterns.ts, adds the reviewer's display name and civil names, and proposes a safer
// text. It NEVER certifies a reply: the result always carries what was checked and what the doctor must still reread.
import type { Lang } from '../shared/types';
import {
  CIVIL_NAME, GREETING_NAME, POLICY_PATTERNS, SAFE_FALLBACK, SECRECY_CHECKED, SECRECY_PATTERNS, SECRECY_REREAD, SECRECY_SUGGESTION,
  SECRECY_WHY, SEVERITY, type PolicyKind, type SecrecyKind, type Severity,
} from './secrecy-patterns';
import { findFolded, foldText, type TextMatch } from './text-normalize';
import type { Text } from './types';

export type { PolicyKind, SecrecyKind, Severity } from './secrecy-patterns';

export interface Finding<K extends string> {
  kind: K;
  /** The exact words at fault: `match === reply.slice(start, end)` (UTF-16 offsets). */
  match: string;
  start: number;
  end: number;
  why: Text;
  suggestion: Text;
}

export interface SecrecyFinding extends Finding<SecrecyKind> {
  /** 'atteinte' (breach) or 'risque' (lower: the reviewer addressed by their public display name). */
  severity: Severity;
}

export type PolicyFinding = Finding<PolicyKind>;

export interface SecrecyResult {
  /** Secrecy findings, in reply order. */
  findings: SecrecyFinding[];
  /** Reply-policy findings (advertising, counter-accusation), in reply order. */
  policy: PolicyFinding[];
  /** True when the automatic check spotted something. Its absence proves nothing. */
  hasFindings: boolean;
  /** What the automatic check looked for. */
  checked: Text[];
  /** What the doctor must still reread for by themselves. */
  reread: Text[];
  /** The reply without the faulty sentences (or a generic safe reply when nothing is left). */
  saferText: string;
}

export interface SecrecyOptions {
  /** Display names shown on the review (author). Addressing the reviewer by them is flagged as a risk. */
  authorNames?: string[];
}

// Words of a display name that are not a name (« Une patiente », « Local Guide », « Les Amis »): not looked for.
const NAME_STOPWORDS = new Set([
  'les', 'des', 'une', 'pour', 'avec', 'dans', 'sur', 'par', 'mon', 'mes', 'ton', 'tes', 'son', 'ses', 'vous', 'nous', 'the', 'and', 'for',
  'avis', 'patient', 'patiente', 'client', 'cliente', 'anonyme', 'anonymous', 'user', 'utilisateur', 'google', 'guide', 'local', 'monsieur',
  'madame', 'mme', 'mlle', 'docteur', 'doctor',
]);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function dedupe<F extends { kind: string; start: number; end: number }>(list: F[]): F[] {
  // Same kind: keep the widest match; a match inside another of the same kind adds nothing.
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: F[] = [];
  for (const f of sorted) {
    if (out.some((o) => o.kind === f.kind && o.start <= f.start && o.end >= f.end)) continue;
    out.push(f);
  }
  return out;
}

/** Without `lang`, both vocabularies are checked (a reply may mix languages). */
export function checkSecrecy(reply: string, lang?: Lang, opts: SecrecyOptions = {}): SecrecyResult {
  const ft = foldText(reply);
  const findings: SecrecyFinding[] = [];
  const policy: PolicyFinding[] = [];
  const add = (kind: SecrecyKind, m: TextMatch) =>
    findings.push({ kind, severity: SEVERITY[kind], match: m.text, start: m.start, end: m.end, why: SECRECY_WHY[kind], suggestion: SECRECY_SUGGESTION[kind] });

  for (const p of SECRECY_PATTERNS) {
    if (lang && p.lang !== lang) continue;
    for (const m of findFolded(reply, ft, p.pattern)) add(p.kind, m);
  }
  for (const p of POLICY_PATTERNS) {
    if (lang && p.lang !== lang) continue;
    for (const m of findFolded(reply, ft, p.pattern)) {
      policy.push({ kind: p.kind, match: m.text, start: m.start, end: m.end, why: SECRECY_WHY[p.kind], suggestion: SECRECY_SUGGESTION[p.kind] });
    }
  }
  // Civil names (« Monsieur Durand ») are identity; a first name after a greeting (« Bonjour Marc ») is an interpellation.
  for (const m of reply.matchAll(CIVIL_NAME)) {
    const name = m[1];
    if (name === undefined) continue; // the pattern always captures the name; a match without it flags nothing
    const start = m.index + m[0].length - name.length;
    add('identite', { text: name, start, end: start + name.length });
  }
  for (const m of reply.matchAll(GREETING_NAME)) {
    const name = m[1];
    if (name === undefined) continue; // the pattern always captures the name; a match without it flags nothing
    const start = m.index + m[0].length - name.length;
    add('interpellation', { text: name, start, end: start + name.length });
  }
  // The reviewer's display name, wherever it appears in the reply.
  const parts = (opts.authorNames ?? [])
    .flatMap((n) => foldText(n).folded.split(/[^a-z0-9'-]+/))
    .filter((p) => p.length >= 3 && !NAME_STOPWORDS.has(p));
  if (parts.length) {
    const re = new RegExp(`(?<![a-z0-9])(?:${[...new Set(parts)].map(escapeRe).join('|')})(?![a-z0-9])`, 'g');
    for (const m of findFolded(reply, ft, re)) add('interpellation', m);
  }
  // An interpellation that is also a civil name stays identity (the stronger kind).
  const merged = dedupe(findings).filter(
    (f) => f.kind !== 'interpellation' || !findings.some((o) => o.kind === 'identite' && o.start <= f.start && o.end >= f.end),
  );
  const pol = dedupe(policy);
  const hasFindings = merged.length + pol.length > 0;
  return {
    findings: merged,
    policy: pol,
    hasFindings,
    checked: SECRECY_CHECKED,
    reread: SECRECY_REREAD,
    saferText: hasFindings ? saferText(reply, merged, pol, lang ?? guessLang(ft.folded)) : reply,
  };
}

function guessLang(folded: string): Lang {
  const en = (folded.match(/\b(?:the|you|your|we|thank|and|our)\b/g) ?? []).length;
  const fr = (folded.match(/\b(?:le|la|les|vous|votre|nous|merci|et|des)\b/g) ?? []).length;
  return en > fr ? 'en' : 'fr';
}

/**
 * Drops every sentence that carries a finding, except an interpellation, which is rewritten by removing the name
 * (« Bonjour Marc, » → « Bonjour, »). Falls back to a generic safe reply when no sentence of substance is left.
 */
function saferText(reply: string, findings: SecrecyFinding[], policy: PolicyFinding[], lang: Lang): string {
  const dropping = [...findings.filter((f) => f.kind !== 'interpellation'), ...policy];
  const names = findings.filter((f) => f.kind === 'interpellation');
  let substance = false;
  // Walk sentences with their offsets (a sentence ends at . ! ? or a line break).
  const kept: { text: string; newline: boolean }[] = [];
  for (const m of reply.matchAll(/[^.!?\n]+[.!?]*\n?|\n/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dropping.some((f) => f.start < end && f.end > start)) continue;
    let s = m[0];
    // Remove names, from the last to the first so offsets stay valid.
    for (const n of names.filter((f) => f.start >= start && f.end <= end).sort((a, b) => b.start - a.start)) {
      const a = n.start - start;
      const b = n.end - start;
      s = s.slice(0, a).replace(/[ \t]+$/, '') + s.slice(b);
    }
    const text = s.replace(/\n$/, '').trim();
    if (!/\p{L}/u.test(text)) continue;
    if (text.split(/\s+/).length >= 5) substance = true;
    kept.push({ text, newline: m[0].endsWith('\n') });
  }
  if (!substance) return SAFE_FALLBACK[lang];
  let out = '';
  kept.forEach((k, i) => {
    out += k.text;
    if (i < kept.length - 1) out += k.newline ? '\n' : ' ';
  });
  return out.replace(/ ([,;:])/g, '$1');
}

