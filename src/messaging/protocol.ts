// The one messaging contract between runtimes. Every call is `domain.verb` → {ok:true, value} | {ok:false, error}.
// Extension pages and the content script call the service worker; the service worker calls the content script.
// TypeScript forces the handler objects (background/handlers.ts, content/handlers.ts) to cover every call.
import type { CaseRecord, CustodyEntry, Exhibit, ReviewFields, DoctorProfile, SiteId } from '../shared/types';

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
}

export interface CaptureResult {
  caseId: string;
  exhibitId: string;
  seal: string;
  durationMs: number;
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

/** The qualification as stored with a case; the legal engine's result is kept whole in `result`. */
export interface StoredQualification {
  caseId: string;
  savedAt: string;
  rulesetVersion: string;
  answers: Record<string, unknown>;
  /** The exact first-publication date the doctor gave (YYYY-MM-DD); otherwise deadlines count from the earliest possible date. */
  exactPublicationDate?: string;
  result: unknown;
}

/** The doctor's own version of one draft, kept with the case (store `drafts`, key [caseId, kind, lang]). */
export interface StoredDraft {
  caseId: string;
  /** A DraftKind (src/legal/types.ts). */
  kind: string;
  lang: 'fr' | 'en';
  /** The body as the doctor last left it; absent when the draft follows the template. */
  body?: string;
  /** Who a letter is addressed to (mise en demeure: the identified author). */
  recipient?: DraftRecipient;
  /** Facts only the doctor knows that a letter states (date found, harm…), by field: see LETTER_FACTS in drafts-for-bundle.ts. */
  facts?: DraftFacts;
  savedAt: string;
}

export type DraftFacts = Partial<Record<'discoveredOn' | 'stepsTaken' | 'harm' | 'gdprRequestOn' | 'safetyImpact', string>>;

export interface DraftRecipient {
  civility?: string;
  name?: string;
  address?: string;
}

export interface Settings {
  timestampEnabled: boolean;
  /** True once the doctor has answered the first-run question on trusted timestamps (yes or no); until then the options and the popup ask. */
  timestampChosen?: boolean;
  tsaUrls: string[];
  profile: DoctorProfile;
  /** Forensic capture (controlled reload under the debugging protocol, Chromium only); off unless the doctor turns it on. */
  forensicEnabled?: boolean;
}

export interface ExportResult {
  filename: string;
  sha256: string;
  bytes: number;
}

/** Calls handled by the service worker. */
export interface BackgroundCalls {
  'page.listReviews': { req: { tabId: number }; res: PageReviews };
  /** `captureId` (chosen by the caller) names the capture in its progress events and for `capture.cancel`. */
  'capture.review': { req: { tabId: number; key: string; captureId?: string }; res: CaptureResult };
  /** Cancels a running capture before its seal (nothing is stored, the page is restored); false when too late or unknown. */
  'capture.cancel': { req: { captureId: string }; res: { cancelled: boolean } };
  'capture.status': { req: Record<string, never>; res: { interrupted: { id: string; startedAt: string; url: string }[] } };
  'capture.dismissInterrupted': { req: { id: string }; res: true };
  'picker.start': { req: { tabId: number }; res: true };
  /** From the content script (element picker, context menu): capture the element registered under `key` in the sender's tab. */
  'capture.fromPage': { req: { key: string }; res: CaptureResult };
  'cases.list': { req: Record<string, never>; res: CaseRecord[] };
  'cases.get': { req: { caseId: string }; res: CaseView };
  'qualification.save': { req: Omit<StoredQualification, 'savedAt'>; res: StoredQualification };
  /** Saves the doctor's version of a draft (body absent: back to the template) and records it in the case's custody. */
  'drafts.save': { req: Omit<StoredDraft, 'savedAt'> & { /** Title of the draft, for the custody log. */ title: string }; res: StoredDraft };
  'drafts.list': { req: { caseId: string }; res: StoredDraft[] };
  'custody.list': { req: { caseId: string }; res: CustodyEntry[] };
  /** The bundle is written by the extension page that downloads it; the service worker records the export in custody. */
  'custody.logExport': { req: { caseIds: string[]; filename: string; /** SHA-256 of the bundle's tag manifest. */ sha256: string }; res: true };
  'settings.get': { req: Record<string, never>; res: Settings };
  'settings.set': { req: Partial<Settings>; res: Settings };
  /** Retries every pending RFC 3161 request now (no network at all when timestamping is off). */
  'timestamps.retry': { req: Record<string, never>; res: TimestampRunResult };
  /** The installation signing key's fingerprint (SHA-256 of its SPKI, groups of 4 hex), for the options page. */
  'signing.fingerprint': { req: Record<string, never>; res: { fingerprint: string } };
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

export interface PageActionLike {
  at: string;
  kind: 'scroll' | 'expand' | 'wait' | 'restore' | 'highlight' | 'inject';
  detail: string;
}

/** What the content script returns when asked to prepare one review for capture. */
export interface PreparedReview {
  /** The adapter that read this review (the site's, or `generic` for a picked element). */
  adapterId: SiteId;
  fields: ReviewFields;
  html: string;
  /** Box of the review in CSS pixels relative to the viewport, after scrolling it into view. */
  rect: Rect;
  /** The part of that box actually visible (clipped by the viewport and any scrolling container). */
  visible: Rect;
  /** Layout width of the document, to compute the capture scale (bitmap width / clientWidth). */
  clientWidth: number;
  viewport: { width: number; height: number; devicePixelRatio: number; scrollX: number; scrollY: number };
  actions: PageActionLike[];
  page: { url: string; canonicalUrl?: string; title: string; lang?: string; referrer: string; historyLength: number };
  client: { userAgent: string; languages: string[]; platform?: string; brands?: { brand: string; version: string }[]; screen: { width: number; height: number } };
}

/** Calls handled by the content script (sent by the service worker with tabs.sendMessage). */
export interface ContentCalls {
  'content.ping': { req: Record<string, never>; res: { adapterId: string } };
  'content.listReviews': { req: Record<string, never>; res: PageReviews };
  'content.prepare': { req: { key: string }; res: PreparedReview };
  /** Scrolls so that the band [top, top+height) of the review (CSS px from its top) is in view; returns its new rect. */
  'content.scrollBand': { req: { key: string; offset: number }; res: { rect: Rect; visible: Rect; action: PageActionLike } };
  'content.snapshot': { req: Record<string, never>; res: { html: string } };
  /** Size of the document and whether it scrolls at window level (for the full-page image). */
  'content.pageMetrics': { req: Record<string, never>; res: { scrollHeight: number; innerHeight: number; innerWidth: number; scrollY: number } };
  /** Scrolls the window to `y` (CSS px) and reports where it actually is. */
  'content.scrollWindowTo': { req: { y: number }; res: { scrollY: number; action: PageActionLike } };
  /** Puts the page back as it was before `content.prepare` (scroll positions, texts Avisé expanded); says what it did. */
  'content.restore': { req: Record<string, never>; res: PageActionLike };
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

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type Handlers<C> = { [K in keyof C]: (req: Req<C, K>, sender: { tabId?: number; url?: string }) => Promise<Res<C, K>> };

export function isEnvelope(msg: unknown): msg is Envelope<unknown> {
  return typeof msg === 'object' && msg !== null && (msg as { avise?: unknown }).avise === 1 && typeof (msg as { call?: unknown }).call === 'string';
}

/** Dispatches one envelope to its handler; errors become data (a rejected non-Error would reach the sender opaque). */
export async function dispatch<C>(handlers: Handlers<C>, msg: Envelope<C>, sender: { tabId?: number; url?: string }): Promise<Reply<unknown>> {
  const handler = (handlers as Record<string, (r: unknown, s: typeof sender) => Promise<unknown>>)[msg.call as string];
  if (!handler) return { ok: false, error: `unknown call ${String(msg.call)}` };
  try {
    return { ok: true, value: await handler(msg.req, sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
