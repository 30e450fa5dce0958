// The calls of a series capture (several reviews of one page into one case), merged into BackgroundCalls and
// ContentCalls by protocol.ts. Handlers: background/series.ts and content/series.ts.
import type { PageAction } from '../shared/types';
import type { SeriesCandidate, SeriesSelection } from '../shared/series-filter';
import type { SeriesRecord } from '../evidence/series-record';

export interface SeriesPage {
  adapterId: string;
  url: string;
  title: string;
  reviews: SeriesCandidate[];
}

export interface SeriesLoadStep {
  /** Reviews on the page after this round. */
  count: number;
  /** True when this round added reviews. */
  grew: boolean;
  /** True when the page has no reviews pane to scroll (everything it can show is there). */
  noPane: boolean;
}

export interface SeriesResult {
  caseId: string;
  status: SeriesRecord['status'];
  requested: number;
  captured: number;
  failed: number;
  durationMs: number;
}

/** Broadcast by the service worker while a series runs (not an Envelope: nobody answers it). */
export interface SeriesProgressEvent {
  avise: 1;
  event: 'series.progress';
  seriesId: string;
  /** Reviews captured so far (the listing's summary not counted). */
  done: number;
  total: number;
  phase: 'summary' | 'review' | 'finished';
  caseId: string;
}

export function isSeriesProgress(msg: unknown): msg is SeriesProgressEvent {
  const m = msg as Partial<SeriesProgressEvent> | null;
  return typeof m === 'object' && m !== null && m.avise === 1 && m.event === 'series.progress' && typeof m.seriesId === 'string';
}

export interface SeriesBackgroundCalls {
  /** Every review the page shows now, with its text as shown (for the filter and the choice by hand). */
  'series.list': { req: { tabId: number }; res: SeriesPage };
  /** One round of loading: scrolls the reviews pane to its end and waits for the page to add reviews. */
  'series.loadMore': { req: { tabId: number }; res: SeriesLoadStep };
  /**
   * Captures the listing's summary then each review (by key, in order) into ONE new case, each its own sealed
   * exhibit on the case's chain. `selection` says in words how the reviews were chosen (kept in the case's record).
   */
  'series.capture': { req: { tabId: number; keys: string[]; seriesId: string; selection: SeriesSelection }; res: SeriesResult };
  /** Stops a series: the review being captured is cancelled before its seal (or completes), no other starts. */
  'series.cancel': { req: { seriesId: string }; res: { cancelled: boolean } };
  /** Whether a series is running in this service worker (a stored `running` record with none: cut off, « interrompue »). */
  'series.running': { req: { seriesId: string }; res: { running: boolean } };
}

export interface SeriesContentCalls {
  'content.seriesReviews': { req: Record<string, never>; res: SeriesPage };
  'content.loadMore': { req: Record<string, never>; res: SeriesLoadStep };
  /** Registers the listing's summary (name, rating, counts) for capture; returns its key and the loading rounds' log. */
  'content.summaryKey': { req: Record<string, never>; res: { key: string; loadActions: PageAction[] } };
}
