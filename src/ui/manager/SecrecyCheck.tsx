// The medical-secrecy and reply-policy check of a public reply, shown as the doctor edits it (docs/legal/code-sante-publique.md#reponse-publique).
// It never certifies: with no finding it still says what was checked and what the doctor must reread by themselves.
// Reply text and author name are hostile input: rendered only as JSX text nodes.
import { useMemo } from 'preact/hooks';
import { checkSecrecy, type Finding } from '../../legal/index';
import type { Lang } from '../../shared/types';
import { pick, t } from '../shared/i18n';
import { plural } from '../shared/case-flow/Result';

export interface SecrecyCheckProps {
  /** The reply as the doctor wrote it. */
  text: string;
  /** Language of the reply (its vocabulary is checked; the safer version is written in it). */
  lang: Lang;
  /** Display name of the review's author ('' when unknown). */
  author: string;
  onUseSafer?: (safer: string) => void;
  /** Copies the safer version as it is (the panel refuses while it still holds a placeholder). */
  onCopySafer?: (safer: string) => void;
  /** Small frames (popup, side panel): what was checked and what to reread are folded under one line. */
  compact?: boolean;
}

function FindingItem({ f, risk }: { f: Finding<string>; risk?: boolean }) {
  return (
    <li class={risk ? 'sec-finding risk' : 'sec-finding'}>
      {risk && <span class="sec-badge">{t('secRisk')}</span>}
      <q class="sec-words">{f.match}</q> — {pick(f.why)} <em>{pick(f.suggestion)}</em>
    </li>
  );
}

export function SecrecyCheck({ text, lang, author, onUseSafer, onCopySafer, compact = false }: SecrecyCheckProps) {
  const r = useMemo(() => checkSecrecy(text, lang, { authorNames: author ? [author] : [] }), [text, lang, author]);
  const lists = (
    <>
      <div class="sec-checked">
        <strong>{t('secCheckedTitle')}</strong>
        <ul>
          {r.checked.map((c, i) => (
            <li key={i}>{pick(c)}</li>
          ))}
        </ul>
      </div>
      <div class="sec-reread">
        <strong>{t('secRereadTitle')}</strong>
        <ul>
          {r.reread.map((c, i) => (
            <li key={i}>{pick(c)}</li>
          ))}
        </ul>
      </div>
    </>
  );
  return (
    <div class="notice secrecy-check stack" role="status" aria-live="polite">
      {r.findings.length > 0 ? (
        <div class="sec-findings">
          <strong>{plural(r.findings.length, 'w_secFindingsOne', 'w_secFindingsOther')}</strong>
          <ul>
            {r.findings.map((f) => (
              <FindingItem key={`${f.kind}-${f.start}-${f.end}`} f={f} risk={f.severity === 'risque'} />
            ))}
          </ul>
        </div>
      ) : (
        !r.hasFindings && <p class="sec-none">{t('secNoFinding')}</p>
      )}
      {r.policy.length > 0 && (
        <div class="sec-policy">
          <strong>{t('secPolicyTitle')}</strong>
          <ul>
            {r.policy.map((f) => (
              <FindingItem key={`${f.kind}-${f.start}-${f.end}`} f={f} />
            ))}
          </ul>
        </div>
      )}
      {compact ? (
        <details class="sec-more">
          <summary>{t('flowSecMore')}</summary>
          {lists}
        </details>
      ) : (
        lists
      )}
      {r.hasFindings && (
        <div class="sec-safer">
          <div class="muted">{t('secSaferTitle')}</div>
          <blockquote class="safer">{r.saferText}</blockquote>
          <div class="row">
            {onCopySafer && (
              <button type="button" class="primary sec-copy-safer" onClick={() => onCopySafer(r.saferText)}>
                {t('secCopySafer')}
              </button>
            )}
            {onUseSafer && (
              <button type="button" class="sec-use-safer" onClick={() => onUseSafer(r.saferText)}>
                {t('secUseSafer')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
