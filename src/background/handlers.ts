// The service worker's side of the messaging contract: one handler per call, TypeScript checks they are all here.
import browser from 'webextension-polyfill';
import type { BackgroundCalls, Handlers } from '../messaging/protocol';
import { callContent } from '../messaging/client';
import { appendCustody, custodyOf, deleteJob, exhibitsOf, getCase, getQualification, listCases, listJobs, putQualification } from '../evidence/store';
import { captureReview, liveJobs } from './capture/pipeline';
import { ensureContentScript } from './inject';
import { getSettings, setSettings } from './settings';

export const handlers: Handlers<BackgroundCalls> = {
  async 'page.listReviews'({ tabId }) {
    await ensureContentScript(tabId);
    return callContent(tabId, 'content.listReviews', {});
  },
  async 'capture.review'({ tabId, key }) {
    return captureReview(tabId, key);
  },
  async 'capture.fromPage'({ key }, sender) {
    if (sender.tabId === undefined) throw new Error('capture.fromPage: no sender tab');
    const result = await captureReview(sender.tabId, key);
    await browser.tabs.create({ url: browser.runtime.getURL(`src/ui/manager/index.html#case=${encodeURIComponent(result.caseId)}`) });
    return result;
  },
  async 'capture.status'() {
    const jobs = await listJobs();
    return { interrupted: jobs.filter((j) => !liveJobs.has(j.id)).map((j) => ({ id: j.id, startedAt: j.startedAt, url: j.url })) };
  },
  async 'capture.dismissInterrupted'({ id }) {
    if (!liveJobs.has(id)) await deleteJob(id);
    return true;
  },
  async 'picker.start'({ tabId }) {
    await ensureContentScript(tabId);
    return callContent(tabId, 'content.pick', {});
  },
  async 'cases.list'() {
    return listCases();
  },
  async 'cases.get'({ caseId }) {
    const c = await getCase(caseId);
    if (!c) throw new Error(`Dossier introuvable / case not found: ${caseId}`);
    return { case: c, exhibits: await exhibitsOf(caseId), qualification: await getQualification(caseId) };
  },
  async 'qualification.save'(q) {
    const stored = { ...q, savedAt: new Date().toISOString() };
    await putQualification(stored);
    await appendCustody(q.caseId, { at: stored.savedAt, actor: 'user', event: 'qualify', caseId: q.caseId, detail: `qualification saved (ruleset ${q.rulesetVersion})` });
    return stored;
  },
  async 'custody.list'({ caseId }) {
    return custodyOf(caseId);
  },
  async 'custody.logExport'({ caseIds, filename, sha256 }) {
    const at = new Date().toISOString();
    for (const caseId of caseIds) await appendCustody(caseId, { at, actor: 'user', event: 'export', caseId, detail: `bundle ${filename} exported, sha256 ${sha256}` });
    return true;
  },
  async 'settings.get'() {
    return getSettings();
  },
  async 'settings.set'(patch) {
    return setSettings(patch);
  },
};
