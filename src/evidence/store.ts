// The evidence store's WRITER (IndexedDB through idb): cases, exhibits, blobs keyed by SHA-256, per-case custody
// log, qualifications, drafts, capture jobs, keys and signature cache. Imported by the service worker only
// (src/background/**): it is the one writer, which keeps the chains linear. Extension pages read through
// store-read.ts. A capture is committed in ONE transaction: blobs + exhibit + case + custody entry, or nothing.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CaseRecord, CustodyEntry, Exhibit, TimestampRecord } from '../shared/types';
import { AviseError } from '../shared/errors';
import { migrateDraft, migrateQualification, RECORD_SCHEMA_VERSION, UnreadableRecord, type CaptureJob, type StoredDraft, type StoredQualification } from './records';
import { chainEntry, type NewCustodyEntry } from './custody';
import { DB_NAME, DB_VERSION, type AviseDB } from './store-schema';
import { readersOf } from './store-read';
import { currentStatus, summarize } from './case-status';

export { DB_NAME, DB_VERSION };
export type { CaptureJob } from './records';

let dbPromise: Promise<IDBPDatabase<AviseDB>> | undefined;

export function db(): Promise<IDBPDatabase<AviseDB>> {
  // Each version only adds what it needs: opening an older database keeps every case, exhibit and chain.
  dbPromise ??= openDB<AviseDB>(DB_NAME, DB_VERSION, {
    // idb lets the upgrade callback be async as long as it awaits only the versionchange transaction, which is all
    // this one does (its migrations read and write through `tx`): https://github.com/jakearchibald/idb#upgrade
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    async upgrade(d, oldVersion, _newVersion, tx) {
      // Each store is created when missing (not only by version number): a database created empty by another
      // opener (a bare `indexedDB.open('avise')`) still gets every store.
      const has = (name: StoreNames<AviseDB>) => d.objectStoreNames.contains(name);
      if (!has('blobs')) d.createObjectStore('blobs', { keyPath: 'sha256' });
      if (!has('exhibits')) d.createObjectStore('exhibits', { keyPath: 'id' }).createIndex('byCase', 'caseId');
      if (!has('cases')) d.createObjectStore('cases', { keyPath: 'id' });
      if (!has('custody')) d.createObjectStore('custody', { keyPath: ['caseId', 'seq'] }).createIndex('byCase', 'caseId');
      if (!has('qualifications')) d.createObjectStore('qualifications', { keyPath: 'caseId' });
      if (!has('jobs')) d.createObjectStore('jobs', { keyPath: 'id' });
      if (!has('meta')) d.createObjectStore('meta');
      // v2: the doctor's edited drafts and the letters' recipient, per case, kind and language.
      if (!has('drafts')) d.createObjectStore('drafts', { keyPath: ['caseId', 'kind', 'lang'] }).createIndex('byCase', 'caseId');
      // v3: qualifications and drafts carry schemaVersion, with typed answers and result.
      if (oldVersion >= 1 && oldVersion < 3) await migrateRecords(d.objectStoreNames, tx);
      // v4: each qualified case carries the small summary the case list reads (case-status.ts), made from its
      // stored qualification (already at the current record shape by now).
      if (oldVersion >= 1 && oldVersion < 4) await addCaseSummaries(tx);
    },
    // A newer version is being opened elsewhere (the extension was updated while a page held this connection):
    // let it upgrade, and reopen on the next call.
    blocking() {
      void dbPromise?.then((open) => open.close());
      dbPromise = undefined;
    },
  });
  return dbPromise;
}

/**
 * Brings every stored qualification and draft to RECORD_SCHEMA_VERSION, inside the upgrade transaction (all or
 * nothing). A record that cannot be read as its type is left exactly as it was, never rewritten nor dropped.
 */
async function migrateRecords(stores: DOMStringList, tx: IDBPTransaction<AviseDB, ArrayLike<StoreNames<AviseDB>>, 'versionchange'>): Promise<void> {
  for (const [store, migrate] of [['qualifications', migrateQualification], ['drafts', migrateDraft]] as const) {
    if (!stores.contains(store)) continue;
    for (let c = await tx.objectStore(store).openCursor(); c; c = await c.continue()) {
      const v = c.value as { schemaVersion?: number };
      if (v.schemaVersion === RECORD_SCHEMA_VERSION) continue;
      try {
        await c.update(migrate(v));
      } catch (e) {
        if (!(e instanceof UnreadableRecord)) throw e;
        console.warn(`Avisé store migration: ${e.message}; record kept as it was`);
      }
    }
  }
}

/** Adds `summary` to every case whose stored qualification can be read; any other case is left as it was. */
async function addCaseSummaries(tx: IDBPTransaction<AviseDB, ArrayLike<StoreNames<AviseDB>>, 'versionchange'>): Promise<void> {
  for (let c = await tx.objectStore('cases').openCursor(); c; c = await c.continue()) {
    if (c.value.summary) continue;
    const q = (await tx.objectStore('qualifications').get(c.key));
    if (q?.schemaVersion !== RECORD_SCHEMA_VERSION || !q.result?.labels || !Array.isArray(q.result.deadlines) || !Array.isArray(q.result.steps)) continue;
    await c.update({ ...c.value, summary: summarize(q.result) });
  }
}

/** The readers of store-read.ts, on the service worker's own connection. */
export const { exhibitsOf, lastExhibit, custodyOf, draftsOf, getDraft, getBlob, listCases, getCase, getQualification, getExhibit, listJobs, getMeta, exhibitsWithPendingTimestamps } = readersOf(db);

// Custody writes read the chain head, hash the new entry (async WebCrypto, so outside any IDB transaction) and then
// add it: two writers interleaving would both chain to the same head and the second `add` would fail on its
// [caseId, seq] key (a lost capture, or a qualification saved with no custody entry). The service worker is the
// only writer, so one in-process lock keeps every chain write in order.
let chainLock: Promise<unknown> = Promise.resolve();
function withChainLock<T>(fn: () => Promise<T>): Promise<T> {
  const run = chainLock.then(fn);
  chainLock = run.catch(() => undefined);
  return run;
}

/**
 * IndexedDB refuses a write when the origin's quota is used up — for Avisé (unlimitedStorage) when the disk is
 * full. Chrome aborts the whole transaction with a QuotaExceededError (the requests in it may report an AbortError,
 * the transaction the cause): nothing of it is written. The doctor gets `storeFull`, which says so, and not a
 * technical message.
 */
function isQuotaError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'QuotaExceededError';
}

/** `e`, or `storeFull` when it (or the transaction's own error) is the quota refusing the write. */
function quotaAware(e: unknown, what: string, txError?: unknown): unknown {
  if (isQuotaError(e) || isQuotaError(txError)) return new AviseError('storeFull', {}, `${what}: the browser refused the write, storage is full (QuotaExceededError); nothing of it was written`);
  return e;
}

/** Runs one write (one transaction) and words a quota refusal as `storeFull`. */
async function writing<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw quotaAware(e, what);
  }
}

/**
 * Runs the writes of `fn` in `tx` and waits for the commit. On any error the transaction is aborted, so nothing of
 * it is kept, and the error is thrown again (a quota refusal worded as `storeFull`).
 */
async function atomically<T>(tx: { done: Promise<void>; error: DOMException | null; abort(): void }, what: string, fn: () => Promise<T>): Promise<T> {
  const done = tx.done;
  try {
    const out = await fn();
    await done;
    return out;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      /* already finished */
    }
    await done.catch(() => undefined);
    throw quotaAware(e, what, tx.error);
  }
}

export interface BlobToStore {
  sha256: string;
  bytes: Uint8Array;
  mediaType: string;
}

/**
 * Commits one capture atomically. `makeExhibit` receives the previous exhibit of the case (for previousSeal and
 * sequence) inside the transaction, so two captures cannot both chain to the same predecessor.
 */
export async function commitCapture(args: {
  blobs: BlobToStore[];
  caseRecord: (existing: CaseRecord | undefined) => CaseRecord;
  makeExhibit: (previous: Exhibit | undefined) => Promise<Exhibit>;
  custody: (exhibit: Exhibit) => NewCustodyEntry;
  jobId?: string;
}): Promise<Exhibit> {
  return withChainLock(() => commitCaptureLocked(args));
}

async function commitCaptureLocked(args: Parameters<typeof commitCapture>[0]): Promise<Exhibit> {
  const d = await db();
  // Seal computation is async (WebCrypto) and an IDB transaction auto-commits when it has no pending request
  // across a task: read what the seal needs first, compute, then write everything in one readwrite transaction
  // that re-checks the chain head did not move meanwhile.
  const probeCase = await d.get('cases', args.caseRecord(undefined).id);
  const caseRec = args.caseRecord(probeCase);
  const previous = await lastExhibit(caseRec.id);
  const exhibit = await args.makeExhibit(previous);
  const lastCustody = await lastCustodyEntry(caseRec.id);
  const entry = await chainEntry(lastCustody, args.custody(exhibit));

  const tx = d.transaction(['blobs', 'exhibits', 'cases', 'custody', 'jobs'], 'readwrite');
  await atomically(tx, 'capture', async () => {
    const headNow = await tx.objectStore('exhibits').index('byCase').getAll(caseRec.id);
    const expectedCount = previous ? previous.sequence : 0;
    if (headNow.length !== expectedCount) throw new AviseError('captureConflict', {}, 'another capture of this case was stored meanwhile: redo the capture');
    for (const b of args.blobs) await tx.objectStore('blobs').put({ sha256: b.sha256, bytes: b.bytes, mediaType: b.mediaType });
    await tx.objectStore('exhibits').add(exhibit);
    await tx.objectStore('cases').put({ ...caseRec, exhibitIds: [...caseRec.exhibitIds, exhibit.id] });
    await tx.objectStore('custody').add({ ...entry, caseId: caseRec.id });
    if (args.jobId) await tx.objectStore('jobs').delete(args.jobId);
  });
  return exhibit;
}

async function lastCustodyEntry(caseId: string): Promise<CustodyEntry | undefined> {
  return (await custodyOf(caseId)).at(-1);
}

/** Appends one custody entry to a case's chain (exports, notes, qualifications…). */
export function appendCustody(caseId: string, entry: NewCustodyEntry): Promise<CustodyEntry> {
  return withChainLock(async () => {
    const d = await db();
    const chained = await chainEntry(await lastCustodyEntry(caseId), { ...entry, caseId });
    await writing('custody entry', () => d.add('custody', { ...chained, caseId }));
    return chained;
  });
}

/**
 * Appends `entry` unless the case's chain already holds one of the same event and detail, which it then returns: a
 * call made again after the service worker stopped while answering it (the page cannot know whether the first one
 * was written) notes the export of one file once, not twice.
 */
export function appendCustodyOnce(caseId: string, entry: NewCustodyEntry): Promise<CustodyEntry> {
  return withChainLock(async () => {
    const chain = await custodyOf(caseId);
    const already = chain.find((e) => e.event === entry.event && e.detail === entry.detail);
    if (already) return already;
    const d = await db();
    const chained = await chainEntry(chain.at(-1), { ...entry, caseId });
    await writing('custody entry', () => d.add('custody', { ...chained, caseId }));
    return chained;
  });
}

/** Stores the qualification and, on the case, its summary for the case list (one transaction). */
export async function putQualification(q: StoredQualification): Promise<void> {
  const d = await db();
  await writing('qualification', async () => {
    const tx = d.transaction(['qualifications', 'cases'], 'readwrite');
    await tx.objectStore('qualifications').put(q);
    const c = await tx.objectStore('cases').get(q.caseId);
    if (c) await tx.objectStore('cases').put({ ...c, qualificationId: q.caseId, summary: summarize(q.result) });
    await tx.done;
  });
}

/**
 * Records a step of the case the doctor marked (or a free note: `step` absent) and its custody entry, in one
 * transaction, in order on the chain.
 */
export function markCaseStep(caseId: string, step: CaseRecord['steps'][number] | undefined, custody: NewCustodyEntry): Promise<CaseRecord> {
  return withChainLock(async () => {
    const d = await db();
    const entry = await chainEntry(await lastCustodyEntry(caseId), { ...custody, caseId });
    const tx = d.transaction(['cases', 'custody'], 'readwrite');
    return atomically(tx, 'case step', async () => {
      const c = await tx.objectStore('cases').get(caseId);
      if (!c) throw new AviseError('caseNotFound', { caseId }, `case not found: ${caseId}`);
      const steps = step ? [...(c.steps ?? []), step] : c.steps ?? [];
      const next: CaseRecord = { ...c, steps, status: step ? currentStatus({ status: c.status, steps }) : c.status };
      await tx.objectStore('cases').put(next);
      await tx.objectStore('custody').add({ ...entry, caseId });
      return next;
    });
  });
}

/**
 * Saves the doctor's version of a draft and, in order on the custody chain, the entry that records it — unless the
 * chain's last entry already records this same draft (a doctor typing saves every second: one entry per editing
 * session, not one per pause). Returns the stored draft.
 */
export function putDraft(draft: StoredDraft, custody: NewCustodyEntry): Promise<StoredDraft> {
  return withChainLock(async () => {
    const d = await db();
    const head = await lastCustodyEntry(draft.caseId);
    const same = head && head.event === custody.event && head.detail === custody.detail;
    const entry = same ? undefined : await chainEntry(head, { ...custody, caseId: draft.caseId });
    await writing('draft', async () => {
      const tx = d.transaction(['drafts', 'custody'], 'readwrite');
      await tx.objectStore('drafts').put(draft);
      if (entry) await tx.objectStore('custody').add({ ...entry, caseId: draft.caseId });
      await tx.done;
    });
    return draft;
  });
}

export async function putJob(job: CaptureJob): Promise<void> {
  const d = await db();
  await writing('capture job', () => d.put('jobs', job));
}

export async function deleteJob(id: string): Promise<void> {
  await (await db()).delete('jobs', id);
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  const d = await db();
  await writing(`meta ${key}`, () => d.put('meta', value, key));
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * Replaces `exhibit.timestamps` — the one field outside the seal — and appends the custody entry that records it,
 * in one transaction. Nothing else of the exhibit is written. `expected` is the list the caller started from: if
 * the stored list changed meanwhile, nothing is written and an error is thrown (compare-and-set). If only the
 * custody head moved (another entry appended meanwhile), the entry is chained again on the new head.
 */
export function setExhibitTimestamps(exhibitId: string, expected: TimestampRecord[] | undefined, next: TimestampRecord[], custody: NewCustodyEntry): Promise<Exhibit> {
  return withChainLock(() => setExhibitTimestampsLocked(exhibitId, expected, next, custody));
}

async function setExhibitTimestampsLocked(exhibitId: string, expected: TimestampRecord[] | undefined, next: TimestampRecord[], custody: NewCustodyEntry): Promise<Exhibit> {
  const d = await db();
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await d.get('exhibits', exhibitId);
    if (!current) throw new AviseError('exhibitNotFound', { exhibitId }, `exhibit not found: ${exhibitId}`);
    const head = await lastCustodyEntry(current.caseId);
    const entry = await chainEntry(head, { ...custody, caseId: current.caseId, exhibitId });
    const tx = d.transaction(['exhibits', 'custody'], 'readwrite');
    try {
      return await atomically(tx, 'timestamps', async () => {
        const ex = await tx.objectStore('exhibits').get(exhibitId);
        if (!ex || !sameJson(ex.timestamps, expected)) throw new AviseError('timestampsChanged', {}, 'the timestamps of this exhibit changed meanwhile');
        const chain = await tx.objectStore('custody').index('byCase').getAll(current.caseId);
        const headNow = chain.sort((a, b) => a.seq - b.seq).at(-1);
        if (headNow?.hash !== head?.hash) throw new HeadMoved();
        const updated: Exhibit = { ...ex, timestamps: next };
        await tx.objectStore('exhibits').put(updated);
        await tx.objectStore('custody').add({ ...entry, caseId: current.caseId });
        return updated;
      });
    } catch (e) {
      // The chain moved between reading its head and writing: read it again (at most three times).
      if (!(e instanceof HeadMoved)) throw e;
    }
  }
  throw new AviseError('custodyBusy', {}, 'custody log busy: timestamps not recorded, will retry');
}

class HeadMoved extends Error {}

/** What a restore writes: every record of a checked backup (evidence/backup/backup.ts) and its blobs. */
export interface RestoreInput {
  cases: CaseRecord[];
  exhibits: Exhibit[];
  custody: (CustodyEntry & { caseId: string })[];
  qualifications: StoredQualification[];
  drafts: StoredDraft[];
  blobs: Map<string, { bytes: Uint8Array; mediaType: string }>;
}

/** The ids of the given cases that already exist here (a restore never replaces them without the doctor's yes). */
export async function existingCaseIds(ids: string[]): Promise<string[]> {
  const d = await db();
  const out: string[] = [];
  for (const id of ids) if (await d.get('cases', id)) out.push(id);
  return out;
}

/**
 * Writes a checked backup in ONE transaction (all or nothing). A case already here is replaced whole — its
 * exhibits, custody chain, qualification and drafts first deleted — only when `replace` is true; otherwise nothing
 * is written and `restoreNeedsConfirm` is thrown. Cases that are not in the backup are left as they are.
 */
export function restoreRecords(input: RestoreInput, replace: boolean): Promise<{ cases: number; exhibits: number; blobs: number }> {
  return withChainLock(async () => {
    const d = await db();
    const tx = d.transaction(['cases', 'exhibits', 'custody', 'qualifications', 'drafts', 'blobs'], 'readwrite');
    await atomically(tx, 'restore', async () => {
      const clash: string[] = [];
      for (const c of input.cases) if (await tx.objectStore('cases').get(c.id)) clash.push(c.id);
      if (clash.length && !replace) throw new AviseError('restoreNeedsConfirm', { cases: String(clash.length) }, `restore: ${clash.length} case(s) already here`);
      for (const caseId of clash) {
        for (const store of ['exhibits', 'custody', 'drafts'] as const) {
          const keys = await tx.objectStore(store).index('byCase').getAllKeys(caseId);
          for (const k of keys) await tx.objectStore(store).delete(k);
        }
        await tx.objectStore('qualifications').delete(caseId);
      }
      for (const [sha256, b] of input.blobs) await tx.objectStore('blobs').put({ sha256, bytes: b.bytes, mediaType: b.mediaType });
      for (const c of input.cases) await tx.objectStore('cases').put(c);
      for (const e of input.exhibits) await tx.objectStore('exhibits').put(e);
      for (const e of input.custody) await tx.objectStore('custody').put(e);
      for (const q of input.qualifications) await tx.objectStore('qualifications').put(q);
      for (const dr of input.drafts) await tx.objectStore('drafts').put(dr);
    });
    return { cases: input.cases.length, exhibits: input.exhibits.length, blobs: input.blobs.size };
  });
}
