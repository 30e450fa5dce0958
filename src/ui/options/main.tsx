// Options: the doctor's profile (used only to fill letters) and the opt-in trusted timestamp.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { callBackground } from '../../messaging/client';
import type { Settings } from '../../messaging/protocol';
import type { DoctorProfile } from '../../shared/types';
import { t } from '../shared/i18n';

const FIELDS: (keyof DoctorProfile)[] = ['civility', 'firstName', 'lastName', 'title', 'specialty', 'rpps', 'practiceName', 'address', 'postalCode', 'city', 'email', 'phone', 'insurer', 'insurancePolicy'];

/** The installation key's fingerprint: what it proves (this installation produced the bytes), and what it does not. */
function InstallationKey() {
  const [fp, setFp] = useState<string>();
  useEffect(() => {
    callBackground('signing.fingerprint', {}).then((r) => setFp(r.fingerprint), () => setFp(''));
  }, []);
  return (
    <fieldset class="signature">
      <legend>{t('sigTitle')}</legend>
      <p class="muted">{t('sigHelp')}</p>
      <p>
        <span>{t('sigFingerprint')}</span> <code class="fingerprint">{fp ?? '…'}</code>
      </p>
      <p class="muted">{t('sigLimits')}</p>
    </fieldset>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    callBackground('settings.get', {}).then(setSettings, (e: Error) => setError(e.message));
  }, []);
  if (!settings) return <main>{error ? <p class="error">{error}</p> : null}</main>;

  const setProfile = (k: keyof DoctorProfile, v: string) => setSettings({ ...settings, profile: { ...settings.profile, [k]: v } });
  const save = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      if (settings.timestampEnabled) {
        // The only network use of Avisé: ask for the TSA hosts explicitly, at the moment the doctor turns it on.
        const origins = settings.tsaUrls.map((u) => `${new URL(u).origin}/*`);
        const granted = await browser.permissions.request({ origins });
        if (!granted) throw new Error(t('optTsaDenied'));
      }
      setSettings(await callBackground('settings.set', settings));
      setSaved(true);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <main>
      <h1>{t('optTitle')}</h1>
      <form onSubmit={save}>
        <fieldset>
          <legend>{t('optProfile')}</legend>
          <p class="muted">{t('optProfileHelp')}</p>
          {FIELDS.map((k) => (
            <label key={k}>
              <span>{t(`profile_${k}`)}</span>
              <input type="text" name={k} value={settings.profile[k] ?? ''} onInput={(e) => setProfile(k, (e.target as HTMLInputElement).value)} />
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optTimestamp')}</legend>
          <p class="muted">{t('optTimestampHelp')}</p>
          <label class="check">
            <input type="checkbox" name="timestampEnabled" checked={settings.timestampEnabled} onChange={(e) => setSettings({ ...settings, timestampEnabled: (e.target as HTMLInputElement).checked })} />
            <span>{t('optTimestampOn')}</span>
          </label>
          <label>
            <span>{t('optTsaUrls')}</span>
            <textarea name="tsaUrls" rows={3} value={settings.tsaUrls.join('\n')} onInput={(e) => setSettings({ ...settings, tsaUrls: (e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter(Boolean) })} />
          </label>
        </fieldset>
        <InstallationKey />
        {error && <p class="error" role="alert">{error}</p>}
        <button class="primary" type="submit">{t('optSave')}</button> {saved && <span class="ok" role="status">✓ {t('optSaved')}</span>}
      </form>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
