// npx tsx scripts/rewrite-legal-citations.ts [--check] [--root <dir>]
// Replaces citations of the out-of-repo legal note (`legal-brief §…`) in the source files by links to the in-repo
// references under docs/legal/ (the mapping is documented in docs/legal/citations.md), and applies the few literal
// rewrites of other out-of-repo references listed there. Prints each change; exits 1 if a citation has no mapping or
// a target anchor does not exist in docs/legal. With --check it changes nothing and exits 1 if anything would change.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const P = (file: string, anchor?: string) => `docs/legal/${file}${anchor ? `#${anchor}` : ''}`;

/** Each section of the legal note → the docs/legal anchor(s) that now hold its content. */
export const SECTION_MAP: Record<string, string> = {
  '1': P('qualifications.md'),
  '1.0': P('qualifications.md', 'regles-communes-presse'),
  '1.1': P('qualifications.md', 'non-illicite'),
  '1.2': P('qualifications.md', 'injure'),
  '1.3': P('qualifications.md', 'diffamation'),
  '1.4': P('qualifications.md', 'denigrement'),
  '1.5': P('qualifications.md', 'vie-privee'),
  '1.6': P('qualifications.md', 'droit-image'),
  '1.7': P('qualifications.md', 'provocation'),
  '1.8': P('qualifications.md', 'menaces'),
  '1.9': P('qualifications.md', 'signaux-complementaires'),
  '1.10': P('procedure.md', 'prescription'),
  '2': P('numerique-dsa-lcen.md'),
  '2.1': P('numerique-dsa-lcen.md', 'dsa-art-23'), // the code cites §2.1 only for the abusive-notice warning
  '2.2': P('numerique-dsa-lcen.md', 'dsa-art-16'),
  '2.3': P('numerique-dsa-lcen.md', 'code-consommation-l-111-7-2'),
  '2.4': P('numerique-dsa-lcen.md', 'google-canaux-signalement'),
  '3': P('numerique-dsa-lcen.md', 'lcen-art-1-1-droit-de-reponse'),
  '4': P('procedure.md', 'mise-en-demeure'),
  '5': P('procedure.md', 'commissaire-de-justice'),
  '5.1': P('procedure.md', 'commissaire-de-justice'),
  '5.2': P('procedure.md', 'nf-z67-147'),
  '5.3': P('procedure.md', 'captures-maison'),
  '5.4': P('procedure.md', 'captures-maison'),
  '5.5': P('procedure.md', 'horodatage-eidas'),
  '5.6': P('procedure.md', 'cpc-art-145'),
  '6': P('code-sante-publique.md', 'reponse-publique'),
  '7': P('rgpd-cnil.md', 'fiche-sans-consentement'),
  '8': P('code-assurances.md', 'declaration-assureur'),
  '9': P('procedure.md', 'decision-tree'),
  '10': P('procedure.md', 'summary-table'),
  '11': P('open-points.md'),
};

/** §9 sub-references: questions Q0–Q8 (Q2a/Q2b fall on Q2) and the "always afterwards" steps T1–T5. */
const treeAnchor = (q: string) =>
  P('procedure.md', `decision-tree-${q.replace(/[ab]$/, '').toLowerCase()}`) + (/[ab]$/.test(q) ? ` (${q})` : '');
const ALWAYS_AFTERWARDS = P('procedure.md', 'decision-tree-always-afterwards');

/**
 * Other out-of-repo references with an in-repo replacement (exact text → new text). References with no in-repo
 * home yet (review-pages-dom.md in the adapters and fixtures) are listed in docs/legal/citations.md
 * for the lead to decide, and left alone here.
 */
export const LITERAL_REWRITES: { from: string; to: string }[] = [
  { from: '(domain/evidence-anchors.md §(d)7)', to: '(docs/legal/procedure.md#nf-z67-147)' },
  { from: '(evidence-anchors.md, Appendix 1)', to: '(see docs/evidence-bundle.md, « Timestamps (RFC 3161) »)' },
  { from: 'Wording that breaks medical secrecy in a public reply to a review (legal brief §6)', to: `Wording that breaks medical secrecy in a public reply to a review (${P('code-sante-publique.md', 'reponse-publique')})` },
  { from: '→ the brief says flag "injure OR diffamation" for a lawyer', to: `→ ${P('qualifications.md', 'injure')}: flag "injure OR diffamation" for a lawyer` },
  { from: 'rests on the brief’s Q0 alone', to: 'rests on the decision tree’s Q0 alone' },
  { from: 'evaluated (STYLE/brief).', to: 'evaluated (docs/ARCHITECTURE.md, « Review text is hostile »).' },
  { from: '// (Helper B file, see COORDINATION.md.)\n', to: '' },
  { from: "Patterns and texts are Helper B's (secrecy-patterns.ts, text-normalize.ts; see COORDINATION.md); this file runs", to: 'Patterns and texts live in secrecy-patterns.ts and text-normalize.ts; this file runs' },
  { from: '(docassemble, STYLE.md "Law is data")', to: '(docassemble; law is data)' },
  { from: '(STYLE.md "Law is data")', to: '(law is data)' },
  { from: 'Draft templates are logic-less (STYLE.md):', to: 'Draft templates are logic-less:' },
  { from: 'regression tests (STYLE.md):', to: 'regression tests:' },
  { from: '(STYLE: one id per unit)', to: '(one id per unit)' },
  { from: '(docs: DESIGN.md « il y a un an » is a range)', to: '(« il y a un an » is a range; docs/legal/procedure.md#prescription)' },
  { from: 'legal-brief §9 (decision tree) and §10 (summary table)', to: `${P('procedure.md', 'decision-tree')} and ${P('procedure.md', 'summary-table')}` },
  { from: '; §1.8 threats: no public reply', to: `; ${P('qualifications.md', 'menaces')}: no public reply` },
  { from: ' (issue 5 §5)', to: '' },
  { from: ' (issue 5 "Done when")', to: '' },
  { from: ' (issue 5)', to: '' },
];

// One section reference: §9, §1.10, a range §5.1–5.2 or §9–§10, and for §9 the questions/steps that follow it.
const SECTION = String.raw`§(\d+(?:\.\d+)?)(?:[–-]§?(\d+(?:\.\d+)?))?`;
const TREE = String.raw`(?: (?:[QT]\d[ab]?(?:[–-][QT]\d[ab]?)?|"Always afterwards")(?: and [QT]\d[ab]?)*)?`;
const MARK = String.raw`(?: (?:⚠️|❓))?`;
const REF = `${SECTION}${TREE}${MARK}`;
const CITATION = new RegExp(String.raw`legal[- ]brief (${REF}(?:(?:, |; | and | et )${REF})*)`, 'g');
const ONE_REF = new RegExp(REF, 'g');

function mapSection(n: string, unknown: string[]): string {
  const to = SECTION_MAP[n];
  if (!to) unknown.push(`§${n}`);
  return to ?? `§${n}`;
}

const MARK_AT_END = / (?:⚠️|❓)$/;

function rewriteRef(ref: string, unknown: string[]): string {
  const [head, from, until] = new RegExp(`^${SECTION}`).exec(ref)!;
  const mark = ref.match(MARK_AT_END)?.[0] ?? '';
  const tail = ref.slice(head.length, ref.length - mark.length);
  if (until) return `${mapSection(from, unknown)}, ${mapSection(until, unknown)}${tail}${mark}`;
  if (from !== '9' || !tail) return `${mapSection(from, unknown)}${tail}${mark}`;
  const parts = tail.slice(1).split(' and ').map((p) => {
    if (p === '"Always afterwards"' || /^T\d[–-]T\d$/.test(p)) return ALWAYS_AFTERWARDS;
    if (/^(?:Q[0-8][ab]?|T[1-5])$/.test(p)) return treeAnchor(p);
    unknown.push(`§9 ${p}`);
    return p;
  });
  return parts.join(' and ') + mark;
}

// In the legal code, a bare « §6 » or « (§9 T3) » is a section of the same note (elsewhere, e.g. in the adapters, § points
// to other documents, and « art. 16 §3 » or « RFC 3161 §2.4 » are paragraphs of a text: those are left alone).
const BARE = new RegExp(String.raw`(?<!(?:art\.|article|RFC) \d+ )${REF}`, 'g');

/** Files whose bare « §N » references are sections of the legal note. */
export const citesNoteSections = (file: string) => file.startsWith('src/legal/') || file === 'src/ui/manager/legal-context.ts';

/**
 * Rewrites every legal-brief citation of a text (and, with `bareSections`, every bare « §N » section reference);
 * `unknown` collects references with no mapping.
 */
export function rewriteText(text: string, bareSections = false): { text: string; unknown: string[]; changes: { from: string; to: string }[] } {
  const unknown: string[] = [];
  const changes: { from: string; to: string }[] = [];
  let out = text;
  for (const r of LITERAL_REWRITES) {
    if (out.includes(r.from)) { out = out.split(r.from).join(r.to); changes.push(r); }
  }
  // A regular expression that accepts a citation to the note (rules.test.ts) now accepts a docs/legal link.
  const accepts = String.raw`|docs\/legal\//)`;
  out = out.replace(/\|legal-brief\/\)/g, (s) => { changes.push({ from: s, to: accepts }); return accepts; });
  out = out.replace(CITATION, (whole, refs: string) => {
    const to = refs.replace(ONE_REF, (ref) => rewriteRef(ref, unknown));
    changes.push({ from: whole, to });
    return to;
  });
  if (bareSections) {
    out = out.replace(BARE, (ref) => {
      const to = rewriteRef(ref, unknown);
      changes.push({ from: ref, to });
      return to;
    });
  }
  for (const m of out.matchAll(/legal[- ]brief\b[^\n]{0,30}/g)) unknown.push(m[0]);
  return { text: out, unknown, changes };
}

/** Anchors defined in docs/legal: file name → its heading anchors (GitHub slugs of the headings). */
export function docsAnchors(root: string): Map<string, Set<string>> {
  const dir = join(root, 'docs/legal');
  const anchors = new Map<string, Set<string>>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const set = new Set<string>();
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/^#{1,6} (.+)$/gm)) set.add(slug(m[1]));
    anchors.set(f, set);
  }
  return anchors;
}

/** GitHub's heading slug: lower case, punctuation dropped (hyphens and underscores kept), spaces → hyphens. */
export function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** Every `docs/legal/<file>.md#<anchor>` (or file alone) cited in a text, and whether it exists. */
export function docsLinks(text: string, anchors: Map<string, Set<string>>): { link: string; ok: boolean }[] {
  return [...text.matchAll(/docs\/legal\/([\w.-]+\.md)(?:#([\w-]+))?/g)].map((m) => ({
    link: m[0],
    ok: anchors.has(m[1]) && (!m[2] || anchors.get(m[1])!.has(m[2])),
  }));
}

const SELF = ['scripts/rewrite-legal-citations.ts', 'scripts/rewrite-legal-citations.test.ts', 'test/unit/legal-sources.test.ts'];

/** Source files the rewrite applies to: .ts/.tsx under src, scripts and test (not the generated verifier page). */
export function sourceFiles(root: string, dirs = ['src', 'scripts', 'test']): string[] {
  const walk = (d: string): string[] =>
    readdirSync(join(root, d)).flatMap((f) => {
      const p = `${d}/${f}`;
      if (statSync(join(root, p)).isDirectory()) return f === 'node_modules' ? [] : walk(p);
      return /\.(ts|tsx|mts)$/.test(f) && !f.includes('verify-html.generated') && !SELF.includes(p) ? [p] : [];
    });
  return dirs.flatMap(walk);
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const rootArg = argv.indexOf('--root');
  const root = rootArg >= 0 ? argv[rootArg + 1] : process.cwd();
  const anchors = docsAnchors(root);
  let failed = false;
  let changed = 0;
  for (const f of sourceFiles(root)) {
    const before = readFileSync(join(root, f), 'utf8');
    const r = rewriteText(before, citesNoteSections(f));
    for (const u of r.unknown) { console.error(`✗ ${f}: no mapping for « ${u} »`); failed = true; }
    for (const l of docsLinks(r.text, anchors)) if (!l.ok) { console.error(`✗ ${f}: ${l.link} does not exist in docs/legal`); failed = true; }
    if (r.text === before) continue;
    changed++;
    for (const c of r.changes) console.log(`${relative(root, join(root, f))}: ${c.from}  →  ${c.to}`);
    if (!check) writeFileSync(join(root, f), r.text);
  }
  console.log(check ? `${changed} file(s) would change` : `${changed} file(s) rewritten`);
  return failed || (check && changed > 0) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
