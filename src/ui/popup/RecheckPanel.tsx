// « Vérifier si l’avis est toujours en ligne » (issue 11 §4): shown in the popup opened on a tab that the case page
// opened for a re-check (`page.listReviews` says `pendingRecheck`). One primary button runs `recheck.run` on this tab
// (the doctor's click on Avisé let it read the page); the outcome is said in plain words, with the case one link away.
import { useState } from 'preact/hooks';
import { callBackground } from '../../messaging/client';
import type { PageReviews, RecheckResult } from '../../messaging/protocol';
import { errorText, t } from '../shared/i18n';
import { caseUrl } from '../shared/case-flow/CaseFlow';

/** The outcome in plain words (the custody log keeps the technical detail). */
export function recheckSentence(r: Pick<RecheckResult, 'outcome' | 'exhibitId' | 'captureError'>): string {
  switch (r.outcome) {
    case 'present':
      return t('c11_recheckPresent');
    case 'modified':
      return t('c11_recheckModified');
    case 'removed':
      return r.exhibitId ? t('c11_recheckRemoved') : t('c11_recheckRemovedNoCapture', r.captureError ?? '');
    case 'unreachable':
      return t('c11_recheckUnreachable');
  }
}

export function RecheckPanel({ tabId, pending }: { tabId: number | undefined; pending: NonNullable<PageReviews['pendingRecheck']> }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RecheckResult>();
  const [error, setError] = useState<string>();
  const run = async () => {
    if (tabId === undefined) return;
    setBusy(true);
    setError(undefined);
    try {
      setResult(await callBackground('recheck.run', { tabId, caseId: pending.caseId }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card stack recheck-panel" aria-labelledby="recheck-h">
      <h2 id="recheck-h">{t('c11_recheckTitle')}</h2>
      <p class="muted">{t('c11_recheckFor', pending.title)}</p>
      {!result && (
        <button class="primary recheck-run" disabled={busy || tabId === undefined} onClick={() => void run()}>
          {busy ? t('c11_recheckRunning') : t('c11_recheckButton')}
        </button>
      )}
      <p class={`recheck-result${result?.outcome === 'present' ? ' ok' : ''}`} role="status" data-outcome={result?.outcome ?? ''}>
        {result ? recheckSentence(result) : ''}
      </p>
      {result && (
        <a class="recheck-case" href={caseUrl(pending.caseId)} target="_blank" rel="noopener">
          {t('c11_recheckOpenCase')}
        </a>
      )}
      {error && (
        <p class="error" role="alert">
          {t('errorPrefix')} : {error}
        </p>
      )}
    </section>
  );
}
