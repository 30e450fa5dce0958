// « Vérifier un dossier »: the same verifier as the CLI and verify.html, run on a ZIP or on the folder it was
// unzipped into, worded in the interface language.
import { useState } from 'preact/hooks';
import { verifyPicked, type FolderFile } from '../../evidence/verify/verify';
import type { VerifyResult } from '../../evidence/verify/types';
import { describeCheck, verdictLine } from '../../evidence/verify/wording';
import { t, uiLang } from '../shared/i18n';

export function VerifyPanel() {
  const [result, setResult] = useState<VerifyResult>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const lang = uiLang();
  const onFiles = async (e: Event) => {
    const files = [...((e.target as HTMLInputElement).files ?? [])];
    if (!files.length) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const picked: FolderFile[] = files.map((f) => ({ path: f.webkitRelativePath || f.name, read: async () => new Uint8Array(await f.arrayBuffer()) }));
      setResult(await verifyPicked(picked));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  // webkitdirectory is not in Preact's typings: set as an attribute.
  const folderAttrs = { webkitdirectory: true, multiple: true } as Record<string, unknown>;
  return (
    <section class="block stack">
      <h1>{t('vTitle')}</h1>
      <p class="muted">{t('vfyHelp')}</p>
      <div class="row">
        <label>
          {t('vfyPickZip')} <input type="file" accept=".zip,application/zip" class="verify-file" onChange={onFiles} />
        </label>
        <label>
          {t('vfyPickFolder')} <input type="file" class="verify-folder" {...folderAttrs} onChange={onFiles} />
        </label>
      </div>
      {busy && <p class="muted">{t('vBusy')}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {result && (
        <div class="stack">
          <p class={result.ok ? 'ok verdict' : 'error verdict'} role="status">
            {result.ok ? '✓' : '✗'} {verdictLine(result, lang)}
          </p>
          <ul class="checks">
            {result.checks.map((c, i) => (
              <li key={i} class={c.ok ? 'pass' : 'fail'}>
                {c.ok ? '✓' : '✗'} {describeCheck(c, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
