/** Parameters of a check's wording: file names, counts, dates (file names inside a bundle are hostile input: shown as text). */
export type CheckParams = Record<string, string | number | boolean>;

/**
 * One result of the verifier. `code` + `params` are the data; `describeCheck(check, lang)` (wording.ts) words them for
 * the reader in French or English. `detail` is the English wording, kept for logs and older callers.
 */
export interface Check {
  /** Which part of the bundle: 'manifest-sha256.txt', 'seal:data/exhibits/01-x/', 'exhibit-chain', 'signature'… */
  id: string;
  ok: boolean;
  code: string;
  params: CheckParams;
  detail: string;
  /** Technical reason (English, from a library), for the command line only; never needed to understand the line. */
  technical?: string;
}

/** What the bundle is about, read from its exhibit records (for the first line of the verdict). */
export interface VerifiedExhibit {
  caseId: string;
  sequence: number;
  author: string;
  site: string;
  url: string;
  /** Local wall time with offset, as recorded at capture ("2026-12-01T03:56:12.000+01:00"). */
  capturedLocal: string;
  timeZone: string;
  offset: string;
}

export interface VerifyResult {
  ok: boolean;
  checks: Check[];
  /** "id: detail" of the first failed check (English). */
  firstFailure?: string;
  folder?: string;
  /** The exhibits found in the bag, in capture order (read even when a check fails). */
  exhibits: VerifiedExhibit[];
  /** SHA-256 of tagmanifest-sha256.txt: the bundle fingerprint cited in letters. */
  tagManifestSha256?: string;
}

export interface VerifyOptions {
  /** Root certificates (DER or PEM) of timestamp authorities you trust; without them the CMS signature is checked but not the chain. */
  trustedTsaCerts?: (Uint8Array | string)[];
  /**
   * Further checks run after the built-in ones, on the same bag (e.g. the attested view of the report). Each returns
   * checks with a code that wording.ts knows, or with its own `detail` used as the wording.
   */
  extraChecks?: ((bag: BagFiles) => Promise<Check[]>)[];
}

/** The bag's files, by path relative to the bag folder. */
export interface BagFiles {
  paths: string[];
  has(path: string): boolean;
  bytes(path: string): Promise<Uint8Array>;
  text(path: string): Promise<string>;
  sha256(path: string): Promise<string>;
}

/** Adds a check; its English `detail` is worded at once. */
export type AddCheck = (id: string, ok: boolean, code: string, params?: CheckParams, technical?: string) => void;
