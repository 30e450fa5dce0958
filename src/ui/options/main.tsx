// Options: the doctor's profile (used only to fill letters) and the opt-in trusted timestamp, asked once in plain
// words (what it adds, what leaves the computer) until the doctor has chosen.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { callBackground } from '../../messaging/client';
import type { Settings } from '../../evidence/records';
import type { DoctorProfile } from '../../shared/types';
import { t, errorText } from '../shared/i18n';

const FIELDS: (keyof DoctorProfile)[] = ['civility', 'firstName', 'lastName', 'title', 'specialty', 'rpps', 'practiceName', 'address', 'postalCode', 'city', 'email', 'phone', 'insurer', 'insurancePolicy'];

/** The installation key's fingerprint: what it proves (this installation produced the bytes), and what it does not. */
function InstallationKey() {
  const [fp, setFp] = useState<string>();
  useEffect(() => {
    callBackground('keys.fingerprint', {}).then((r) => setFp(r.fingerprint), () => setFp(''));
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

/**
 * Whether this build and browser can run the forensic capture (issue 13):
 *   held     — the `debugger` permission is held (forensic edition): the doctor may turn the mode on;
 *   optional — declared optional (a browser that accepts it): asked at the moment the doctor turns it on;
 *   edition  — Chrome's normal edition: Chromium grants `debugger` only at install, so the mode needs the forensic edition;
 *   firefox  — Firefox has no chrome.debugger: the mode does not exist there.
 */
type ForensicSupport = 'held' | 'optional' | 'edition' | 'firefox';

function forensicSupport(): ForensicSupport {
  if (__AVISE_BROWSER__ === 'firefox') return 'firefox';
  const m = browser.runtime.getManifest() as { permissions?: string[]; optional_permissions?: string[] };
  if (m.permissions?.includes('debugger')) return 'held';
  if (m.optional_permissions?.includes('debugger')) return 'optional';
  return 'edition';
}

/** The opt-in forensic capture: what it does, the « débogage » banner Chromium shows, and where it cannot run. */
function ForensicMode({ settings, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  const support = forensicSupport();
  const usable = support === 'held' || support === 'optional';
  return (
    <fieldset class="forensic" data-support={support}>
      <legend>{t('frnTitle')}</legend>
      <p class="muted">{t('frnWhat')}</p>
      {usable ? (
        <>
          <label class="check">
            <input type="checkbox" name="forensicEnabled" checked={settings.forensicEnabled === true} onChange={(e) => onChange({ ...settings, forensicEnabled: (e.target as HTMLInputElement).checked })} />
            <span>{t('frnOn')}</span>
          </label>
          <p class="notice frn-banner">{t('frnBanner')}</p>
          <p class="muted">{t('frnReload')}</p>
        </>
      ) : (
        <p class="notice frn-unavailable">{support === 'firefox' ? t('frnFirefox') : t('frnNeedsEdition')}</p>
      )}
    </fieldset>
  );
}

/** Asks for the debugger permission where a browser lets it be optional; true when it is held. */
async function requestDebugger(): Promise<void> {
  if (forensicSupport() !== 'optional') return;
  if (!(await browser.permissions.request({ permissions: ['debugger'] as unknown as browser.Manifest.OptionalPermission[] }))) throw new Error(t('frnDenied'));
}

/** Asks the host permission of every timestamp authority (the only network use of Avisé), at the moment it is turned on. */
async function requestTsaHosts(urls: string[]): Promise<void> {
  const origins = urls.map((u) => `${new URL(u).origin}/*`);
  if (!(await browser.permissions.request({ origins }))) throw new Error(t('optTsaDenied'));
}

/** The first-run question, shown first until answered: two sentences, then yes or no. */
function TimestampChoice({ settings, onChosen }: { settings: Settings; onChosen: (s: Settings) => void }) {
  const [error, setError] = useState<string>();
  const choose = async (on: boolean) => {
    setError(undefined);
    try {
      if (on) await requestTsaHosts(settings.tsaUrls);
      onChosen(await callBackground('settings.set', { timestampEnabled: on, timestampChosen: true }));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section class="card timestamp-choice" id="timestamp" aria-labelledby="ts-choice-h">
      <h2 id="ts-choice-h">{t('vfyTsQuestion')}</h2>
      <p>{t('vfyTsAdds')}</p>
      <p>{t('vfyTsLeaves')}</p>
      <p class="muted">{t('vfyTsQualified')}</p>
      <div class="row">
        <button class="primary timestamp-yes" type="button" onClick={() => void choose(true)}>{t('vfyTsYes')}</button>{' '}
        <button class="timestamp-no" type="button" onClick={() => void choose(false)}>{t('vfyTsNo')}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    callBackground('settings.get', {}).then(setSettings, (e: unknown) => setError(errorText(e)));
  }, []);
  if (!settings) return <main>{error ? <p class="error">{error}</p> : null}</main>;

  const setProfile = (k: keyof DoctorProfile, v: string) => setSettings({ ...settings, profile: { ...settings.profile, [k]: v } });
  const save = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      // The only network use of Avisé: ask for the TSA hosts explicitly, at the moment the doctor turns it on.
      if (settings.timestampEnabled) await requestTsaHosts(settings.tsaUrls);
      // The forensic mode's permission, asked at the moment the doctor turns it on (where the browser allows asking).
      if (settings.forensicEnabled) await requestDebugger();
      setSettings(await callBackground('settings.set', settings));
      setSaved(true);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <main>
      <h1>{t('optTitle')}</h1>
      {!settings.timestampChosen && <TimestampChoice settings={settings} onChosen={(s) => setSettings(s)} />}
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
        <fieldset class="timestamp">
          <legend>{t('vfyTsTitle')}</legend>
          <p class="muted">{t('vfyTsAdds')} {t('vfyTsLeaves')}</p>
          <label class="check">
            <input type="checkbox" name="timestampEnabled" checked={settings.timestampEnabled} onChange={(e) => setSettings({ ...settings, timestampEnabled: (e.target as HTMLInputElement).checked, timestampChosen: true })} />
            <span>{t('vfyTsOn')}</span>
          </label>
          <p class="muted">{t('vfyTsQualified')}</p>
          <label>
            <span>{t('vfyTsAuthorities')}</span>
            <textarea name="tsaUrls" rows={3} value={settings.tsaUrls.join('\n')} onInput={(e) => setSettings({ ...settings, tsaUrls: (e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter(Boolean) })} />
          </label>
        </fieldset>
        <ForensicMode settings={settings} onChange={setSettings} />
        <InstallationKey />
        {error && <p class="error" role="alert">{error}</p>}
        <button class="primary" type="submit">{t('optSave')}</button> {saved && <span class="ok" role="status">✓ {t('optSaved')}</span>}
      </form>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
