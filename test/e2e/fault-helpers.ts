// TEST-ONLY helpers for the fault tests: one check that the evidence store is whole (every exhibit sealed, chained
// and with all its blobs; every case listing exactly its exhibits; every custody chain intact and recording each
// capture once), read from an extension page.
import type { Page } from 'puppeteer-core';
import { computeSeal } from '../../src/evidence/seal';
import { verifyCustodyChain } from '../../src/evidence/custody';
import { dumpStore, type StoreDump } from './capture-helpers';

/** The keys (SHA-256) of every stored blob. */
export async function blobKeys(extPage: Page): Promise<string[]> {
  return extPage.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, ko) => {
      const r = indexedDB.open('avise');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const keys: IDBValidKey[] = await new Promise((ok, ko) => {
      const r = db.transaction('blobs').objectStore('blobs').getAllKeys();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    db.close();
    return keys.map(String);
  });
}

/**
 * What is not whole in the store, in words (empty: everything is whole). A capture half-written — an exhibit without
 * a blob, a case without its exhibit, an exhibit its case does not list, a custody entry for a capture that is not
 * stored, a capture without its custody entry — shows up here, as does a broken seal or chain.
 */
export async function storeProblems(extPage: Page, dump?: StoreDump): Promise<string[]> {
  const store = dump ?? (await dumpStore(extPage));
  const blobs = new Set(await blobKeys(extPage));
  const problems: string[] = [];
  const caseIds = new Set(store.cases.map((c) => c.id));
  for (const ex of store.exhibits) if (!caseIds.has(ex.caseId)) problems.push(`exhibit ${ex.id}: its case ${ex.caseId} is not stored`);
  for (const c of store.cases) {
    const exhibits = store.exhibits.filter((e) => e.caseId === c.id).sort((a, b) => a.sequence - b.sequence);
    if (exhibits.length === 0) problems.push(`case ${c.id}: no exhibit`);
    if (JSON.stringify([...c.exhibitIds].sort()) !== JSON.stringify(exhibits.map((e) => e.id).sort())) problems.push(`case ${c.id}: lists ${c.exhibitIds.length} exhibit(s), ${exhibits.length} stored`);
    let previous: string | null = null;
    for (const [i, ex] of exhibits.entries()) {
      if (ex.sequence !== i + 1) problems.push(`case ${c.id}: exhibit ${ex.id} has sequence ${ex.sequence}, expected ${i + 1}`);
      if (ex.previousSeal !== previous) problems.push(`case ${c.id}: exhibit ${ex.sequence} is not chained to exhibit ${i}`);
      if ((await computeSeal(ex)) !== ex.seal) problems.push(`case ${c.id}: exhibit ${ex.sequence}: seal does not match its content`);
      for (const a of ex.artefacts) if (!blobs.has(a.sha256)) problems.push(`case ${c.id}: exhibit ${ex.sequence}: ${a.path} has no stored blob`);
      previous = ex.seal;
    }
    const custody = store.custody.filter((e) => e.caseId === c.id).sort((a, b) => a.seq - b.seq);
    const broken = await verifyCustodyChain(custody);
    if (broken) problems.push(`case ${c.id}: ${broken}`);
    const captureEntries = custody.filter((e) => e.event === 'capture');
    const recorded = captureEntries.map((e) => e.exhibitId).sort();
    if (JSON.stringify(recorded) !== JSON.stringify(exhibits.map((e) => e.id).sort())) problems.push(`case ${c.id}: custody records captures of [${recorded.join(', ')}], stored exhibits are [${exhibits.map((e) => e.id).join(', ')}]`);
  }
  const orphans = store.custody.filter((e) => !caseIds.has(e.caseId ?? ''));
  if (orphans.length) problems.push(`${orphans.length} custody entr(ies) of cases that are not stored`);
  return problems;
}
