// Exports one or several cases as an evidence bundle (BagIt ZIP), from the extension page that downloads it
// (the service worker has no URL.createObjectURL). The service worker then records the export in each case's
// custody chain. Format: docs/evidence-bundle.md.
import browser from 'webextension-polyfill';
import { writeBundle } from '../../evidence/bundle/write';
import { custodyOf, draftsOf, exhibitsOf, getBlob, getCase, getQualification } from '../../evidence/store';
import { installationSigner } from '../../evidence/installation-key';
import type { CustodyEntry } from '../../shared/types';
import { callBackground } from '../../messaging/client';
import { uiLang } from '../shared/i18n';
import { draftsForBundle } from './drafts-for-bundle';

/**
 * The custody chain put in a bundle stops at the case's last entry that is not an export: exporting twice in a
 * row gives the same bytes, and every entry included still chains from the first.
 */
export function custodyForBundle(entries: CustodyEntry[]): CustodyEntry[] {
  let end = entries.length;
  while (end > 0 && entries[end - 1].event === 'export') end--;
  return entries.slice(0, end);
}

export async function buildBundle(caseIds: string[]) {
  const cases = [];
  const exhibits = [];
  const custody: CustodyEntry[] = [];
  const qualifications: Record<string, unknown> = {};
  const drafts = [];
  const { profile } = await callBackground('settings.get', {});
  // Sorted: the same set of cases gives the same bundle, whatever order the doctor ticked them in.
  for (const id of [...new Set(caseIds)].sort()) {
    const c = await getCase(id);
    if (!c) throw new Error(`case not found: ${id}`);
    cases.push(c);
    const ex = await exhibitsOf(id);
    exhibits.push(...ex);
    custody.push(...custodyForBundle(await custodyOf(id)));
    const q = await getQualification(id);
    if (q) qualifications[id] = q;
    // The versions the doctor last saved (edited or not), from the store the service worker writes.
    drafts.push(...draftsForBundle(c, ex, q, profile, await draftsOf(id)));
  }
  const manifest = browser.runtime.getManifest();
  return writeBundle({
    cases,
    exhibits,
    getBlob,
    custody,
    qualifications,
    drafts,
    signer: await installationSigner(),
    software: { name: 'Avisé', version: manifest.version },
    lang: uiLang(),
    // Names who captured in the report and pre-fills the declaration (stated there as declared by the user).
    profile,
  });
}

/**
 * The bundle is identified by the SHA-256 of its tag manifest (which covers every manifest, hence every file):
 * that is the hash to cite in letters, and computing it needs no second copy of the ZIP in memory.
 */
export async function exportAndDownload(caseIds: string[]): Promise<{ fileName: string; sha256: string; size: number }> {
  // Built in its own scope so that the parts can be collected once the Blob holds them (a 50-exhibit bundle must
  // not sit in memory twice).
  const { blob, fileName, sha256, size } = await (async () => {
    const b = await buildBundle(caseIds);
    return { blob: new Blob(b.parts as BlobPart[], { type: 'application/zip' }), fileName: b.fileName, sha256: b.tagManifestSha256, size: b.size };
  })();
  const url = URL.createObjectURL(blob);
  let saved = fileName;
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    // The browser may have renamed it (« … (1).zip » when the name was taken): log the name actually written.
    saved = (await waitForDownload(id)) ?? fileName;
  } finally {
    URL.revokeObjectURL(url);
  }
  await callBackground('custody.logExport', { caseIds, filename: saved, sha256 });
  return { fileName: saved, sha256, size };
}

/**
 * Downloads one file made on this page (a draft's .docx or .txt) with no dialog, as the bundle is; resolves with
 * the name the browser actually wrote (« … (1).docx » when the name was taken).
 */
export async function downloadFile(bytes: Uint8Array, fileName: string, type: string): Promise<string> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    return (await waitForDownload(id)) ?? fileName;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Resolves with the base name of the file the browser wrote. */
async function waitForDownload(id: number): Promise<string | undefined> {
  await new Promise<void>((resolve, reject) => {
    const check = (state?: string, error?: string) => {
      if (state === 'complete') done(resolve);
      else if (state === 'interrupted') done(() => reject(new Error(`download interrupted: ${error ?? ''}`)));
    };
    const listener = (delta: browser.Downloads.OnChangedDownloadDeltaType) => {
      if (delta.id === id) check(delta.state?.current, delta.error?.current);
    };
    const done = (fn: () => void) => {
      browser.downloads.onChanged.removeListener(listener);
      fn();
    };
    browser.downloads.onChanged.addListener(listener);
    // A small download can finish before we subscribed.
    void browser.downloads.search({ id }).then(([item]) => item && check(item.state, item.error));
  });
  const [item] = await browser.downloads.search({ id });
  return item?.filename ? item.filename.split(/[\\/]/).pop() : undefined;
}
