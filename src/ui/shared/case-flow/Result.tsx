// The result in three lines — what the review is, the days left, the first step — above everything else. The same
// component runs in the popup, the side panel and the case page (where the full reasons, deadlines and steps follow).
import type { Qualification } from '../../../legal/index';
import { pick, t, uiLang } from '../i18n';

/** "2027-01-29" → "29 janv. 2027" in French, "29 Jan 2027" in English (calendar dates, no time zone shift). */
export function shortDate(iso: string): string {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? [];
  if (y === undefined || m === undefined || d === undefined) return iso; // not a calendar date: shown as it is
  return new Date(Date.UTC(+y, +m - 1, +d)).toLocaleDateString(uiLang() === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}

let parisDayFormat: Intl.DateTimeFormat | undefined;
/** An instant (ISO timestamp) → its calendar day in Paris, YYYY-MM-DD (the input as it is when it is not a date). */
export function parisDay(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  parisDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  return parisDayFormat.format(d);
}

/** An instant shown as the doctor's calendar date: « 1 déc. 2026 » / « 1 Dec 2026 » (never ISO on screen). */
export const parisDate = (instant: string): string => shortDate(parisDay(instant));

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
