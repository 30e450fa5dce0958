// The popup and the side panel: the reviews of the page, the most likely to need action first, one primary action
// per state (« Conserver comme preuve » → « Qualifier et répondre » → the first step and the days left), and the
// whole first case (questions, result, reply, export) in the same frame through src/ui/shared/case-flow/.
// Only the frame differs between the popup and the side panel. Review text and author names are rendered as text
// nodes only (JSX children), never as HTML.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { callBackground } from '../../messaging/client';
import type { CaptureResult, PageReviews } from '../../messaging/protocol';
import { nextQuestion, type Qualification } from '../../legal/index';
import { stars, t, uiLang, pick, errorText } from '../shared/i18n';
import { CaseFlowFrame, caseUrl } from '../shared/case-flow/CaseFlow';
import { plural, shortDate } from '../shared/case-flow/Result';
import { runQualification, storedAnswers } from '../manager/legal-context';
import { rankReviews, type Ranked } from './order';
import { CaptureCancelled, CaptureProgress, isCancelled, newCaptureId } from './CaptureProgress';
import { openSeries } from '../series/open';
import { WatchPanel } from '../watch/WatchPanel';
import { RecheckPanel } from './RecheckPanel';

export type Frame = 'popup' | 'sidepanel';

/** Reviews shown per group before « Afficher plus » (a listing may hold 200). */
const PAGE = 20;

async function targetTabId(): Promise<number> {
  // Tests and the demo may open the popup as a page with ?tabId=N; the toolbar popup uses the active tab.
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(t('popupCannotRead'));
  return tab.id;
}

// The case open in the popup or side panel for a tab, kept in session storage (cleared when the browser closes):
// reopening the popup, or opening the side panel from it, carries the case over.
const flowKey = (tabId: number) => `avise.flow.${tabId}`;
type SessionArea = { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> };
const session = (): SessionArea | undefined => (globalThis as { chrome?: { storage?: { session?: SessionArea } } }).chrome?.storage?.session ?? (browser.storage as unknown as { session?: SessionArea }).session;
async function readFlow(tabId: number): Promise<string | undefined> {
  const v = (await session()?.get(flowKey(tabId)))?.[flowKey(tabId)];
  return typeof v === 'string' ? v : undefined;
}

/** The forensic edition holds the `debugger` permission from its install (Chromium cannot grant it later). */
const forensicEdition = (): boolean => __AVISE_BROWSER__ !== 'firefox' && ((browser.runtime.getManifest() as { permissions?: string[] }).permissions ?? []).includes('debugger');

const managerUrl = () => browser.runtime.getURL('src/ui/manager/index.html');

/** What a captured review's case has reached: questions left, or the first step and the days left. */
function CaseState({ caseId, onOpen }: { caseId: string; onOpen: () => void }) {
  const [state, setState] = useState<{ q?: Qualification; done: boolean }>();
  useEffect(() => {
    callBackground('cases.get', { caseId }).then((v) => {
      const answers = storedAnswers(v.qualification);
      const exact = v.qualification?.exactPublicationDate;
      setState({ q: runQualification(v.exhibits, answers, exact), done: !!v.qualification && !nextQuestion(answers, { exactPublicationDate: exact }) });
    }, () => setState({ done: false }));
  }, [caseId]);
  const d = state?.q?.shortestLiveDeadline;
  const first = state?.q?.steps[0];
  return (
    <div class="stack case-state">
      {state?.done && (
        <p class="next-step">
          {first && (
            <>
              <strong>{t('sFirstStep')}</strong> {pick(first.text, uiLang())}
            </>
          )}
          {d?.expiresOn && (
            <span class="days-left">
              {' '}
              · {d.expired ? t('flowExpired') : plural(d.daysLeft ?? 0, 'flowDaysLeftOne', 'flowDaysLeftOther')} ({shortDate(d.expiresOn)})
            </span>
          )}
        </p>
      )}
      <button class="primary qualify" onClick={onOpen}>
        {state?.done ? t('flowResume') : t('flowQualify')}
      </button>
    </div>
  );
}

export function App({ frame }: { frame: Frame }) {
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PageReviews>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [captureId, setCaptureId] = useState<string>();
  const [cancelled, setCancelled] = useState<string>();
  const [done, setDone] = useState<Record<string, CaptureResult>>({});
  const [interrupted, setInterrupted] = useState<{ id: string; url: string }[]>([]);
  const [askTimestamp, setAskTimestamp] = useState(false);
  // Forensic mode on, in the edition that can run it: whether to capture the page « tel qu'affiché » too (undefined: not offered).
  const [alsoAsShown, setAlsoAsShown] = useState<boolean>();
  const [flowCase, setFlowCase] = useState<string>();
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState({ attention: PAGE, others: PAGE });

  const load = (id: number) => {
    setTabId(id);
    setPage(undefined);
    setError(undefined);
    readFlow(id).then(setFlowCase, () => undefined);
    callBackground('page.listReviews', { tabId: id }).then(setPage, (e: unknown) => setError(errorText(e)));
  };
  useEffect(() => {
    callBackground('capture.status', {}).then((s) => setInterrupted(s.interrupted), () => undefined);
    callBackground('settings.get', {}).then((s) => {
      setAskTimestamp(!s.timestampChosen);
      if (s.forensicEnabled && forensicEdition()) setAlsoAsShown(s.forensicAlsoAsShown === true);
    }, () => undefined);
    targetTabId().then(load, (e: unknown) => setError(errorText(e)));
  }, []);
  // The side panel stays open while the doctor switches tabs: it follows the active tab of its window.
  useEffect(() => {
    if (frame !== 'sidepanel' || new URLSearchParams(location.search).has('tabId')) return;
    let windowId: number | undefined;
    browser.windows.getCurrent().then((w) => (windowId = w.id), () => undefined);
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) load(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  const openFlow = (caseId: string | undefined) => {
    setFlowCase(caseId);
    if (tabId === undefined) return;
    if (caseId) void session()?.set({ [flowKey(tabId)]: caseId });
    else void session()?.remove(flowKey(tabId));
  };

  const capture = async (key: string) => {
    if (tabId === undefined) return;
    const id = newCaptureId();
    setBusy(key);
    setCaptureId(id);
    setError(undefined);
    setCancelled(undefined);
    try {
      const result = await callBackground('capture.review', { tabId, key, captureId: id, ...(alsoAsShown === undefined ? {} : { alsoAsShown }) });
      setDone((d) => ({ ...d, [key]: result }));
    } catch (e) {
      if (isCancelled((e as Error).message)) setCancelled(key);
      else setError(errorText(e));
    } finally {
      setBusy(undefined);
      setCaptureId(undefined);
    }
  };

  const pickByHand = async () => {
    if (tabId === undefined) return;
    try {
      await callBackground('picker.start', { tabId });
      if (frame === 'popup') window.close();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const dismiss = async (id: string) => {
    try {
      await callBackground('capture.dismissInterrupted', { id });
      setInterrupted((l) => l.filter((j) => j.id !== id));
    } catch (e) {
      setError(errorText(e));
    }
  };

  // Chrome's side panel or Firefox's sidebar, opened in the click itself (a user gesture is required); offered, never forced.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  const canSide = frame === 'popup' && (!!sidePanel?.open || !!sidebar?.open);
  const openSide = () => {
    if (tabId === undefined) return;
    const opened = sidePanel?.open ? sidePanel.open({ tabId }) : sidebar!.open();
    opened.then(() => window.close(), (e: unknown) => setError(errorText(e)));
  };

  const item = ({ review: r, index }: Ranked) => {
    const result = done[r.key];
    const caseId = result?.caseId ?? r.captured?.caseId;
    return (
      <li class="card review" key={r.key} data-key={r.key} data-index={index}>
        <div class="row">
          <span class="author">{r.author}</span>
          <span class="stars" aria-label={r.rating !== undefined ? t('stars', String(r.rating)) : t('noRating')}>
            {stars(r.rating)}
          </span>
          <span class="muted date">{r.dateText}</span>
        </div>
        <p class="excerpt">{r.excerpt}</p>
        {cancelled === r.key && <CaptureCancelled />}
        {r.captured && !result && <p class="muted already">{plural(r.captured.exhibits, 'flowAlreadyOne', 'flowAlreadyOther')}</p>}
        {result && (
          <div class="captured">
            <span class="ok">{t('flowSealed')}</span>{' '}
            <details class="seal-details">
              <summary>{t('flowSealDetails')}</summary>
              <p class="muted">
                {t('popupSeal')} <span class="mono seal">{result.seal.slice(0, 16)}…</span>
              </p>
              <p class="muted">{t('flowSealHelp')}</p>
            </details>
          </div>
        )}
        {busy === r.key && captureId ? (
          // The running capture: its steps and « Annuler » until the seal (src/ui/popup/CaptureProgress.tsx).
          <CaptureProgress captureId={captureId} />
        ) : caseId ? (
          <>
            <CaseState caseId={caseId} onOpen={() => openFlow(caseId)} key={`${caseId}-${result?.exhibitId ?? ''}`} />
            <div class="row secondary">
              <a class="open-case" href={caseUrl(caseId)} target="_blank" rel="noopener">
                {t('flowFullCase')}
              </a>
              <button class="capture link" disabled={!!busy} onClick={() => capture(r.key)}>
                {busy === r.key ? t('popupCapturing') : t('popupRecapture')}
              </button>
            </div>
          </>
        ) : (
          <button class="primary capture" disabled={!!busy} onClick={() => capture(r.key)}>
            {busy === r.key ? t('popupCapturing') : t('flowKeep')}
          </button>
        )}
      </li>
    );
  };

  const ranked = page ? rankReviews(page.reviews, filter) : undefined;
  const more = (group: 'attention' | 'others', left: number) =>
    left > 0 && (
      <button class={`more more-${group}`} onClick={() => setShown((s) => ({ ...s, [group]: s[group] + PAGE }))}>
        {plural(left, 'flowMoreOne', 'flowMoreOther')}
      </button>
    );

  return (
    <>
      <header class="bar">
        <div class="row brand">
          <img src="/icons/icon-48.png" alt="" />
          <h1>Avisé</h1>
          <span class="privacy">{t('popupPrivacy')}</span>
        </div>
        <nav class="row tools" aria-label={t('flowTools')}>
          <a href={managerUrl()} target="_blank" rel="noopener" class="cases-link">
            {t('popupCases')}
          </a>
          <button class="pick link" onClick={pickByHand} disabled={tabId === undefined}>
            {t('flowPick')}
          </button>
          {page && page.reviews.length > 0 && <button class="series-link link" onClick={() => void openSeries(tabId, frame === 'popup')}>{t('serOpen')}</button>}
          <a href={browser.runtime.getURL('src/ui/options/index.html')} target="_blank" rel="noopener" class="options-link">
            {t('popupOptions')}
          </a>
          {canSide && (
            <button class="open-side link" onClick={openSide}>
              {t('flowOpenSide')}
            </button>
          )}
        </nav>
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
        {flowCase ? (
          <section aria-labelledby="flow-h" class="stack">
            <div class="row">
              <button class="back-to-list link" onClick={() => openFlow(undefined)}>
                ← {t('flowAllReviews')}
              </button>
            </div>
            <h2 id="flow-h" class="visually-hidden">
              {t('flowCaseTitle')}
            </h2>
            <CaseFlowFrame caseId={flowCase} key={flowCase} />
          </section>
        ) : (
          <>
            {!page && !error && <p class="muted">{t('popupLoading')}</p>}
            {page?.pendingRecheck && <RecheckPanel tabId={tabId} pending={page.pendingRecheck} />}
            {page && <WatchPanel tabId={tabId} onCapture={(key) => void capture(key)} busyKey={busy} capturedKeys={done} />}
            {page && ranked && (
              <section aria-labelledby="found" class="stack">
                <h2 id="found">{plural(page.reviews.length, 'flowFoundOne', 'flowFoundOther')}</h2>
                {alsoAsShown !== undefined && page.reviews.length > 0 && (
                  // Forensic mode (issue 13): the controlled reload, and if asked, the page as displayed before it.
                  <label class="check frn-also-as-shown">
                    <input type="checkbox" name="alsoAsShown" checked={alsoAsShown} disabled={!!busy} onChange={(e) => setAlsoAsShown((e.target as HTMLInputElement).checked)} />
                    <span>{t('frn_alsoAsShown')}</span>
                  </label>
                )}
                {page.reviews.length === 0 && <p class="muted">{t('popupNoReviews')}</p>}
                {page.reviews.length > 5 && (
                  <label class="filter">
                    <span class="visually-hidden">{t('flowFilter')}</span>
                    <input type="search" class="review-filter" placeholder={t('flowFilter')} value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
                  </label>
                )}
                {ranked.attention.length > 0 && (
                  <ul class="reviews attention" aria-label={t('flowAttention')}>
                    {ranked.attention.slice(0, shown.attention).map(item)}
                  </ul>
                )}
                {more('attention', ranked.attention.length - shown.attention)}
                {ranked.others.length > 0 && (
                  <details class="others" open={ranked.attention.length === 0 || !!filter}>
                    <summary>
                      {t('flowOthers')} ({ranked.others.length})
                    </summary>
                    <ul class="reviews">{ranked.others.slice(0, shown.others).map(item)}</ul>
                    {more('others', ranked.others.length - shown.others)}
                  </details>
                )}
                {page.reviews.length > 0 && ranked.attention.length + ranked.others.length === 0 && <p class="muted">{t('flowNoMatch')}</p>}
              </section>
            )}
          </>
        )}
      </main>
      {askTimestamp && (
        <footer>
          <a class="timestamp-prompt" href={browser.runtime.getURL('src/ui/options/index.html#timestamp')} target="_blank" rel="noopener">
            {t('vfyPopupTimestamp')}
          </a>
        </footer>
      )}
    </>
  );
}
