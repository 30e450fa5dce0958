// The bundle fingerprint: SHA-256 of tagmanifest-sha256.txt, which covers every manifest and so every file of the
// bundle. Letters quote its short form; anyone can recompute the full form (sha256sum, shasum, Get-FileHash, certutil).
import type { CustodyEntry } from '../../shared/types';

export interface BundleFingerprint {
  /** First 16 hex digits in groups of 4, e.g. "3f2a 9b10 c4d2 77e1": short enough to read aloud or quote. */
  short: string;
  /** The whole SHA-256, 64 lowercase hex digits, as sha256sum prints it. */
  full: string;
}

export function bundleFingerprint(tagManifestSha256: string): BundleFingerprint {
  const full = tagManifestSha256.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(full)) throw new Error(`not a SHA-256: ${tagManifestSha256}`);
  return { short: full.slice(0, 16).match(/.{4}/g)!.join(' '), full };
}

/** The export entry written by the service worker (`custody.logExport`) carries the tag manifest's SHA-256. */
const EXPORT_HASH = /tagmanifest-sha256\.txt ([0-9a-f]{64})\b/;

/** The fingerprint of the latest export recorded in a case's custody log, if the case was ever exported. */
export function latestExportFingerprint(entries: CustodyEntry[]): (BundleFingerprint & { at: string }) | undefined {
  for (const e of [...entries].reverse()) {
    const hash = e.event === 'export' ? EXPORT_HASH.exec(e.detail)?.[1] : undefined;
    if (hash) return { ...bundleFingerprint(hash), at: e.at };
  }
  return undefined;
}
