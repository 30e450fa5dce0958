// « Capturer plusieurs avis »: for the doctor's tab, loads every review the page can show (scrolling its reviews
// pane, within a stated limit, with progress and cancel), selects reviews (all, by filter, or by hand), says how
// long the capture will take, then captures the listing's summary and each review into ONE case (background/series.ts)
// and shows the pattern with its legal frame. Review text and author names are rendered as text nodes only.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { callBackground } from '../../messaging/client';
import { isSeriesProgress, type SeriesPage, type SeriesProgressEvent, type SeriesResult } from '../../messaging/series-protocol';
import { applyFilter, estimateSeconds, type SeriesCandidate, type SeriesFilter, type SeriesSelection } from '../../shared/series-filter';
import { publishedRange } from '../../adapters/dates';
import { analyzeSeries, type SeriesPattern } from '../../legal/series-pattern';
import { exhibitsOf, getMeta } from '../../evidence/store-read';
import { readSeriesRecord, seriesMetaKey, type SeriesRecord } from '../../evidence/series-record';
import { errorText, stars, t } from '../shared/i18n';
import { plural } from '../shared/case-flow/Result';
import { patternReviews, SeriesSummary } from './PatternView';

/** Reviews loaded at most, unless the doctor sets another limit. */
export const DEFAULT_LIMIT = 200;
const MAX_LIMIT = 1000;
/** Loading stops after this many rounds in a row that add nothing (the page has shown all it can). */
const IDLE_ROUNDS = 2;

type Mode = 'all' | 'filter' | 'hand';

function withDates(page: SeriesPage): SeriesCandidate[] {
  const now = new Date();
  // The date range may come from the page already; else it is read here from the date as shown.
  return page.reviews.map((r) => {
    if (r.publishedRange || !r.dateText) return r;
    const range = publishedRange(r.dateText, now);
    return range ? { ...r, publishedRange: { earliest: range.earliest, latest: range.latest } } : r;
  });
}

function describeSelection(mode: Mode, f: SeriesFilter, n: number): SeriesSelection {
  return mode === 'filter' ? { mode, count: n, filter: { ...f } } : { mode, count: n };
}

function Series() {
  const tabId = Number(new URLSearchParams(location.search).get('tabId'));
  const [page, setPage] = useState<SeriesPage>();
  const [error, setError] = useState<string>();
  const [limit, setLimit] = useState(DEFAULT_LIMIT);
  const [loading, setLoading] = useState<{ count: number } | undefined>();
  const [loadNote, setLoadNote] = useState<string>();
  const stopLoading = useRef(false);
  const [mode, setMode] = useState<Mode>('all');
  const [filter, setFilter] = useState<SeriesFilter>({});
  const [hand, setHand] = useState<Set<string>>(new Set());
  const [seriesId, setSeriesId] = useState<string>();
  const [progress, setProgress] = useState<SeriesProgressEvent>();
  const [result, setResult] = useState<{ res: SeriesResult; record: SeriesRecord; pattern: SeriesPattern }>();

  const list = () =>
    callBackground('series.list', { tabId }).then(
      (p) => setPage({ ...p, reviews: withDates(p) }),
      (e: unknown) => setError(errorText(e)),
    );
  useEffect(() => {
    if (!Number.isFinite(tabId)) setError(t('popupCannotRead'));
    else void list();
  }, []);
  useEffect(() => {
    const on = (msg: unknown) => {
      if (isSeriesProgress(msg) && msg.seriesId === seriesId) setProgress(msg);
    };
    browser.runtime.onMessage.addListener(on);
    return () => browser.runtime.onMessage.removeListener(on);
  }, [seriesId]);

  const reviews = page?.reviews ?? [];
  const selected = useMemo(() => (mode === 'all' ? reviews : mode === 'filter' ? applyFilter(reviews, filter) : reviews.filter((r) => hand.has(r.key))), [reviews, mode, filter, hand]);

  const loadAll = async () => {
    stopLoading.current = false;
    setLoadNote(undefined);
    let count = reviews.length;
    setLoading({ count });
    let idle = 0;
    let note: string | undefined;
    try {
      while (!stopLoading.current && count < limit) {
        const step = await callBackground('series.loadMore', { tabId });
        count = step.count;
        setLoading({ count });
        if (step.noPane) break;
        idle = step.grew ? 0 : idle + 1;
        if (idle >= IDLE_ROUNDS) break;
      }
      note = stopLoading.current ? t('serLoadStopped', String(count)) : count >= limit ? t('serLoadLimit', String(limit)) : t('serLoadAll', String(count));
    } catch (e) {
      setError(errorText(e));
    } finally {
      // The list is read again before the note shows: what the note says is what the list holds.
      await list();
      setLoading(undefined);
      setLoadNote(note);
    }
  };

  const start = async () => {
    const id = crypto.randomUUID();
    setSeriesId(id);
    setError(undefined);
    setProgress({ avise: 1, event: 'series.progress', seriesId: id, caseId: '', done: 0, total: selected.length, phase: 'summary' });
    try {
      const res = await callBackground('series.capture', { tabId, keys: selected.map((r) => r.key), seriesId: id, selection: describeSelection(mode, filter, selected.length) });
      const record = readSeriesRecord(await getMeta(seriesMetaKey(res.caseId)));
      if (!record) throw new Error('series record missing');
      const pattern = analyzeSeries(patternReviews(await exhibitsOf(res.caseId), record.summaryExhibitId));
      setResult({ res, record, pattern });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSeriesId(undefined);
    }
  };

  const cancel = () => {
    if (seriesId) void callBackground('series.cancel', { seriesId });
  };

  const toggleRating = (n: number) => {
    const set = new Set(filter.ratings ?? []);
    if (set.has(n)) set.delete(n);
    else set.add(n);
    setFilter({ ...filter, ratings: [...set].sort() });
  };

  const running = seriesId !== undefined;
  const seconds = estimateSeconds(selected.length);

  return (
    <>
      <header>
        <img src="/icons/icon-48.png" alt="" />
        <h1>{t('serTitle')}</h1>
      </header>
      <main class="stack">
        {error && (
          <p class="error" role="alert">
            {t('errorPrefix')} : {error}
          </p>
        )}
        {page && <p class="muted page-title">{page.title}</p>}
        {!page && !error && <p class="muted">{t('popupLoading')}</p>}
        {page && !result && (
          <>
            <section class="card stack load" aria-labelledby="load-h">
              <h2 id="load-h">{t('serLoadTitle', String(reviews.length))}</h2>
              <p class="muted">{t('serLoadExplain')}</p>
              <div class="row">
                <label>
                  {t('serLimit')}{' '}
                  <input type="number" class="limit" min={1} max={MAX_LIMIT} value={limit} onInput={(e) => setLimit(Math.max(1, Math.min(MAX_LIMIT, Number((e.target as HTMLInputElement).value) || DEFAULT_LIMIT)))} />
                </label>
                {loading ? (
                  <button class="stop-load" onClick={() => (stopLoading.current = true)}>
                    {t('serStop')}
                  </button>
                ) : (
                  <button class="load-all" disabled={running} onClick={loadAll}>
                    {t('serLoadAllButton')}
                  </button>
                )}
              </div>
              {loading && (
                <div class="load-progress" role="status">
                  <progress max={limit} value={loading.count} /> {t('serLoading', String(loading.count), String(limit))}
                </div>
              )}
              {loadNote && <p class="load-note">{loadNote}</p>}
            </section>

            <section class="card stack select" aria-labelledby="select-h">
              <h2 id="select-h">{t('serSelectTitle')}</h2>
              <fieldset class="row">
                <legend>{t('serMode')}</legend>
                {(['all', 'filter', 'hand'] as Mode[]).map((m) => (
                  <label key={m}>
                    <input type="radio" name="mode" value={m} checked={mode === m} disabled={running} onChange={() => setMode(m)} /> {t(`serMode_${m}`)}
                  </label>
                ))}
              </fieldset>
              {mode === 'filter' && (
                <fieldset class="stack filter">
                  <legend>{t('serFilter')}</legend>
                  <div class="row ratings">
                    {[1, 2, 3, 4, 5].map((n) => (
                      <label key={n}>
                        <input type="checkbox" class={`rating-${n}`} checked={filter.ratings?.includes(n) ?? false} onChange={() => toggleRating(n)} /> {n}★
                      </label>
                    ))}
                  </div>
                  <div class="row">
                    <label>
                      {t('serFrom')} <input type="date" class="from" value={filter.from ?? ''} onInput={(e) => setFilter({ ...filter, from: (e.target as HTMLInputElement).value || undefined })} />
                    </label>
                    <label>
                      {t('serTo')} <input type="date" class="to" value={filter.to ?? ''} onInput={(e) => setFilter({ ...filter, to: (e.target as HTMLInputElement).value || undefined })} />
                    </label>
                  </div>
                  <label>
                    {t('serWords')} <input type="text" class="words" value={filter.words ?? ''} onInput={(e) => setFilter({ ...filter, words: (e.target as HTMLInputElement).value })} />
                  </label>
                  <p class="muted">{t('serFilterNote')}</p>
                </fieldset>
              )}
              <ul class="candidates" aria-label={t('serCandidates')} tabIndex={0}>
                {(mode === 'hand' ? reviews : selected).map((r) => (
                  <li key={r.key} data-key={r.key}>
                    <label>
                      {mode === 'hand' && (
                        <input
                          type="checkbox"
                          checked={hand.has(r.key)}
                          onChange={() => {
                            const s = new Set(hand);
                            if (s.has(r.key)) s.delete(r.key);
                            else s.add(r.key);
                            setHand(s);
                          }}
                        />
                      )}
                      <span class="c-author">{r.author}</span>
                      <span class="stars">{stars(r.rating)}</span>
                      <span class="muted">{r.dateText}</span>
                      <span class="c-text">{r.text.length > 120 ? `${r.text.slice(0, 120)}…` : r.text}</span>
                    </label>
                  </li>
                ))}
              </ul>
              <p class="selected-count">{t('serSelected', String(selected.length), String(reviews.length))}</p>
            </section>

            <section class="card stack go" aria-labelledby="go-h">
              <h2 id="go-h">{t('serGoTitle')}</h2>
              <p class="estimate">{plural(seconds, 'w_estimateOne', 'w_estimateOther', String(selected.length))}</p>
              <p class="muted">{t('serEstimateWhy')}</p>
              {running && progress ? (
                <div class="stack series-progress" role="status">
                  <progress max={progress.total} value={progress.done} />
                  <span>{progress.phase === 'summary' ? t('serProgressSummary') : t('serProgress', String(progress.done), String(progress.total))}</span>
                  <button class="cancel-series" onClick={cancel}>
                    {t('serCancel')}
                  </button>
                </div>
              ) : (
                <button class="primary start-series" disabled={selected.length === 0 || running || !!loading} onClick={start}>
                  {plural(selected.length, 'w_seriesStartOne', 'w_seriesStartOther')}
                </button>
              )}
            </section>
          </>
        )}
        {result && (
          <>
            <p class="ok series-done">
              {plural(result.res.captured, 'w_seriesDoneOne', 'w_seriesDoneOther', String(Math.round(result.res.durationMs / 1000)))}{' '}
              <a class="open-case" href={browser.runtime.getURL(`src/ui/manager/index.html#case=${encodeURIComponent(result.res.caseId)}`)} target="_blank" rel="noopener">
                {t('serOpenCase')}
              </a>
            </p>
            <SeriesSummary record={result.record} pattern={result.pattern} running={false} />
          </>
        )}
      </main>
    </>
  );
}

render(<Series />, document.getElementById('app')!);
