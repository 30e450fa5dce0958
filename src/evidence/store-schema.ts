// The evidence store's schema (IndexedDB): its name, version and object stores. Shared by the writer
// (store.ts, service worker only) and the read-only module (store-read.ts, extension pages).
import type { DBSchema } from 'idb';
import type { CaseRecord, CustodyEntry, Exhibit } from '../shared/types';
import type { CaptureJob, StoredDraft, StoredQualification } from './records';

export interface AviseDB extends DBSchema {
  blobs: { key: string; value: { sha256: string; bytes: Uint8Array; mediaType: string } };
  exhibits: { key: string; value: Exhibit; indexes: { byCase: string } };
  cases: { key: string; value: CaseRecord };
  custody: { key: [string, number]; value: CustodyEntry & { caseId: string }; indexes: { byCase: string } };
  qualifications: { key: string; value: StoredQualification };
  jobs: { key: string; value: CaptureJob };
  /** The installation key (`installation-key`, a non-extractable CryptoKey) and the signature cache (`sig:<sha256>`). */
  meta: { key: string; value: unknown };
  drafts: { key: [string, string, string]; value: StoredDraft; indexes: { byCase: string } };
}

export const DB_NAME = 'avise';
/**
 * 1: cases, exhibits, blobs, custody, qualifications, jobs, meta. 2: drafts. 3: qualifications and drafts carry
 * `schemaVersion` and typed answers/result (records.ts migrateQualification / migrateDraft). 4: qualified cases carry
 * `summary` (case-status.ts), so the case list reads one store.
 */
export const DB_VERSION = 4;
