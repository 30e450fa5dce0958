// The service worker's side of the messaging contract: one handler per call, TypeScript checks they are all here.
import browser from 'webextension-polyfill';
import type { BackgroundCalls, Handlers } from '../messaging/protocol';
import { callContent } from '../messaging/client';
import { appendCustody, custodyOf, deleteJob, draftsOf, exhibitsOf, getCase, getDraft, getQualification, listCases, listJobs, putDraft, putQualification } from '../evidence/store';
import { cancelCapture, captureReview, caseIdFor, liveJobs } from './capture/pipeline';
import type { SiteId } from '../shared/types';
import { ensureContentScript } from './inject';
import { getSettings, setSettings } from './settings';
import { runTimestamps } from './timestamps';
import { installationFingerprint } from '../evidence/installation-key';

/** "diffamation (probable), injure (a-confirmer-avocat)": the labels of a stored qualification, for the custody log. */
function labelsOf(result: unknown): string {
  const labels = (result as { labels?: { label: string; strength: string }[] } | undefined)?.labels ?? [];
  return labels.map((l) => `${l.label} (${l.strength})`).join(', ');
}

export const handlers: Handlers<BackgroundCalls> = {
  async 'page.listReviews'({ tabId }) {
    await ensureContentScript(tabId);
    const page = await callContent(tabId, 'content.listReviews', {});
    // Tell the doctor which reviews already have a case, so a new capture is a deliberate re-check.
    for (const r of page.reviews) {
      if (!r.id) continue;
      const existing = await getCase(await caseIdFor(page.adapterId as SiteId, r.id));
      if (existing) r.captured = { caseId: existing.id, exhibits: existing.exhibitIds.length };
    }
    return page;
  },
  async 'capture.review'({ tabId, key, captureId }) {
    const result = await captureReview(tabId, key, captureId);
    void runTimestamps(result.exhibitId); // opt-in; returns at once without network when off
    return result;
  },
  async 'capture.fromPage'({ key }, sender) {
    if (sender.tabId === undefined) throw new Error('capture.fromPage: no sender tab');
    const result = await captureReview(sender.tabId, key);
    void runTimestamps(result.exhibitId);
    await browser.tabs.create({ url: browser.runtime.getURL(`src/ui/manager/index.html#case=${encodeURIComponent(result.caseId)}`) });
    return result;
  },
  async 'capture.cancel'({ captureId }) {
    return { cancelled: cancelCapture(captureId) };
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
    const before = labelsOf((await getQualification(q.caseId))?.result);
    await putQualification(stored);
    // Every answer is saved, but the custody log records only what changes the outcome: the labels.
    const after = labelsOf(q.result);
    if (after !== before) {
      await appendCustody(q.caseId, { at: stored.savedAt, actor: 'user', event: 'qualify', caseId: q.caseId, detail: `qualification (ruleset ${q.rulesetVersion}): ${after || 'no label yet'}` });
    }
    return stored;
  },
  async 'drafts.save'({ title, ...req }) {
    if (req.lang !== 'fr' && req.lang !== 'en') throw new Error(`drafts.save: bad language ${String(req.lang)}`);
    if (!/^[a-z][a-z-]{0,40}$/.test(String(req.kind))) throw new Error(`drafts.save: bad kind ${String(req.kind)}`);
    if (req.body !== undefined && (typeof req.body !== 'string' || req.body.length > 200_000)) throw new Error('drafts.save: the text must be a string of at most 200 000 characters');
    if (req.facts !== undefined && (typeof req.facts !== 'object' || Object.values(req.facts).some((v) => typeof v !== 'string' || v.length > 20_000))) throw new Error('drafts.save: facts must be short texts');
    if (!(await getCase(req.caseId))) throw new Error(`Dossier introuvable / case not found: ${req.caseId}`);
    const before = await getDraft(req.caseId, req.kind, req.lang);
    const stored = { ...req, savedAt: new Date().toISOString() };
    if (stored.body === undefined) delete stored.body;
    if (!stored.recipient) delete stored.recipient;
    if (!stored.facts || !Object.values(stored.facts).some((v) => v?.trim())) delete stored.facts;
    // The custody log says what the doctor did to which document; the text itself goes in the bundle.
    const what =
      req.body !== undefined
        ? 'Brouillon modifié / draft edited'
        : before?.body !== undefined
          ? 'Brouillon remis au modèle / draft reset to the template'
          : JSON.stringify(before?.facts ?? {}) !== JSON.stringify(stored.facts ?? {})
            ? 'Informations du courrier modifiées / letter details edited'
            : 'Destinataire modifié / recipient edited';
    return putDraft(stored, { at: stored.savedAt, actor: 'user', event: 'draft', caseId: req.caseId, detail: `${what} : ${title} (${req.lang})` });
  },
  async 'drafts.list'({ caseId }) {
    return draftsOf(caseId);
  },
  async 'custody.list'({ caseId }) {
    return custodyOf(caseId);
  },
  async 'custody.logExport'({ caseIds, filename, sha256 }) {
    const at = new Date().toISOString();
    for (const caseId of caseIds) await appendCustody(caseId, { at, actor: 'user', event: 'export', caseId, detail: `bundle ${filename} exported; SHA-256 of its tagmanifest-sha256.txt ${sha256}` });
    void runTimestamps(); // retry pending timestamps, if any (the next export will carry them)
    return true;
  },
  async 'settings.get'() {
    return getSettings();
  },
  async 'settings.set'(patch) {
    const next = await setSettings(patch);
    if (next.timestampEnabled) void runTimestamps(); // just turned on, or new authorities: retry pending ones
    return next;
  },
  async 'timestamps.retry'() {
    return runTimestamps();
  },
  async 'signing.fingerprint'() {
    return { fingerprint: (await installationFingerprint()).fingerprint };
  },
};
