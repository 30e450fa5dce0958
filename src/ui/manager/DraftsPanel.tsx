// Drafts: every document the qualification calls for, in French or English, from logic-less templates.
// A missing datum stays a visible placeholder, and nothing leaves (copy, .docx, .txt) while one remains. The
// doctor's edits and the letters' recipient are saved with the case by the service worker (debounced, and on
// blur), recorded in custody, and exported in the bundle. The public reply is checked for medical secrecy.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { draftKindsFor, parisToday, renderDraft, TONES, type DraftKind, type Qualification, type Tone } from '../../legal/index';
import type { DoctorProfile, Exhibit, Lang } from '../../shared/types';
import type { DraftFacts, DraftRecipient, StoredDraft } from '../../evidence/records';
import { callBackground } from '../../messaging/client';
import type { BundleFingerprint } from '../../evidence/bundle/fingerprint';
import { t, uiLang, errorText } from '../shared/i18n';
import { draftFileName, draftTxtBytes, placeholdersIn, quotedBy, type DraftDocument } from './draft-files';
import { factsFor, LETTER_FACTS, recipientFor, sendingNote } from '../../evidence/bundle/drafts';
import { latestBundleFingerprint } from './bundle-fingerprint';
import { SecrecyCheck } from './SecrecyCheck';
import { downloadFile } from '../shared/download';

/** Pause in typing after which the text is saved (it is also saved when the text box loses focus). */
const SAVE_DELAY_MS = 800;

const kindLabel = (k: string): string => t(`draft_${k.replace(/-/g, '_')}`);

interface PendingSave {
  kind: DraftKind;
  lang: Lang;
  body?: string;
  recipient?: DraftRecipient;
  facts?: DraftFacts;
}

export function DraftsPanel({
  exhibit,
  qualification,
  exactPublicationDate,
  exports = 0,
}: {
  exhibit: Exhibit;
  qualification: Qualification;
  /** The first-publication date the doctor gave, if any: letters then write « publié le » instead of « au plus tôt le ». */
  exactPublicationDate?: string;
  /** Number of exports made while the page is open: after one, letters cite the new bundle's fingerprint. */
  exports?: number;
}) {
  const caseId = exhibit.caseId;
  const kinds = draftKindsFor(qualification);
  const [chosen, setChosen] = useState<DraftKind | undefined>(kinds[0]);
  // The qualification can change under the panel (an answer removes a label): fall back to the first offered kind.
  // No kind at all (nothing to draft) renders nothing, below, once the hooks have run.
  const kind = chosen && kinds.includes(chosen) ? chosen : kinds[0];
  const [lang, setLang] = useState<Lang>(uiLang());
  const [tone, setTone] = useState<Tone>('sobre');
  const [profile, setProfile] = useState<DoctorProfile>({});
  /** What the service worker holds for this case (loaded once, then kept in step with each save). */
  const [saved, setSaved] = useState<StoredDraft[]>();
  /** Texts typed and not yet confirmed saved, by « kind|lang » (what the doctor sees wins over the store). */
  const [typed, setTyped] = useState<Record<string, string | undefined>>({});
  const [recipients, setRecipients] = useState<Record<string, DraftRecipient>>({});
  const [factsTyped, setFactsTyped] = useState<Record<string, DraftFacts>>({});
  const [fingerprint, setFingerprint] = useState<BundleFingerprint>();
  const [status, setStatus] = useState<{ saving?: boolean; savedAt?: string; error?: string }>({});
  const [copied, setCopied] = useState(false);
  const [copyError, setCopyError] = useState<string>();
  const [refused, setRefused] = useState<string[]>();
  const [downloaded, setDownloaded] = useState<string>();
  const [confirmReset, setConfirmReset] = useState(false);
  const pending = useRef<PendingSave | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    callBackground('settings.get', {}).then((s) => setProfile(s.profile), () => undefined);
    callBackground('drafts.list', { caseId }).then(setSaved, (e: Error) => {
      setSaved([]);
      setStatus({ error: `${t('dftLoadFailed')} (${errorText(e)})` });
    });
  }, [caseId]);
  // Letters prepared after an export cite that bundle's fingerprint (read from the custody log).
  useEffect(() => {
    latestBundleFingerprint(caseId).then(setFingerprint, () => setFingerprint(undefined));
  }, [caseId, exports]);

  const key = `${kind}|${lang}`;
  const own = saved?.find((s) => s.kind === kind && s.lang === lang);
  const recipient = (kind && (recipients[kind] ?? (saved ? recipientFor(saved, kind) : undefined))) ?? {};
  const authorKnown = (qualification.answers as Record<string, { value?: unknown } | undefined>)['auteur-identifie']?.value === 'yes';
  const asksRecipient = kind === 'mise-en-demeure' && authorKnown;
  const facts: DraftFacts = (kind && (factsTyped[kind] ?? (saved ? factsFor(saved, kind) : undefined))) ?? {};

  const draft = useMemo(
    () =>
      kind &&
      renderDraft(kind, lang, {
        profile,
        review: exhibit.review,
        source: { url: exhibit.source.url, title: exhibit.source.title, placeName: exhibit.review.placeName },
        qualification,
        tone,
        today: parisToday(),
        recipient: asksRecipient ? recipient : undefined,
        ...(exactPublicationDate ? { exactPublicationDate } : {}),
        ...(fingerprint ? { bundleFingerprint: { short: fingerprint.short, full: fingerprint.full } } : {}),
        ...facts,
      }),
    [kind, lang, tone, profile, exhibit.id, qualification, asksRecipient, JSON.stringify(recipient), JSON.stringify(facts), exactPublicationDate, fingerprint?.full],
  );
  /** The facts this letter's template asks for (shown as fields while the letter is open). */
  const factFields = draft ? LETTER_FACTS.filter((f) => draft.missing.includes(f.field) || (facts[f.key] ?? '') !== '') : [];
  const text = key in typed ? (typed[key] ?? draft?.body ?? '') : (own?.body ?? draft?.body ?? '');
  const edited = !!draft && text !== draft.body;
  const left = useMemo(() => (draft ? placeholdersIn(`${draft.title}\n${text}`, draft.missing, lang, quotedBy(exhibit.review)) : []), [draft, text, lang, exhibit.review]);

  useEffect(() => {
    setCopied(false);
    setRefused(undefined);
    setDownloaded(undefined);
    setConfirmReset(false);
  }, [kind, lang, tone]);

  /** Saves what is pending. Saves run one after the other (a blur during a save must not overtake it with an older text). */
  const flush = (): Promise<void> => {
    clearTimeout(timer.current);
    const run = queue.current.then(async () => {
      const p = pending.current;
      if (!p) return;
      pending.current = undefined;
      setStatus({ saving: true });
      try {
        const stored = await callBackground('drafts.save', { caseId, kind: p.kind, lang: p.lang, body: p.body, recipient: p.recipient, facts: p.facts, title: kindLabel(p.kind) });
        setSaved((list) => [...(list ?? []).filter((s) => !(s.kind === stored.kind && s.lang === stored.lang)), stored]);
        setStatus({ savedAt: stored.savedAt });
      } catch (e) {
        // Nothing is lost: the text stays on screen and the next edit or blur sends it again.
        if (!pending.current) pending.current = p;
        setStatus({ error: `${t('dftSaveFailed')} (${errorText(e)})` });
      }
    });
    queue.current = run;
    return run;
  };
  const schedule = (p: PendingSave): void => {
    pending.current = p;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };
  // Leaving the page or the case saves what is pending.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [caseId]);

  if (!kind || !draft || !saved) return null;

  const bodyToStore = (value: string): string | undefined => (value === draft.body ? undefined : value);
  const onText = (value: string) => {
    setTyped((m) => ({ ...m, [key]: value }));
    setRefused(undefined);
    schedule({ kind, lang, body: bodyToStore(value), recipient: asksRecipient ? recipient : own?.recipient, facts });
  };
  const onRecipient = (patch: Partial<DraftRecipient>) => {
    const next = { ...recipient, ...patch };
    setRecipients((m) => ({ ...m, [kind]: next }));
    if (!edited) setTyped((m) => ({ ...m, [key]: undefined }));
    // An untouched letter follows the template, which now names the recipient: only an edited text is kept as is.
    schedule({ kind, lang, body: edited ? text : undefined, recipient: next, facts });
  };
  const onFact = (k: keyof DraftFacts, value: string) => {
    const next = { ...facts, [k]: value };
    setFactsTyped((m) => ({ ...m, [kind]: next }));
    if (!edited) setTyped((m) => ({ ...m, [key]: undefined }));
    schedule({ kind, lang, body: edited ? text : undefined, recipient: asksRecipient ? recipient : own?.recipient, facts: next });
  };
  const reset = () => {
    setTyped((m) => ({ ...m, [key]: undefined }));
    setConfirmReset(false);
    schedule({ kind, lang, body: undefined, recipient: asksRecipient ? recipient : own?.recipient, facts });
    void flush();
  };
  const changeDraft = (fn: () => void) => {
    void flush();
    fn();
  };

  const doc = (): DraftDocument => ({ title: draft.title, body: text, note: sendingNote(draft, lang) });
  /** Nothing leaves while a placeholder remains: the doctor is told which ones. */
  const guard = (): boolean => {
    if (!left.length) return true;
    setRefused(left);
    setCopied(false);
    setDownloaded(undefined);
    return false;
  };
  const copy = async (what = text) => {
    if (what !== text) {
      // The safer version of the public reply: the same rule, nothing leaves with a placeholder in it.
      const inSafer = placeholdersIn(what, [], lang, quotedBy(exhibit.review));
      if (inSafer.length) {
        setRefused(inSafer);
        setCopied(false);
        return;
      }
    } else if (!guard()) return;
    try {
      await navigator.clipboard.writeText(what);
      setCopied(true);
      setCopyError(undefined);
    } catch (e) {
      setCopyError(`${t('dCopyFailed')} (${(e as Error).message})`);
    }
  };
  const download = async (ext: 'docx' | 'txt') => {
    if (!guard()) return;
    try {
      setCopyError(undefined);
      await flush();
      const bytes = ext === 'txt' ? draftTxtBytes(doc()) : await (await import('./draft-docx')).draftDocxBytes(doc(), lang);
      const type = ext === 'txt' ? 'text/plain;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      setDownloaded(await downloadFile(bytes, draftFileName(caseId, kind, lang, ext), type));
    } catch (e) {
      setCopyError(`${t('dftDownloadFailed')} (${errorText(e)})`);
    }
  };
  const ownerReply = exhibit.review.ownerReply;
  const note = sendingNote(draft, lang);

  return (
    <div class="card draft stack">
      <div class="row">
        <label>
          {t('dKind')}{' '}
          <select class="draft-kind" value={kind} onChange={(e) => changeDraft(() => setChosen((e.target as HTMLSelectElement).value as DraftKind))}>
            {kinds.map((k) => (
              <option value={k} key={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dLang')}{' '}
          <select class="draft-lang" value={lang} onChange={(e) => changeDraft(() => setLang((e.target as HTMLSelectElement).value as Lang))}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        {kind === 'reponse-publique' && (
          <label>
            {t('dTone')}{' '}
            <select class="draft-tone" value={tone} onChange={(e) => setTone((e.target as HTMLSelectElement).value as Tone)}>
              {TONES.map((x) => (
                <option value={x} key={x}>
                  {t(`tone_${x}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {kind === 'reponse-publique' && ownerReply && (
        <div class="notice owner-replied" role="note">
          <strong>{t('dftOwnerReplied')}</strong>
          {ownerReply.dateText ? <span class="muted"> ({ownerReply.dateText})</span> : null}
          <blockquote class="owner-reply-text">{ownerReply.text}</blockquote>
          <div>{t('dftOwnerRepliedHelp')}</div>
        </div>
      )}
      {asksRecipient && (
        <fieldset class="recipient stack">
          <legend>{t('dftRecipient')}</legend>
          <p class="muted">{t('dftRecipientHelp')}</p>
          <div class="row">
            <label>
              {t('dftCivility')}{' '}
              <select class="recipient-civility" value={recipient.civility ?? ''} onChange={(e) => onRecipient({ civility: (e.target as HTMLSelectElement).value || undefined })} onBlur={() => void flush()}>
                <option value="">—</option>
                <option value={lang === 'fr' ? 'Madame' : 'Ms'}>{lang === 'fr' ? 'Madame' : 'Ms'}</option>
                <option value={lang === 'fr' ? 'Monsieur' : 'Mr'}>{lang === 'fr' ? 'Monsieur' : 'Mr'}</option>
                {recipient.civility && !['Madame', 'Monsieur', 'Ms', 'Mr'].includes(recipient.civility) ? <option value={recipient.civility}>{recipient.civility}</option> : null}
              </select>
            </label>
            <label>
              {t('dftName')} <input type="text" class="recipient-name" value={recipient.name ?? ''} onInput={(e) => onRecipient({ name: (e.target as HTMLInputElement).value })} onBlur={() => void flush()} />
            </label>
          </div>
          <label>
            {t('dftAddress')}
            <textarea class="recipient-address" rows={3} value={recipient.address ?? ''} onInput={(e) => onRecipient({ address: (e.target as HTMLTextAreaElement).value })} onBlur={() => void flush()} />
          </label>
          {edited && <p class="muted">{t('dftRecipientEdited')}</p>}
        </fieldset>
      )}
      {factFields.length > 0 && (
        <fieldset class="letter-facts stack">
          <legend>{t('dftFacts')}</legend>
          <p class="muted">{t('dftFactsHelp')}</p>
          {factFields.map((f) => (
            <label key={f.key} class="stack">
              {t(`dftFact_${f.field}`)}
              {f.date ? (
                <input type="date" class={`fact-${f.field}`} value={facts[f.key] ?? ''} max={parisToday()} onInput={(e) => onFact(f.key, (e.target as HTMLInputElement).value)} onBlur={() => void flush()} />
              ) : (
                <textarea class={`fact-${f.field}`} rows={2} value={facts[f.key] ?? ''} onInput={(e) => onFact(f.key, (e.target as HTMLTextAreaElement).value)} onBlur={() => void flush()} />
              )}
            </label>
          ))}
        </fieldset>
      )}
      <div class="row">
        <h3 class="draft-title">{draft.title}</h3>
        {edited && <span class="badge draft-edited">{t('dftEdited')}</span>}
      </div>
      {left.length > 0 && (
        <p class="notice missing placeholders-left">
          {t('dftPlaceholdersLeft')} : <span class="placeholder-list">{left.join(', ')}</span> — <a href={chrome.runtime.getURL('src/ui/options/index.html')} target="_blank" rel="noopener">{t('dFillProfile')}</a>
        </p>
      )}
      <textarea class="draft-text" aria-label={draft.title} value={text} onInput={(e) => onText((e.target as HTMLTextAreaElement).value)} onBlur={() => void flush()} />
      {note && (
        <div class="muted how-to-send">
          <strong>{t('dftHowToSend')}</strong> : {note}
        </div>
      )}
      <div class="row">
        <span class="muted draft-save-status" role="status">
          {status.saving ? t('dftSaving') : status.savedAt ? `✓ ${t('dftSaved')}` : ''}
        </span>
        {status.error && <span class="error draft-save-error" role="alert">{status.error}</span>}
        {edited &&
          (confirmReset ? (
            <>
              <button class="reset-confirm" onClick={reset}>{t('dftResetConfirm')}</button>
              <button class="reset-cancel" onClick={() => setConfirmReset(false)}>{t('dftResetCancel')}</button>
            </>
          ) : (
            <button class="reset" onClick={() => setConfirmReset(true)}>{t('dftReset')}</button>
          ))}
      </div>
      {kind === 'reponse-publique' && <SecrecyCheck text={text} lang={lang} author={exhibit.review.author} onUseSafer={onText} onCopySafer={(safer) => void copy(safer)} />}
      <div class="row">
        <button class="primary copy" onClick={() => void copy()}>
          {t('dCopy')}
        </button>
        <button class="download-docx" onClick={() => void download('docx')}>
          {t('dftDownloadDocx')}
        </button>
        <button class="download-txt" onClick={() => void download('txt')}>
          {t('dftDownloadTxt')}
        </button>
        {copied && <span class="ok copied" role="status">✓ {t('dCopied')}</span>}
        {downloaded && <span class="ok draft-downloaded" role="status">✓ {t('dftDownloaded')} {downloaded}</span>}
        {copyError && <span class="error" role="alert">{copyError}</span>}
      </div>
      {refused && (
        <p class="error draft-refused" role="alert">
          {t('dftRefused')} : {refused.join(', ')}
        </p>
      )}
    </div>
  );
}
