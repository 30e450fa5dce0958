// What the extension hands to the bundle writer, and what it gets back. Format spec: docs/evidence-bundle.md.
import type { CaseRecord, CustodyEntry, DoctorProfile, Exhibit } from '../../shared/types';
import type { SeriesRecord } from '../series-record';

export interface BundleSigner {
  algorithm: 'ECDSA-P256-SHA256';
  publicKeySpki: Uint8Array;
  /** Returns the ECDSA signature as WebCrypto gives it (IEEE P1363 r||s, 64 bytes). See signing.ts memoizingSigner. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

export interface BundleInput {
  cases: CaseRecord[];
  /** Sealed exhibits; artefacts reference blobs by sha256. */
  exhibits: Exhibit[];
  /** Called once per distinct blob, one at a time (never all blobs in memory at once). */
  getBlob(sha256: string): Promise<Uint8Array>;
  /** The installation's custody log (hash-chained). */
  custody: CustodyEntry[];
  /** caseId -> qualification JSON (from the legal engine, opaque here). */
  qualifications?: Record<string, unknown>;
  /** One text file each; `edited` (the doctor's own version) and `savedAt` are listed in data/drafts/index.json. */
  drafts?: { caseId: string; name: string; text: string; edited?: boolean; savedAt?: string }[];
  signer?: BundleSigner;
  software: { name: string; version: string };
  /** Unused since v1.1: the report and declaration are always written in both languages, one file each (French first). */
  lang?: 'fr' | 'en';
  /** The doctor's profile (settings): names who captured in the report and pre-fills the declaration, « déclaré par l'utilisateur ». */
  profile?: DoctorProfile;
  /** Write the PDF copies of the reports and declarations too (default true). */
  pdf?: boolean;
  /** Series records of the cases captured as a series: the report adds their pattern table and timeline. */
  series?: SeriesRecord[];
}

export interface BundleResult {
  /** e.g. "avise-case-1-3f2a9c0d11aa.zip" */
  fileName: string;
  /** The single top-level folder of the ZIP (the bag), same as fileName without ".zip". */
  folder: string;
  /** The ZIP is the concatenation of these parts: pass them to `new Blob(parts, {type: 'application/zip'})`. */
  parts: Uint8Array[];
  size: number;
  /** SHA-256 of tagmanifest-sha256.txt: cite it in letters ("bundle manifest hash"). */
  tagManifestSha256: string;
  /** Relative paths (inside the folder) of every file written, in ZIP order. */
  files: string[];
}
