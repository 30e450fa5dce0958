// The capture pipeline: the named steps of steps.ts (prepare → shoot → crop → fullpage → archive → restore →
// describe → seal → store) run by runner.ts, which reports each step to the popup and lets the doctor cancel before
// the seal. A job record is written first and deleted in the same transaction that stores the exhibit: a service
// worker stopped mid-capture leaves the job behind (shown as « à refaire »), never half a record. A capture that
// is cancelled or fails deletes its job and puts the page back where the doctor left it.
import browser from 'webextension-polyfill';
import type { CaptureProgressEvent, CaptureResult, CaptureStepName } from '../../messaging/protocol';
import { deleteJob, putJob } from '../../evidence/store';
import { CancelSwitch, runSteps, type Step, type StepProgress } from './runner';
import { CAPTURE_PIPELINE, CAPTURE_RUNS, restorePageOf, type CaptureState } from './steps';
import { bothPipeline, closeForensic, forensicAvailable, forensicPipeline } from './forensic';
import { getSettings } from '../settings';

export { caseIdFor } from './steps';

/** Firefox has no chrome.debugger: its build leaves the forensic steps out entirely (constant set by vite.config.ts). */
const FORENSIC_BUILD = __AVISE_BROWSER__ !== 'firefox';

/** Jobs started by this service-worker instance; any other job in the store was cut off by a restart. */
export const liveJobs = new Set<string>();

/** Captures waiting or running, by capture id, with their cancel switch. */
const running = new Map<string, CancelSwitch>();

/** Asks a capture to stop; false when it is unknown or already past its seal (it will then complete). */
export function cancelCapture(captureId: string): boolean {
  return running.get(captureId)?.cancel() ?? false;
}

// One capture at a time: a capture scrolls the page and screenshots the window's visible tab, so two captures
// running together would crop each other's pixels (and race for the same case's chain head). Later calls wait.
let captureQueue: Promise<unknown> = Promise.resolve();

/** Options of a capture that belongs to a series (background/series.ts): its case, fewer steps, actions logged before. */
export interface CaptureOptions {
  steps?: Step<CaptureState, CaptureStepName>[];
  /** Forensic mode: also capture the page « tel qu'affiché » before the reload (the doctor's choice; a re-check or a series never asks). */
  alsoAsShown?: boolean;
  state?: Partial<Pick<CaptureState, 'caseId' | 'caseTitle' | 'caseSite' | 'lightweight' | 'actions'>>;
}

export function captureReview(tabId: number, key: string, captureId: string = crypto.randomUUID(), opts: CaptureOptions = {}): Promise<CaptureResult> {
  const cancel = new CancelSwitch();
  running.set(captureId, cancel);
  return inCaptureQueue(() => captureReviewNow(tabId, key, captureId, cancel, opts)).finally(() => running.delete(captureId));
}

/** Runs `fn` in the capture queue, after the captures already asked for (a re-check's capture of the page without the review). */
export function inCaptureQueue<T>(fn: () => Promise<T>): Promise<T> {
  const run = captureQueue.then(fn);
  captureQueue = run.catch(() => undefined);
  return run;
}

function broadcast(captureId: string, p: StepProgress<CaptureStepName>): void {
  const event: CaptureProgressEvent = { avise: 1, event: 'capture.progress', captureId, ...p };
  // No extension page open (a capture from the picker): nobody listens, and that is fine.
  void browser.runtime.sendMessage(event).catch(() => undefined);
}

async function captureReviewNow(tabId: number, key: string, captureId: string, cancel: CancelSwitch, opts: CaptureOptions): Promise<CaptureResult> {
  const start = new Date();
  const tab = await browser.tabs.get(tabId);
  if (tab.windowId === undefined) throw new Error('tab has no window');
  const jobId = crypto.randomUUID();
  await putJob({ id: jobId, startedAt: start.toISOString(), tabId, url: tab.url ?? '', key });
  liveJobs.add(jobId);
  const state: CaptureState = { tabId, key, jobId, start, tab, windowId: tab.windowId, pageTouched: false, restored: false, ...opts.state, actions: [...(opts.state?.actions ?? [])] };
  // Forensic mode: only when the doctor turned it on AND the browser holds the debugger permission (never on Firefox).
  const settings = await getSettings();
  const forensic = settings.forensicEnabled === true;
  const canForensic = FORENSIC_BUILD && forensic && (await forensicAvailable());
  if (forensic && !canForensic) state.actions.push({ at: new Date().toISOString(), kind: 'wait', detail: 'forensic mode is on but this browser cannot debug the tab (no debugger permission or API): normal capture, no controlled reload' });
  // Both asked: the « tel qu'affiché » capture runs first on a state of its own, whose exhibit names the reload's.
  const both = FORENSIC_BUILD && canForensic && !opts.steps && opts.alsoAsShown === true;
  if (both) {
    state.exhibitId = `ex-${crypto.randomUUID()}`;
    state.asShown = { ...state, jobId: '', actions: [], beforeReloadOf: state.exhibitId, exhibitId: undefined };
  }
  const pipeline = both ? bothPipeline(CAPTURE_PIPELINE, CAPTURE_RUNS) : FORENSIC_BUILD && canForensic ? forensicPipeline(CAPTURE_PIPELINE) : CAPTURE_PIPELINE;
  try {
    await runSteps<CaptureState, CaptureStepName>({
      steps: opts.steps ?? pipeline,
      state,
      pointOfNoReturn: 'seal',
      cancel,
      onProgress: (p) => broadcast(captureId, p),
      async cleanup(s) {
        // Cancelled or failed: nothing is stored, the debugging session ends, and the page goes back where the doctor left it.
        if (FORENSIC_BUILD) await closeForensic(s).catch(() => undefined);
        if (s.pageTouched && !s.restored) await restorePageOf(s);
        if (s.asShown?.pageTouched && !s.asShown.restored) await restorePageOf(s.asShown).catch(() => undefined);
      },
    });
    if (!state.result) throw new Error('capture: not stored');
    return state.result;
  } catch (e) {
    // The doctor must get this error, not the job's: a job that cannot be deleted stays, shown as « interrompue ».
    await deleteJob(jobId).catch(() => undefined);
    throw e;
  } finally {
    liveJobs.delete(jobId);
  }
}

