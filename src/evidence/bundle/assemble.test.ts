import { describe, expect, it } from 'vitest';
import { play } from '../../../test/fixtures/legal/scenario';
import { buildSampleCase } from '../../../test/helpers/sample-case';
import { chainEntry } from '../custody';
import { RECORD_SCHEMA_VERSION } from '../records';
import { assembleBundle, custodyForBundle, type CaseData } from './assemble';
import type { CustodyEntry } from '../../shared/types';

async function caseData(caseId: string): Promise<CaseData> {
  const { input } = await buildSampleCase({ caseId, exhibits: 1 });
  const { q, answers } = play({ 'propos-injurieux': 'yes' });
  let custody = input.custody;
  const exported = await chainEntry(custody.at(-1), { at: '2026-11-25T10:00:00.000Z', actor: 'user', event: 'export', caseId, detail: 'bundle x.zip exported' });
  custody = [...custody, exported];
  return {
    case: input.cases[0], exhibits: input.exhibits, custody,
    qualification: { schemaVersion: RECORD_SCHEMA_VERSION, caseId, savedAt: '2026-11-24T10:00:00.000Z', rulesetVersion: q.rulesetVersion, answers, result: q },
    drafts: [],
  };
}

const software = { name: 'Avisé', version: 'test' };
const getBlob = async () => new Uint8Array();

describe('what goes into a bundle', () => {
  it('is the same whatever order the doctor ticked the cases in, each case once', async () => {
    const a = await caseData('case-a'), b = await caseData('case-b');
    const one = assembleBundle({ cases: [b, a, b], getBlob, software, profile: {} });
    const two = assembleBundle({ cases: [a, b], getBlob, software, profile: {} });
    expect(one.cases.map((c) => c.id)).toEqual(['case-a', 'case-b']);
    expect(JSON.stringify({ ...one, getBlob: 0 })).toBe(JSON.stringify({ ...two, getBlob: 0 }));
  });

  it('carries each case’s qualification and the drafts it calls for, and leaves trailing exports out of the custody chain', async () => {
    const a = await caseData('case-a');
    const input = assembleBundle({ cases: [a], getBlob, software, profile: {} });
    expect(Object.keys(input.qualifications ?? {})).toEqual(['case-a']);
    expect(input.drafts?.length).toBeGreaterThan(0);
    expect(input.drafts?.every((d) => d.caseId === 'case-a')).toBe(true);
    expect(input.custody.map((e) => e.event)).not.toContain('export');
    expect(input.custody).toHaveLength(a.custody.length - 1);
  });

  it('keeps an export that is followed by later entries (the chain stays whole up to its last non-export entry)', () => {
    const e = (event: CustodyEntry['event'], seq: number) => ({ seq, event }) as CustodyEntry;
    expect(custodyForBundle([e('capture', 1), e('export', 2), e('note', 3), e('export', 4), e('export', 5)]).map((x) => x.seq)).toEqual([1, 2, 3]);
  });
});
