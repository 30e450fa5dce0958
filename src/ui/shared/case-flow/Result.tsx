// The result in three lines — what the review is, the days left, the first step — above everything else. The same
// component runs in the popup, the side panel and the case page (where the full reasons, deadlines and steps follow).
import type { Qualification } from '../../../legal/index';
import { pick, t, uiLang } from '../i18n';

/** "2027-01-29" → "29 janv. 2027" in French, "29 Jan 2027" in English (calendar dates, no time zone shift). */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(uiLang() === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}

/** A real plural: `keyOne` for 1 (and 0 in French), `keyOther` otherwise; the count is the first substitution. */
export function plural(n: number, keyOne: string, keyOther: string, ...more: string[]): string {
  const form = new Intl.PluralRules(uiLang() === 'fr' ? 'fr-FR' : 'en-GB').select(n);
  return t(form === 'one' ? keyOne : keyOther, String(n), ...more);
}

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
