// The case over time, on the case page: where the case stands, what is due and when, the steps the doctor marked
// with their dates, and a form to mark the next one or add a free note. Each mark and note goes through the
// service worker (`cases.markStep`, `cases.addNote`), which records it in the custody log.
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../../messaging/client';
import type { CaseView } from '../../messaging/protocol';
import type { CaseRecord, CaseStepKind } from '../../shared/types';
import { CASE_STEP_KINDS, CASE_STEP_TEXT, currentStatus, dueItems, nextStep, type DueItem } from '../../evidence/case-status';
import { parisToday } from '../../legal/deadlines';
import { parseRecheckOutcome, type RecheckOutcome } from '../../evidence/recheck';
import { RECHECK_TEXT } from '../../evidence/custody-text';
import { t, errorText, uiLang } from '../shared/i18n';
import { plural } from '../shared/case-flow/Result';

/** « 3 déc. 2026 » / « 3 Dec 2026 » from YYYY-MM-DD (a calendar date, no time zone). */
let dateFormat: Intl.DateTimeFormat | undefined;
const formatted = new Map<string, string>();
export function calendarDate(iso: string): string {
  // One formatter and one string per date for the whole page: the case list formats a date per row (1,000 rows).
  let out = formatted.get(iso);
  if (out === undefined) {
    dateFormat ??= new Intl.DateTimeFormat(uiLang() === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
    const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? [];
    // Not a calendar date: shown as it is rather than as « Invalid Date ».
    out = y === undefined || m === undefined || d === undefined ? iso : dateFormat.format(new Date(Date.UTC(+y, +m - 1, +d)));
    formatted.set(iso, out);
  }
  return out;
}

export const stepText = (k: string): string => (CASE_STEP_TEXT as Record<string, { fr: string; en: string } | undefined>)[k]?.[uiLang()] ?? k;

/** The doctor's setting for the insurer's limit (days of the contract), read once per page. */
let insurerDaysPromise: Promise<number | undefined> | undefined;
export function insurerDays(): Promise<number | undefined> {
  insurerDaysPromise ??= callBackground('settings.get', {}).then(
    (s) => s.insurerDays,
    () => undefined,
  );
  return insurerDaysPromise;
}

export function dueText(d: DueItem): string {
  return d.kind === 'insurer'
    ? plural(d.daysLeft, 'w_insurerDueOne', 'w_insurerDueOther', calendarDate(d.expiresOn))
    : plural(d.daysLeft, 'w_deadlineDueOne', 'w_deadlineDueOther', d.title[uiLang()], calendarDate(d.expiresOn));
}

/** « L'avis est-il toujours en ligne ? »: opens the review's page; the check runs when the doctor clicks Avisé there. */
function Recheck({ view, onSaved }: { view: CaseView; onSaved: () => void }) {
  const c = view.case;
  const [last, setLast] = useState<{ outcome: RecheckOutcome; on: string }>();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    callBackground('custody.list', { caseId: c.id }).then(
      (entries) => {
        const e = [...entries].reverse().find((x) => x.event === 'recheck' && parseRecheckOutcome(x.detail));
        setLast(e ? { outcome: parseRecheckOutcome(e.detail)!, on: parisToday(new Date(e.at)) } : undefined);
      },
      () => setLast(undefined),
    );
  }, [view]);
  const open = async () => {
    setError(undefined);
    try {
      await callBackground('recheck.open', { caseId: c.id });
      setOpened(true);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const markRemoved = async (on: string) => {
    try {
      await callBackground('cases.markStep', { caseId: c.id, kind: 'removed', on });
      onSaved();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const removedMarked = c.steps?.some((s) => s.kind === 'removed');
  return (
    <div class="recheck">
      <h3>{t('timRecheckTitle')}</h3>
      {last && (
        <p class="recheck-last">
          {t('timRecheckLast', calendarDate(last.on), RECHECK_TEXT[last.outcome][uiLang()])}
        </p>
      )}
      {last?.outcome === 'removed' && !removedMarked && (
        <p>
          <button type="button" class="mark-removed" onClick={() => void markRemoved(last.on)}>
            {t('timRecheckMarkRemoved', calendarDate(last.on))}
          </button>
        </p>
      )}
      <p>
        <button type="button" class="recheck-open" onClick={() => void open()}>
          {t('timRecheckOpen')}
        </button>
      </p>
      {opened && (
        <p class="notice recheck-howto" role="status">
          {t('timRecheckHowTo')}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function CaseStatus({ view, onSaved }: { view: CaseView; onSaved: () => void }) {
  const c: CaseRecord = view.case;
  const today = parisToday();
  const [days, setDays] = useState<number>();
  const [kind, setKind] = useState<CaseStepKind>(() => CASE_STEP_KINDS.find((k) => !c.steps?.some((s) => s.kind === k) && k !== 'captured') ?? 'closed');
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [freeNote, setFreeNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok?: string; error?: string }>({});
  useEffect(() => {
    void insurerDays().then(setDays);
  }, []);
  const due = dueItems(c, today, { insurerDays: days });
  const next = nextStep(c);
  const steps = [...(c.steps ?? [])].sort((a, b) => a.doneAt.localeCompare(b.doneAt));

  const mark = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage({});
    try {
      await callBackground('cases.markStep', { caseId: c.id, kind, on, ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
      setMessage({ ok: t('timStepMarked', stepText(kind), calendarDate(on)) });
      onSaved();
    } catch (err) {
      setMessage({ error: errorText(err) });
    } finally {
      setBusy(false);
    }
  };
  const addNote = async (e: Event) => {
    e.preventDefault();
    if (!freeNote.trim()) return;
    setBusy(true);
    setMessage({});
    try {
      await callBackground('cases.addNote', { caseId: c.id, text: freeNote });
      setFreeNote('');
      setMessage({ ok: t('timNoteAdded') });
      onSaved();
    } catch (err) {
      setMessage({ error: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="block case-status card" aria-labelledby="case-status-h">
      <h2 id="case-status-h">{t('timStatusTitle')}</h2>
      <p>
        <span class="muted">{t('timStatusNow')}</span> <strong class="status-now">{stepText(currentStatus(c))}</strong>
      </p>
      {due.length > 0 ? (
        <ul class="due-list">
          {due.map((d) => (
            <li key={d.label} class={d.daysLeft <= 7 ? 'due-item due-soon' : 'due-item'}>
              {dueText(d)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted no-due">{c.summary ? t('timNothingDue') : t('mgrToQualify')}</p>
      )}
      {next && (
        <p class="next-step">
          <span class="muted">{t('timNextStep')}</span> {next[uiLang()]}
        </p>
      )}
      {steps.length > 0 && (
        <ol class="timeline" aria-label={t('timTimeline')}>
          {steps.map((s, i) => (
            <li key={`${s.kind}-${i}`} class="timeline-step" data-kind={s.kind}>
              <time dateTime={s.doneAt}>{calendarDate(s.doneAt)}</time> — {stepText(s.kind)}
              {s.note ? <span class="muted"> — {s.note}</span> : null}
            </li>
          ))}
        </ol>
      )}
      <Recheck view={view} onSaved={onSaved} />
      <form class="mark-step row" onSubmit={mark}>
        <label>
          <span>{t('timStepLabel')}</span>{' '}
          <select name="step" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as CaseStepKind)}>
            {CASE_STEP_KINDS.map((k) => (
              <option key={k} value={k}>
                {stepText(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('timStepDate')}</span> <input type="date" name="on" required max={today} value={on} onInput={(e) => setOn((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          <span>{t('timStepNote')}</span> <input type="text" name="note" maxLength={5000} value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary mark-step-button" disabled={busy || !on}>
          {t('timMarkStep')}
        </button>
      </form>
      <form class="add-note stack" onSubmit={addNote}>
        <label>
          <span>{t('timNoteLabel')}</span>
          <textarea name="note" rows={2} maxLength={20000} value={freeNote} onInput={(e) => setFreeNote((e.target as HTMLTextAreaElement).value)} />
        </label>
        <button type="submit" class="add-note-button" disabled={busy || !freeNote.trim()}>
          {t('timAddNote')}
        </button>
      </form>
      <p role="status" class="ok status-message">{message.ok ?? ''}</p>
      {message.error && (
        <p class="error" role="alert">
          {message.error}
        </p>
      )}
    </section>
  );
}
