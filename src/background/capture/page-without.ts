// A re-check that no longer finds the review (background/recheck.ts) captures the page as it then is: the visible
// window and the page archive (MHTML, or a DOM snapshot on Firefox), sealed like any exhibit and chained after the
// case's last one, with the role `page-without-review` (« Page de l’avis, sans l’avis »). Nothing on the page is
// changed: no scroll, no click. Runs in the capture queue (one capture at a time) with a job record, as a capture does.
import browser from 'webextension-polyfill';
import type { CaptureResult, CaptureStepName, PageState } from '../../messaging/protocol';
import type { Artefact, CaseRecord, EnvironmentRecord, Exhibit, PageAction } from '../../shared/types';
import { callContent } from '../../messaging/client';
import { canonicalJson } from '../../evidence/canonical-json';
import { sealExhibit } from '../../evidence/seal';
import { commitCapture, deleteJob, getCase, putJob, type BlobToStore } from '../../evidence/store';
import { AviseError } from '../../shared/errors';
import { ensureContentScript } from '../inject';
import { archivePage, type PageArchive } from './archive';
import { captureTime, environmentRecord } from './environment';
import { inCaptureQueue, liveJobs } from './pipeline';
import { CancelSwitch, runSteps, type Step } from './runner';
import { captureSettled } from './screenshot';
import { sealFiles, type CaptureFile } from './steps';

interface PageCaptureState {
  tabId: number;
  caseId: string;
  /** The review looked for (the case's first exhibit's fields): what this page no longer shows. */
  searched: Exhibit['review'];
  caseRecord?: CaseRecord;
  /** Why the capture is made, for the action log (« not found by id, author or text »). */
  reason: string;
  jobId: string;
  start: Date;
  tab: browser.Tabs.Tab;
  windowId: number;
  actions: PageAction[];
  page?: PageState;
  viewport?: { png: Uint8Array; settled: boolean; extra: number };
  archive?: PageArchive;
  environment?: EnvironmentRecord;
  end?: Date;
  files?: CaptureFile[];
  blobs?: BlobToStore[];
  artefacts?: Artefact[];
  result?: CaptureResult;
}

const need = <T>(v: T | undefined, what: string): T => {
  if (v === undefined) throw new Error(`page capture: ${what} missing (steps out of order)`);
  return v;
};

const STEPS: Step<PageCaptureState, CaptureStepName>[] = [
  {
    name: 'prepare',
    async run(s) {
      await ensureContentScript(s.tabId);
      if (!(await browser.tabs.get(s.tabId)).active) {
        await browser.tabs.update(s.tabId, { active: true });
        s.actions.push({ at: new Date().toISOString(), kind: 'wait', detail: 'the page’s tab was brought to the front before the screenshot' });
        await new Promise((r) => setTimeout(r, 150));
      }
      s.page = await callContent(s.tabId, 'content.pageState', {});
      s.actions.push(...s.page.actions, { at: new Date().toISOString(), kind: 'wait', detail: `${s.reason}; the page was captured as shown, without scrolling nor clicking` });
    },
  },
  {
    name: 'shoot',
    async run(s) {
      const r = await captureSettled(s.windowId);
      s.viewport = { png: r.png, settled: r.settled, extra: r.extra };
    },
  },
  {
    name: 'archive',
    async run(s) {
      s.archive = await archivePage(s.tabId);
    },
  },
  {
    name: 'describe',
    async run(s) {
      const page = need(s.page, 'page state');
      s.environment = await environmentRecord(s.tab, page);
      s.end = new Date();
      const shot = need(s.viewport, 'screenshot');
      const archive = need(s.archive, 'page archive');
      s.files = [
        { kind: 'viewport.png', path: 'viewport.png', mediaType: 'image/png', bytes: shot.png, note: `the visible tab as the browser captured it, the review no longer on the page (${shot.settled ? 'confirmed by an identical second frame' : 'the page kept changing; the last frame was kept'})` },
        { kind: archive.kind, path: archive.kind, mediaType: archive.mediaType, bytes: archive.bytes, note: archive.note ?? 'the page without the review, as the browser saved it' },
        { kind: 'environment.json', path: 'environment.json', mediaType: 'application/json', bytes: new TextEncoder().encode(canonicalJson(s.environment)) },
      ];
    },
  },
  {
    name: 'seal',
    async run(s) {
      const { blobs, artefacts } = await sealFiles(need(s.files, 'files'));
      s.blobs = blobs;
      s.artefacts = artefacts;
    },
  },
  {
    name: 'store',
    async run(s) {
      const page = need(s.page, 'page state');
      const end = need(s.end, 'end time');
      const source = { url: page.page.url, canonicalUrl: page.page.canonicalUrl, title: page.page.title, adapterId: page.adapterId };
      const exhibitId = `ex-${crypto.randomUUID()}`;
      const exhibit = await commitCapture({
        jobId: s.jobId,
        blobs: need(s.blobs, 'blobs'),
        // The case exists (a re-check starts from it); the store reads it again in its own transaction.
        caseRecord: (existing) => existing ?? need(s.caseRecord, 'case'),
        makeExhibit: (previous) =>
          sealExhibit({
            id: exhibitId,
            caseId: s.caseId,
            sequence: (previous?.sequence ?? 0) + 1,
            capturedAt: captureTime(s.start, end),
            source,
            review: s.searched,
            environment: need(s.environment, 'environment'),
            actions: s.actions,
            artefacts: need(s.artefacts, 'artefacts'),
            previousSeal: previous?.seal ?? null,
            role: 'page-without-review',
          }),
        custody: (ex) => ({
          at: end.toISOString(),
          actor: 'extension',
          event: 'capture',
          caseId: s.caseId,
          exhibitId: ex.id,
          detail: `page without review ${s.searched.id} captured from ${source.url}; seal ${ex.seal}`,
        }),
      });
      s.result = { caseId: s.caseId, exhibitId: exhibit.id, seal: exhibit.seal, durationMs: Date.now() - s.start.getTime() };
    },
  },
];

/** Captures the tab's page without the review (already looked for and not found) into the case, chained after its last exhibit. */
export function capturePageWithout(tabId: number, caseId: string, searched: Exhibit['review'], reason: string): Promise<CaptureResult> {
  return inCaptureQueue(async () => {
    const caseRecord = await getCase(caseId);
    if (!caseRecord) throw new AviseError('caseNotFound', { caseId }, `case not found: ${caseId}`);
    const start = new Date();
    const tab = await browser.tabs.get(tabId);
    if (tab.windowId === undefined) throw new Error('tab has no window');
    const jobId = crypto.randomUUID();
    await putJob({ id: jobId, startedAt: start.toISOString(), tabId, url: tab.url ?? '', key: 'page-without-review' });
    liveJobs.add(jobId);
    const state: PageCaptureState = { tabId, caseId, caseRecord, searched, reason, jobId, start, tab, windowId: tab.windowId, actions: [] };
    try {
      await runSteps<PageCaptureState, CaptureStepName>({ steps: STEPS, state, pointOfNoReturn: 'seal', cancel: new CancelSwitch() });
      return need(state.result, 'stored exhibit');
    } catch (e) {
      await deleteJob(jobId);
      throw e;
    } finally {
      liveJobs.delete(jobId);
    }
  });
}
