// Runs the reply corpus (test/fixtures/secrecy/corpus.ts) through the secrecy check and measures it: "has a secrecy
// finding" against the expected "breach". The team also measures on replies it has never seen, so the patterns are
// general; this test prints the numbers and lists what is still missed.
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../test/fixtures/secrecy/corpus';
import { checkSecrecy } from './secrecy';

const runs = CORPUS.map((c) => ({ c, r: checkSecrecy(c.reply, c.lang, { authorNames: c.author ? [c.author] : [] }) }));
const tp = runs.filter(({ c, r }) => c.breach && r.findings.length > 0);
const fp = runs.filter(({ c, r }) => !c.breach && r.findings.length > 0);
const fn = runs.filter(({ c, r }) => c.breach && r.findings.length === 0);
const precision = tp.length / (tp.length + fp.length);
const recall = tp.length / (tp.length + fn.length);

describe('secrecy check measured on a corpus of realistic replies', () => {
  it('holds at least 80 replies, 40 breaching and 40 not, mostly French with some English', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(80);
    expect(CORPUS.filter((c) => c.breach).length).toBeGreaterThanOrEqual(40);
    expect(CORPUS.filter((c) => !c.breach).length).toBeGreaterThanOrEqual(40);
    expect(CORPUS.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(10);
    expect(new Set(CORPUS.map((c) => c.reply)).size).toBe(CORPUS.length);
  });

  it('finds at least 95 % of the breaching replies (recall) with at least 85 % precision', () => {
    console.log(
      `secrecy corpus: ${CORPUS.length} replies, precision ${precision.toFixed(3)} (${tp.length}/${tp.length + fp.length}), ` +
        `recall ${recall.toFixed(3)} (${tp.length}/${tp.length + fn.length})`,
    );
    console.log(`false negatives left (${fn.length}):${fn.map(({ c }) => `\n  - ${c.reply}`).join('') || ' none'}`);
    console.log(`false positives left (${fp.length}):${fp.map(({ c, r }) => `\n  - ${c.reply}  [${r.findings.map((f) => f.match).join(' | ')}]`).join('') || ' none'}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });

  it('flags the reply-policy problems (advertising, counter-accusation) the corpus marks, and no others', () => {
    const missed = runs.filter(({ c, r }) => c.policy && r.policy.length === 0).map(({ c }) => c.reply);
    const extra = runs.filter(({ c, r }) => !c.policy && r.policy.length > 0).map(({ c, r }) => `${c.reply} [${r.policy.map((f) => f.match).join(' | ')}]`);
    expect(missed).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('quotes the exact words at fault: every match equals the reply sliced at its UTF-16 offsets', () => {
    for (const { c, r } of runs) {
      for (const f of [...r.findings, ...r.policy]) expect(c.reply.slice(f.start, f.end), c.reply).toBe(f.match);
    }
  });

  it('never returns a safer text that still has a finding', () => {
    const stillFlagged = runs
      .filter(({ r }) => r.hasFindings)
      .map(({ c, r }) => ({ reply: c.reply, safer: r.saferText, left: checkSecrecy(r.saferText, c.lang, { authorNames: c.author ? [c.author] : [] }) }))
      .filter((x) => x.left.hasFindings)
      .map((x) => `${x.safer} [${[...x.left.findings, ...x.left.policy].map((f) => f.match).join(' | ')}]`);
    expect(stillFlagged).toEqual([]);
  });
});
