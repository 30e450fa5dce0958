// The service worker's side of the messaging contract: one handler per call, TypeScript checks they are all here.
import browser from 'webextension-polyfill';
import type { BackgroundCalls, Handlers } from '../messaging/protocol';
import { callContent } from '../messaging/client';
import { appendCustody, appendCustodyOnce, markCaseStep, custodyOf, deleteJob, draftsOf, exhibitsOf, getCase, getDraft, getQualification, listCases, listJobs, putDraft, putQualification } from '../evidence/store';
import { cancelCapture, captureReview, caseIdFor, liveJobs } from './capture/pipeline';
import type { SiteId } from '../shared/types';
import { ensureContentScript, ensurePicker } from './inject';
import { getSettings, setSettings } from './settings';
import { runTimestamps } from './timestamps';
import { installationFingerprint, installationSigner } from '../evidence/installation-key';
import { migrateQualification, RECORD_SCHEMA_VERSION, UnreadableRecord, type StoredDraft, type StoredQualification } from '../evidence/records';
import { base64ToBytes } from '../evidence/bundle/write';
import { bytesToBase64 } from '../evidence/timestamp/request';
import { AviseError } from '../shared/errors';
import { seriesHandlers } from './series';
import { watchHandlers } from './watch';
import { isCaseStepKind, stepDetail } from '../evidence/case-status';
import { runReminders } from './reminders';
import { backupDone, receiveChunk, restoreUpload } from './backup';
import { openForRecheck, pendingRecheckOf, recheckDone, recheckOnTab } from './recheck';

/** "diffamation (probable), injure (a-confirmer-avocat)": the labels of a stored qualification, for the custody log. */
function labelsOf(result: StoredQualification['result'] | undefined): string {
  return (result?.labels ?? []).map((l) => `${l.label} (${l.strength})`).join(', ');
}

const caseNotFound = (caseId: string) => new AviseError('caseNotFound', { caseId }, `case not found: ${caseId}`);
const draftInvalid = (field: string, message: string) => new AviseError('draftInvalid', { field }, `drafts.save: ${message}`);
/** The largest tag manifest `bundle.sign` accepts (base64 characters): a bundle of hundreds of exhibits stays far below. */
const MAX_SIGNED_BASE64 = 4_000_000;

export const handlers: Handlers<BackgroundCalls> = {
  ...seriesHandlers,
  ...watchHandlers,
  async 'page.listReviews'({ tabId }) {
    await ensureContentScript(tabId);
    const page = await callContent(tabId, 'content.listReviews', {});
    // Tell the doctor which reviews already have a case, so a new capture is a deliberate re-check.
    for (const r of page.reviews) {
      if (!r.id) continue;
      const existing = await getCase(await caseIdFor(page.adapterId as SiteId, r.id));
      if (existing) r.captured = { caseId: existing.id, exhibits: existing.exhibitIds.length };
    }
    const recheck = await pendingRecheckOf(tabId);
    if (recheck) page.pendingRecheck = recheck;
    return page;
  },
  async 'capture.review'({ tabId, key, captureId, alsoAsShown }) {
    // The doctor's choice in the popup, kept for the next capture (and the context menu); absent: the last one kept.
    if (alsoAsShown !== undefined) await setSettings({ forensicAlsoAsShown: alsoAsShown });
    const result = await captureReview(tabId, key, captureId, { alsoAsShown: alsoAsShown ?? (await getSettings()).forensicAlsoAsShown === true });
    if (result.asShown) void runTimestamps(result.asShown.exhibitId);
    void runTimestamps(result.exhibitId); // opt-in; returns at once without network when off
    return result;
  },
  async 'capture.fromPage'({ key }, sender) {
    if (sender.tabId === undefined) throw new AviseError('noSenderTab', {}, 'capture.fromPage: no sender tab');
    const result = await captureReview(sender.tabId, key, undefined, { alsoAsShown: (await getSettings()).forensicAlsoAsShown === true });
    if (result.asShown) void runTimestamps(result.asShown.exhibitId);
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
    await ensurePicker(tabId);
    return callContent(tabId, 'content.pick', {});
  },
  async 'cases.list'() {
    return listCases();
  },
  async 'cases.get'({ caseId }) {
    const c = await getCase(caseId);
    if (!c) throw caseNotFound(caseId);
    return { case: c, exhibits: await exhibitsOf(caseId), qualification: await getQualification(caseId) };
  },
  async 'qualification.save'(q) {
    if (!(await getCase(q.caseId))) throw caseNotFound(q.caseId);
    let stored: StoredQualification;
    try {
      // The same shape check as for a record read back from an older store: what is stored is what the engine wrote.
      stored = migrateQualification({ ...q, schemaVersion: undefined, savedAt: new Date().toISOString() });
    } catch (e) {
      if (e instanceof UnreadableRecord) throw new AviseError('qualificationInvalid', {}, `qualification.save: ${e.message}`);
      throw e;
    }
    const before = labelsOf((await getQualification(q.caseId))?.result);
    await putQualification(stored);
    void runReminders().catch(() => undefined);
    // Every answer is saved, but the custody log records only what changes the outcome: the labels.
    const after = labelsOf(q.result);
    if (after !== before) {
      await appendCustody(q.caseId, { at: stored.savedAt, actor: 'user', event: 'qualify', caseId: q.caseId, detail: `qualification (ruleset ${q.rulesetVersion}): ${after || 'no label yet'}` });
    }
    return stored;
  },
  async 'drafts.save'({ title, ...req }) {
    if (req.lang !== 'fr' && req.lang !== 'en') throw draftInvalid('lang', `bad language ${String(req.lang)}`);
    if (!/^[a-z][a-z-]{0,40}$/.test(String(req.kind))) throw draftInvalid('kind', `bad kind ${String(req.kind)}`);
    if (req.body !== undefined && (typeof req.body !== 'string' || req.body.length > 200_000)) throw draftInvalid('body', 'the text must be a string of at most 200 000 characters');
    if (req.facts !== undefined && (typeof req.facts !== 'object' || Object.values(req.facts).some((v) => typeof v !== 'string' || v.length > 20_000))) throw draftInvalid('facts', 'facts must be short texts');
    if (!(await getCase(req.caseId))) throw caseNotFound(req.caseId);
    const before = await getDraft(req.caseId, req.kind, req.lang);
    const stored: StoredDraft = { ...req, schemaVersion: RECORD_SCHEMA_VERSION, savedAt: new Date().toISOString() };
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
    // Once per file: the page asks again when the service worker stopped while answering (ui/shared/download.ts).
    for (const caseId of caseIds) await appendCustodyOnce(caseId, { at, actor: 'user', event: 'export', caseId, detail: `bundle ${filename} exported; SHA-256 of its tagmanifest-sha256.txt ${sha256}` });
    void runTimestamps(); // retry pending timestamps, if any (the next export will carry them)
    return true;
  },
  async 'cases.markStep'({ caseId, kind, on, note }) {
    if (!isCaseStepKind(kind)) throw new AviseError('stepInvalid', { field: 'kind' }, `cases.markStep: unknown step ${String(kind)}`);
    if (typeof on !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(on) || Number.isNaN(Date.parse(on))) throw new AviseError('stepInvalid', { field: 'on' }, 'cases.markStep: the date must be YYYY-MM-DD');
    if (note !== undefined && (typeof note !== 'string' || note.length > 5000)) throw new AviseError('stepInvalid', { field: 'note' }, 'cases.markStep: the note must be a short text');
    const at = new Date().toISOString();
    const text = note?.trim() || undefined;
    const c = await markCaseStep(caseId, { kind, doneAt: on, recordedAt: at, ...(text ? { note: text } : {}) }, { at, actor: 'user', event: 'status', caseId, detail: stepDetail(kind, on, text) });
    void runReminders().catch(() => undefined);
    return c;
  },
  async 'cases.addNote'({ caseId, text }) {
    if (typeof text !== 'string' || !text.trim() || text.length > 20_000) throw new AviseError('stepInvalid', { field: 'note' }, 'cases.addNote: the note must be a non-empty text');
    const at = new Date().toISOString();
    return markCaseStep(caseId, undefined, { at, actor: 'user', event: 'note', caseId, detail: `Note: ${text.trim()}` });
  },
  async 'reminders.run'({ now }) {
    const at = now === undefined ? new Date() : new Date(now);
    if (Number.isNaN(at.getTime())) throw new AviseError('stepInvalid', { field: 'now' }, 'reminders.run: bad clock');
    return runReminders(at);
  },
  async 'recheck.run'({ tabId, caseId }) {
    const r = await recheckOnTab(tabId, caseId);
    recheckDone(tabId);
    if (r.exhibitId) void runTimestamps(r.exhibitId);
    return r;
  },
  async 'recheck.open'({ caseId }) {
    return openForRecheck(caseId);
  },
  async 'backup.upload'({ uploadId, index, total, chunkBase64 }) {
    receiveChunk(uploadId, index, total, chunkBase64);
    return true;
  },
  async 'backup.restore'({ uploadId, replace }) {
    return restoreUpload(uploadId, replace === true);
  },
  async 'backup.done'() {
    await backupDone();
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
  async 'keys.fingerprint'() {
    const { fingerprint, spki } = await installationFingerprint();
    return { fingerprint, spkiBase64: bytesToBase64(spki) };
  },
  async 'bundle.sign'({ dataBase64 }) {
    if (typeof dataBase64 !== 'string' || !dataBase64 || dataBase64.length > MAX_SIGNED_BASE64 || !/^[A-Za-z0-9+/]+=*$/.test(dataBase64)) throw new AviseError('signInvalid', {}, 'bundle.sign: the bytes to sign must be non-empty base64');
    const signer = await installationSigner();
    return { signatureBase64: bytesToBase64(await signer.sign(base64ToBytes(dataBase64))) };
  },
};
