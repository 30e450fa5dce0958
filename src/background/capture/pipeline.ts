// The capture pipeline: locate → expand → screenshot(s) → crop/stitch → page archive → review HTML + fields →
// environment → hash → seal → store. A job record is written first and deleted in the same transaction that stores
// the exhibit: a service worker stopped mid-capture leaves the job behind (shown as « à refaire »), never half a record.
import browser from 'webextension-polyfill';
import type { Artefact, ArtefactKind, CaseRecord, Exhibit, PageAction, SiteId } from '../../shared/types';
import type { CaptureResult, PreparedReview } from '../../messaging/protocol';
import { callContent } from '../../messaging/client';
import { canonicalJson } from '../../evidence/canonical-json';
import { sha256Hex } from '../../evidence/hash';
import { sealExhibit } from '../../evidence/seal';
import { commitCapture, deleteJob, putJob, type BlobToStore } from '../../evidence/store';
import { captureVisible } from './screenshot';
import { annotate, decodePng, stitch, type Band } from './image';
import { captureFullPage } from './fullpage';
import { archivePage } from './archive';
import { captureTime, environmentRecord } from './environment';
import { ensureContentScript } from '../inject';

/** Jobs started by this service-worker instance; any other job in the store was cut off by a restart. */
export const liveJobs = new Set<string>();

const MAX_BANDS = 40;

interface File {
  kind: ArtefactKind;
  path: string;
  mediaType: string;
  bytes: Uint8Array;
  note?: string;
  /** For a derived image: the path of the artefact it was made from. */
  derivedFrom?: string;
}

interface ReviewShots {
  review: Uint8Array;
  viewport: Uint8Array;
  bands: number;
  /** Where the review is visible in viewport.png (CSS px) and the capture scale, for the annotated copy. */
  box: PreparedReview['visible'];
  scale: number;
}

async function screenshotReview(tabId: number, windowId: number, key: string, prepared: PreparedReview, actions: PageAction[]): Promise<ReviewShots> {
  let { rect, visible } = prepared;
  if (visible.y - rect.y > 0.5) {
    // The review's top is cut (sticky header, pane smaller than the review): bring its top into view first, since
    // the bands are stitched downwards from offset 0.
    const top = await callContent(tabId, 'content.scrollBand', { key, offset: 0 });
    actions.push(top.action);
    ({ rect, visible } = top);
  }
  const first = await captureVisible(windowId);
  const firstBitmap = await decodePng(first);
  const scale = firstBitmap.width / prepared.viewport.width;
  const bands: Band[] = [{ bitmap: firstBitmap, visible, offset: visible.y - rect.y, offsetX: visible.x - rect.x }];
  if (visible.y - rect.y > 0.5) throw new Error('Le haut de l’avis n’a pas pu être affiché pour la capture. / The top of the review could not be brought into view.');
  let covered = visible.y - rect.y + visible.height;
  // Taller than what is visible: scroll band by band and stitch, in order, each capture paced by captureVisible.
  while (covered < rect.height - 0.5 && bands.length < MAX_BANDS) {
    const band = await callContent(tabId, 'content.scrollBand', { key, offset: covered });
    actions.push(band.action);
    const bitmap = await decodePng(await captureVisible(windowId));
    const offset = band.visible.y - band.rect.y;
    if (band.visible.height <= 0 || offset + band.visible.height <= covered + 0.5) break; // cannot scroll further
    bands.push({ bitmap, visible: band.visible, offset, offsetX: band.visible.x - band.rect.x });
    covered = offset + band.visible.height;
  }
  if (covered < rect.height - 0.5) throw new Error('La hauteur de l’avis n’a pas pu être capturée en entier. / The review could not be captured whole.');
  const review = await stitch(bands, rect, scale);
  return { review, viewport: first, bands: bands.length, box: bands[0].visible, scale };
}

/** One case per review of a site: capturing the same review again adds an exhibit to its case (a re-check). */
export function caseIdFor(adapterId: SiteId, reviewId: string): Promise<string> {
  return sha256Hex(`${adapterId}\n${reviewId}`).then((h) => `case-${h.slice(0, 16)}`);
}

// One capture at a time: a capture scrolls the page and screenshots the window's visible tab, so two captures
// running together would crop each other's pixels (and race for the same case's chain head). Later calls wait.
let captureQueue: Promise<unknown> = Promise.resolve();

export function captureReview(tabId: number, key: string): Promise<CaptureResult> {
  const run = captureQueue.then(() => captureReviewNow(tabId, key));
  captureQueue = run.catch(() => undefined);
  return run;
}

async function captureReviewNow(tabId: number, key: string): Promise<CaptureResult> {
  const start = new Date();
  const tab = await browser.tabs.get(tabId);
  if (tab.windowId === undefined) throw new Error('tab has no window');
  const jobId = crypto.randomUUID();
  await putJob({ id: jobId, startedAt: start.toISOString(), tabId, url: tab.url ?? '', key });
  liveJobs.add(jobId);
  try {
    await ensureContentScript(tabId);
    const early: PageAction[] = [];
    if (!(await browser.tabs.get(tabId)).active) {
      // captureVisibleTab captures the window's active tab: never let another tab stand in for the review's.
      await browser.tabs.update(tabId, { active: true });
      early.push({ at: new Date().toISOString(), kind: 'wait', detail: 'the review’s tab was brought to the front before the screenshot' });
      await new Promise((r) => setTimeout(r, 150));
    }
    const prepared = await callContent(tabId, 'content.prepare', { key });
    const actions: PageAction[] = [...early, ...prepared.actions];
    const shots = await screenshotReview(tabId, tab.windowId, key, prepared, actions);
    const annotated = await annotate(shots.viewport, shots.box, shots.scale);
    const fullPage = await captureFullPage(tabId, tab.windowId, actions);
    const archive = await archivePage(tabId);
    const restore = await callContent(tabId, 'content.restore', {});
    actions.push(restore);
    const environment = await environmentRecord(tab, prepared);
    const end = new Date();

    const review = { ...prepared.fields };
    if (!review.id) review.id = `h:${(await sha256Hex(`${review.author}\n${review.dateText}\n${review.text}`)).slice(0, 32)}`;
    const files: File[] = [
      { kind: 'review.png', path: 'review.png', mediaType: 'image/png', bytes: shots.review, note: shots.bands > 1 ? `stitched from ${shots.bands} viewport captures` : 'cropped from viewport.png at the review box' },
      { kind: 'viewport.png', path: 'viewport.png', mediaType: 'image/png', bytes: shots.viewport, note: 'the visible tab as the browser captured it' },
      ...(fullPage ? [{ kind: 'fullpage.png' as const, path: 'fullpage.png', mediaType: 'image/png', bytes: fullPage.bytes, note: fullPage.note }] : []),
      { kind: 'annotated.png', path: 'annotated.png', mediaType: 'image/png', bytes: annotated, note: 'derived copy of viewport.png with the review outlined; not an original', derivedFrom: 'viewport.png' },
      { kind: archive.kind, path: archive.kind, mediaType: archive.mediaType, bytes: archive.bytes, note: archive.note },
      { kind: 'review.html', path: 'review.html', mediaType: 'text/html', bytes: new TextEncoder().encode(prepared.html), note: 'outerHTML of the review element, as in the live DOM' },
      { kind: 'review.json', path: 'review.json', mediaType: 'application/json', bytes: new TextEncoder().encode(canonicalJson(review)) },
      { kind: 'environment.json', path: 'environment.json', mediaType: 'application/json', bytes: new TextEncoder().encode(canonicalJson(environment)) },
    ];
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
    const adapter = prepared.adapterId;
    const caseId = await caseIdFor(adapter, review.id);
    const exhibitId = `ex-${crypto.randomUUID()}`;
    const source = { url: prepared.page.url, canonicalUrl: prepared.page.canonicalUrl, title: prepared.page.title, adapterId: adapter };
    const exhibit = await commitCapture({
      jobId,
      blobs,
      caseRecord: (existing): CaseRecord =>
        existing ?? {
          id: caseId,
          createdAt: start.toISOString(),
          title: `${review.author || '?'} — ${review.placeName ?? prepared.page.title}`,
          listing: { site: adapter, placeName: review.placeName, url: review.placeUrl ?? prepared.page.url },
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
          capturedAt: captureTime(start, end),
          source,
          review,
          environment,
          actions,
          artefacts,
          previousSeal: previous?.seal ?? null,
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
    return { caseId, exhibitId: exhibit.id, seal: exhibit.seal, durationMs: Date.now() - start.getTime() };
  } catch (e) {
    await deleteJob(jobId);
    throw e;
  } finally {
    liveJobs.delete(jobId);
  }
}
