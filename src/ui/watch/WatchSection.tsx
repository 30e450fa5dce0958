// Options: « Surveiller mes fiches ». The doctor lists their own listings and how often to be reminded to visit
// them. Avisé never visits them itself: the reminder is a mark on its button and a list of links in the popup.
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../../messaging/client';
import type { WatchedListingView } from '../../messaging/watch-protocol';
import { DEFAULT_PERIOD_DAYS } from '../../evidence/watch';
import { errorText, parisDate, plural, t } from '../shared/i18n';

export function WatchSection() {
  const [listings, setListings] = useState<WatchedListingView[]>();
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [period, setPeriod] = useState(DEFAULT_PERIOD_DAYS);
  const [error, setError] = useState<string>();
  useEffect(() => {
    callBackground('watch.list', {}).then(setListings, (e: unknown) => setError(errorText(e)));
  }, []);
  const add = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      setListings(await callBackground('watch.add', { url, label, periodDays: period }));
      setUrl('');
      setLabel('');
    } catch (err) {
      setError(errorText(err));
    }
  };
  const remove = async (id: string) => {
    try {
      setListings(await callBackground('watch.remove', { id }));
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <section class="card stack watch-section" id="watch" aria-labelledby="watch-h">
      <h2 id="watch-h">{t('serWatchTitle')}</h2>
      <p class="muted">{t('serWatchExplain')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ul class="watched">
        {(listings ?? []).map((l) => (
          <li key={l.id} class="watched-listing">
            <strong class="w-label">{l.label}</strong> <span class="mono">{l.url}</span>{' '}
            <span class="muted">
              {plural(l.periodDays, 'w_watchEveryOne', 'w_watchEveryOther')} · {l.lastVisitAt ? t('serWatchLastVisit', parisDate(l.lastVisitAt)) : t('serWatchNeverVisited')} · {t('serWatchNext', parisDate(l.nextVisit))}
            </span>{' '}
            <button class="w-remove" onClick={() => remove(l.id)}>
              {t('serWatchRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="stack" onSubmit={add}>
        <label>
          {t('serWatchUrl')} <input type="url" class="w-url" required value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('serWatchLabel')} <input type="text" class="w-name" value={label} onInput={(e) => setLabel((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('serWatchPeriod')} <input type="number" class="w-period" min={1} max={365} value={period} onInput={(e) => setPeriod(Number((e.target as HTMLInputElement).value) || DEFAULT_PERIOD_DAYS)} />
        </label>
        <button type="submit" class="primary w-add">
          {t('serWatchAdd')}
        </button>
      </form>
    </section>
  );
}
