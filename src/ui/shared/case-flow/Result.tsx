// The result in three lines — what the review is, the days left, the first step — above everything else. The same
// component runs in the popup, the side panel and the case page (where the full reasons, deadlines and steps follow).
import type { Qualification } from '../../../legal/index';
import { pick, plural, shortDate, t, uiLang } from '../i18n';

// The count and date helpers live in ../i18n (the options page uses them without this component).
export { parisDate, parisDay, plural, shortDate } from '../i18n';

const STRENGTH: Record<string, string> = { probable: 'strengthProbable', possible: 'strengthPossible', 'a-confirmer-avocat': 'strengthLawyer' };

export function ResultSummary({ q, done }: { q: Qualification; /** Every question answered (otherwise the result is provisional). */ done: boolean }) {
  const lang = uiLang();
  const d = q.shortestLiveDeadline;
  const first = q.steps[0];
  const label = q.labels[0];
  if (!label && !d && !first) return null;
  return (
    <div class={`card summary result-summary ${d?.warning || d?.expired ? 'urgent' : ''}`} data-label={label?.label ?? ''}>
      <div class="summary-what">
        <strong>{t('flowWhat')}</strong>{' '}
        {label ? `${pick(label.title, lang)} (${t(STRENGTH[label.strength] ?? label.strength)})` : t('flowNoLabel')}
        {q.labels.length > 1 ? ` ${plural(q.labels.length - 1, 'flowMoreLabelsOne', 'flowMoreLabelsOther')}` : ''}
        {!done ? ` · ${t('flowProvisional')}` : ''}
      </div>
      <div class="summary-deadline">
        <strong>{t('sDeadline')}</strong>{' '}
        {d?.expiresOn ? (
          <>
            {pick(d.title, lang)} — {shortDate(d.expiresOn)},{' '}
            <span class="days-left">{d.expired ? t('flowExpired') : plural(d.daysLeft ?? 0, 'flowDaysLeftOne', 'flowDaysLeftOther')}</span>
          </>
        ) : (
          t('mgrNoLiveDeadline')
        )}
      </div>
      {first && (
        <div class="summary-step">
          <strong>{t('sFirstStep')}</strong> {pick(first.text, lang)}
        </div>
      )}
    </div>
  );
}
