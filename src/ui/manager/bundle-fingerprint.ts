// The fingerprint of a case's latest exported bundle, for the export panel and for letters prepared after an export.
// It is read from the case's custody log: the export entry (`custody.logExport`) records the tag manifest's SHA-256.
import { latestExportFingerprint, type BundleFingerprint } from '../../evidence/bundle/fingerprint';
import { callBackground } from '../../messaging/client';

export async function latestBundleFingerprint(caseId: string): Promise<(BundleFingerprint & { at: string }) | undefined> {
  return latestExportFingerprint(await callBackground('custody.list', { caseId }));
}
