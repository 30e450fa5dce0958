export interface Check { id: string; ok: boolean; detail: string }

export interface VerifyResult {
  ok: boolean;
  checks: Check[];
  /** "id: detail" of the first failed check. */
  firstFailure?: string;
  folder?: string;
}

export interface VerifyOptions {
  /** Root certificates (DER or PEM) of timestamp authorities you trust; without them the CMS signature is checked but not the chain. */
  trustedTsaCerts?: (Uint8Array | string)[];
}

/** The bag's files, by path relative to the bag folder. */
export interface BagFiles {
  paths: string[];
  has(path: string): boolean;
  bytes(path: string): Promise<Uint8Array>;
  text(path: string): Promise<string>;
  sha256(path: string): Promise<string>;
}
