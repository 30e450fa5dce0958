// « L'avis est-il toujours en ligne ? » (issue 11 §4), run on the review's page in a tab Avisé may read — the tab
// the doctor clicked Avisé on (activeTab), as for any capture: never without the doctor. Finds the review again (by
// its site id, then by author and text: evidence/recheck.ts) and records the outcome in the case's custody log:
//   present / modified — a new capture through the capture pipeline's public entry, chained to the first exhibit,
//                        with the word diff of the text when it changed;
//   removed            — the review is not on the page any more: the page without it is captured (viewport and
//                        MHTML, background/capture/page-without.ts), chained like any exhibit; the doctor is
//                        offered the step « avis retiré »;
//   unreachable        — the page could not be read (error page, no access).
import browser from 'webextension-polyfill';
import { callContent } from '../messaging/client';
import { appendCustody, exhibitsOf, getCase, getExhibit } from '../evidence/store';
import { findAgain, recheckDetail, textDiff } from '../evidence/recheck';
import type { RecheckResult } from '../messaging/protocol';
import { AviseError } from '../shared/errors';
import { captureReview } from './capture/pipeline';
import { capturePageWithout } from './capture/page-without';
import { ensureContentScript } from './inject';


const same = (a: string, b: string) => a.normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();

export async function recheckOnTab(tabId: number, caseId: string): Promise<RecheckResult> {
  const c = await getCase(caseId);
  if (!c) throw new AviseError('caseNotFound', { caseId }, `case not found: ${caseId}`);
  const first = (await exhibitsOf(caseId))[0];
  if (!first) throw new AviseError('caseNotFound', { caseId }, `case without exhibit: ${caseId}`);
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) throw new AviseError('recheckNoTab', {}, `recheck: no tab ${tabId}`);
  const url = tab.url ?? first.source.url;
  const record = async (r: Omit<RecheckResult, 'url' | 'at'>): Promise<RecheckResult> => {
    const at = new Date().toISOString();
    await appendCustody(caseId, { at, actor: 'user', event: 'recheck', caseId, ...(r.exhibitId ? { exhibitId: r.exhibitId } : {}), detail: recheckDetail(r.outcome, url, r.diff) });
    return { ...r, url, at };
  };
  let reviews;
  try {
    await ensureContentScript(tabId);
    reviews = (await callContent(tabId, 'content.listReviews', {})).reviews;
  } catch {
    return record({ outcome: 'unreachable' });
  }
  const found = findAgain(first.review, reviews);
  if (!found) {
    // The page without the review, as a new exhibit chained to the case's last one. If that capture fails, the
    // removal is still recorded (the doctor saw it), and the reason is returned.
    try {
      const page = await capturePageWithout(tabId, caseId, first.review, `recheck: review ${first.review.id} by « ${first.review.author} » not found on the page (looked for by its id, then by author and text)`);
      return record({ outcome: 'removed', exhibitId: page.exhibitId });
    } catch (e) {
      return record({ outcome: 'removed', captureError: e instanceof Error ? e.message : String(e) });
    }
  }
  const captured = await captureReview(tabId, found.key);
  const ex = await getExhibit(captured.exhibitId);
  if (!ex) throw new AviseError('exhibitNotFound', { exhibitId: captured.exhibitId }, 'recheck: new exhibit not stored');
  if (same(ex.review.text, first.review.text)) return record({ outcome: 'present', exhibitId: ex.id });
  return record({ outcome: 'modified', exhibitId: ex.id, diff: textDiff(first.review.text, ex.review.text) });
}

/** Tabs opened by « L'avis est-il toujours en ligne ? », waiting for the doctor's click on Avisé in them. */
const pending = new Map<number, string>();

export async function openForRecheck(caseId: string): Promise<{ tabId: number }> {
  const c = await getCase(caseId);
  const first = c && (await exhibitsOf(caseId))[0];
  if (!c || !first) throw new AviseError('caseNotFound', { caseId }, `case not found: ${caseId}`);
  const tab = await browser.tabs.create({ url: first.source.url, active: true });
  if (tab.id === undefined) throw new AviseError('recheckNoTab', {}, 'recheck: the tab was not opened');
  pending.set(tab.id, caseId);
  return { tabId: tab.id };
}

export async function pendingRecheckOf(tabId: number): Promise<{ caseId: string; title: string } | undefined> {
  const caseId = pending.get(tabId);
  const c = caseId ? await getCase(caseId) : undefined;
  return c ? { caseId: c.id, title: c.title } : undefined;
}

export function recheckDone(tabId: number): void {
  pending.delete(tabId);
}

browser.tabs.onRemoved.addListener((tabId) => pending.delete(tabId));
