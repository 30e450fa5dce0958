// The full result on the case page: each label with its « Pourquoi » in three lines at most (the full trace folded),
// the labels « à vérifier », the deadlines and the next steps. The questions themselves and the three-line summary
// are the shared components of src/ui/shared/case-flow/.
import { useState } from 'preact/hooks';
import { CHOICES, QUESTIONS, type AnswerValue, type FactId, type Qualification, type ToVerify, type TraceItem } from '../../legal/index';
import { pick, t, uiLang } from '../shared/i18n';

export { shortDate } from '../shared/case-flow/Result';
import { plural, shortDate } from '../shared/case-flow/Result';

function TraceLine({ tr }: { tr: TraceItem }) {
  const lang = uiLang();
  const question = QUESTIONS.find((x) => x.fact === tr.fact);
  return (
    <>
      {question ? pick(question.prompt, lang) : tr.fact} — <strong>{pick(CHOICES.find((c) => c.value === tr.answer)?.label, lang)}</strong> → {tr.article}
    </>
  );
}

/** « Pourquoi » in three lines at most: the answers that carry the label first (« Oui »), one line each. */
function WhyShort({ trace }: { trace: TraceItem[] }) {
  const lines = [...trace.filter((x) => x.answer === 'yes'), ...trace.filter((x) => x.answer !== 'yes')].slice(0, 3);
  return (
    <div class="why-short">
      <div class="muted">{t('qWhy')}</div>
      <ul class="why-lines">
        {lines.map((tr, i) => (
          <li key={i}>
            <TraceLine tr={tr} />
          </li>
        ))}
      </ul>
    </div>
  );
}

const STRENGTH: Record<string, string> = { probable: 'strengthProbable', possible: 'strengthPossible', 'a-confirmer-avocat': 'strengthLawyer' };

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
          <WhyShort trace={l.trace} />
          <details class="trace-full">
            <summary>{t('flowFullTrace')}</summary>
            <ul class="trace">
              {l.trace.map((tr, i) => (
                <li key={i}>
                  <TraceLine tr={tr} />
                </li>
              ))}
            </ul>
          </details>
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
                {d.expiresOn ? (d.expired ? t('qExpired', shortDate(d.expiresOn)) : plural(d.daysLeft ?? 0, 'w_qExpiresOne', 'w_qExpiresOther', shortDate(d.expiresOn))) : t('qNoDate')}
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
