// Toolbar popup: lists the reviews found on the page, captures one, then leads to its case.
// Review text and author names are rendered as text nodes only (JSX children), never as HTML.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { callBackground } from '../../messaging/client';
import type { CaptureResult, PageReviews } from '../../messaging/protocol';
import { stars, t } from '../shared/i18n';
import { CaptureCancelled, CaptureProgress, isCancelled, newCaptureId } from './CaptureProgress';
import { openSeries } from '../series/open';
import { WatchPanel } from '../watch/WatchPanel';

async function targetTabId(): Promise<number> {
  // Tests and the demo may open the popup as a page with ?tabId=N; the toolbar popup uses the active tab.
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(t('popupCannotRead'));
  return tab.id;
}

const managerUrl = (hash = '') => browser.runtime.getURL(`src/ui/manager/index.html${hash}`);

function Popup() {
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PageReviews>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [captureId, setCaptureId] = useState<string>();
  const [cancelled, setCancelled] = useState<string>();
  const [done, setDone] = useState<Record<string, CaptureResult>>({});
  const [interrupted, setInterrupted] = useState<{ id: string; url: string }[]>([]);
  const [askTimestamp, setAskTimestamp] = useState(false);

  useEffect(() => {
    callBackground('capture.status', {}).then((s) => setInterrupted(s.interrupted), () => undefined);
    callBackground('settings.get', {}).then((s) => setAskTimestamp(!s.timestampChosen), () => undefined);
    targetTabId()
      .then(async (id) => {
        setTabId(id);
        setPage(await callBackground('page.listReviews', { tabId: id }));
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  const capture = async (key: string) => {
    if (tabId === undefined) return;
    const id = newCaptureId();
    setBusy(key);
    setCaptureId(id);
    setError(undefined);
    setCancelled(undefined);
    try {
      const result = await callBackground('capture.review', { tabId, key, captureId: id });
      setDone((d) => ({ ...d, [key]: result }));
    } catch (e) {
      if (isCancelled((e as Error).message)) setCancelled(key);
      else setError((e as Error).message);
    } finally {
      setBusy(undefined);
      setCaptureId(undefined);
    }
  };

  const pickByHand = async () => {
    if (tabId === undefined) return;
    try {
      await callBackground('picker.start', { tabId });
      window.close();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const dismiss = async (id: string) => {
    try {
      await callBackground('capture.dismissInterrupted', { id });
      setInterrupted((l) => l.filter((j) => j.id !== id));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <>
      <header>
        <img src="/icons/icon-48.png" alt="" />
        <h1>Avisé</h1>
        <span class="privacy">{t('popupPrivacy')}</span>
      </header>
      <main class="stack">
        {interrupted.map((j) => (
          <div class="notice" role="alert" key={j.id}>
            {t('popupInterrupted')} <span class="mono">{j.url}</span>{' '}
            <button onClick={() => dismiss(j.id)}>{t('popupDismiss')}</button>
          </div>
        ))}
        {error && (
          <p class="error" role="alert">
            {t('errorPrefix')} : {error}
          </p>
        )}
        {!page && !error && <p class="muted">{t('popupLoading')}</p>}
        {page && <WatchPanel tabId={tabId} />}
        {page && (
          <section aria-labelledby="found">
            <h2 id="found">
              {t('popupTitle')} ({page.reviews.length})
            </h2>
            {page.reviews.length === 0 && <p class="muted">{t('popupNoReviews')}</p>}
            <ul class="reviews">
              {page.reviews.map((r) => (
                <li class="card review" key={r.key} data-key={r.key}>
                  <div class="row">
                    <span class="author">{r.author}</span>
                    <span class="stars" aria-label={r.rating !== undefined ? t('stars', String(r.rating)) : t('noRating')}>
                      {stars(r.rating)}
                    </span>
                    <span class="muted date">{r.dateText}</span>
                  </div>
                  <p class="excerpt">{r.excerpt}</p>
                  {cancelled === r.key && <CaptureCancelled />}
                  {r.captured && !done[r.key] && (
                    <p class="muted already">
                      {t('popupAlready', String(r.captured.exhibits))}{' '}
                      <a href={managerUrl(`#case=${encodeURIComponent(r.captured.caseId)}`)} target="_blank" rel="noopener">
                        {t('popupOpenExisting')}
                      </a>
                    </p>
                  )}
                  {done[r.key] ? (
                    <div class="stack captured">
                      <div class="ok">
                        ✓ {t('popupCaptured')} — {t('popupSeal')} <span class="mono seal">{done[r.key].seal.slice(0, 16)}…</span>
                      </div>
                      <a class="open-case" href={managerUrl(`#case=${encodeURIComponent(done[r.key].caseId)}`)} target="_blank" rel="noopener">
                        {t('popupOpenCase')}
                      </a>
                    </div>
                  ) : busy === r.key && captureId ? (
                    <CaptureProgress captureId={captureId} />
                  ) : (
                    <button class="primary capture" disabled={!!busy} onClick={() => capture(r.key)}>
                      {busy === r.key ? t('popupCapturing') : r.captured ? t('popupRecapture') : t('popupCapture')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            <button class="pick" onClick={pickByHand}>
              {t('popupPick')}
            </button>
          </section>
        )}
      </main>
      <footer>
        {page && page.reviews.length > 0 && <a class="series-link" href="#" onClick={(e) => { e.preventDefault(); void openSeries(tabId); }}>{t('serOpen')}</a>}
        {askTimestamp && (
          <a class="timestamp-prompt" href={browser.runtime.getURL('src/ui/options/index.html#timestamp')} target="_blank" rel="noopener">
            {t('vfyPopupTimestamp')}
          </a>
        )}
        <a href={managerUrl()} target="_blank" rel="noopener">
          {t('popupCases')}
        </a>
        <a href={browser.runtime.getURL('src/ui/options/index.html')} target="_blank" rel="noopener">
          {t('popupOptions')}
        </a>
      </footer>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
