// One exhibit as a bailiff would read it: the review image as a thumbnail, the fields as captured, and — folded,
// one click away — the technical details (address, time, browser, seal, timestamps, hashes).
import { useEffect, useState } from 'preact/hooks';
import type { Exhibit } from '../../shared/types';
import { stars, t, errorText, uiLang } from '../shared/i18n';
import { blobUrl } from './data';
import { describeInvisible, invisibleChars } from '../../evidence/invisible';
import { callBackground } from '../../messaging/client';
import { ForensicLine } from './ForensicLine';
import { PublishedFields } from './PublishedFields';
import { shortDate } from '../shared/case-flow/Result';

function ReviewImage({ exhibit }: { exhibit: Exhibit }) {
  const [src, setSrc] = useState<string>();
  // The page without the review (a re-check's exhibit) has no review.png: its visible window stands for it.
  const pageOnly = exhibit.role === 'page-without-review';
  const png = exhibit.artefacts.find((a) => a.kind === (pageOnly ? 'viewport.png' : 'review.png'));
  useEffect(() => {
    if (png) blobUrl(png.sha256, png.mediaType).then(setSrc, () => undefined);
  }, [png?.sha256]);
  return src ? (
    <a href={src} target="_blank" rel="noopener" class="shot-link" title={t('flowShotFull')}>
      <img class="review-shot thumb" src={src} alt={pageOnly ? t('c11_pageWithoutAlt') : t('mgrShotAlt', exhibit.review.author)} />
    </a>
  ) : null;
}

/** RFC 3161 tokens obtained for the seal, or « horodatage en attente » with a retry. */
function Timestamps({ exhibit, onChanged }: { exhibit: Exhibit; onChanged?: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const list = exhibit.timestamps ?? [];
  if (!list.length) return <span class="muted">{t('tsNone')}</span>;
  const retry = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await callBackground('timestamps.retry', {});
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      onChanged?.();
    }
  };
  return (
    <ul class="timestamps">
      {list.map((ts, i) => (
        <li key={i} class={`ts-${ts.status}`}>
          {ts.status === 'granted' ? `✓ ${t('tsGranted', ts.genTime ?? '', new URL(ts.tsaUrl).host)}` : ts.status === 'pending' ? `⏳ ${t('tsPending', new URL(ts.tsaUrl).host)}` : `✗ ${t('tsFailed', new URL(ts.tsaUrl).host, ts.error ?? '')}`}
        </li>
      ))}
      {list.some((ts) => ts.status === 'pending') && (
        <li>
          <button class="ts-retry" disabled={busy} onClick={retry}>
            {t('tsRetry')}
          </button>
          {error && <span class="error" role="alert">{error}</span>}
        </li>
      )}
    </ul>
  );
}

export function ExhibitView({ exhibit, onChanged }: { exhibit: Exhibit; onChanged?: () => void }) {
  const r = exhibit.review;
  // Bidi overrides and zero-width characters change what the text appears to say: name them for the reader.
  const hidden = describeInvisible(invisibleChars([r.author, r.text, r.ownerReply?.text ?? ''].join('\n')));
  const when = new Date(exhibit.capturedAt.startUtc).toLocaleString(uiLang() === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });
  const pageOnly = exhibit.role === 'page-without-review';
  return (
    <article class="card stack exhibit-card" data-exhibit={exhibit.id} data-role={exhibit.role ?? 'review'}>
      <h3>
        {t('mgrExhibit')} {exhibit.sequence} — {pageOnly && <span class="exhibit-role">{t('c11_pageWithout', when)} — </span>}
        <span class="ok">{t('flowSealed')}</span> {!pageOnly && <span class="muted">{t('flowCapturedOn', when)}</span>}
      </h3>
      {pageOnly && <p class="muted page-without-intro">{t('c11_pageWithoutIntro')}</p>}
      <div class="exhibit">
        <ReviewImage exhibit={exhibit} />
        <dl class="fields">
          <dt>{t('fldAuthor')}</dt>
          <dd class="f-author">{r.author}</dd>
          <dt>{t('fldRating')}</dt>
          <dd class="stars">{r.rating !== undefined ? `${stars(r.rating)} (${r.rating}/5)` : t('noRating')}</dd>
          <dt>{t('fldDate')}</dt>
          <dd>
            {r.dateText}
            {r.publishedRange ? ` (${r.publishedRange.earliest === r.publishedRange.latest ? shortDate(r.publishedRange.earliest) : `${shortDate(r.publishedRange.earliest)} → ${shortDate(r.publishedRange.latest)}`})` : ''}
          </dd>
          <dt>{t('fldText')}</dt>
          <dd class="f-text">{r.text}</dd>
          {r.ownerReply && (
            <>
              <dt>{t('fldReply')}</dt>
              <dd>{r.ownerReply.text}</dd>
            </>
          )}
          <PublishedFields review={r} />
          {hidden && (
            <>
              <dt>{t('fldInvisible')}</dt>
              <dd class="notice invisible-chars">{t('fldInvisibleWhat', hidden)}</dd>
            </>
          )}
        </dl>
      </div>
      <details class="tech">
        <summary>{t('flowTechDetails')}</summary>
        <dl class="fields">
          <dt>{t('flowExhibitId')}</dt>
          <dd class="mono exhibit-id">{exhibit.id}</dd>
          <dt>{t('fldUrl')}</dt>
          <dd class="mono">{exhibit.source.url}</dd>
          <dt>{t('fldCapturedAt')}</dt>
          <dd>
            {exhibit.capturedAt.startUtc} UTC — {exhibit.capturedAt.local} ({exhibit.capturedAt.timeZone})
          </dd>
          <dt>{t('fldBrowser')}</dt>
          <dd>
            {exhibit.environment.browser.name} {exhibit.environment.browser.version} · Avisé {exhibit.environment.extension.version}
          </dd>
          <dt>{t('fldSeal')}</dt>
          <dd class="mono seal">{exhibit.seal}</dd>
          <ForensicLine exhibit={exhibit} />
          <dt>{t('fldTimestamps')}</dt>
          <dd>
            <Timestamps exhibit={exhibit} onChanged={onChanged} />
          </dd>
        </dl>
        <h4>{t('mgrHashes')}</h4>
        <table class="hashes">
          <thead>
            <tr>
              <th>{t('mgrFile')}</th>
              <th>{t('mgrBytes')}</th>
              <th>SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {exhibit.artefacts.map((a) => (
              <tr key={a.path}>
                <td>{a.path}</td>
                <td>{a.bytes}</td>
                <td class="mono">{a.sha256}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}
