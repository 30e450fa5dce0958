// Reading the evidence store. Extension pages read IndexedDB directly (blobs are too large for messaging) through
// this module only: it opens the database without ever creating or upgrading it, and offers `get*` / `list*` in
// readonly transactions. Every write goes through the service worker (store.ts), the only writer.
import { openDB, type IDBPDatabase } from 'idb';
import type { CaseRecord, CustodyEntry, Exhibit } from '../shared/types';
import { AviseError } from '../shared/errors';
import type { CaptureJob, StoredDraft, StoredQualification } from './records';
import { DB_NAME, DB_VERSION, type AviseDB } from './store-schema';

export type Opener = () => Promise<IDBPDatabase<AviseDB>>;

/** The readers, over a given connection: the service worker binds them to its own (store.ts), pages to `openForReading`. */
export function readersOf(open: Opener) {
  async function all<S extends 'exhibits' | 'custody' | 'drafts'>(store: S, caseId: string) {
    const tx = (await open()).transaction(store, 'readonly');
    const rows = await (tx.store.index('byCase' as never) as unknown as { getAll(k: string): Promise<unknown[]> }).getAll(caseId);
    await tx.done;
    return rows as AviseDB[S]['value'][];
  }
  async function one<S extends 'cases' | 'exhibits' | 'qualifications' | 'drafts' | 'blobs'>(store: S, key: AviseDB[S]['key']) {
    const tx = (await open()).transaction(store, 'readonly');
    const row = await tx.store.get(key);
    await tx.done;
    return row;
  }
  const readers = {
    exhibitsOf: async (caseId: string): Promise<Exhibit[]> => {
      return (await all('exhibits', caseId)).sort((a, b) => a.sequence - b.sequence);
    },
    lastExhibit: async (caseId: string): Promise<Exhibit | undefined> => {
      return (await readers.exhibitsOf(caseId)).at(-1);
    },
    custodyOf: async (caseId: string): Promise<CustodyEntry[]> => {
      return (await all('custody', caseId)).sort((a, b) => a.seq - b.seq);
    },
    draftsOf: async (caseId: string): Promise<StoredDraft[]> => {
      return all('drafts', caseId);
    },
    getDraft: async (caseId: string, kind: string, lang: string): Promise<StoredDraft | undefined> => {
      return one('drafts', [caseId, kind, lang]);
    },
    getBlob: async (sha256: string): Promise<Uint8Array> => {
      const rec = await one('blobs', sha256);
      if (!rec) throw new AviseError('blobMissing', { sha256 }, `missing blob ${sha256}`);
      return rec.bytes;
    },
    listCases: async (): Promise<CaseRecord[]> => {
      const tx = (await open()).transaction('cases', 'readonly');
      const rows = await tx.store.getAll();
      await tx.done;
      return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    getCase: async (caseId: string): Promise<CaseRecord | undefined> => {
      return one('cases', caseId);
    },
    getQualification: async (caseId: string): Promise<StoredQualification | undefined> => {
      return one('qualifications', caseId);
    },
    getExhibit: async (exhibitId: string): Promise<Exhibit | undefined> => {
      return one('exhibits', exhibitId);
    },
    listJobs: async (): Promise<CaptureJob[]> => {
      const tx = (await open()).transaction('jobs', 'readonly');
      const rows = await tx.store.getAll();
      await tx.done;
      return rows;
    },
    getMeta: async <T,>(key: string): Promise<T | undefined> => {
      const tx = (await open()).transaction('meta', 'readonly');
      const v = await tx.store.get(key);
      await tx.done;
      return v as T | undefined;
    },
    /** Exhibits with at least one timestamp request still « en attente » (network failure, to be retried). */
    exhibitsWithPendingTimestamps: async (): Promise<Exhibit[]> => {
      const tx = (await open()).transaction('exhibits', 'readonly');
      const rows = await tx.store.getAll();
      await tx.done;
      return rows.filter((e) => e.timestamps?.some((t) => t.status === 'pending')).sort((a, b) => a.capturedAt.startUtc.localeCompare(b.capturedAt.startUtc));
    },
  };
  return readers;
}

let pagePromise: Promise<IDBPDatabase<AviseDB>> | undefined;

/**
 * A page's connection. A page never creates nor upgrades the store: if the database is missing or older than this
 * code, the open is aborted and `storeNotReady` thrown (the service worker opens it first, on the page's first call).
 */
export function openForReading(): Promise<IDBPDatabase<AviseDB>> {
  pagePromise ??= openDB<AviseDB>(DB_NAME, DB_VERSION, {
    upgrade(_d, _old, _new, tx) {
      tx.done.catch(() => undefined); // the open request below reports the abort
      tx.abort();
    },
    // The service worker is upgrading the store (extension updated): let it, and reopen on the next call.
    blocking() {
      void pagePromise?.then((open) => open.close());
      pagePromise = undefined;
    },
  }).catch((e: unknown) => {
    pagePromise = undefined;
    throw e instanceof Error && e.name === 'AbortError' ? new AviseError('storeNotReady', {}, 'the evidence store is not open yet (the service worker opens and upgrades it)') : e;
  });
  return pagePromise;
}

export const { exhibitsOf, lastExhibit, custodyOf, draftsOf, getDraft, getBlob, listCases, getCase, getQualification, getExhibit, listJobs, getMeta, exhibitsWithPendingTimestamps } = readersOf(openForReading);
