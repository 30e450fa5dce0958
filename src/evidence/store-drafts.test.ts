// The store's version 2 (drafts), still true at later versions: opening a version-1 database keeps every case and custody entry, and saving a
// draft appends one custody entry per editing session. In-memory IndexedDB (fake-indexeddb) in Node.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { custodyOf, DB_NAME, DB_VERSION, draftsOf, getCase, getDraft, putDraft } from './store';
import { chainEntry, verifyCustodyChain } from './custody';

const caseId = 'case-google-maps-abc';

async function createVersion1(): Promise<void> {
  // The schema exactly as version 1 created it, with one case and its first custody entry.
  const d = await openDB(DB_NAME, 1, {
    upgrade(v1) {
      v1.createObjectStore('blobs', { keyPath: 'sha256' });
      v1.createObjectStore('exhibits', { keyPath: 'id' }).createIndex('byCase', 'caseId');
      v1.createObjectStore('cases', { keyPath: 'id' });
      v1.createObjectStore('custody', { keyPath: ['caseId', 'seq'] }).createIndex('byCase', 'caseId');
      v1.createObjectStore('qualifications', { keyPath: 'caseId' });
      v1.createObjectStore('jobs', { keyPath: 'id' });
      v1.createObjectStore('meta');
    },
  });
  await d.put('cases', { id: caseId, createdAt: '2026-11-20T09:10:00.000Z', title: 'Avis 1★', exhibitIds: ['ex-1'] });
  const first = await chainEntry(undefined, { at: '2026-11-20T09:10:00.000Z', actor: 'extension', event: 'capture', caseId, exhibitId: 'ex-1', detail: 'seal 00' });
  await d.add('custody', { ...first, caseId });
  d.close();
}

describe('the evidence store, version 2 (drafts)', () => {
  it('opens a version-1 database without losing its cases or custody, and adds the drafts store', async () => {
    await createVersion1();
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
    expect((await getCase(caseId))?.title).toBe('Avis 1★');
    expect(await custodyOf(caseId)).toHaveLength(1);
    expect(await draftsOf(caseId)).toEqual([]);
  });

  it('saves a draft with the case and records it once per editing session in an intact custody chain', async () => {
    const entry = { at: '2026-11-27T08:00:00.000Z', actor: 'user' as const, event: 'draft' as const, caseId, detail: 'Brouillon modifié / draft edited : Mise en demeure (fr)' };
    await putDraft({ schemaVersion: 1, caseId, kind: 'mise-en-demeure', lang: 'fr', body: 'premier jet', savedAt: '2026-11-27T08:00:00.000Z' }, entry);
    await putDraft({ schemaVersion: 1, caseId, kind: 'mise-en-demeure', lang: 'fr', body: 'second jet', savedAt: '2026-11-27T08:00:05.000Z' }, { ...entry, at: '2026-11-27T08:00:05.000Z' });
    expect((await getDraft(caseId, 'mise-en-demeure', 'fr'))?.body).toBe('second jet');
    let chain = await custodyOf(caseId);
    expect(chain.map((e) => e.event)).toEqual(['capture', 'draft']);
    // Another draft, or a reset, is a new entry.
    await putDraft({ schemaVersion: 1, caseId, kind: 'mise-en-demeure', lang: 'fr', savedAt: '2026-11-27T08:01:00.000Z' }, { ...entry, at: '2026-11-27T08:01:00.000Z', detail: 'Brouillon remis au modèle / draft reset to the template : Mise en demeure (fr)' });
    await putDraft({ schemaVersion: 1, caseId, kind: 'reponse-publique', lang: 'en', body: 'Thank you', savedAt: '2026-11-27T08:02:00.000Z' }, { ...entry, at: '2026-11-27T08:02:00.000Z', detail: 'Brouillon modifié / draft edited : Réponse publique (en)' });
    chain = await custodyOf(caseId);
    expect(chain.map((e) => e.detail.split(' / ')[0])).toEqual(['seal 00', 'Brouillon modifié', 'Brouillon remis au modèle', 'Brouillon modifié']);
    expect(await verifyCustodyChain(chain)).toBeNull();
    expect((await draftsOf(caseId)).map((d) => `${d.kind}.${d.lang}`).sort()).toEqual(['mise-en-demeure.fr', 'reponse-publique.en']);
  });
});
