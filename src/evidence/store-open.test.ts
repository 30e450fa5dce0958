// Opening the store when something else created the database first, empty (a bare `indexedDB.open('avise')`).
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, db, getCase, putJob, listJobs } from './store';

describe('the evidence store opened over an empty database', () => {
  it('creates every store it needs instead of failing on the first write', async () => {
    (await openDB(DB_NAME, 1)).close();
    await putJob({ id: 'j1', startedAt: '2026-11-20T09:00:00.000Z', tabId: 1, url: 'https://example.test/', key: 'r1' });
    expect(await listJobs()).toHaveLength(1);
    expect(await getCase('none')).toBeUndefined();
    expect([...(await db()).objectStoreNames].sort()).toEqual(['blobs', 'cases', 'custody', 'drafts', 'exhibits', 'jobs', 'meta', 'qualifications']);
  });
});
