// A series capture: several reviews of one page into ONE case. The listing's summary is captured first (with the
// full-page image and the page archive, which then hold every review the page loaded), then each review, in order,
// as its own sealed exhibit on the case's chain (prepare → shoot → crop → restore → describe → seal → store: no
// full-page image nor archive per review, so that 50 reviews take well under a minute at 2 screenshots a second).
// Each capture goes through the same queue, job record and cancel as a single capture (capture/pipeline.ts): a
// review is whole or absent. Stopping the series cancels the review under way before its seal (or lets it
// complete after) and starts no other: the case keeps the exhibits finished and its record says « interrompue ».
import browser from 'webextension-polyfill';
import type { Handlers } from '../messaging/protocol';
import type { SeriesBackgroundCalls, SeriesPage, SeriesProgressEvent, SeriesResult } from '../messaging/series-protocol';
import { callContent } from '../messaging/client';
import { appendCustody, exhibitsOf, setMeta } from '../evidence/store';
import { analyzeSeries, type SeriesPattern } from '../legal/series-pattern';
import { publishedRange } from '../adapters/dates';
import { patternReviews, SERIES_RECORD_VERSION, seriesMetaKey, type SeriesRecord } from '../evidence/series-record';
import { sha256Hex } from '../evidence/hash';
import { CAPTURE_CANCELLED } from '../messaging/protocol';
import type { SiteId } from '../shared/types';
import { selectionText, type SeriesSelection } from '../shared/series-filter';
import { cancelCapture, captureReview } from './capture/pipeline';
import { CAPTURE_PIPELINE } from './capture/steps';
import { ensureContentScript } from './inject';
import { runTimestamps } from './timestamps';

/** The steps of one review of a series: the single capture's, without the full-page image and the page archive. */
export const SERIES_REVIEW_STEPS = CAPTURE_PIPELINE.filter((s) => s.name !== 'fullpage' && s.name !== 'archive');

interface Running {
  stop: boolean;
  captureId?: string;
}

/** Series under way in this service-worker instance (a stored record says `running` with none here: cut off). */
export const liveSeries = new Map<string, Running>();

function broadcast(e: Omit<SeriesProgressEvent, 'avise' | 'event'>): void {
  void browser.runtime.sendMessage({ avise: 1, event: 'series.progress', ...e } satisfies SeriesProgressEvent).catch(() => undefined);
}

const isCancelled = (e: unknown) => e instanceof Error && e.message === CAPTURE_CANCELLED;

export async function captureSeries(tabId: number, keys: string[], seriesId: string, selection: SeriesSelection): Promise<SeriesResult> {
  const start = Date.now();
  const run: Running = { stop: false };
  liveSeries.set(seriesId, run);
  await ensureContentScript(tabId);
  const tab = await browser.tabs.get(tabId);
  const page = await seriesPage(tabId);
  const caseId = `case-series-${(await sha256Hex(`series\n${seriesId}`)).slice(0, 16)}`;
  const caseTitle = `Série de ${keys.length} avis — ${page.title || tab.title || page.url}`;
  const caseSite = page.adapterId as SiteId;
  const record: SeriesRecord = {
    schemaVersion: SERIES_RECORD_VERSION,
    caseId,
    seriesId,
    startedAt: new Date(start).toISOString(),
    status: 'running',
    url: page.url,
    title: page.title || tab.title || '',
    selection,
    requested: keys.length,
    captured: 0,
    failures: [],
  };
  const save = () => setMeta(seriesMetaKey(caseId), { ...record, failures: [...record.failures] });
  await save();
  let caseExists = false;
  const one = async (key: string, opts: Parameters<typeof captureReview>[3]) => {
    const captureId = crypto.randomUUID();
    run.captureId = captureId;
    try {
      const r = await captureReview(tabId, key, captureId, { ...opts, state: { caseId, caseTitle, caseSite, ...opts?.state } });
      caseExists = true;
      void runTimestamps(r.exhibitId);
      return r;
    } finally {
      run.captureId = undefined;
    }
  };
  try {
    broadcast({ seriesId, caseId, done: 0, total: keys.length, phase: 'summary' });
    try {
      const summary = await callContent(tabId, 'content.summaryKey', {});
      const r = await one(summary.key, { state: { actions: summary.loadActions } });
      record.summaryExhibitId = r.exhibitId;
    } catch (e) {
      if (isCancelled(e) || run.stop) throw e;
      record.failures.push({ key: 'summary', message: e instanceof Error ? e.message : String(e) });
    }
    for (const key of keys) {
      if (run.stop) break;
      broadcast({ seriesId, caseId, done: record.captured, total: keys.length, phase: 'review' });
      try {
        await one(key, { steps: SERIES_REVIEW_STEPS, state: { lightweight: true } });
        record.captured++;
      } catch (e) {
        if (isCancelled(e) || run.stop) {
          run.stop = true;
          break;
        }
        // One review that cannot be captured (gone from the page…) does not lose the others: noted, the series goes on.
        record.failures.push({ key, message: e instanceof Error ? e.message : String(e) });
      }
      await save();
    }
    // Reviews that failed are listed with the case; only a stop leaves reviews not attempted.
    record.status = run.stop ? 'interrupted' : 'complete';
  } catch {
    record.status = 'interrupted';
  } finally {
    liveSeries.delete(seriesId);
    record.endedAt = new Date().toISOString();
    await save();
    if (caseExists) {
      const pattern = await patternOf(caseId, record.summaryExhibitId).catch(() => undefined);
      await appendCustody(caseId, {
        at: record.endedAt,
        actor: 'extension',
        event: 'note',
        caseId,
        detail: `series capture ${record.status === 'complete' ? 'complete' : 'interrupted (série interrompue)'}: ${record.captured} of ${record.requested} reviews captured from ${record.url}${record.summaryExhibitId ? ', with the listing’s summary' : ''}; selection: ${selectionText(selection, 'en')}${record.failures.length ? `; ${record.failures.length} not captured` : ''}${pattern ? `; pattern: ${patternLine(pattern)}` : ''}`,
      }).catch(() => undefined);
    }
    broadcast({ seriesId, caseId, done: record.captured, total: keys.length, phase: 'finished' });
  }
  return { caseId, status: record.status, requested: keys.length, captured: record.captured, failed: record.failures.length, durationMs: Date.now() - start };
}

/** The pattern of the reviews stored in a series case (the listing's summary left out), for its custody log. */
async function patternOf(caseId: string, summaryExhibitId: string | undefined): Promise<SeriesPattern> {
  const reviews = patternReviews(await exhibitsOf(caseId), summaryExhibitId);
  return analyzeSeries(reviews);
}

/** The pattern in one line, facts only (the custody log is read by the lawyer in the bundle's report). */
export function patternLine(p: SeriesPattern): string {
  const parts = [
    `${p.count} reviews`,
    p.span ? `possible publication dates ${p.span.from} to ${p.span.to}` : 'publication dates unknown',
    `one-star ${p.ratings['1']} (${Math.round(p.oneStarShare * 100)}%)`,
    p.burst ? `burst of ${p.burst.count} between ${p.burst.from} and ${p.burst.to} (exhibits ${p.burst.exhibits.join(', ')})` : 'no burst',
    p.duplicates.length ? p.duplicates.map((g) => `near-identical texts: exhibits ${g.exhibits.join(', ')}`).join('; ') : 'no near-identical texts',
    p.repeatedAuthors.length ? p.repeatedAuthors.map((a) => `author « ${a.author} » ${a.count} times (exhibits ${a.exhibits.join(', ')})`).join('; ') : 'no repeated author',
    `${p.singleReviewAuthors} single-review accounts`,
  ];
  return parts.join(', ');
}

export function cancelSeries(seriesId: string): boolean {
  const run = liveSeries.get(seriesId);
  if (!run) return false;
  run.stop = true;
  if (run.captureId) cancelCapture(run.captureId);
  return true;
}

/** The page's reviews with their date ranges: the content script returns the words shown, the worker parses the dates. */
async function seriesPage(tabId: number): Promise<SeriesPage> {
  const page = await callContent(tabId, 'content.seriesReviews', {});
  const now = new Date();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    ...page,
    reviews: page.reviews.map((r) => {
      const range = (r.dateMachine ? publishedRange(r.dateMachine, now, timeZone) : undefined) ?? (r.dateText ? publishedRange(r.dateText, now, timeZone) : undefined);
      return range ? { ...r, publishedRange: { earliest: range.earliest, latest: range.latest } } : r;
    }),
  };
}

export const seriesHandlers: Handlers<SeriesBackgroundCalls> = {
  async 'series.list'({ tabId }) {
    await ensureContentScript(tabId);
    return seriesPage(tabId);
  },
  async 'series.loadMore'({ tabId }) {
    await ensureContentScript(tabId);
    return callContent(tabId, 'content.loadMore', {});
  },
  async 'series.capture'({ tabId, keys, seriesId, selection }) {
    return captureSeries(tabId, keys, seriesId, selection);
  },
  async 'series.cancel'({ seriesId }) {
    return { cancelled: cancelSeries(seriesId) };
  },
  async 'series.running'({ seriesId }) {
    return { running: liveSeries.has(seriesId) };
  },
};
