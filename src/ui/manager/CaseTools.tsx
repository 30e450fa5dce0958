// One case's work: qualify (guided questions → labels, deadlines, steps), draft the answers, export the bundle.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { RULESET_VERSION, type Answers, type AnswerValue, type FactId, type Qualification } from '../../legal/index';
import type { ComponentChildren } from 'preact';
import type { CaseView } from '../../messaging/protocol';
import { callBackground } from '../../messaging/client';
import { pick, t, uiLang, errorText } from '../shared/i18n';
import { shortDate } from './QualifyPanel';
import { DraftsPanel } from './DraftsPanel';
import { QualificationResult, Questionnaire, useAnswers } from './QualifyPanel';
import { firstExhibit, runQualification, storedAnswers } from './legal-context';
import { exportAndDownload } from './export';
import { bundleFingerprint, type BundleFingerprint } from '../../evidence/bundle/fingerprint';
import { latestBundleFingerprint } from './bundle-fingerprint';

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

function ExportPanel({ caseId, onExported }: { caseId: string; onExported: () => void }) {
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
      onExported();
    } catch (e) {
      setState({ error: errorText(e) });
    }
  };
  return (
    <section class="block stack" aria-labelledby="export-h">
      <h2 id="export-h">{t('xTitle')}</h2>
      <p class="muted">{t('xHelp')}</p>
      <div class="row">
        <button class="primary export" disabled={state.busy} onClick={run}>
          {state.busy ? t('xBusy') : t('xButton')}
        </button>
      </div>
      {state.done && (
        <div class="ok exported" role="status" data-bytes={state.done.size}>
          <p>✓ {t('xDone', state.done.fileName)}</p>
          <Fingerprint fp={bundleFingerprint(state.done.sha256)} label={t('vfyQuoteFingerprint')} />
          <p class="muted">{t('vfyFingerprintHow')}</p>
        </div>
      )}
      {!state.done && previous && (
        <div class="previous-export">
          <Fingerprint fp={previous} label={t('vfyLastExport', shortDate(previous.at.slice(0, 10)))} />
        </div>
      )}
      {state.error && <p class="error" role="alert">{state.error}</p>}
    </section>
  );
}

/** What a doctor under stress needs first: the shortest live deadline and the first step, above everything else. */
function Summary({ q }: { q: Qualification }) {
  const lang = uiLang();
  const d = q.shortestLiveDeadline;
  const first = q.steps[0];
  if (!q.labels.length && !d) return null;
  return (
    <div class={`card summary ${d?.warning ? 'urgent' : ''}`} role="status">
      {d && d.expiresOn && (
        <div class="summary-deadline">
          <strong>{t('sDeadline')}</strong> {pick(d.title, lang)} — {t('qExpires', shortDate(d.expiresOn), String(d.daysLeft))}
        </div>
      )}
      {first && (
        <div class="summary-step">
          <strong>{t('sFirstStep')}</strong> {pick(first.text, lang)}
        </div>
      )}
    </div>
  );
}

export function CaseTools({ view, onSaved, children }: { view: CaseView; onSaved: () => void; children?: ComponentChildren }) {
  const exhibit = firstExhibit(view.exhibits);
  const { answers, answer, reset } = useAnswers(storedAnswers(view.qualification));
  const [saveError, setSaveError] = useState<string>();
  const [exactDate, setExactDate] = useState<string | undefined>(view.qualification?.exactPublicationDate);
  const [exports, setExports] = useState(0);
  const q = useMemo(() => runQualification(view.exhibits, answers, exactDate), [answers, exactDate, view.exhibits]);
  if (!exhibit) return null;

  const save = async (next: Answers, date = exactDate) => {
    try {
      await callBackground('qualification.save', {
        caseId: view.case.id,
        rulesetVersion: RULESET_VERSION,
        answers: next,
        ...(date ? { exactPublicationDate: date } : {}),
        result: runQualification(view.exhibits, next, date),
      });
      setSaveError(undefined);
      onSaved();
    } catch (e) {
      setSaveError(errorText(e));
    }
  };
  const onAnswer = (fact: FactId, value: AnswerValue, fromHint: boolean) => void save(answer(fact, value, fromHint));
  const onExactDate = (date: string) => {
    setExactDate(date);
    void save(answer('date-publication-connue', 'yes', false), date);
  };

  return (
    <>
      <Summary q={q} />
      {children}
      <section class="block stack" aria-labelledby="qualify-h">
        <div class="row">
          <h2 id="qualify-h">{t('qTitle')}</h2>
          {Object.keys(answers).length > 0 && (
            <button
              class="restart"
              onClick={() => {
                setExactDate(undefined);
                void save(reset(), undefined);
              }}
            >
              {t('qRestart')}
            </button>
          )}
        </div>
        <p class="muted">{t('qIntro')}</p>
        <Questionnaire exhibit={exhibit} answers={answers} onAnswer={onAnswer} onExactDate={onExactDate} />
        {saveError && <p class="error" role="alert">{saveError}</p>}
        <QualificationResult q={q} onAnswer={onAnswer} />
        <p class="muted disclaimer">{t('qDisclaimer', RULESET_VERSION)}</p>
      </section>
      <section class="block stack" aria-labelledby="drafts-h">
        <h2 id="drafts-h">{t('dTitle')}</h2>
        <DraftsPanel exhibit={exhibit} qualification={q} exactPublicationDate={exactDate} exports={exports} />
      </section>
      <ExportPanel
        caseId={view.case.id}
        onExported={() => {
          setExports((n) => n + 1);
          onSaved();
        }}
      />
    </>
  );
}
