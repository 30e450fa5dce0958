// Popup: the watch of the doctor's own listings. On a watched listing, what changed since the last visit (new,
// edited, no longer shown), read from the reviews noted then; elsewhere, the listings due for a visit, as links the
// doctor clicks. Review text and author names are rendered as text nodes only.
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../../messaging/client';
import type { BackgroundCalls } from '../../messaging/protocol';
import type { WatchedListingView } from '../../messaging/watch-protocol';
import { stars, t } from '../shared/i18n';

type Visit = BackgroundCalls['watch.visit']['res'];

export function WatchPanel({ tabId }: { tabId: number | undefined }) {
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
            <p class="w-first">{t('serWatchFirst', String(visit.diff.shown))}</p>
          ) : (
            <>
              <p class="w-summary">{t('serWatchSummary', visit.listing.lastVisitAt?.slice(0, 10) ?? '?', String(visit.diff.added.length), String(visit.diff.edited.length), String(visit.diff.missing.length))}</p>
              <ul class="w-changes">
                {visit.diff.added.map((r) => (
                  <li key={`n${r.id}`} class="w-new">
                    <strong>{t('serWatchNew')}</strong> <span class="author">{r.author}</span> <span class="stars">{stars(r.rating)}</span> <span class="muted">{r.dateText}</span> <span class="excerpt">{r.excerpt}</span>
                  </li>
                ))}
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
