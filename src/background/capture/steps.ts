// The named steps of one capture, in order. Each reads and fills the run's CaptureState; the runner (runner.ts)
// reports each step to the popup and checks for cancellation between them. Cancellable until `seal`.
//   prepare  → bring the tab to the front; the content script expands « Plus », scrolls the review into view, reads it
//   shoot    → screenshot(s) of the visible tab, band by band for a review taller than what is visible
//   crop     → crop/stitch review.png, draw the annotated copy
//   fullpage → the full-page image, where the page scrolls at window level
//   archive  → MHTML (Chromium) or DOM snapshot (Firefox)
//   restore  → the page back where the doctor left it (logged in the action log)
//   describe → environment record, review fields, the list of files
//   seal     → SHA-256 of every file (from here the capture completes)
//   store    → exhibit sealed on its case's chain and stored with blobs, case and custody in one transaction
import browser from 'webextension-polyfill';
import type { Artefact, ArtefactKind, CaseRecord, EnvironmentRecord, Exhibit, PageAction, ReviewFields, SiteId } from '../../shared/types';
import { CAPTURE_STEPS, type CaptureResult, type PreparedReview } from '../../messaging/protocol';
import { callContent } from '../../messaging/client';
import { canonicalJson } from '../../evidence/canonical-json';
import { sha256Hex } from '../../evidence/hash';
import { sealExhibit } from '../../evidence/seal';
import { commitCapture, type BlobToStore } from '../../evidence/store';
import { captureSettled, captureVisible } from './screenshot';

/** Pause before the single screenshot of a series review, for the page to finish drawing its scroll. */
const SERIES_SETTLE_MS = 150;
import { annotate, decodePng, stitch, type Band } from './image';
import { captureFullPage, type FullPage } from './fullpage';
import { archivePage, type PageArchive } from './archive';
import { captureTime, environmentRecord } from './environment';
import { ensureContentScript } from '../inject';
import { withDates } from '../../adapters/dates';
import type { Step, StepContext } from './runner';
import type { ForensicState } from './forensic';

const MAX_BANDS = 40;

export interface CaptureFile {
  kind: ArtefactKind;
  path: string;
  mediaType: string;
  bytes: Uint8Array;
  note?: string;
  /** For a derived image: the path of the artefact it was made from. */
  derivedFrom?: string;
}

/** What one capture has gathered so far; each step adds its part. */
export interface CaptureState {
  tabId: number;
  key: string;
  jobId: string;
  start: Date;
  tab: browser.Tabs.Tab;
  windowId: number;
  /** A series (background/series.ts): the case every exhibit goes to, and its title; else one case per review. */
  caseId?: string;
  caseTitle?: string;
  /** The site of the series' listing (its summary exhibit is read by the generic adapter). */
  caseSite?: SiteId;
  /** A review of a series: no full-page image nor page archive (the series' summary exhibit holds them). */
  lightweight?: boolean;
  /** Every change made to the page, in order (sealed with the exhibit). */
  actions: PageAction[];
  prepared?: PreparedReview;
  /** True once `content.prepare` ran: from then on the page must be restored, whatever happens. */
  pageTouched: boolean;
  restored: boolean;
  shots?: { first: Uint8Array; bands: Band[]; rect: PreparedReview['rect']; scale: number };
  review?: Uint8Array;
  annotated?: Uint8Array;
  fullPage?: FullPage | null;
  archive?: PageArchive;
  environment?: EnvironmentRecord;
  end?: Date;
  fields?: ReviewFields;
  files?: CaptureFile[];
  blobs?: BlobToStore[];
  artefacts?: Artefact[];
  result?: CaptureResult;
  /** The exhibit as stored (sealed). */
  stored?: Exhibit;
  /** Forensic mode only: the debugging session, then network.har and the cross-check (forensic.ts). */
  forensic?: ForensicState;
  /** The id the stored exhibit takes, when chosen before the store (the « tel qu'affiché » exhibit names it). */
  exhibitId?: string;
  /** Forensic mode, both asked: the « tel qu'affiché » capture run before the reload, on its own state (forensic.ts). */
  asShown?: CaptureState;
  /** Set on that « tel qu'affiché » state: the id of the controlled reload's exhibit that follows it. */
  beforeReloadOf?: string;
}

const need = <T>(v: T | undefined, what: string): T => {
  if (v === undefined) throw new Error(`capture: ${what} missing (steps out of order)`);
  return v;
};

/** One case per review of a site: capturing the same review again adds an exhibit to its case (a re-check). */
export function caseIdFor(adapterId: SiteId, reviewId: string): Promise<string> {
  return sha256Hex(`${adapterId}\n${reviewId}`).then((h) => `case-${h.slice(0, 16)}`);
}

async function prepare(s: CaptureState): Promise<void> {
  await ensureContentScript(s.tabId);
  if (!(await browser.tabs.get(s.tabId)).active) {
    // captureVisibleTab captures the window's active tab: never let another tab stand in for the review's.
    await browser.tabs.update(s.tabId, { active: true });
    s.actions.push({ at: new Date().toISOString(), kind: 'wait', detail: 'the review’s tab was brought to the front before the screenshot' });
    await new Promise((r) => setTimeout(r, 150));
  }
  s.pageTouched = true;
  s.prepared = await callContent(s.tabId, 'content.prepare', { key: s.key });
  s.actions.push(...s.prepared.actions);
}

async function shoot(s: CaptureState, ctx: StepContext): Promise<void> {
  const prepared = need(s.prepared, 'prepared review');
  let { rect, visible } = prepared;
  if (visible.y - rect.y > 0.5) {
    // The review's top is cut (sticky header, pane smaller than the review): bring its top into view first, since
    // the bands are stitched downwards from offset 0.
    const top = await callContent(s.tabId, 'content.scrollBand', { key: s.key, offset: 0 });
    s.actions.push(top.action);
    ({ rect, visible } = top);
  }
  const frames = { extra: 0, unsettled: 0 };
  const settledShot = async (): Promise<Uint8Array> => {
    if (s.lightweight) {
      // A review of a series: one frame per band, after a pause for the page to finish drawing the scroll (a second,
      // confirming frame would double a series' time under Chrome's two-captures-per-second quota).
      await new Promise((r) => setTimeout(r, SERIES_SETTLE_MS));
      return captureVisible(s.windowId);
    }
    const r = await captureSettled(s.windowId);
    frames.extra += r.extra;
    if (!r.settled) frames.unsettled++;
    return r.png;
  };
  const first = await settledShot();
  const firstBitmap = await decodePng(first);
  const scale = firstBitmap.width / prepared.viewport.width;
  const bands: Band[] = [{ bitmap: firstBitmap, visible, offset: visible.y - rect.y, offsetX: visible.x - rect.x }];
  if (visible.y - rect.y > 0.5) throw new Error('Le haut de l’avis n’a pas pu être affiché pour la capture. / The top of the review could not be brought into view.');
  let covered = visible.y - rect.y + visible.height;
  // Taller than what is visible: scroll band by band and stitch, in order, each capture paced by captureVisible.
  while (covered < rect.height - 0.5 && bands.length < MAX_BANDS) {
    ctx.throwIfCancelled(); // a tall review takes seconds: the doctor need not wait for its last band
    const band = await callContent(s.tabId, 'content.scrollBand', { key: s.key, offset: covered });
    s.actions.push(band.action);
    const bitmap = await decodePng(await settledShot());
    const offset = band.visible.y - band.rect.y;
    if (band.visible.height <= 0 || offset + band.visible.height <= covered + 0.5) break; // cannot scroll further
    bands.push({ bitmap, visible: band.visible, offset, offsetX: band.visible.x - band.rect.x });
    covered = offset + band.visible.height;
  }
  if (covered < rect.height - 0.5) throw new Error('La hauteur de l’avis n’a pas pu être capturée en entier. / The review could not be captured whole.');
  s.actions.push({
    at: new Date().toISOString(),
    kind: 'wait',
    detail: s.lightweight
      ? `one screenshot per band, taken ${SERIES_SETTLE_MS} ms after the scroll (review of a series)`
      : frames.unsettled
      ? `screenshot retaken until the page stopped changing: ${frames.unsettled} of ${bands.length} band${bands.length === 1 ? '' : 's'} never showed two identical frames (animated page?); the last frame was kept`
      : `each screenshot confirmed by an identical second frame (${frames.extra} extra frame${frames.extra === 1 ? '' : 's'}), so the image shows the page as drawn after scrolling`,
  });
  s.shots = { first, bands, rect, scale };
}

async function crop(s: CaptureState): Promise<void> {
  const shots = need(s.shots, 'screenshots');
  s.review = await stitch(shots.bands, shots.rect, shots.scale);
  s.annotated = await annotate(shots.first, need(shots.bands[0], 'first screenshot band').visible, shots.scale);
}

async function fullpage(s: CaptureState): Promise<void> {
  s.fullPage = await captureFullPage(s.tabId, s.windowId, s.actions);
}

async function archive(s: CaptureState): Promise<void> {
  s.archive = await archivePage(s.tabId);
}

async function restore(s: CaptureState): Promise<void> {
  s.actions.push(await restorePageOf(s));
}

/** Puts the page back once (the `restore` step, or the cleanup of a cancelled or failed capture). */
export async function restorePageOf(s: CaptureState): Promise<PageAction> {
  s.restored = true;
  return callContent(s.tabId, 'content.restore', {});
}

async function describe(s: CaptureState): Promise<void> {
  const prepared = need(s.prepared, 'prepared review');
  const shots = need(s.shots, 'screenshots');
  const archive = s.lightweight ? s.archive : need(s.archive, 'page archive');
  s.environment = await environmentRecord(s.tab, prepared);
  s.end = new Date();
  // The page sent its words; the date ranges are computed here, at the capture's start, in the browser's zone.
  const review = withDates(prepared.fields, s.start, Intl.DateTimeFormat().resolvedOptions().timeZone);
  // Hashed trimmed, as the adapters gave these fields before they kept them untrimmed: the same review keeps its id.
  if (!review.id) review.id = `h:${(await sha256Hex(`${review.author.trim()}\n${review.dateText}\n${review.text.trim()}`)).slice(0, 32)}`;
  s.fields = review;
  const fullPage = s.fullPage;
  s.files = [
    { kind: 'review.png', path: 'review.png', mediaType: 'image/png', bytes: need(s.review, 'review.png'), note: shots.bands.length > 1 ? `stitched from ${shots.bands.length} viewport captures` : 'cropped from viewport.png at the review box' },
    { kind: 'viewport.png', path: 'viewport.png', mediaType: 'image/png', bytes: shots.first, note: 'the visible tab as the browser captured it' },
    ...(fullPage ? [{ kind: 'fullpage.png' as const, path: 'fullpage.png', mediaType: 'image/png', bytes: fullPage.bytes, note: fullPage.note }] : []),
    { kind: 'annotated.png', path: 'annotated.png', mediaType: 'image/png', bytes: need(s.annotated, 'annotated.png'), note: 'derived copy of viewport.png with the review outlined; not an original', derivedFrom: 'viewport.png' },
    ...(archive ? [{ kind: archive.kind, path: archive.kind, mediaType: archive.mediaType, bytes: archive.bytes, note: archive.note }] : []),
    { kind: 'review.html', path: 'review.html', mediaType: 'text/html', bytes: new TextEncoder().encode(prepared.html), note: 'outerHTML of the review element, as in the live DOM' },
    { kind: 'review.json', path: 'review.json', mediaType: 'application/json', bytes: new TextEncoder().encode(canonicalJson(review)) },
    { kind: 'environment.json', path: 'environment.json', mediaType: 'application/json', bytes: new TextEncoder().encode(canonicalJson(s.environment)) },
    ...(s.forensic?.har ? [{ kind: 'network.har' as const, path: 'network.har', mediaType: 'application/json', bytes: s.forensic.har, note: 'HAR 1.2: the network as this browser received it during the controlled reload (rechargement contrôlé)' }] : []),
    ...(s.forensic?.wacz ? [{ kind: 'network.wacz' as const, path: 'network.wacz', mediaType: 'application/zip', bytes: s.forensic.wacz, note: 'WACZ 1.1.1: the kept responses of network.har as WARC records, for ReplayWeb.page; datapackage.json holds the hash of each file inside' }] : []),
  ];
}

/** SHA-256 of every file: the blobs to store and the artefact list of the exhibit (a derived image names its source). */
export async function sealFiles(files: CaptureFile[]): Promise<{ blobs: BlobToStore[]; artefacts: Artefact[] }> {
  const blobs: BlobToStore[] = [];
  const artefacts: Artefact[] = [];
  for (const f of files) {
    const sha256 = await sha256Hex(f.bytes);
    blobs.push({ sha256, bytes: f.bytes, mediaType: f.mediaType });
    const source = f.derivedFrom ? artefacts.find((a) => a.path === f.derivedFrom) : undefined;
    artefacts.push({
      kind: f.kind,
      path: f.path,
      mediaType: f.mediaType,
      bytes: f.bytes.byteLength,
      sha256,
      ...(f.note ? { note: f.note } : {}),
      ...(source ? { derivedFrom: { sha256: source.sha256, how: 'review box outlined on a copy' } } : {}),
    });
  }
  return { blobs, artefacts };
}

async function seal(s: CaptureState): Promise<void> {
  const { blobs, artefacts } = await sealFiles(need(s.files, 'files'));
  s.blobs = blobs;
  s.artefacts = artefacts;
}

async function store(s: CaptureState): Promise<void> {
  const prepared = need(s.prepared, 'prepared review');
  const review = need(s.fields, 'review fields');
  const environment = need(s.environment, 'environment');
  const end = need(s.end, 'end time');
  const artefacts = need(s.artefacts, 'artefacts');
  const adapter = prepared.adapterId;
  const caseId = s.caseId ?? (await caseIdFor(adapter, review.id));
  const exhibitId = s.exhibitId ?? `ex-${crypto.randomUUID()}`;
  const source = { url: prepared.page.url, canonicalUrl: prepared.page.canonicalUrl, title: prepared.page.title, adapterId: adapter };
  const actions = s.actions;
  const exhibit = await commitCapture({
    ...(s.jobId ? { jobId: s.jobId } : {}),
    blobs: need(s.blobs, 'blobs'),
    caseRecord: (existing): CaseRecord =>
      existing ?? {
        id: caseId,
        createdAt: s.start.toISOString(),
        title: s.caseTitle ?? `${review.author || '?'} — ${review.placeName ?? prepared.page.title}`,
        listing: { site: s.caseSite ?? adapter, placeName: review.placeName, url: review.placeUrl ?? prepared.page.url },
        status: 'captured',
        steps: [],
        exhibitIds: [],
        notes: '',
      },
    makeExhibit: (previous): Promise<Exhibit> =>
      sealExhibit({
        id: exhibitId,
        caseId,
        sequence: (previous?.sequence ?? 0) + 1,
        capturedAt: captureTime(s.start, end),
        source,
        review,
        environment,
        actions,
        artefacts,
        previousSeal: previous?.seal ?? null,
        ...(s.forensic?.record ? { forensic: s.forensic.record } : {}),
        ...(s.beforeReloadOf ? { asShown: { mode: 'as-shown' as const, reloadExhibitId: s.beforeReloadOf } } : {}),
      }),
    custody: (ex) => ({
      at: end.toISOString(),
      actor: 'extension',
      event: 'capture',
      caseId,
      exhibitId: ex.id,
      detail: `review ${review.id} captured from ${source.url}; seal ${ex.seal}`,
    }),
  });
  s.result = { caseId, exhibitId: exhibit.id, seal: exhibit.seal, durationMs: Date.now() - s.start.getTime() };
  s.stored = exhibit;
}

type NormalStep = (typeof CAPTURE_STEPS)[number];

export const CAPTURE_RUNS: Record<NormalStep, Step<CaptureState, NormalStep>['run']> = { prepare, shoot, crop, fullpage, archive, restore, describe, seal, store };

/** The capture, step by step, in the order of CAPTURE_STEPS (the contract the popup words). */
export const CAPTURE_PIPELINE: Step<CaptureState, NormalStep>[] = CAPTURE_STEPS.map((name) => ({ name, run: CAPTURE_RUNS[name] }));
