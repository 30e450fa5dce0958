// The two actions the doctor came for, the same in the popup, the side panel and the case page: copy the proposed
// public reply (the secrecy check's findings shown before copying, and its safer version), or get the document the
// first step calls for; and export the case as an evidence bundle (ZIP). Nothing leaves while a placeholder remains.
// The text is the doctor's saved version when there is one (drafts.list), otherwise the template.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { draftKindsFor, parisToday, renderDraft, type DraftKind, type Qualification } from '../../../legal/index';
import type { DoctorProfile, Exhibit } from '../../../shared/types';
import type { StoredDraft } from '../../../evidence/records';
import { callBackground } from '../../../messaging/client';
import { bundleFingerprint, type BundleFingerprint } from '../../../evidence/bundle/fingerprint';
import { t, uiLang, errorText } from '../i18n';
import { SecrecyCheck } from '../../manager/SecrecyCheck';
import { draftFileName, placeholdersIn, quotedBy } from '../../manager/draft-files';
import { factsFor, recipientFor, sendingNote } from '../../../evidence/bundle/drafts';
import { latestBundleFingerprint } from '../../manager/bundle-fingerprint';
import { exportAndDownload } from '../../manager/export';
import { downloadFile } from '../download';
import { shortDate } from './Result';

const kindLabel = (k: string): string => t(`draft_${k.replace(/-/g, '_')}`);

/** The bundle fingerprint to quote in letters: short (16 hex in groups of 4) and full (SHA-256 of tagmanifest-sha256.txt). */
function Fingerprint({ fp, label }: { fp: BundleFingerprint; label: string }) {
  return (
    <div class="bundle-fingerprint">
      <p>
        {label} <strong class="mono fingerprint-short">{fp.short}</strong>
      </p>
      <p class="muted">
        {t('vfyFullFingerprint')} <span class="mono fingerprint-full">{fp.full}</span>
      </p>
    </div>
  );
}

/** « Exporter le dossier (ZIP) »: the bundle is written by this page and downloaded; the service worker logs it. */
export function ExportAction({ caseId, onExported, compact = false }: { caseId: string; onExported?: () => void; compact?: boolean }) {
  const [state, setState] = useState<{ busy?: boolean; done?: { fileName: string; sha256: string; size: number }; error?: string }>({});
  // The latest export already recorded in the case's custody log (letters prepared later can cite it).
  const [previous, setPrevious] = useState<BundleFingerprint & { at: string }>();
  useEffect(() => {
    latestBundleFingerprint(caseId).then(setPrevious, () => setPrevious(undefined));
  }, [caseId]);
  const run = async () => {
    setState({ busy: true });
    try {
      setState({ done: await exportAndDownload([caseId]) });
      onExported?.();
    } catch (e) {
      setState({ error: errorText(e) });
    }
  };
  return (
    <section class="block stack export-action" aria-labelledby={`export-h-${caseId}`}>
      <h2 id={`export-h-${caseId}`}>{t('xTitle')}</h2>
      {!compact && <p class="muted">{t('xHelp')}</p>}
      <div class="row">
        <button class="primary export" disabled={state.busy} onClick={run}>
          {state.busy ? t('xBusy') : t('flowExport')}
        </button>
      </div>
      {state.done && (
        <div class="ok exported" role="status" data-bytes={state.done.size}>
          <p>✓ {t('xDone', state.done.fileName)}</p>
          <Fingerprint fp={bundleFingerprint(state.done.sha256)} label={t('vfyQuoteFingerprint')} />
          {!compact && <p class="muted">{t('vfyFingerprintHow')}</p>}
        </div>
      )}
      {!state.done && previous && !compact && (
        <div class="previous-export">
          <Fingerprint fp={previous} label={t('vfyLastExport', shortDate(previous.at.slice(0, 10)))} />
        </div>
      )}
      {state.error && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
    </section>
  );
}

/** The document the first step calls for: the public reply when one is offered, otherwise the first letter. */
export function firstDraftKind(q: Qualification): DraftKind | undefined {
  const kinds = draftKindsFor(q);
  return kinds.includes('reponse-publique') ? 'reponse-publique' : kinds[0];
}

/** « Copier la réponse proposée » (secrecy check first) or « Télécharger <le courrier> (.docx) ». */
export function ReplyAction({ exhibit, q, exactPublicationDate }: { exhibit: Exhibit; q: Qualification; exactPublicationDate?: string }) {
  const caseId = exhibit.caseId;
  const kind = firstDraftKind(q);
  const lang = uiLang();
  const [profile, setProfile] = useState<DoctorProfile>();
  const [saved, setSaved] = useState<StoredDraft[]>();
  const [fingerprint, setFingerprint] = useState<BundleFingerprint>();
  const [done, setDone] = useState<string>();
  const [refused, setRefused] = useState<string[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    callBackground('settings.get', {}).then((s) => setProfile(s.profile), () => setProfile({}));
    callBackground('drafts.list', { caseId }).then(setSaved, () => setSaved([]));
    latestBundleFingerprint(caseId).then(setFingerprint, () => undefined);
  }, [caseId]);
  const draft = useMemo(() => {
    if (!kind || !profile || !saved) return undefined;
    const recipient = recipientFor(saved, kind);
    return renderDraft(kind, lang, {
      profile,
      review: exhibit.review,
      source: { url: exhibit.source.url, title: exhibit.source.title, placeName: exhibit.review.placeName },
      qualification: q,
      tone: 'sobre',
      today: parisToday(),
      ...(recipient && kind === 'mise-en-demeure' ? { recipient } : {}),
      ...(exactPublicationDate ? { exactPublicationDate } : {}),
      ...(fingerprint ? { bundleFingerprint: { short: fingerprint.short, full: fingerprint.full } } : {}),
      ...factsFor(saved, kind),
    });
  }, [kind, profile, saved, q, exactPublicationDate, fingerprint?.full]);
  if (!kind || !draft || !saved) return null;
  const own = saved.find((s) => s.kind === kind && s.lang === lang)?.body;
  const text = own ?? draft.body;
  const left = placeholdersIn(`${draft.title}\n${text}`, draft.missing, lang, quotedBy(exhibit.review));

  const copy = async (what: string) => {
    const missing = what === text ? left : placeholdersIn(what, [], lang, quotedBy(exhibit.review));
    setDone(undefined);
    if (missing.length) return setRefused(missing);
    setRefused(undefined);
    try {
      await navigator.clipboard.writeText(what);
      setDone(t('dCopied'));
      setError(undefined);
    } catch (e) {
      setError(`${t('dCopyFailed')} (${errorText(e)})`);
    }
  };
  const download = async () => {
    setDone(undefined);
    if (left.length) return setRefused(left);
    setRefused(undefined);
    try {
      const bytes = await (await import('../../manager/draft-docx')).draftDocxBytes({ title: draft.title, body: text, note: sendingNote(draft, lang) }, lang);
      setDone(`${t('dftDownloaded')} ${await downloadFile(bytes, draftFileName(caseId, kind, lang, 'docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')}`);
    } catch (e) {
      setError(`${t('dftDownloadFailed')} (${errorText(e)})`);
    }
  };
  const reply = kind === 'reponse-publique';
  const profileLink = (
    <a href={chrome.runtime.getURL('src/ui/options/index.html')} target="_blank" rel="noopener">
      {t('dFillProfile')}
    </a>
  );
  return (
    <section class="block stack reply-action" aria-labelledby={`reply-h-${caseId}`} data-kind={kind}>
      <h2 id={`reply-h-${caseId}`}>{reply ? t('flowReplyTitle') : kindLabel(kind)}</h2>
      {left.length > 0 && !refused && (
        <p class="notice placeholders-left">
          {t('dftPlaceholdersLeft')} : <span class="placeholder-list">{left.join(', ')}</span> — {profileLink}
        </p>
      )}
      {reply ? (
        <>
          <blockquote class="proposed-reply">{text}</blockquote>
          <SecrecyCheck text={text} lang={lang} author={exhibit.review.author} onCopySafer={(safer) => void copy(safer)} compact />
          <div class="row">
            <button class="primary copy-reply" onClick={() => void copy(text)}>
              {t('flowCopyReply')}
            </button>
          </div>
        </>
      ) : (
        <div class="row">
          <button class="primary download-first" onClick={() => void download()}>
            {t('flowDownloadDoc', kindLabel(kind))}
          </button>
          <button class="copy-doc" onClick={() => void copy(text)}>
            {t('flowCopyDoc')}
          </button>
        </div>
      )}
      {done && (
        <p class="ok copied" role="status">
          ✓ {done}
        </p>
      )}
      {refused && (
        <p class="error draft-refused" role="alert">
          {t('dftRefused')} : {refused.join(', ')} — {profileLink}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
