// Storage full while a capture is being stored: the browser refuses the write (QuotaExceededError), and the store
// writes a capture in ONE transaction, so nothing of it is kept — no case without its exhibit, no exhibit without its
// blobs, no custody entry for a capture that was not stored. The popup says why in plain words, and once there is
// room again the same capture works.
//
// Why a copy of the build without `unlimitedStorage`: that permission (kept in the shipped manifest, so that the
// browser never evicts evidence) makes Chrome ignore the origin's quota, including the debugging protocol's
// Storage.overrideQuotaForOrigin (measured: a 5 MB write under a 1,000-byte override succeeds). For the shipped
// extension the quota is the free disk space, and a full disk is refused with the same QuotaExceededError. The copy
// runs the same code; only that permission is removed, so that the test can lower the quota.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, demoPath, type Harness } from './harness';
import { captureInPopup, dumpStore, reviewAt, until, waitInPopup } from './capture-helpers';
import { storeProblems } from './fault-helpers';

let h: Harness;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'avise-limited-'));
  cpSync(resolve(import.meta.dirname, '../../dist/chrome'), dist, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { permissions: string[] };
  expect(manifest.permissions).toContain('unlimitedStorage');
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest));
  h = await startHarness({ dist });
});
afterAll(async () => {
  await h?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('storage full during a capture', () => {
  it('stores nothing of the refused capture, says so in the popup, and captures again once there is room', async () => {
    const { popup } = await h.openPopupOn(h.origin + demoPath);
    // Room for one capture of the demo page (about 250 KB of images, archive and records), not two. Chrome checks the
    // quota before it commits a transaction, and trusts its last answer for up to 30 s while that leaves room: the
    // quota is lowered before the first write, so that its answer is the lowered one.
    const origin = `chrome-extension://${h.extensionId}`;
    const cdp: CDPSession = await popup.createCDPSession();
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 400_000 });
    await captureInPopup(popup, 0);
    const before = await dumpStore(popup);
    expect(before.exhibits).toHaveLength(1);

    await popup.$eval(`${reviewAt(2)} button.capture`, (b) => (b).click());
    // The capture's job marker (a few hundred bytes) still fits: the refusal comes when its images are committed.
    const job = await until(async () => (await dumpStore(popup)).jobs[0], 10_000, 'the capture job');
    expect(job.url).toBe(h.origin + demoPath);
    await waitInPopup(popup, 'p.error');
    const shown = await popup.$eval('p.error', (p) => p.textContent ?? '');
    const expected = await popup.evaluate(() => chrome.i18n.getMessage('err_storeFull'));
    expect(expected).toMatch(/disque plein/);
    expect(shown).toContain(expected);
    expect(await popup.$(`${reviewAt(2)} .captured`)).toBeNull();

    // Nothing of it was kept, and its job marker was removed: the store is exactly as before the refused capture.
    const during = await dumpStore(popup);
    expect(during.cases).toEqual(before.cases);
    expect(during.exhibits).toEqual(before.exhibits);
    expect(during.custody).toEqual(before.custody);
    expect(during.blobCount).toBe(before.blobCount);
    expect(during.jobs).toEqual([]);
    expect(await storeProblems(popup, during)).toEqual([]);

    // Room again: the same capture is stored whole, and the first case is untouched.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await captureInPopup(popup, 2);
    expect(await popup.$('p.error')).toBeNull();
    const after = await dumpStore(popup);
    expect(after.cases).toHaveLength(2);
    expect(after.exhibits).toHaveLength(2);
    expect(after.exhibits).toContainEqual(before.exhibits[0]);
    expect(await storeProblems(popup, after)).toEqual([]);
    await cdp.detach();
  });
});
