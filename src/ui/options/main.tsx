// Options, in sections: profil and courriers (the doctor's identity, used only to fill letters — never required to
// capture), horodatage (the opt-in trusted timestamp, asked once in plain words until the doctor has chosen, and the
// installation key), rappels (deadline reminders; notifications are an optional permission asked here with its
// reason), sauvegarde (one-file backup and restore) and confidentialité (what stays on this computer).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { callBackground } from '../../messaging/client';
import type { Settings } from '../../evidence/records';
import type { DoctorProfile } from '../../shared/types';
import { t, errorText, plural } from '../shared/i18n';
import { WatchSection } from '../watch/WatchSection';
import { makeBackup, uploadBackup } from './backup';
import { AviseError } from '../../shared/errors';
import { postcodeProblem, rppsProblem } from './validate';

interface FieldSpec {
  key: keyof DoctorProfile;
  type?: 'text' | 'email' | 'tel';
  autocomplete: string;
  inputMode?: 'numeric' | 'email' | 'tel';
  maxLength?: number;
}

const PROFILE_FIELDS: FieldSpec[] = [
  { key: 'civility', autocomplete: 'honorific-prefix' },
  { key: 'firstName', autocomplete: 'given-name' },
  { key: 'lastName', autocomplete: 'family-name' },
  { key: 'title', autocomplete: 'honorific-suffix' },
  { key: 'specialty', autocomplete: 'organization-title' },
  { key: 'rpps', autocomplete: 'off', inputMode: 'numeric', maxLength: 11 },
];
const LETTER_FIELDS: FieldSpec[] = [
  { key: 'practiceName', autocomplete: 'organization' },
  { key: 'address', autocomplete: 'street-address' },
  { key: 'postalCode', autocomplete: 'postal-code', inputMode: 'numeric', maxLength: 5 },
  { key: 'city', autocomplete: 'address-level2' },
  { key: 'email', type: 'email', autocomplete: 'email', inputMode: 'email' },
  { key: 'phone', type: 'tel', autocomplete: 'tel', inputMode: 'tel' },
  { key: 'insurer', autocomplete: 'off' },
  { key: 'insurancePolicy', autocomplete: 'off' },
];

const PROBLEMS: Partial<Record<keyof DoctorProfile, (v: string | undefined) => string | undefined>> = { rpps: rppsProblem, postalCode: postcodeProblem };

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
          {settings.forensicEnabled === true && (
            // The popup asks it at each capture too (its last answer is kept here); the context menu and the picker use it.
            <label class="check">
              <input type="checkbox" name="forensicAlsoAsShown" checked={settings.forensicAlsoAsShown === true} onChange={(e) => onChange({ ...settings, forensicAlsoAsShown: (e.target as HTMLInputElement).checked })} />
              <span>{t('frn_alsoAsShown')}</span>
            </label>
          )}
          {settings.forensicEnabled === true && <p class="muted frn-both-help">{t('frn_alsoAsShownHelp')}</p>}
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

function ProfileField({ spec, value, problem, onInput }: { spec: FieldSpec; value: string; problem?: string; onInput: (v: string) => void }) {
  const id = `f-${spec.key}`;
  // Preact types `type` as a union that needs `list` with 'text': one attribute object, typed once.
  const typeAttr: { type: 'email' } = { type: (spec.type ?? 'text') as 'email' };
  return (
    <div class="field">
      <label for={id}>{t(`profile_${spec.key}`)}</label>
      <input
        id={id}
        {...typeAttr}
        name={spec.key}
        autocomplete={spec.autocomplete}
        inputMode={spec.inputMode}
        maxLength={spec.maxLength}
        value={value}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
      {problem && (
        <span class="field-problem error" id={`${id}-problem`}>
          {t(problem)}
        </span>
      )}
    </div>
  );
}

/** Notifications are optional: asked here, with the reason, on the doctor's click. */
function Reminders({ settings, setSettings }: { settings: Settings; setSettings: (s: Settings) => void }) {
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    browser.permissions.contains({ permissions: ['notifications'] }).then(setGranted, () => setGranted(false));
  }, []);
  const ask = async () => {
    const ok = await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
    setGranted(ok);
    if (ok) void callBackground('reminders.run', {}).catch(() => undefined);
  };
  return (
    <fieldset class="reminders" id="rappels">
      <legend>{t('timSecReminders')}</legend>
      <p class="muted">{t('timRemindersHelp')}</p>
      <div class="field check">
        <input type="checkbox" id="f-reminders" name="remindersEnabled" checked={settings.remindersEnabled !== false} onChange={(e) => setSettings({ ...settings, remindersEnabled: (e.target as HTMLInputElement).checked })} />
        <label for="f-reminders">{t('timRemindersOn')}</label>
      </div>
      <div class="field">
        <label for="f-insurer-days">{t('timInsurerDays')}</label>
        <input
          id="f-insurer-days"
          type="number"
          name="insurerDays"
          min={1}
          max={365}
          inputMode="numeric"
          value={settings.insurerDays ?? ''}
          aria-describedby="f-insurer-days-help"
          onInput={(e) => {
            const n = Number((e.target as HTMLInputElement).value);
            setSettings({ ...settings, insurerDays: Number.isInteger(n) && n > 0 ? n : undefined });
          }}
        />
        <span class="muted help" id="f-insurer-days-help">{t('timInsurerDaysHelp')}</span>
      </div>
      <p class="muted">{t('timNotifWhy')}</p>
      {granted ? (
        <p class="ok notif-granted">✓ {t('timNotifGranted')}</p>
      ) : (
        <p>
          <button type="button" class="notif-ask" onClick={() => void ask()}>
            {t('timNotifAsk')}
          </button>{' '}
          {granted === false && <span class="muted">{t('timNotifWithout')}</span>}
        </p>
      )}
    </fieldset>
  );
}

function Backup() {
  const [state, setState] = useState<{ busy?: boolean; ok?: string; error?: string; confirm?: { uploadId: string; cases: string } }>({});
  const backup = async () => {
    setState({ busy: true });
    try {
      const r = await makeBackup();
      setState({ ok: t('w_backupDone', r.fileName, plural(r.cases, 'w_casesOne', 'w_casesOther'), plural(r.exhibits, 'flowExhibitCountOne', 'flowExhibitCountOther')) });
    } catch (e) {
      setState({ error: errorText(e) });
    }
  };
  const restore = async (uploadId: string, replace: boolean) => {
    setState({ busy: true });
    try {
      const r = await callBackground('backup.restore', { uploadId, replace });
      setState({ ok: `${t('w_restoreDone', plural(r.cases, 'w_casesOne', 'w_casesOther'), plural(r.exhibits, 'flowExhibitCountOne', 'flowExhibitCountOther'), r.signedBy)}${r.settingsRestored ? '' : ` ${t('timRestoreSettingsKept')}`}` });
    } catch (e) {
      if (e instanceof AviseError && e.code === 'restoreNeedsConfirm') setState({ confirm: { uploadId, cases: String((e.params as { cases: string }).cases) } });
      else setState({ error: errorText(e) });
    }
  };
  const pick = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ busy: true });
    try {
      await restore(await uploadBackup(file), false);
    } catch (err) {
      setState({ error: errorText(err) });
    }
  };
  return (
    <fieldset class="backup" id="sauvegarde">
      <legend>{t('timSecBackup')}</legend>
      <p class="muted">{t('timBackupHelp')}</p>
      <p>
        <button type="button" class="primary make-backup" disabled={state.busy} onClick={() => void backup()}>
          {t('timBackupMake')}
        </button>
      </p>
      <div class="field">
        <label for="f-restore">{t('timRestoreLabel')}</label>
        <input id="f-restore" type="file" name="restore" accept=".zip,application/zip" disabled={state.busy} onChange={(e) => void pick(e)} />
      </div>
      <p class="muted">{t('timRestoreHelp')}</p>
      {state.confirm && (
        <div class="notice restore-confirm" role="alert">
          <p>{plural(Number(state.confirm.cases), 'w_restoreClashOne', 'w_restoreClashOther')}</p>
          <button type="button" class="restore-replace" onClick={() => void restore(state.confirm!.uploadId, true)}>
            {t('timRestoreReplace')}
          </button>{' '}
          <button type="button" class="restore-cancel" onClick={() => setState({ ok: t('timRestoreCancelled') })}>
            {t('timRestoreCancel')}
          </button>
        </div>
      )}
      <p class="ok backup-status" role="status">
        {state.ok ?? ''}
      </p>
      {state.error && (
        <p class="error backup-error" role="alert">
          {state.error}
        </p>
      )}
    </fieldset>
  );
}

const SECTIONS = [
  ['profil', 'timSecProfile'],
  ['courriers', 'timSecLetters'],
  ['horodatage', 'vfyTsTitle'],
  ['rappels', 'timSecReminders'],
  ['sauvegarde', 'timSecBackup'],
  ['confidentialite', 'timSecPrivacy'],
] as const;

function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string>();
  const [showProblems, setShowProblems] = useState(false);
  useEffect(() => {
    callBackground('settings.get', {}).then(setSettings, (e: unknown) => setError(errorText(e)));
  }, []);
  if (!settings) return <main>{error ? <p class="error">{error}</p> : null}</main>;

  const setProfile = (k: keyof DoctorProfile, v: string) => {
    setSaved(false);
    setSettings({ ...settings, profile: { ...settings.profile, [k]: v } });
  };
  const problemOf = (k: keyof DoctorProfile) => (showProblems || (settings.profile[k] ?? '').length >= (k === 'rpps' ? 11 : k === 'postalCode' ? 5 : Infinity) ? PROBLEMS[k]?.(settings.profile[k]) : undefined);
  const save = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    const bad = (Object.keys(PROBLEMS) as (keyof DoctorProfile)[]).filter((k) => PROBLEMS[k]!(settings.profile[k]));
    if (bad.length) {
      setShowProblems(true);
      setError(t('timFixFields'));
      document.getElementById(`f-${bad[0]}`)?.focus();
      return;
    }
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
  const field = (spec: FieldSpec) => <ProfileField key={spec.key} spec={spec} value={settings.profile[spec.key] ?? ''} problem={problemOf(spec.key)} onInput={(v) => setProfile(spec.key, v)} />;

  return (
    <main>
      <h1>{t('optTitle')}</h1>
      <nav class="sections" aria-label={t('timSections')}>
        {SECTIONS.map(([id, key]) => (
          <a key={id} href={`#${id}`}>
            {t(key)}
          </a>
        ))}
      </nav>
      {!settings.timestampChosen && <TimestampChoice settings={settings} onChosen={(s) => setSettings(s)} />}
      <form onSubmit={save} noValidate>
        <fieldset class="profile" id="profil">
          <legend>{t('timSecProfile')}</legend>
          <p class="muted">{t('optProfileHelp')}</p>
          <p class="muted">{t('timProfileOptional')}</p>
          {PROFILE_FIELDS.map(field)}
        </fieldset>
        <fieldset class="letters" id="courriers">
          <legend>{t('timSecLetters')}</legend>
          <p class="muted">{t('timLettersHelp')}</p>
          {LETTER_FIELDS.map(field)}
        </fieldset>
        <fieldset class="timestamp" id="horodatage">
          <legend>{t('vfyTsTitle')}</legend>
          <p class="muted">{t('vfyTsAdds')} {t('vfyTsLeaves')}</p>
          <div class="field check">
            <input type="checkbox" id="f-ts" name="timestampEnabled" checked={settings.timestampEnabled} onChange={(e) => setSettings({ ...settings, timestampEnabled: (e.target as HTMLInputElement).checked, timestampChosen: true })} />
            <label for="f-ts">{t('vfyTsOn')}</label>
          </div>
          <p class="muted">{t('vfyTsQualified')}</p>
          <div class="field">
            <label for="f-tsa">{t('vfyTsAuthorities')}</label>
            <textarea id="f-tsa" name="tsaUrls" rows={3} autocomplete="off" spellcheck={false} value={settings.tsaUrls.join('\n')} onInput={(e) => setSettings({ ...settings, tsaUrls: (e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter(Boolean) })} />
          </div>
          <InstallationKey />
        </fieldset>
        <Reminders settings={settings} setSettings={setSettings} />
        <ForensicMode settings={settings} onChange={setSettings} />
        {error && <p class="error" role="alert">{error}</p>}
        <p class="save-row">
          <button class="primary" type="submit">{t('optSave')}</button> {saved && <span class="ok" role="status">✓ {t('optSaved')}</span>}
        </p>
      </form>
      <WatchSection />
      <Backup />
      <section class="privacy" id="confidentialite" aria-labelledby="privacy-h">
        <h2 id="privacy-h">{t('timSecPrivacy')}</h2>
        <p>{t('timPrivacyLocal')}</p>
        <p>{t('timPrivacyNetwork')}</p>
        <p>{t('timPrivacyBackup')}</p>
      </section>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
