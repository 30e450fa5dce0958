// The guided questions, one at a time (the first unknown fact that can still change an undecided label), with the
// text hints the doctor confirms or rejects, « Je ne sais pas », a way back and the progress. The same component
// runs in the popup, the side panel and the case page. When a new question replaces the previous one, focus moves
// to its heading (never onto an answer: a double Enter must not answer the next question) and a live region
// announces it. Review text is hostile: marked with text slices, never HTML.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { hintsFor, nextQuestion, parisToday, type Hint } from '../../../legal/index';
import type { Exhibit } from '../../../shared/types';
import { pick, t, uiLang } from '../i18n';
import { replyHint } from '../../manager/legal-context';
import type { CaseFlow } from './useCaseFlow';

/** The review text with the hint's matched words marked — built from text slices, never from HTML. */
function Marked({ text, hint }: { text: string; hint: Hint }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const m of [...hint.matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start), <mark key={m.start}>{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  parts.push(text.slice(at));
  return <blockquote class="review-quote">{parts}</blockquote>;
}

/** The exact first-publication date: the doctor may know it (an alert e-mail, a screenshot) better than « il y a 2 mois ». */
function ExactDate({ onDate }: { onDate: (date: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <div class="row exact-date">
      <label>
        {t('qExactDate')} <input type="date" class="exact-date-input" value={value} max={parisToday()} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
      </label>
      <button class="exact-date-ok" disabled={!/^\d{4}-\d{2}-\d{2}$/.test(value)} onClick={() => onDate(value)}>
        {t('qExactDateOk')}
      </button>
    </div>
  );
}

export function Questionnaire({ exhibit, flow, autoFocus = false }: { exhibit: Exhibit; flow: CaseFlow; /** Focus the first question too (the popup and side panel open on it). */ autoFocus?: boolean }) {
  const { answers, onAnswer, onExactDate, progress } = flow;
  const lang = uiLang();
  // Text hints, plus the site's reply function as a hint only: the doctor answers whether they can reply.
  const hints = useMemo(() => [...hintsFor(exhibit.review), ...[replyHint(exhibit.source.adapterId)].filter((h): h is Hint => !!h)], [exhibit.id]);
  const q = nextQuestion(answers, { exactPublicationDate: flow.exactDate });
  const hint = q ? hints.find((h) => h.fact === q.fact) : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null | undefined>(undefined);
  const [announce, setAnnounce] = useState('');
  const position = t('flowProgress', String(Math.min(progress.done + 1, progress.total)), String(progress.total));
  useEffect(() => {
    const fact = q?.fact ?? null;
    const first = shown.current === undefined;
    if (shown.current === fact) return;
    shown.current = fact;
    if (first && !autoFocus) return;
    if (q) {
      heading.current?.focus();
      setAnnounce(`${position} — ${pick(q.prompt, lang)}`);
    } else setAnnounce(t('qDone'));
  }, [q?.fact]);

  const live = (
    <p class="visually-hidden q-live" role="status" aria-live="polite">
      {announce}
    </p>
  );
  if (!q)
    return (
      <div class="stack">
        {live}
        <p class="ok questions-done">✓ {t('qDone')}</p>
        {progress.done > 0 && (
          <button class="q-back" onClick={flow.back}>
            ← {t('flowBackToQuestions')}
          </button>
        )}
      </div>
    );
  return (
    <div class="stack">
      {live}
      <div class="card question stack" data-fact={q.fact}>
        <div class="row q-head">
          <span class="q-progress muted" aria-label={t('flowProgressLabel', String(Math.min(progress.done + 1, progress.total)), String(progress.total))}>
            {position}
          </span>
          {progress.done > 0 && (
            <button class="q-back" onClick={flow.back}>
              ← {t('flowBack')}
            </button>
          )}
        </div>
        <h3 class="q-prompt" tabIndex={-1} ref={heading}>
          {pick(q.prompt, lang)}
        </h3>
        <p class="muted">{pick(q.help, lang)}</p>
        <p class="example muted">
          {t('qExample')} : {pick(q.example, lang)}
        </p>
        {hint && (
          <div class="hint notice stack">
            <div>
              {t('qHint')} : {pick(hint.why, lang)}
            </div>
            {hint.matches.length > 0 && <Marked text={exhibit.review.text} hint={hint} />}
            <div class="row">
              <button class="hint-confirm" onClick={() => onAnswer(q.fact, hint.proposed, true)}>
                {t('qHintConfirm')}
              </button>
              <span class="muted">{t('qHintOr')}</span>
            </div>
          </div>
        )}
        {q.fact === 'date-publication-connue' && <ExactDate onDate={onExactDate} />}
        <div class="row answers" role="group" aria-label={pick(q.prompt, lang)}>
          {q.choices.filter((c) => q.fact !== 'date-publication-connue' || c.value !== 'yes').map((c) => (
            <button key={c.value} class={`answer answer-${c.value}`} onClick={() => onAnswer(q.fact, c.value, false)}>
              {pick(c.label, lang)}
            </button>
          ))}
        </div>
      </div>
      {flow.saveError && <p class="error" role="alert">{t('flowSaveFailed')} ({flow.saveError})</p>}
    </div>
  );
}
