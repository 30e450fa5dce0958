// Restore of a backup (issue 11 §5) in the service worker, the only writer. The page sends the file in chunks (a
// runtime message has a size limit), then asks to restore: the backup is read and checked whole (hashes, signature,
// seals, custody chains: evidence/backup/backup.ts) before anything is written, and cases already here are
// replaced only when the doctor said yes (`replace`). Settings are restored on a profile that has none yet, or
// when the doctor said yes. The chains are restored exactly as they were: the restore itself adds no entry to them.
import browser from 'webextension-polyfill';
import { BackupRefused, readBackup } from '../evidence/backup/backup';
import { base64ToBytes } from '../evidence/bundle/write';
import { migrateDraft, migrateQualification, UnreadableRecord } from '../evidence/records';
import { existingCaseIds, restoreRecords, setMeta } from '../evidence/store';
import { AviseError } from '../shared/errors';
import { setSettings } from './settings';
import { LAST_BACKUP_KEY, runReminders } from './reminders';

const uploads = new Map<string, { chunks: string[]; total: number }>();
const MAX_CHUNKS = 4096;

export function receiveChunk(uploadId: string, index: number, total: number, chunkBase64: string): void {
  if (typeof uploadId !== 'string' || !uploadId || !Number.isInteger(index) || !Number.isInteger(total) || total < 1 || total > MAX_CHUNKS || index < 0 || index >= total || typeof chunkBase64 !== 'string') {
    throw new AviseError('backupRefused', { reason: refusalText('not-backup', '') }, 'backup.upload: bad chunk');
  }
  const u = uploads.get(uploadId) ?? { chunks: new Array<string>(total).fill(''), total };
  uploads.set(uploadId, u);
  u.chunks[index] = chunkBase64;
}

function refusalText(reason: string, detail: string): string {
  return browser.i18n.getMessage(`timRefuse_${reason.replace(/-/g, '_')}`, [detail]) || `${reason} ${detail}`;
}

function keepReadable<T>(rows: unknown[], migrate: (r: unknown) => T): T[] {
  return rows.map((r) => {
    try {
      return migrate(r);
    } catch (e) {
      if (e instanceof UnreadableRecord) return r as T; // kept as it was, never dropped
      throw e;
    }
  });
}

export async function restoreUpload(uploadId: string, replace: boolean): Promise<{ cases: number; exhibits: number; blobs: number; signedBy: string; settingsRestored: boolean }> {
  const u = uploads.get(uploadId);
  if (!u || u.chunks.some((c) => !c)) throw new AviseError('backupRefused', { reason: refusalText('file_missing', 'upload') }, 'backup.restore: upload incomplete');
  const bytes = concat(u.chunks.map((c) => base64ToBytes(c)));
  let read;
  try {
    read = await readBackup(bytes);
  } catch (e) {
    uploads.delete(uploadId);
    if (e instanceof BackupRefused) throw new AviseError('backupRefused', { reason: refusalText(e.reason, e.detail) }, e.message);
    throw e;
  }
  const { data, blobs, signedBy } = read;
  const clash = await existingCaseIds(data.cases.map((c) => c.id));
  if (clash.length && !replace) throw new AviseError('restoreNeedsConfirm', { cases: String(clash.length) }, `restore: ${clash.length} case(s) already here`);
  const counts = await restoreRecords(
    { cases: data.cases, exhibits: data.exhibits, custody: data.custody, qualifications: keepReadable(data.qualifications ?? [], migrateQualification), drafts: keepReadable(data.drafts ?? [], migrateDraft), blobs },
    replace,
  );
  uploads.delete(uploadId);
  let settingsRestored = false;
  if (data.settings) {
    const { settings } = (await browser.storage.local.get('settings')) as { settings?: unknown };
    if (!settings || replace) {
      await setSettings(data.settings);
      settingsRestored = true;
    }
  }
  await setMeta('backup:restored', new Date().toISOString());
  void runReminders().catch(() => undefined);
  return { ...counts, signedBy, settingsRestored };
}

export async function backupDone(): Promise<void> {
  await setMeta(LAST_BACKUP_KEY, new Date().toISOString());
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
