// The guided questions: one question at a time (the first unknown fact that can still change an undecided label),
// the text hints the doctor confirms or rejects, and the result with its reasons, deadlines and next steps.
import { useMemo, useState } from 'preact/hooks';
import { CHOICES, hintsFor, nextQuestion, parisToday, QUESTIONS, type Answers, type AnswerValue, type FactId, type Hint, type Qualification, type ToVerify } from '../../legal/index';
import type { Exhibit } from '../../shared/types';
import { pick, t, uiLang } from '../shared/i18n';
import { replyHint } from './legal-context';

/** "2027-01-29" → "29/01/2027" in French, "29 Jan 2027" in English (calendar dates, no time zone shift). */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(uiLang() === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}

const STRENGTH: Record<string, string> = { probable: 'strengthProbable', possible: 'strengthPossible', 'a-confirmer-avocat': 'strengthLawyer' };

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

export function Questionnaire(props: { exhibit: Exhibit; answers: Answers; onAnswer: (fact: FactId, value: AnswerValue, fromHint: boolean) => void; onExactDate: (date: string) => void }) {
  const { exhibit, answers, onAnswer, onExactDate } = props;
  const lang = uiLang();
  // Text hints, plus the site's reply function as a hint only: the doctor answers whether they can reply.
  const hints = useMemo(() => [...hintsFor(exhibit.review), ...[replyHint(exhibit.source.adapterId)].filter((h): h is Hint => !!h)], [exhibit.id]);
  const q = nextQuestion(answers);
  const hint = q ? hints.find((h) => h.fact === q.fact) : undefined;
  if (!q) return <p class="ok questions-done">✓ {t('qDone')}</p>;
  return (
    <div class="card question stack" data-fact={q.fact}>
      <h3 class="q-prompt">{pick(q.prompt, lang)}</h3>
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
  );
}

/** A label « à vérifier »: it rests on « Je ne sais pas »; the one question that would settle it can be answered here. */
function ToVerifyItem({ item, answer, onAnswer }: { item: ToVerify; answer?: AnswerValue; onAnswer?: (fact: FactId, value: AnswerValue, fromHint: boolean) => void }) {
  const lang = uiLang();
  const [open, setOpen] = useState(false);
  const question = QUESTIONS.find((x) => x.fact === item.question);
  return (
    <li class="to-verify-item" data-label={item.label} data-fact={item.question}>
      <strong>{pick(item.title, lang)}</strong>
      {item.periodIfConfirmed ? <span class="muted"> · {t('stpToVerifyPeriod', pick(item.periodIfConfirmed, lang))}</span> : null}
      {question && (
        <div class="stack">
          <div>
            {t('stpToVerifyQuestion')} {pick(question.prompt, lang)}
            {answer === 'unknown' ? <span class="muted"> ({t('stpToVerifyYouSaid')})</span> : null}
          </div>
          {onAnswer && !open && (
            <div>
              <button class="to-verify-ask" onClick={() => setOpen(true)}>
                {t('stpToVerifyAsk')}
              </button>
            </div>
          )}
          {onAnswer && open && (
            <div class="card reask stack" data-fact={question.fact}>
              <p class="muted">{pick(question.help, lang)}</p>
              <div class="row answers" role="group" aria-label={pick(question.prompt, lang)}>
                {question.choices.map((c) => (
                  <button key={c.value} class={`reask-answer reask-${c.value}`} onClick={() => { setOpen(false); onAnswer(question.fact, c.value, false); }}>
                    {pick(c.label, lang)}
                  </button>
                ))}
              </div>
            </div>
          )}
        </div>
      )}
    </li>
  );
}

export function QualificationResult({ q, onAnswer }: { q: Qualification; onAnswer?: (fact: FactId, value: AnswerValue, fromHint: boolean) => void }) {
  const lang = uiLang();
  const toVerify = q.toVerify ?? [];
  return (
    <div class="stack result">
      {toVerify.length > 0 && q.labels.length > 0 && <h3 class="holds-title">{t('stpHoldsTitle')}</h3>}
      {toVerify.length > 0 && q.labels.length === 0 && <p class="nothing-holds">{t('stpNothingHolds')}</p>}
      {q.labels.map((l) => (
        <div class={`card label-result ${l.strength} ${l.label}`} key={l.label} data-label={l.label}>
          <h3>
            {pick(l.title, lang)} — <span class="strength">{t(STRENGTH[l.strength] ?? l.strength)}</span>
          </h3>
          <div class="muted">{t('qWhy')}</div>
          <ul class="trace">
            {l.trace.map((tr, i) => (
              <li key={i}>
                {QUESTIONS.find((x) => x.fact === tr.fact) ? pick(QUESTIONS.find((x) => x.fact === tr.fact)!.prompt, lang) : tr.fact} — <strong>{pick(CHOICES.find((c) => c.value === tr.answer)?.label, lang)}</strong> → {tr.article}
              </li>
            ))}
          </ul>
          {l.note && <p class="muted">{pick(l.note, lang)}</p>}
          <p class="sources muted">{l.sources.join(' · ')}</p>
        </div>
      ))}
      {q.flags.map((f) => (
        <div class="card notice flag" key={f.flag} data-flag={f.flag}>
          <strong>{pick(f.title, lang)}</strong> — {pick(f.note, lang)}
        </div>
      ))}
      {toVerify.length > 0 && (
        <div class="card to-verify">
          <h3>{t('stpToVerifyTitle')}</h3>
          <p class="muted">{t('stpToVerifyIntro')}</p>
          <ul>
            {toVerify.map((v) => (
              <ToVerifyItem key={v.label} item={v} answer={q.answers[v.question]?.value} onAnswer={onAnswer} />
            ))}
          </ul>
        </div>
      )}
      {q.deadlines.length > 0 && (
        <div class="card deadlines">
          <h3>{t('qDeadlines')}</h3>
          <ul>
            {q.deadlines.map((d) => (
              <li key={d.label} class={`deadline ${d.warning || d.expired ? 'warning' : ''}`} data-label={d.label}>
                {pick(d.title, lang)} : {d.period} ({d.basis}) —{' '}
                {d.expiresOn ? (d.expired ? t('qExpired', shortDate(d.expiresOn)) : t('qExpires', shortDate(d.expiresOn), String(d.daysLeft))) : t('qNoDate')}
                {d.toConfirm ? ` · ${t('qToConfirm')}` : ''}
                {d.startsOn && d.startIsEarliestPossible ? ` · ${t('qFromEarliest', shortDate(d.startsOn))}` : ''}
                {d.countsFromEdit ? ` · ${t('stpFromEdit')}` : ''}
                {d.note ? <div class="muted deadline-note">{pick(d.note, lang)}</div> : null}
              </li>
            ))}
          </ul>
          <p class="muted no-interruption">{pick(q.noInterruptionNotice, lang)}</p>
        </div>
      )}
      {q.steps.length > 0 && (
        <div class="card">
          <h3>{t('qSteps')}</h3>
          <ol class="steps">
            {q.steps.map((s) => (
              <li key={s.id} class={s.urgent ? 'urgent' : ''} data-step={s.id}>
                {pick(s.text, lang)}
                {s.categories?.length ? <span class="muted"> ({s.categories.join(', ')})</span> : null}
                {s.why ? (
                  <div class="muted step-why">
                    {t('stpWhy')} {pick(s.why, lang)}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

export function useAnswers(initial: Answers) {
  const [answers, setAnswers] = useState<Answers>(initial);
  return {
    answers,
    answer: (fact: FactId, value: AnswerValue, fromHint: boolean) => {
      const next = { ...answers, [fact]: { value, source: fromHint ? 'hint-confirmed' : 'doctor' } } as Answers;
      setAnswers(next);
      return next;
    },
    reset: () => {
      setAnswers({});
      return {};
    },
  };
}
