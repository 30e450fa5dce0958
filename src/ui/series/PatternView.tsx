// The pattern of a series case (count, time span, ratings, bursts, near-duplicate wording, repeated authors) and
// its legal frame, shown on the series page after a capture and on the case page of a series case. Review text is
// rendered as text nodes only. The pattern is indices, never proof: the doctor confirms the coordination.
// Legal frame: C. pén. art. 222-33-2-2 (docs/legal/code-penal.md#code-penal-art-222-33-2-2); platform policies on
// coordinated / fake engagement (docs/legal/qualifications.md#signaux-complementaires).
import { useEffect, useState } from 'preact/hooks';
import type { Exhibit } from '../../shared/types';
import { analyzeSeries, type SeriesPattern } from '../../legal/series-pattern';
import { getMeta } from '../../evidence/store-read';
import { isInterrupted, patternReviews, selectionWords, readSeriesRecord, seriesMetaKey, type SeriesRecord } from '../../evidence/series-record';

export { patternReviews };
import { platformReportText } from '../../legal/series-report';
import { callBackground } from '../../messaging/client';
import { t, uiLang } from '../shared/i18n';

const pct = (x: number) => `${Math.round(x * 100)} %`;
const nums = (l: number[]) => l.map((n) => `n° ${n}`).join(', ');

export function PatternTable({ pattern }: { pattern: SeriesPattern }) {
  const p = pattern;
  return (
    <div class="stack series-pattern">
      <table class="pattern-facts">
        <tbody>
          <tr class="p-count"><th scope="row">{t('serPatCount')}</th><td>{p.count}</td></tr>
          <tr class="p-span"><th scope="row">{t('serPatSpan')}</th><td>{p.span ? t('serPatSpanValue', p.span.from, p.span.to, String(p.span.days)) : t('serPatUnknown')}</td></tr>
          <tr class="p-ratings">
            <th scope="row">{t('serPatRatings')}</th>
            <td>{(['5', '4', '3', '2', '1'] as const).map((k) => `${k}★ ${p.ratings[k]}`).join(' · ')}{p.ratings.none ? ` · ${t('serPatNoRating')} ${p.ratings.none}` : ''}</td>
          </tr>
          <tr class="p-one-star"><th scope="row">{t('serPatOneStar')}</th><td>{pct(p.oneStarShare)}</td></tr>
          <tr class="p-burst"><th scope="row">{t('serPatBurst')}</th><td>{p.burst ? t('serPatBurstValue', String(p.burst.count), p.burst.from, p.burst.to, String(p.burst.oneStar), nums(p.burst.exhibits)) : t('serPatNone')}</td></tr>
          <tr class="p-authors"><th scope="row">{t('serPatAuthors')}</th><td>{t('serPatAuthorsValue', String(p.singleReviewAuthors), String(p.localGuides))}</td></tr>
          <tr class="p-repeated">
            <th scope="row">{t('serPatRepeated')}</th>
            <td>{p.repeatedAuthors.length ? p.repeatedAuthors.map((a) => `${a.author} (${a.count} : ${nums(a.exhibits)})`).join(' ; ') : t('serPatNone')}</td>
          </tr>
        </tbody>
      </table>
      {p.perDay.length > 0 && (
        <div class="timeline" aria-label={t('serPatPerDay')}>
          <h4>{t('serPatPerDay')}</h4>
          <ul>
            {p.perDay.map((d) => (
              <li key={d.day}>
                <span class="mono">{d.day}</span> <span class="bar" style={{ width: `${Math.min(100, d.count * 8)}%` }} aria-hidden="true" /> {d.count}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="duplicates">
        <h4>{t('serPatDuplicates')}</h4>
        {p.duplicates.length === 0 && <p class="muted">{t('serPatNone')}</p>}
        {p.duplicates.map((g, i) => (
          <div class="dup-group card" key={i}>
            <p>{t('serPatDupGroup', String(g.members.length), nums(g.exhibits), pct(g.similarity))}</p>
            <ul>
              {g.phrases.map((ph) => (
                <li key={ph}>
                  <mark class="shared-phrase">{ph}</mark>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}

/** What the pattern may mean, and what it does not prove. */
export function LegalFrame({ pattern }: { pattern: SeriesPattern }) {
  return (
    <div class="notice stack legal-frame">
      <p class="campaign">{pattern.suggestsCampaign ? t('serFrameSignals') : t('serFrameNoSignals')}</p>
      <p>{t('serFrameHarassment')}</p>
      <p>{t('serFramePlatform')}</p>
      <p class="muted">{t('serFrameConfirm')}</p>
    </div>
  );
}

/** On the case page: the series' record (complete or « interrompue ») and its pattern; nothing for other cases. */
export function SeriesPanel({ caseId, exhibits }: { caseId: string; exhibits: Exhibit[] }) {
  const [record, setRecord] = useState<SeriesRecord | null>();
  const [running, setRunning] = useState(false);
  useEffect(() => {
    getMeta(seriesMetaKey(caseId)).then(
      async (raw) => {
        const r = readSeriesRecord(raw) ?? null;
        // A record still « running »: under way in the service worker, or cut off by its stop (then interrupted).
        if (r?.status === 'running') setRunning((await callBackground('series.running', { seriesId: r.seriesId }).catch(() => ({ running: false }))).running);
        setRecord(r);
      },
      () => setRecord(null),
    );
  }, [caseId, exhibits.length]);
  if (!record) return null;
  const pattern = analyzeSeries(patternReviews(exhibits, record.summaryExhibitId));
  return <SeriesSummary record={record} pattern={pattern} running={running} />;
}

export function SeriesSummary({ record, pattern, running }: { record: SeriesRecord; pattern: SeriesPattern; running: boolean }) {
  const interrupted = isInterrupted(record, running);
  return (
    <section class="block stack series-panel" aria-labelledby="series-h">
      <h2 id="series-h">{t('serPanelTitle')}</h2>
      <p class={interrupted ? 'series-status interrupted notice' : 'series-status ok'} role={interrupted ? 'status' : undefined}>
        {interrupted
          ? t('serInterrupted', String(record.captured), String(record.requested))
          : record.status === 'running'
            ? t('serRunning', String(record.captured), String(record.requested))
            : t('serComplete', String(record.captured), String(record.requested))}
      </p>
      {record.failures.length > 0 && (
        <ul class="failures">
          {record.failures.map((f) => (
            <li key={f.key} class="error">{f.message}</li>
          ))}
        </ul>
      )}
      <p class="muted">{t('serSelection')} {selectionWords(record, uiLang())}</p>
      <PatternTable pattern={pattern} />
      <LegalFrame pattern={pattern} />
      <PlatformReport pattern={pattern} record={record} />
    </section>
  );
}

/** The report to paste into the platform's form, citing the pattern and the exhibits' numbers. */
function PlatformReport({ pattern, record }: { pattern: SeriesPattern; record: SeriesRecord }) {
  const [copied, setCopied] = useState(false);
  const text = platformReportText(pattern, { name: record.title || record.url, url: record.url }, uiLang());
  return (
    <div class="stack platform-report">
      <h3 id="platform-report-h">{t('serReportTitle')}</h3>
      <p class="muted">{t('serReportExplain')}</p>
      <textarea class="report-text" aria-labelledby="platform-report-h" readOnly rows={10} value={text} />
      <button
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t('serReportCopied') : t('serReportCopy')}
      </button>
    </div>
  );
}
