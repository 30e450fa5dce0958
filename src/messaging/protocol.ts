// The one messaging contract between runtimes. Every call is `domain.verb` → {ok:true, value} | {ok:false, error}.
// Extension pages and the content script call the service worker; the service worker calls the content script.
// TypeScript forces the handler objects (background/handlers.ts, content/handlers.ts) to cover every call.
import type { CaseRecord, CaseStepKind, CustodyEntry, Exhibit, PageAction, RawReviewFields, SiteId } from '../shared/types';
import type { Reminder } from '../evidence/case-status';
import type { DiffPart, RecheckOutcome } from '../evidence/recheck';
import type { Settings, StoredDraft, StoredQualification } from '../evidence/records';
import { toErrorData, type ErrorData } from '../shared/errors';
import type { SeriesBackgroundCalls, SeriesContentCalls } from './series-protocol';
import type { WatchBackgroundCalls } from './watch-protocol';


/** A review as the popup lists it (no capture yet). `key` addresses the card on the page for this page load. */
export interface ReviewSummary {
  key: string;
  /** The site's review id ('' when the site has none). */
  id: string;
  /** Set when this review was captured before: its case and how many exhibits it has. */
  captured?: { caseId: string; exhibits: number };
  author: string;
  rating?: number;
  dateText: string;
  excerpt: string;
}

export interface PageReviews {
  adapterId: string;
  url: string;
  title: string;
  reviews: ReviewSummary[];
  /** Set when the doctor asked, from a case page, to check this tab's review again: offer « Vérifier » (`recheck.run`). */
  pendingRecheck?: { caseId: string; title: string };
}

export interface CaptureResult {
  caseId: string;
  exhibitId: string;
  seal: string;
  durationMs: number;
  /** Forensic mode with both captures: the « tel qu'affiché » exhibit stored just before `exhibitId` (the controlled reload). */
  asShown?: { exhibitId: string; seal: string };
}

/** The named steps of a capture, in order (src/background/capture/pipeline.ts). Cancellable until `seal`. */
export const CAPTURE_STEPS = ['prepare', 'shoot', 'crop', 'fullpage', 'archive', 'restore', 'describe', 'seal', 'store'] as const;
/** The forensic mode's steps (src/background/capture/forensic.ts): `reload` first, `network` after `restore`. */
export const FORENSIC_STEPS = ['reload', 'network'] as const;
export type CaptureStepName = (typeof CAPTURE_STEPS)[number] | (typeof FORENSIC_STEPS)[number];

/**
 * Broadcast by the service worker (runtime.sendMessage) as each step of a capture starts; extension pages that
 * show the capture listen and keep those with their capture id. Not an Envelope: nobody answers it.
 */
export interface CaptureProgressEvent {
  avise: 1;
  event: 'capture.progress';
  captureId: string;
  step: CaptureStepName;
  /** 1-based. */
  index: number;
  total: number;
  /** Forensic mode with both captures: `as-shown` for the steps of the « tel qu'affiché » capture before the reload. */
  phase?: string;
}

export function isCaptureProgress(msg: unknown): msg is CaptureProgressEvent {
  const m = msg as Partial<CaptureProgressEvent> | null;
  return typeof m === 'object' && m !== null && m.avise === 1 && m.event === 'capture.progress' && typeof m.captureId === 'string' && ([...CAPTURE_STEPS, ...FORENSIC_STEPS] as readonly string[]).includes(m.step as string);
}

/** The error text of a cancelled capture (the popup shows « Capture annulée » for it, not an error). */
export const CAPTURE_CANCELLED = 'Capture annulée : rien n’a été enregistré. / Capture cancelled: nothing was stored.';

export interface CaseView {
  case: CaseRecord;
  exhibits: Exhibit[];
  qualification?: StoredQualification;
}

export interface ExportResult {
  filename: string;
  sha256: string;
  bytes: number;
}

/** Calls handled by the service worker. */
export interface BackgroundCalls extends SeriesBackgroundCalls, WatchBackgroundCalls {
  'page.listReviews': { req: { tabId: number }; res: PageReviews };
  /** `captureId` (chosen by the caller) names the capture in its progress events and for `capture.cancel`. */
  /**
   * `alsoAsShown` (forensic mode only; absent: the doctor's last choice in the settings): capture the page as
   * displayed first, then the controlled reload, as two chained exhibits of the case.
   */
  'capture.review': { req: { tabId: number; key: string; captureId?: string; alsoAsShown?: boolean }; res: CaptureResult };
  /** Cancels a running capture before its seal (nothing is stored, the page is restored); false when too late or unknown. */
  'capture.cancel': { req: { captureId: string }; res: { cancelled: boolean } };
  'capture.status': { req: Record<string, never>; res: { interrupted: { id: string; startedAt: string; url: string }[] } };
  'capture.dismissInterrupted': { req: { id: string }; res: true };
  'picker.start': { req: { tabId: number }; res: true };
  /** From the content script (element picker, context menu): capture the element registered under `key` in the sender's tab. */
  'capture.fromPage': { req: { key: string }; res: CaptureResult };
  'cases.list': { req: Record<string, never>; res: CaseRecord[] };
  'cases.get': { req: { caseId: string }; res: CaseView };
  'qualification.save': { req: Omit<StoredQualification, 'savedAt' | 'schemaVersion'>; res: StoredQualification };
  /** Saves the doctor's version of a draft (body absent: back to the template) and records it in the case's custody. */
  'drafts.save': { req: Omit<StoredDraft, 'savedAt' | 'schemaVersion'> & { /** Title of the draft, for the custody log. */ title: string }; res: StoredDraft };
  'drafts.list': { req: { caseId: string }; res: StoredDraft[] };
  'custody.list': { req: { caseId: string }; res: CustodyEntry[] };
  /** The bundle is written by the extension page that downloads it; the service worker records the export in custody. */
  'custody.logExport': { req: { caseIds: string[]; filename: string; /** SHA-256 of the bundle's tag manifest. */ sha256: string }; res: true };
  /** Marks a step of the case with the date the doctor gives (YYYY-MM-DD), and records it in the custody log. */
  'cases.markStep': { req: { caseId: string; kind: CaseStepKind; on: string; note?: string }; res: CaseRecord };
  /** Appends a free note to the case's custody log. */
  'cases.addNote': { req: { caseId: string; text: string }; res: CaseRecord };
  /**
   * Raises the reminders owed (notifications when allowed) and sets the toolbar badge. `now` (ISO instant) stands
   * for the clock: the e2e tests set it; the service worker itself runs this with the real clock.
   */
  'reminders.run': { req: { now?: string }; res: ReminderRun };
  /**
   * « L'avis est-il toujours en ligne ? » on the review's page in `tabId` (a tab the doctor clicked Avisé on, as for
   * a capture): finds the review again and records present / modified (new exhibit, text diff) / removed /
   * unreachable in the case's custody log.
   */
  'recheck.run': { req: { tabId: number; caseId: string }; res: RecheckResult };
  /**
   * From the case page: opens the review's page in a new tab and remembers that the doctor wants it checked; when
   * the doctor then clicks Avisé in that tab (which lets Avisé read it), `page.listReviews` says `pendingRecheck`.
   */
  'recheck.open': { req: { caseId: string }; res: { tabId: number } };
  /** One chunk (base64) of a backup file the doctor picked, for `backup.restore` (a message has a size limit). */
  'backup.upload': { req: { uploadId: string; index: number; total: number; chunkBase64: string }; res: true };
  /**
   * Checks the uploaded backup whole and restores it. Refused (`backupRefused`, with the reason) when it is not an
   * intact backup; `restoreNeedsConfirm` when some of its cases are already here and `replace` is not true.
   */
  'backup.restore': { req: { uploadId: string; replace?: boolean }; res: { cases: number; exhibits: number; blobs: number; signedBy: string; settingsRestored: boolean } };
  /** The page wrote a backup: remembered for the monthly backup reminder. */
  'backup.done': { req: { fileName: string; sha256: string }; res: true };
  'settings.get': { req: Record<string, never>; res: Settings };
  'settings.set': { req: Partial<Settings>; res: Settings };
  /** Retries every pending RFC 3161 request now (no network at all when timestamping is off). */
  'timestamps.retry': { req: Record<string, never>; res: TimestampRunResult };
  /**
   * The installation signing key (made on first use, by the service worker only): its fingerprint (SHA-256 of its
   * SPKI, groups of 4 hex) for the options page, and its public key (SPKI DER, base64) for the bundle.
   */
  'keys.fingerprint': { req: Record<string, never>; res: { fingerprint: string; spkiBase64: string } };
  /**
   * Signs the given bytes (a bundle's tag manifest) with the installation key; the same bytes get the same
   * signature back (cached by their SHA-256), so re-exporting gives a byte-identical bundle. P1363, base64.
   */
  'bundle.sign': { req: { dataBase64: string }; res: { signatureBase64: string } };
}

export interface RecheckResult {
  outcome: RecheckOutcome;
  url: string;
  at: string;
  /** The new exhibit: the review captured again (present, modified), or the page without it (removed). */
  exhibitId?: string;
  diff?: DiffPart[];
  /** Removed, but the capture of the page without the review failed: why (the removal is recorded all the same). */
  captureError?: string;
}

export interface ReminderRun {
  /** Reminders raised by this run (each is raised once). */
  raised: Reminder[];
  /** Cases with something due within 7 days (the badge). */
  dueSoon: number;
  /** Whether they were shown as notifications (the optional permission is granted). */
  notified: boolean;
  /** A monthly backup is due (open cases, and the last backup is older than a month or missing). */
  backupDue: boolean;
}

export interface TimestampRunResult {
  attempted: number;
  granted: number;
  failed: number;
  pending: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the content script returns when asked to prepare one review for capture. */
export interface PreparedReview {
  /** The adapter that read this review (the site's, or `generic` for a picked element). */
  adapterId: SiteId;
  /** The page's words; the service worker adds the date ranges (`withDates`) before storing them. */
  fields: RawReviewFields;
  html: string;
  /** Box of the review in CSS pixels relative to the viewport, after scrolling it into view. */
  rect: Rect;
  /** The part of that box actually visible (clipped by the viewport and any scrolling container). */
  visible: Rect;
  /** Layout width of the document, to compute the capture scale (bitmap width / clientWidth). */
  clientWidth: number;
  viewport: { width: number; height: number; devicePixelRatio: number; scrollX: number; scrollY: number };
  actions: PageAction[];
  page: { url: string; canonicalUrl?: string; title: string; lang?: string; referrer: string; historyLength: number };
  client: { userAgent: string; languages: string[]; platform?: string; brands?: { brand: string; version: string }[]; screen: { width: number; height: number } };
}

/** The page as it is, untouched (a re-check that no longer finds the review captures the page without it). */
export type PageState = Pick<PreparedReview, 'adapterId' | 'viewport' | 'page' | 'client' | 'actions'>;

/** Calls handled by the content script (sent by the service worker with tabs.sendMessage). */
export interface ContentCalls extends SeriesContentCalls {
  'content.ping': { req: Record<string, never>; res: { adapterId: string } };
  'content.listReviews': { req: Record<string, never>; res: PageReviews };
  'content.prepare': { req: { key: string }; res: PreparedReview };
  /** Where the page is and what window shows it, without changing anything on it. */
  'content.pageState': { req: Record<string, never>; res: PageState };
  /** Scrolls so that the band [top, top+height) of the review (CSS px from its top) is in view; returns its new rect. */
  'content.scrollBand': { req: { key: string; offset: number }; res: { rect: Rect; visible: Rect; action: PageAction } };
  'content.snapshot': { req: Record<string, never>; res: { html: string } };
  /** Size of the document and whether it scrolls at window level (for the full-page image). */
  'content.pageMetrics': { req: Record<string, never>; res: { scrollHeight: number; innerHeight: number; innerWidth: number; scrollY: number } };
  /** Scrolls the window to `y` (CSS px) and reports where it actually is. */
  'content.scrollWindowTo': { req: { y: number }; res: { scrollY: number; action: PageAction } };
  /** Puts the page back as it was before `content.prepare` (scroll positions, texts Avisé expanded); says what it did. */
  'content.restore': { req: Record<string, never>; res: PageAction };
  /** Starts the element picker; with `fromSelection` first tries the review around the current text selection. */
  'content.pick': { req: { fromSelection?: boolean }; res: true };
}

export type CallName<C> = keyof C & string;
export type Req<C, K extends keyof C> = C[K] extends { req: infer R } ? R : never;
export type Res<C, K extends keyof C> = C[K] extends { res: infer R } ? R : never;

export interface Envelope<C, K extends keyof C = keyof C> {
  avise: 1;
  call: K;
  req: Req<C, K>;
}

/** A failed call carries an error code and its parameters (src/shared/errors.ts); pages word it from _locales. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

export type Handlers<C> = { [K in keyof C]: (req: Req<C, K>, sender: { tabId?: number; url?: string }) => Promise<Res<C, K>> };

export function isEnvelope(msg: unknown): msg is Envelope<unknown> {
  return typeof msg === 'object' && msg !== null && (msg as { avise?: unknown }).avise === 1 && typeof (msg as { call?: unknown }).call === 'string';
}

/** Dispatches one envelope to its handler; errors become data (a rejected non-Error would reach the sender opaque). */
export async function dispatch<C>(handlers: Handlers<C>, msg: Envelope<C>, sender: { tabId?: number; url?: string }): Promise<Reply<unknown>> {
  const handler = (handlers as Record<string, (r: unknown, s: typeof sender) => Promise<unknown>>)[msg.call as string];
  if (!handler) return { ok: false, error: { code: 'unknownCall', params: { call: String(msg.call) }, message: `unknown call ${String(msg.call)}` } };
  try {
    return { ok: true, value: await handler(msg.req, sender) };
  } catch (e) {
    return { ok: false, error: toErrorData(e) };
  }
}
