// The rewrite of `legal-brief §…` citations into docs/legal links: every section of the note lands on a heading that
// exists, and the citation shapes found in the code come out readable and complete.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsAnchors, docsLinks, rewriteText, SECTION_MAP, slug } from './rewrite-legal-citations';

const anchors = docsAnchors(join(import.meta.dirname, '..'));

describe('rewrite-legal-citations', () => {
  it('sends every section of the legal note to a docs/legal page and heading that exist', () => {
    const targets = Object.values(SECTION_MAP).join(' ');
    expect(docsLinks(targets, anchors).filter((l) => !l.ok)).toEqual([]);
  });

  it('sends each question and step of the decision tree to its own heading', () => {
    const { text, unknown } = rewriteText(
      '(legal-brief §9 Q0 and T4) (legal-brief §9 Q2a) (legal-brief §9 T1–T5) (legal-brief §9 Q8)');
    expect(unknown).toEqual([]);
    expect(text).toBe('(docs/legal/procedure.md#decision-tree-q0 and docs/legal/procedure.md#decision-tree-t4)'
      + ' (docs/legal/procedure.md#decision-tree-q2 (Q2a))'
      + ' (docs/legal/procedure.md#decision-tree-always-afterwards) (docs/legal/procedure.md#decision-tree-q8)');
    expect(docsLinks(text, anchors).every((l) => l.ok)).toBe(true);
  });

  it('rewrites lists, ranges and marks, keeping the reader’s qualifiers', () => {
    expect(rewriteText('(legal-brief §1.2 ⚠️; §9 Q5)').text)
      .toBe('(docs/legal/qualifications.md#injure ⚠️; docs/legal/procedure.md#decision-tree-q5)');
    expect(rewriteText('(legal-brief §5.1–5.2, NF Z67-147').text)
      .toBe('(docs/legal/procedure.md#commissaire-de-justice, docs/legal/procedure.md#nf-z67-147, NF Z67-147');
    expect(rewriteText('legal-brief §9 "Always afterwards" and §10 first steps').text)
      .toBe('docs/legal/procedure.md#decision-tree-always-afterwards and docs/legal/procedure.md#summary-table first steps');
    expect(rewriteText('(legal-brief §2.4 item 4 ⚠️ fields unconfirmed)').text)
      .toBe('(docs/legal/numerique-dsa-lcen.md#google-canaux-signalement item 4 ⚠️ fields unconfirmed)');
  });

  it('reports a section it cannot map instead of guessing', () => {
    const r = rewriteText('see legal-brief §12, legal-brief §9 Q9 and the legal-brief itself');
    expect(r.unknown).toEqual(['§12', '§9 Q9', 'legal-brief itself']);
  });

  it('in the legal code, also rewrites bare section numbers of the note, but not paragraphs of an article or an RFC', () => {
    const line = '// site has no direct reply (décret art. 1 al. 2, §9 T3); "no public reply" wins (§6). DSA art. 16 §3; RFC 3161 §2.4.';
    expect(rewriteText(line, true).text).toBe('// site has no direct reply (décret art. 1 al. 2, docs/legal/procedure.md#decision-tree-t3);'
      + ' "no public reply" wins (docs/legal/code-sante-publique.md#reponse-publique). DSA art. 16 §3; RFC 3161 §2.4.');
    expect(rewriteText(line).text).toBe(line);
  });

  it('leaves text without a citation untouched', () => {
    const text = '// Loi 29 juillet 1881 art. 65; see docs/evidence-bundle.md.';
    expect(rewriteText(text)).toMatchObject({ text, unknown: [], changes: [] });
  });

  it('keeps a test’s regular expression valid when it accepted a citation to the note', () => {
    const { text } = rewriteText("expect(cite).toMatch(/art\\.|RGPD|legal-brief/);");
    expect(text).toBe("expect(cite).toMatch(/art\\.|RGPD|docs\\/legal\\//);");
    const re = new Function(`return ${text.slice(text.indexOf('/'), text.lastIndexOf(')'))}`)() as RegExp;
    expect(re.test('docs/legal/procedure.md#decision-tree-q0')).toBe(true);
  });

  it('slugs headings the way GitHub anchors them', () => {
    expect(slug('loi-1881-art-65')).toBe('loi-1881-art-65');
    expect(slug('Sources juridiques d’Avisé')).toBe('sources-juridiques-davisé');
  });
});
