import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { CaseRecord, Exhibit } from '../../shared/types';
import { concatParts } from '../bundle/zip-writer';
import { chainEntry } from '../custody';
import { sha256Hex } from '../hash';
import { computeSeal } from '../seal';
import { createInstallationKey, signData } from '../signing';
import { readBackup, writeBackup, BackupRefused, type BackupSigner } from './backup';

const enc = new TextEncoder();
async function signer(): Promise<BackupSigner> {
  const k = await createInstallationKey();
  return { publicKeySpki: k.publicKeySpki, sign: (d) => signData(k.privateKey, d) };
}

async function sample() {
  const png = enc.encode('\x89PNG fake screenshot bytes');
  const sha = await sha256Hex(png);
  const unsealed = {
    id: 'ex-1', caseId: 'case-1', sequence: 1, capturedAt: { startUtc: '2026-11-02T09:00:00Z', endUtc: '2026-11-02T09:00:02Z', local: '', timeZone: 'Europe/Paris', offset: '+01:00' },
    source: { url: 'https://example.test/', title: 't', adapterId: 'generic' }, review: { id: 'r', author: 'Marc L.', dateText: 'il y a 2 jours', text: 'Escroc', translated: false, photos: { count: 0, urls: [] } },
    environment: {} as Exhibit['environment'], actions: [], artefacts: [{ kind: 'review.png', path: 'review.png', mediaType: 'image/png', bytes: png.length, sha256: sha }], previousSeal: null,
  } as unknown as Exhibit;
  const exhibit = { ...unsealed, seal: await computeSeal(unsealed) };
  const c: CaseRecord = { id: 'case-1', createdAt: '2026-11-02T09:00:00Z', title: 'Marc L.', listing: { site: 'generic', url: 'https://example.test/' }, status: 'reported', steps: [{ kind: 'reported', doneAt: '2026-11-03' }], exhibitIds: ['ex-1'], notes: '' };
  const e1 = await chainEntry(undefined, { at: '2026-11-02T09:00:02Z', actor: 'extension', event: 'capture', caseId: 'case-1', exhibitId: 'ex-1', detail: 'capture' });
  const e2 = await chainEntry(e1, { at: '2026-11-03T09:00:00Z', actor: 'user', event: 'note', caseId: 'case-1', detail: 'Note: appel' });
  const data = { createdAt: '2026-12-01T10:00:00.000Z', software: { name: 'Avisé', version: '0.1.0' }, cases: [c], exhibits: [exhibit], custody: [{ ...e1, caseId: 'case-1' }, { ...e2, caseId: 'case-1' }], qualifications: [], drafts: [], settings: { timestampEnabled: false, tsaUrls: [], profile: { lastName: 'Martin' } } };
  return { data, blobs: new Map([[sha, png]]), sha };
}

async function write(s: BackupSigner) {
  const { data, blobs, sha } = await sample();
  const out = await writeBackup(data, new Map([[sha, 'image/png']]), async (h) => blobs.get(h)!, s);
  return { zip: concatParts(out.parts), out, data, sha };
}

async function rezip(zip: Uint8Array, change: (z: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const z = await JSZip.loadAsync(zip);
  await change(z);
  return z.generateAsync({ type: 'uint8array' });
}

const refusal = async (p: Promise<unknown>) => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(BackupRefused);
  return { reason: (e as BackupRefused).reason, detail: (e as BackupRefused).detail };
};

describe('backup file', () => {
  it('reads back every case, exhibit, custody entry, settings and blob byte for byte, and says which key signed it', async () => {
    const s = await signer();
    const { zip, data, sha, out } = await write(s);
    expect(out.fileName).toBe('avise-sauvegarde-2026-12-01.zip');
    const read = await readBackup(zip);
    expect(read.data.cases).toEqual(data.cases);
    expect(read.data.exhibits).toEqual(data.exhibits);
    expect(read.data.custody).toEqual(data.custody);
    expect(read.data.settings).toEqual(data.settings);
    expect(Buffer.from(read.blobs.get(sha)!.bytes)).toEqual(Buffer.from(enc.encode('\x89PNG fake screenshot bytes')));
    expect(read.signedBy).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  });

  it('refuses a file whose screenshot was changed, naming the file', async () => {
    const { zip, sha } = await write(await signer());
    const bad = await rezip(zip, (z) => void z.file(`blobs/${sha}`, enc.encode('\x89PNG other bytes')));
    expect(await refusal(readBackup(bad))).toEqual({ reason: 'file-modified', detail: `blobs/${sha}` });
  });

  it('refuses a file whose records were edited and whose manifest was recomputed, because the signature no longer matches', async () => {
    const { zip } = await write(await signer());
    const bad = await rezip(zip, async (z) => {
      const json = (await z.file('avise-backup.json')!.async('string')).replace('Marc L.', 'Paul K.');
      z.file('avise-backup.json', json);
      const manifest = (await z.file('manifest-sha256.txt')!.async('string')).replace(/^[0-9a-f]{64}(?= {2}avise-backup\.json)/m, await sha256Hex(enc.encode(json)));
      z.file('manifest-sha256.txt', manifest);
    });
    expect((await refusal(readBackup(bad))).reason).toBe('signature-bad');
  });

  it('refuses an edited exhibit even when re-signed with another key: its seal no longer matches', async () => {
    const { data, blobs, sha } = await sample();
    data.exhibits[0] = { ...data.exhibits[0], review: { ...data.exhibits[0].review, text: 'Très bon médecin' } };
    const out = await writeBackup(data, new Map([[sha, 'image/png']]), async (h) => blobs.get(h)!, await signer());
    expect(await refusal(readBackup(concatParts(out.parts)))).toEqual({ reason: 'seal-bad', detail: 'ex-1' });
  });

  it('refuses a file with an added file, and a file that is not a backup at all', async () => {
    const { zip } = await write(await signer());
    expect(await refusal(readBackup(await rezip(zip, (z) => void z.file('blobs/extra', 'x'))))).toEqual({ reason: 'file-added', detail: 'blobs/extra' });
    expect((await refusal(readBackup(enc.encode('not a zip')))).reason).toBe('not-zip');
    expect((await refusal(readBackup(await rezip(zip, (z) => void z.remove('avise-backup.json'))))).reason).toBe('not-backup');
  });
});
