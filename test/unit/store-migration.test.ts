// The records already on doctors' machines: a store written by the store code of DB version 2 (dumped, with every
// kind of record, to test/fixtures/store/avise-v2.json at commit "Store fixture") opens with today's code and reads
// back whole: cases, exhibits (seals intact), blobs, custody chains, the qualification with its typed answers and
// result, drafts, the capture job left behind and the cached signature. A page never upgrades it itself.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { loadDump, type DbDump } from '../helpers/idb-dump';
import * as page from '../../src/evidence/store-read';
import * as sw from '../../src/evidence/store';
import { computeSeal } from '../../src/evidence/seal';
import { verifyCustodyChain } from '../../src/evidence/custody';
import { sha256Hex } from '../../src/evidence/hash';
import { RECORD_SCHEMA_VERSION } from '../../src/evidence/records';
import { assembleBundle } from '../../src/evidence/bundle/assemble';
import { writeBundle } from '../../src/evidence/bundle/write';
import { concatParts } from '../../src/evidence/bundle/zip-writer';
import { verifyBundle } from '../../src/evidence/verify/verify';
import { qualify } from '../../src/legal/index';
import { AviseError } from '../../src/shared/errors';

const dump = JSON.parse(readFileSync(new URL('../fixtures/store/avise-v2.json', import.meta.url), 'utf8')) as DbDump;
const rows = (store: string) => dump.stores[store].records.map(([, v]) => v as Record<string, unknown>);
const A = 'case-google-maps-aaa';
const B = 'case-trustpilot-bbb';

describe('a store written at DB version 2, opened by this version', () => {
  it('is a real version-2 store with every kind of record (the fixture is not empty)', () => {
    expect(dump.version).toBe(2);
    expect(rows('cases')).toHaveLength(2);
    expect(rows('exhibits')).toHaveLength(3);
    expect(rows('qualifications')).toHaveLength(1);
    expect(rows('drafts')).toHaveLength(2);
    expect(rows('custody').map((e) => e.event).sort()).toEqual(['capture', 'capture', 'capture', 'draft', 'draft', 'export', 'qualify', 'timestamp']);
    expect(rows('qualifications')[0]).not.toHaveProperty('schemaVersion');
  });

  it('is not upgraded by a page: reading from a page before the service worker opened it says « not ready » and leaves it at version 2', async () => {
    await loadDump(dump);
    const err = await page.listCases().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AviseError);
    expect((err as AviseError).code).toBe('storeNotReady');
    const raw = await openDB('avise');
    expect(raw.version).toBe(2);
    raw.close();
  });

  it('opens in the service worker at the new version and reads every case, exhibit, blob and custody entry unchanged', async () => {
    expect(sw.DB_VERSION).toBeGreaterThan(2);
    const cases = await sw.listCases();
    expect(cases.map((c) => c.id).sort()).toEqual([A, B]);
    for (const c of cases) {
      const stored = rows('cases').find((r) => r.id === c.id);
      // Unchanged but for the summary DB version 4 adds to a qualified case (checked below).
      const { summary: _summary, ...rest } = c;
      expect(rest).toEqual(stored);
      const exhibits = await sw.exhibitsOf(c.id);
      expect(exhibits.map((e) => e.id)).toEqual(c.exhibitIds);
      for (const ex of exhibits) {
        expect(await computeSeal(ex)).toBe(ex.seal);
        for (const a of ex.artefacts) expect(await sha256Hex(await sw.getBlob(a.sha256))).toBe(a.sha256);
      }
      const chain = await sw.custodyOf(c.id);
      expect(chain).toEqual(rows('custody').filter((e) => e.caseId === c.id).sort((a, b) => (a.seq as number) - (b.seq as number)));
      expect(await verifyCustodyChain(chain)).toBeNull();
    }
    expect((await sw.custodyOf(A)).map((e) => e.event)).toEqual(['capture', 'capture', 'qualify', 'draft', 'draft', 'timestamp', 'export']);
    expect((await sw.getExhibit('ex-001'))?.timestamps?.[0]).toMatchObject({ status: 'pending', tsaUrl: 'https://freetsa.org/tsr' });
    expect(await sw.listJobs()).toEqual([expect.objectContaining({ id: 'job-left-behind', url: 'https://www.trustpilot.com/review/x' })]);
    expect(await sw.getMeta('sig:' + 'cd'.repeat(32))).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
  });

  it('gives the qualification back typed, at the current schema version, with the same answers and result, which the engine reproduces', async () => {
    const q = await sw.getQualification(A);
    const before = rows('qualifications')[0];
    expect(q?.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    expect(q?.answers).toEqual(before.answers);
    expect(q?.result).toEqual(before.result);
    expect(q?.exactPublicationDate).toBe('2026-10-03');
    // Typed: no cast needed to use what was stored.
    expect(q!.result.labels.map((l) => `${l.label} (${l.strength})`)).toEqual(['diffamation (probable)', 'injure (a-confirmer-avocat)']);
    expect(q!.answers['fait-precis']?.value).toBe('yes');
    const again = qualify({ answers: q!.answers, today: '2026-11-26', publishedRange: { earliest: '2026-10-01', latest: '2026-10-01' } });
    expect(again.labels.map((l) => l.label)).toEqual(q!.result.labels.map((l) => l.label));
    expect(await sw.getQualification(B)).toBeUndefined();
  });

  it('gives every draft back at the current schema version with its text, recipient and facts', async () => {
    const drafts = await sw.draftsOf(A);
    expect(drafts.map((d) => `${d.kind}.${d.lang}`).sort()).toEqual(['mise-en-demeure.fr', 'reponse-publique.en']);
    expect(drafts.every((d) => d.schemaVersion === RECORD_SCHEMA_VERSION)).toBe(true);
    const mise = await sw.getDraft(A, 'mise-en-demeure', 'fr');
    expect(mise).toMatchObject({ body: 'Madame, Monsieur,\nJe vous mets en demeure…', recipient: { civility: 'M.', name: 'Jean Dupont', address: '1 rue de la Paix\n75002 Paris' }, facts: { discoveredOn: '2026-11-19', harm: 'Perte de patients' }, savedAt: '2026-11-22T10:05:00.000Z' });
    expect(await sw.draftsOf(B)).toEqual([]);
  });

  it('is then readable from a page too, and exports as a bundle the verifier accepts, with the doctor’s edited letter in it', async () => {
    expect((await page.listCases()).map((c) => c.id).sort()).toEqual([A, B]);
    const cases = [];
    for (const id of [B, A]) {
      cases.push({ case: (await page.getCase(id))!, exhibits: await page.exhibitsOf(id), custody: await page.custodyOf(id), qualification: await page.getQualification(id), drafts: await page.draftsOf(id) });
    }
    const input = assembleBundle({ cases, getBlob: page.getBlob, software: { name: 'Avisé', version: 'test' }, profile: {}, pdf: false });
    expect(input.cases.map((c) => c.id)).toEqual([A, B]);
    // The export entry is left out of the bundle's custody (re-exporting gives the same bytes).
    expect(input.custody.some((e) => e.event === 'export')).toBe(false);
    expect(input.drafts?.find((d) => d.name === 'mise-en-demeure.fr')).toMatchObject({ edited: true, savedAt: '2026-11-22T10:05:00.000Z' });
    const r = await writeBundle(input);
    const v = await verifyBundle(concatParts(r.parts));
    expect(v.firstFailure).toBeUndefined();
    expect(v.ok).toBe(true);
  });
});

describe('a store written at DB version 2, opened at version 4: the case list summary', () => {
  it('gives the qualified case a summary made from its stored qualification (deadline dates, labels, next step) and leaves the other case without one', async () => {
    const a = await sw.getCase(A);
    const q = rows('qualifications')[0] as { result: { deadlines: { label: string; expiresOn: string | null }[] } };
    expect(a?.summary?.labels).toEqual(['diffamation', 'injure']);
    expect(a?.summary?.deadlines.map((d) => [d.label, d.expiresOn])).toEqual(q.result.deadlines.filter((d) => d.expiresOn).map((d) => [d.label, d.expiresOn]));
    expect(a?.summary?.nextStep?.fr).toMatch(/constat/);
    expect((await sw.getCase(B))?.summary).toBeUndefined();
  });
});
