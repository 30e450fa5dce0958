// Popup: the watch of the doctor's own listings. On a watched listing, what changed since the last visit (new,
// edited, no longer shown), read from the reviews noted then, each new review at a glance (rating, first words, the
// hints' first reading, the days left if it were illicit; evidence/watch-glance.ts) with one click to capture it;
// elsewhere, the listings due for a visit, as links the doctor clicks. Review text and author names are rendered as
// text nodes only.
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../../messaging/client';
import type { BackgroundCalls } from '../../messaging/protocol';
import type { WatchedListingView } from '../../messaging/watch-protocol';
import type { ReviewGlance } from '../../evidence/watch-glance';
import { parisDate, plural, shortDate } from '../shared/case-flow/Result';
import { stars, t } from '../shared/i18n';

type Visit = BackgroundCalls['watch.visit']['res'];

/** The hints' first reading, as short questions (« mots injurieux ? »). */
export function hintLabel(fact: string): string {
  const key = `ser_hint_${fact.replace(/-/g, '_')}`;
  const s = t(key);
  return s === key ? fact : s;
}

/** A new review at a glance: its first words, the hints' first reading, the days left if it were illicit, « Capturer ». */
function Glance({ g, onCapture, busy, captured }: { g: ReviewGlance; onCapture?: (key: string) => void; busy: boolean; captured: boolean }) {
  const l = g.limit;
  return (
    <div class="stack w-glance">
      <p class="w-first-words">{g.firstWords}</p>
      <p class="w-hints">{t('ser_glanceReading')} {g.hints.length ? g.hints.map(hintLabel).join(' · ') : t('ser_glanceNoHint')}</p>
      <p class={l && !l.expired && l.daysLeft < 30 ? 'w-limit warning' : 'w-limit'}>
        {!l ? t('ser_glanceNoDate') : l.expired ? t('ser_glanceExpired', shortDate(l.expiresOn)) : plural(l.daysLeft, 'w_glanceDaysLeftOne', 'w_glanceDaysLeftOther', shortDate(l.expiresOn))}
      </p>
      {onCapture && (captured ? (
        <span class="ok w-captured">{t('flowSealed')}</span>
      ) : (
        <button class="w-capture" disabled={busy} onClick={() => onCapture(g.key)}>{t('ser_glanceCapture')}</button>
      ))}
    </div>
  );
}

export function WatchPanel({ tabId, onCapture, busyKey, capturedKeys }: { tabId: number | undefined; onCapture?: (key: string) => void; busyKey?: string; capturedKeys?: Record<string, unknown> }) {
  const [visit, setVisit] = useState<Visit>();
  const [due, setDue] = useState<WatchedListingView[]>([]);
  useEffect(() => {
    if (tabId === undefined) return;
    callBackground('watch.visit', { tabId })
      .then(setVisit, () => setVisit(null))
      .finally(() => callBackground('watch.list', {}).then((l) => setDue(l.filter((x) => x.due)), () => undefined));
  }, [tabId]);
  return (
    <>
      {visit && (
        <section class="card stack watch-visit" aria-labelledby="watch-visit-h">
          <h2 id="watch-visit-h">{t('serWatchVisitTitle', visit.listing.label)}</h2>
          {visit.diff.first ? (
            <p class="w-first">{plural(visit.diff.shown, 'w_watchFirstOne', 'w_watchFirstOther')}</p>
          ) : (
            <>
              <p class="w-summary">{t('w_watchSummary', visit.listing.lastVisitAt ? parisDate(visit.listing.lastVisitAt) : '?', plural(visit.diff.added.length, 'w_watchNewOne', 'w_watchNewOther'), plural(visit.diff.edited.length, 'w_watchEditedOne', 'w_watchEditedOther'), plural(visit.diff.missing.length, 'w_watchMissingOne', 'w_watchMissingOther'))}</p>
              <ul class="w-changes">
                {visit.diff.added.map((r) => {
                  const g = visit.glance.find((x) => x.id === r.id);
                  return (
                    <li key={`n${r.id}`} class="w-new">
                      <strong>{t('serWatchNew')}</strong> <span class="author">{r.author}</span> <span class="stars">{stars(r.rating)}</span> <span class="muted">{r.dateText}</span>
                      {g ? <Glance g={g} onCapture={onCapture} busy={!!busyKey} captured={!!capturedKeys?.[g.key]} /> : <span class="excerpt">{r.excerpt}</span>}
                    </li>
                  );
                })}
                {visit.diff.edited.map((r) => (
                  <li key={`e${r.id}`} class="w-edited">
                    <strong>{t('serWatchEdited')}</strong> <span class="author">{r.author}</span> <span class="excerpt">{r.excerpt}</span>
                  </li>
                ))}
                {visit.diff.missing.map((r) => (
                  <li key={`m${r.id}`} class="w-missing">
                    <strong>{t('serWatchMissing')}</strong> <span class="author">{r.author}</span> <span class="excerpt">{r.excerpt}</span>
                  </li>
                ))}
              </ul>
              {visit.glance.length > 0 && <p class="muted w-limit-note">{t('ser_glanceLimitNote')}</p>}
              {visit.diff.missing.length > 0 && <p class="muted">{t('serWatchMissingNote')}</p>}
            </>
          )}
        </section>
      )}
      {due.length > 0 && (
        <section class="notice stack watch-due" aria-labelledby="watch-due-h">
          <h2 id="watch-due-h">{t('serWatchDueTitle')}</h2>
          <ul>
            {due.map((l) => (
              <li key={l.id}>
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
