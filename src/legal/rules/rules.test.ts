// The rules are data: every condition cites its source, every fact has a question, every label has a period.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../logic';
import { QUESTIONS } from '../questions';
import type { FactId } from '../types';
import { exceptionRules, flagRules, labelRules } from './index';
import type { Cond } from './rule';

function leaves(c: Cond): { fact: FactId; cite: string }[] {
  if ('fact' in c) return [c];
  if ('not' in c) return leaves(c.not);
  return ('all' in c ? c.all : c.any).flatMap(leaves);
}
const conditions: Cond[] = [
  ...labelRules.flatMap((r) => [r.holds, ...r.strength.map((s) => s.when), ...r.variants.map((v) => v.when)]),
  ...exceptionRules.map((e) => e.when),
  ...flagRules.map((f) => f.when),
];

describe('rules as data', () => {
  it('every fact a rule looks at has a question the doctor can answer', () => {
    const asked = new Set(QUESTIONS.map((q) => q.fact));
    for (const l of conditions.flatMap(leaves)) expect(asked.has(l.fact), l.fact).toBe(true);
  });

  it('every condition cites an article or a decision next to it', () => {
    for (const l of conditions.flatMap(leaves)) expect(l.cite, l.fact).toMatch(/art\.|Cass\.|CA |TJ |RGPD|docs\/legal\//);
  });

  it('every unlawful label has a limitation period with its legal basis', () => {
    for (const r of labelRules) expect(r.period?.basis, r.label).toMatch(/art\. \d/);
  });

  it('three-valued logic: an unanswered fact is still to ask, « je ne sais pas » is not', () => {
    const c: Cond = { all: [{ fact: 'menace', cite: 'x' }, { fact: 'fait-precis', cite: 'y' }] };
    expect(evaluate(c, {})).toMatchObject({ value: 'U', missing: ['menace', 'fait-precis'] });
    expect(evaluate(c, { menace: { value: 'unknown', source: 'doctor' }, 'fait-precis': { value: 'yes', source: 'doctor' } }))
      .toMatchObject({ value: 'U', missing: [], unknown: true });
    expect(evaluate(c, { menace: { value: 'no', source: 'doctor' } })).toMatchObject({ value: 'F', missing: [] });
  });
});
