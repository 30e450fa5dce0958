// The whole first case in a small frame (popup, side panel): the questions one at a time, then the result in three
// lines, then the reply (or the first document) and the export. The case page renders the same components in a
// larger frame. State lives in the service worker: this frame can close at any time and reopen where it was.
import { useEffect, useRef } from 'preact/hooks';
import { nextQuestion } from '../../../legal/index';
import type { CaseView } from '../../../messaging/protocol';
import { stars, t } from '../i18n';
import { firstExhibit } from '../../manager/legal-context';
import { Questionnaire } from './Questionnaire';
import { plural, ResultSummary } from './Result';
import { ExportAction, ReplyAction } from './DraftActions';
import { useCaseFlow } from './useCaseFlow';
import { useCaseView } from './useCaseView';

export const caseUrl = (caseId: string) => chrome.runtime.getURL(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`);

function Flow({ view, reload }: { view: CaseView; reload: () => void }) {
  const flow = useCaseFlow(view, reload);
  const exhibit = firstExhibit(view.exhibits)!;
  const done = !nextQuestion(flow.answers, { exactPublicationDate: flow.exactDate });
  // The result replaces the last question: focus goes to its heading, as it does to each new question's.
  const resultH = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (done) resultH.current?.focus();
  }, [done]);
  return (
    <div class="stack case-flow" data-case={view.case.id}>
      <div class="flow-review muted">
        <span class="author">{exhibit.review.author}</span>{' '}
        <span class="stars" aria-label={exhibit.review.rating !== undefined ? plural(exhibit.review.rating, 'w_starsOne', 'w_starsOther') : t('noRating')}>
          {stars(exhibit.review.rating)}
        </span>
      </div>
      {!done && <Questionnaire exhibit={exhibit} flow={flow} autoFocus />}
      {done && (
        <>
          <h2 class="flow-result-h" tabIndex={-1} ref={resultH}>
            {t('flowResultTitle')}
          </h2>
          <p class="ok questions-done">✓ {t('qDone')}</p>
          <ResultSummary q={flow.q} done />
          <ReplyAction exhibit={exhibit} q={flow.q} exactPublicationDate={flow.exactDate} />
          <ExportAction caseId={view.case.id} compact onExported={reload} />
          <button class="q-back" onClick={flow.back}>
            ← {t('flowBackToQuestions')}
          </button>
        </>
      )}
    </div>
  );
}

/** Loads a case and keeps it fresh after each save (the popup and the case page always show the same state). */
export function CaseFlowFrame({ caseId }: { caseId: string }) {
  const { view, error, reload } = useCaseView(caseId);
  if (error)
    return (
      <p class="error" role="alert">
        {t('errorPrefix')} : {error}
      </p>
    );
  if (!view) return <p class="muted">{t('popupLoading')}</p>;
  if (!view.exhibits.length) return null;
  return (
    <>
      <Flow view={view} reload={reload} key={view.case.id} />
      <p>
        <a class="open-case-full" href={caseUrl(caseId)} target="_blank" rel="noopener">
          {t('flowFullCase')}
        </a>
      </p>
    </>
  );
}
