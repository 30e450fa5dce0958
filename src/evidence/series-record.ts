// What the store keeps about a series capture besides its exhibits: how the reviews were chosen, how many were asked
// for and captured, the summary exhibit, and whether the series finished. Kept in the `meta` store under
// `series:<caseId>` (written by the service worker only, background/series.ts; read by pages with getMeta).
// A series that stopped before its end (cancelled, or the service worker stopped) keeps its whole exhibits and
// reads as « série interrompue ».
import type { Exhibit } from '../shared/types';
import type { PatternReview } from '../legal/series-pattern';
import { publishedRange } from '../adapters/dates';
import { selectionText, type SeriesSelection } from '../shared/series-filter';

/** The series' choice of reviews in the reader's language (older records hold an English sentence, shown as stored). */
export const selectionWords = (r: SeriesRecord, lang: 'fr' | 'en'): string => (typeof r.selection === 'string' ? r.selection : selectionText(r.selection, lang));

export const SERIES_RECORD_VERSION = 1;

export interface SeriesRecord {
  schemaVersion: typeof SERIES_RECORD_VERSION;
  caseId: string;
  seriesId: string;
  startedAt: string;
  endedAt?: string;
  /** running: under way (or cut off by a service-worker stop when no series runs); interrupted: stopped by the doctor or by errors. */
  status: 'running' | 'complete' | 'interrupted';
  url: string;
  /** The listing's page title as the page gave it. */
  title: string;
  /** How the reviews were chosen: structured (worded in the reader's language); a sentence in records written before 2026-12-01. */
  selection: SeriesSelection | string;
  requested: number;
  captured: number;
  summaryExhibitId?: string;
  /** Reviews that could not be captured, with the reason (the others are kept). */
  failures: { key: string; message: string }[];
}

export const seriesMetaKey = (caseId: string) => `series:${caseId}`;

/** A series case's record as pages read it; `undefined` for a case that is not a series. */
export function readSeriesRecord(raw: unknown): SeriesRecord | undefined {
  const r = raw as Partial<SeriesRecord> | undefined;
  if (!r || r.schemaVersion !== SERIES_RECORD_VERSION || typeof r.caseId !== 'string') return undefined;
  return r as SeriesRecord;
}

/** True when the series did not finish: the case holds the exhibits completed before it stopped. */
export function isInterrupted(r: SeriesRecord, running: boolean): boolean {
  return r.status === 'interrupted' || (r.status === 'running' && !running);
}

/**
 * The reviews of a series case as the pattern reads them (the listing's summary exhibit left out), each cited by
 * `numberOf` (its sequence in the case by default; the bundle's report uses its own exhibit numbers).
 */
export function patternReviews(exhibits: Exhibit[], summaryExhibitId?: string, numberOf: (e: Exhibit) => number | undefined = (e) => e.sequence): PatternReview[] {
  return exhibits
    .filter((e) => e.id !== summaryExhibitId)
    .map((e) => {
      const r = e.review;
      const range = r.publishedRange ?? (r.dateText ? publishedRange(r.dateText, new Date(e.capturedAt.startUtc), e.capturedAt.timeZone) : undefined);
      const n = numberOf(e);
      return {
        ...(n !== undefined ? { exhibit: n } : {}),
        author: r.author,
        ...(r.authorMeta ? { authorMeta: r.authorMeta } : {}),
        ...(r.authorSignals ? { authorSignals: r.authorSignals } : {}),
        ...(r.rating !== undefined ? { rating: r.rating } : {}),
        ...(range ? { publishedRange: { earliest: range.earliest, latest: range.latest } } : {}),
        text: r.text,
      };
    });
}
