// The legal sources travel with the code: a rule's comment or citation must lead a lawyer or a newcomer to a text in
// this repository (docs/legal/), never to a document outside it. Fails until scripts/rewrite-legal-citations.ts has
// replaced the old `legal-brief §…` citations (see docs/legal/citations.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsAnchors, docsLinks, sourceFiles } from '../../scripts/rewrite-legal-citations';

const ROOT = join(import.meta.dirname, '../..');
const anchors = docsAnchors(ROOT);
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const lines = (files: string[], re: RegExp) =>
  files.flatMap((f) => read(f).split('\n').flatMap((l, i) => (re.test(l) ? [`${f}:${i + 1}: ${l.trim().slice(0, 120)}`] : [])));

describe('legal sources', () => {
  const src = sourceFiles(ROOT, ['src']);

  it('reads the sources of the whole src/ tree, legal rules included', () => {
    expect(src).toContain('src/legal/rules/injure.ts');
    expect(src.length).toBeGreaterThan(50);
  });

  it('no source file cites the out-of-repo legal note, COORDINATION.md or a helper by name', () => {
    expect(lines(src, /legal[- ]brief|COORDINATION\.md|Helper [A-Z]\b/)).toEqual([]);
  });

  it('the legal code cites no bare section number (« §6 ») of a document the reader cannot open', () => {
    const legal = src.filter((f) => f.startsWith('src/legal/') || f === 'src/ui/manager/legal-context.ts');
    expect(lines(legal, /(?<!(?:art\.|article|RFC) \d+ )§\d/)).toEqual([]);
  });

  it('every docs/legal link in the sources names a file and a heading that exist', () => {
    const broken = src.flatMap((f) => docsLinks(read(f), anchors).filter((l) => !l.ok).map((l) => `${f}: ${l.link}`));
    expect(broken).toEqual([]);
  });

  it('the legal rules link to docs/legal next to each label', () => {
    for (const rule of ['injure', 'diffamation', 'denigrement', 'vie-privee', 'droit-image', 'menaces', 'non-illicite']) {
      expect(read(`src/legal/rules/${rule}.ts`), rule).toMatch(/docs\/legal\/[\w.-]+\.md#[\w-]+/);
    }
  });

  it('every link between the docs/legal pages lands on an existing page and heading', () => {
    const broken: string[] = [];
    for (const [file] of anchors) {
      for (const m of read(`docs/legal/${file}`).matchAll(/\]\(([\w.-]*\.md)?(?:#([\w-]+))?\)/g)) {
        const target = m[1] ?? file;
        if (!anchors.has(target) || (m[2] && !anchors.get(target)!.has(m[2]))) broken.push(`${file} → ${m[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every reference entry tells the reader it comes from the internal note and awaits a lawyer’s review', () => {
    const refFiles = [...anchors.keys()].filter((f) => !['README.md', 'citations.md', 'open-points.md'].includes(f));
    const missing: string[] = [];
    for (const f of refFiles) {
      for (const section of read(`docs/legal/${f}`).split(/^(?=### )/m).slice(1)) {
        if (!section.includes("d'après la note juridique interne le 2026-12-01 ; à relire par un avocat")
          && !section.includes('à relire\n  par un avocat')) missing.push(`${f}: ${section.split('\n')[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
