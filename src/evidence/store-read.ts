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
    return row as AviseDB[S]['value'] | undefined;
  }
  const readers = {
    async exhibitsOf(caseId: string): Promise<Exhibit[]> {
      return (await all('exhibits', caseId)).sort((a, b) => a.sequence - b.sequence);
    },
    async lastExhibit(caseId: string): Promise<Exhibit | undefined> {
      return (await readers.exhibitsOf(caseId)).at(-1);
    },
    async custodyOf(caseId: string): Promise<CustodyEntry[]> {
      return (await all('custody', caseId)).sort((a, b) => a.seq - b.seq);
    },
    async draftsOf(caseId: string): Promise<StoredDraft[]> {
      return all('drafts', caseId);
    },
    async getDraft(caseId: string, kind: string, lang: string): Promise<StoredDraft | undefined> {
      return one('drafts', [caseId, kind, lang]);
    },
    async getBlob(sha256: string): Promise<Uint8Array> {
      const rec = await one('blobs', sha256);
      if (!rec) throw new AviseError('blobMissing', { sha256 }, `missing blob ${sha256}`);
      return rec.bytes;
    },
    async listCases(): Promise<CaseRecord[]> {
      const tx = (await open()).transaction('cases', 'readonly');
      const rows = await tx.store.getAll();
      await tx.done;
      return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async getCase(caseId: string): Promise<CaseRecord | undefined> {
      return one('cases', caseId);
    },
    async getQualification(caseId: string): Promise<StoredQualification | undefined> {
      return one('qualifications', caseId);
    },
    async getExhibit(exhibitId: string): Promise<Exhibit | undefined> {
      return one('exhibits', exhibitId);
    },
    async listJobs(): Promise<CaptureJob[]> {
      const tx = (await open()).transaction('jobs', 'readonly');
      const rows = await tx.store.getAll();
      await tx.done;
      return rows;
    },
    async getMeta<T>(key: string): Promise<T | undefined> {
      const tx = (await open()).transaction('meta', 'readonly');
      const v = await tx.store.get(key);
      await tx.done;
      return v as T | undefined;
    },
    /** Exhibits with at least one timestamp request still « en attente » (network failure, to be retried). */
    async exhibitsWithPendingTimestamps(): Promise<Exhibit[]> {
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
