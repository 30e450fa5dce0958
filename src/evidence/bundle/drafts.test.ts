import { describe, expect, it } from 'vitest';
import { play } from '../../../test/fixtures/legal/scenario';
import { buildSampleCase } from '../../../test/helpers/sample-case';
import type { StoredDraft, StoredQualification } from '../records';
import { draftsForBundle } from './drafts';

async function setup() {
  const { input } = await buildSampleCase({ exhibits: 1, pdf: false });
  const { q, answers } = play({ 'propos-injurieux': 'yes', 'auteur-identifie': 'yes' });
  const stored: StoredQualification = { schemaVersion: 1, caseId: input.cases[0].id, savedAt: '2026-11-26T10:00:00.000Z', rulesetVersion: 'test', answers, result: q };
  return { c: input.cases[0], exhibits: input.exhibits, stored };
}

describe('drafts put in the bundle', () => {
  it('carries the doctor’s saved version, marked edited with its save time, and the template elsewhere', async () => {
    const { c, exhibits, stored } = await setup();
    const saved: StoredDraft[] = [{ schemaVersion: 1, caseId: c.id, kind: 'mise-en-demeure', lang: 'fr', body: 'Madame, je retire ma plainte si vous retirez l’avis.', savedAt: '2026-11-27T08:00:00.000Z' }];
    const drafts = draftsForBundle(c, exhibits, stored, {}, saved);
    const mine = drafts.find((d) => d.name === 'mise-en-demeure.fr')!;
    expect(mine).toMatchObject({ edited: true, savedAt: '2026-11-27T08:00:00.000Z' });
    expect(mine.text).toContain('Madame, je retire ma plainte si vous retirez l’avis.');
    const other = drafts.find((d) => d.name === 'mise-en-demeure.en')!;
    expect(other.edited).toBe(false);
    expect(other.text).not.toContain('je retire ma plainte');
    expect(drafts.filter((d) => d.edited)).toHaveLength(1);
  });

  it('puts the saved recipient in the untouched letter, in both languages', async () => {
    const { c, exhibits, stored } = await setup();
    const saved: StoredDraft[] = [{ schemaVersion: 1, caseId: c.id, kind: 'mise-en-demeure', lang: 'en', recipient: { name: 'Paul Lemaire', address: '3 rue des Lilas, 69003 Lyon' }, savedAt: '2026-11-27T08:00:00.000Z' }];
    const drafts = draftsForBundle(c, exhibits, stored, {}, saved);
    for (const lang of ['fr', 'en']) {
      const d = drafts.find((x) => x.name === `mise-en-demeure.${lang}`)!;
      expect(d.text).toContain('Paul Lemaire');
      expect(d.edited).toBe(false);
    }
  });

  it('gives the same texts when exported twice (no export-time value)', async () => {
    const { c, exhibits, stored } = await setup();
    expect(draftsForBundle(c, exhibits, stored, {}, [])).toEqual(draftsForBundle(c, exhibits, stored, {}, []));
  });
});
