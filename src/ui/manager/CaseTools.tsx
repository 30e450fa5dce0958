// One case's work on the case page: the summary first, then qualify (guided questions → labels, deadlines, steps),
// draft the answers, export the bundle. The questionnaire, the three-line result and the export are the shared
// components of src/ui/shared/case-flow/ (the popup and the side panel render the same ones).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { nextQuestion, RULESET_VERSION } from '../../legal/index';
import type { CaseView } from '../../messaging/protocol';
import { t } from '../shared/i18n';
import { DraftsPanel } from './DraftsPanel';
import { QualificationResult } from './QualifyPanel';
import { firstExhibit } from './legal-context';
import { Questionnaire } from '../shared/case-flow/Questionnaire';
import { ResultSummary } from '../shared/case-flow/Result';
import { ExportAction } from '../shared/case-flow/DraftActions';
import { useCaseFlow } from '../shared/case-flow/useCaseFlow';

export function CaseTools({ view, onSaved, children }: { view: CaseView; onSaved: () => void; children?: ComponentChildren }) {
  const exhibit = firstExhibit(view.exhibits);
  const flow = useCaseFlow(view, onSaved);
  const [exports, setExports] = useState(0);
  if (!exhibit) return null;
  const { answers, q } = flow;
  const done = !nextQuestion(answers, { exactPublicationDate: flow.exactDate });

  return (
    <>
      <ResultSummary q={q} done={done} />
      {children}
      <section class="block stack" aria-labelledby="qualify-h">
        <div class="row">
          <h2 id="qualify-h">{t('qTitle')}</h2>
          {Object.keys(answers).length > 0 && (
            <button class="restart" onClick={flow.restart}>
              {t('qRestart')}
            </button>
          )}
        </div>
        <p class="muted">{t('qIntro')}</p>
        <Questionnaire exhibit={exhibit} flow={flow} />
        <QualificationResult q={q} onAnswer={flow.onAnswer} />
        <p class="muted disclaimer">{t('qDisclaimer', RULESET_VERSION)}</p>
      </section>
      <section class="block stack" aria-labelledby="drafts-h">
        <h2 id="drafts-h">{t('dTitle')}</h2>
        <DraftsPanel exhibit={exhibit} qualification={q} exactPublicationDate={flow.exactDate} exports={exports} />
      </section>
      <ExportAction
        caseId={view.case.id}
        onExported={() => {
          setExports((n) => n + 1);
          onSaved();
        }}
      />
    </>
  );
}
