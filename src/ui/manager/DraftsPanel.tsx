// Drafts: every document the qualification calls for, in French or English, from logic-less templates.
// A missing datum stays a visible placeholder. The public reply is checked for medical secrecy as the doctor edits it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { checkSecrecy, draftKindsFor, parisToday, placeholder, renderDraft, TONES, type DraftKind, type Qualification, type Tone } from '../../legal/index';
import type { DoctorProfile, Exhibit, Lang } from '../../shared/types';
import { callBackground } from '../../messaging/client';
import { bagFolderName } from '../../evidence/bundle/layout';
import { pick, t, uiLang } from '../shared/i18n';

function SecrecyCheck({ text, lang, author }: { text: string; lang: Lang; author: string }) {
  const result = useMemo(() => checkSecrecy(text, lang, { authorNames: author ? [author] : [] }), [text, lang, author]);
  if (!result.hasFindings) return <p class="ok secrecy-safe">✓ {t('dSecrecySafe')}</p>;
  return (
    <div class="notice secrecy-flags" role="status">
      <strong>{t('dSecrecyFlags')}</strong>
      <ul>
        {[...result.findings, ...result.policy].map((f, i) => (
          <li key={i}>
            « {f.match} » — {pick(f.why, lang)} <em>{pick(f.suggestion, lang)}</em>
          </li>
        ))}
      </ul>
      <div class="muted">{t('dSecrecySafer')}</div>
      <blockquote class="safer">{result.saferText}</blockquote>
    </div>
  );
}

export function DraftsPanel({ exhibit, qualification }: { exhibit: Exhibit; qualification: Qualification }) {
  const kinds = draftKindsFor(qualification);
  const [chosen, setChosen] = useState<DraftKind>(kinds[0]);
  // The qualification can change under the panel (an answer removes a label): fall back to the first offered kind.
  const kind = kinds.includes(chosen) ? chosen : kinds[0];
  const [lang, setLang] = useState<Lang>(uiLang());
  const [tone, setTone] = useState<Tone>('sobre');
  const [profile, setProfile] = useState<DoctorProfile>({});
  const [text, setText] = useState('');
  const [copied, setCopied] = useState(false);
  const [copyError, setCopyError] = useState<string>();
  useEffect(() => {
    callBackground('settings.get', {}).then((s) => setProfile(s.profile), () => undefined);
  }, []);
  const draft = useMemo(
    () =>
      kind &&
      renderDraft(kind, lang, {
        profile,
        review: exhibit.review,
        source: { url: exhibit.source.url, title: exhibit.source.title, placeName: exhibit.review.placeName },
        exhibitId: exhibit.id,
        qualification,
        tone,
        today: parisToday(),
        bundleRef: bagFolderName(exhibit.caseId, exhibit.seal),
      }),
    [kind, lang, tone, profile, exhibit.id, qualification],
  );
  useEffect(() => {
    setText(draft ? draft.body : '');
    setCopied(false);
  }, [draft]);
  if (!kinds.length || !draft) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setCopyError(undefined);
    } catch (e) {
      setCopyError(`${t('dCopyFailed')} (${(e as Error).message})`);
    }
  };

  return (
    <div class="card draft stack">
      <div class="row">
        <label>
          {t('dKind')}{' '}
          <select class="draft-kind" value={kind} onChange={(e) => setChosen((e.target as HTMLSelectElement).value as DraftKind)}>
            {kinds.map((k) => (
              <option value={k} key={k}>
                {t(`draft_${k.replace(/-/g, '_')}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dLang')}{' '}
          <select class="draft-lang" value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value as Lang)}>
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
      <h3 class="draft-title">{draft.title}</h3>
      {draft.missing.length > 0 && (
        <p class="notice missing">
          {t('dMissing')} : {draft.missing.map((f) => placeholder(f, lang)).join(', ')} — <a href={chrome.runtime.getURL('src/ui/options/index.html')} target="_blank" rel="noopener">{t('dFillProfile')}</a>
        </p>
      )}
      <textarea class="draft-text" aria-label={draft.title} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      {kind === 'reponse-publique' && <SecrecyCheck text={text} lang={lang} author={exhibit.review.author} />}
      <div class="row">
        <button class="primary copy" onClick={copy}>
          {t('dCopy')}
        </button>
        {copied && <span class="ok copied" role="status">✓ {t('dCopied')}</span>}
        {copyError && <span class="error" role="alert">{copyError}</span>}
      </div>
    </div>
  );
}
