// « Vérifier un dossier »: the same verifier as the CLI and verify.html, run on a ZIP the user picks.
import { useState } from 'preact/hooks';
import { verifyBundle } from '../../evidence/verify/verify';
import type { VerifyResult } from '../../evidence/verify/types';
import { t } from '../shared/i18n';

export function VerifyPanel() {
  const [result, setResult] = useState<VerifyResult>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const onFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await verifyBundle(new Uint8Array(await file.arrayBuffer())));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="block stack">
      <h1>{t('vTitle')}</h1>
      <p class="muted">{t('vHelp')}</p>
      <label>
        {t('vPick')} <input type="file" accept=".zip,application/zip" class="verify-file" onChange={onFile} />
      </label>
      {busy && <p class="muted">{t('vBusy')}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {result && (
        <div class="stack">
          <p class={result.ok ? 'ok verdict' : 'error verdict'} role="status">
            {result.ok ? `✓ ${t('vOk')}` : `✗ ${t('vFail', result.firstFailure ?? '')}`}
          </p>
          <ul class="checks">
            {result.checks.map((c, i) => (
              <li key={i} class={c.ok ? 'pass' : 'fail'}>
                {c.ok ? '✓' : '✗'} <span class="mono">{c.id}</span> — {c.detail}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
