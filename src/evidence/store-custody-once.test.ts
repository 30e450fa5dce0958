// The export of one file is noted once per case, even when the page asks again because the service worker stopped
// before answering (it cannot know whether the first call was written). In-memory IndexedDB (fake-indexeddb).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appendCustody, appendCustodyOnce, custodyOf } from './store';
import { verifyCustodyChain } from './custody';

const caseId = 'case-once';
const exportOf = (file: string, at: string) => ({ at, actor: 'user' as const, event: 'export' as const, caseId, detail: `bundle ${file} exported; SHA-256 of its tagmanifest-sha256.txt ${'a'.repeat(64)}` });

describe('appendCustodyOnce', () => {
  it('notes an export asked twice once, another file again, and keeps the chain intact', async () => {
    await appendCustody(caseId, { at: '2026-11-30T08:00:00.000Z', actor: 'extension', event: 'capture', caseId, exhibitId: 'ex-1', detail: 'seal 01' });
    const first = await appendCustodyOnce(caseId, exportOf('b.zip', '2026-11-30T09:00:00.000Z'));
    const again = await appendCustodyOnce(caseId, exportOf('b.zip', '2026-11-30T09:00:02.000Z'));
    expect(again).toEqual(first);
    await appendCustodyOnce(caseId, exportOf('b (1).zip', '2026-11-30T10:00:00.000Z'));
    const chain = await custodyOf(caseId);
    expect(chain.map((e) => e.detail.split(' ')[0] === 'bundle' ? e.detail.split(' exported')[0] : e.event)).toEqual(['capture', 'bundle b.zip', 'bundle b (1).zip']);
    expect(await verifyCustodyChain(chain)).toBeNull();
  });
});
