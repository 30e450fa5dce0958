import { describe, expect, it } from 'vitest';
import { migrateDraft, migrateQualification, RECORD_SCHEMA_VERSION, UnreadableRecord } from './records';

const result = { rulesetVersion: 'r1', labels: [{ label: 'injure', strength: 'probable' }] };

describe('stored records brought to the current schema', () => {
  it('adds the schema version to a qualification written before it, keeping answers and result as they were', () => {
    const old = { caseId: 'c1', savedAt: '2026-11-20T10:00:00.000Z', rulesetVersion: 'r1', answers: { 'propos-injurieux': { value: 'yes', source: 'doctor' } }, result };
    expect(migrateQualification(old)).toEqual({ ...old, schemaVersion: RECORD_SCHEMA_VERSION });
  });

  it('refuses, rather than guesses, a qualification whose answers or result are not what the engine wrote', () => {
    expect(() => migrateQualification({ caseId: 'c1', answers: { x: { value: 'maybe' } }, result })).toThrow(UnreadableRecord);
    expect(() => migrateQualification({ caseId: 'c1', answers: {}, result: 'diffamation' })).toThrow(UnreadableRecord);
    expect(() => migrateQualification({ caseId: 'c1', schemaVersion: 99, answers: {}, result })).toThrow(/schema version 99/);
  });

  it('adds the schema version to a draft and refuses one with no language', () => {
    const old = { caseId: 'c1', kind: 'mise-en-demeure', lang: 'fr', body: 'Madame,', savedAt: '2026-11-20T10:00:00.000Z' };
    expect(migrateDraft(old)).toEqual({ ...old, schemaVersion: RECORD_SCHEMA_VERSION });
    expect(() => migrateDraft({ ...old, lang: 'de' })).toThrow(UnreadableRecord);
  });
});
