// One case's questionnaire state, shared by the popup, the side panel and the case page: loaded from the service
// worker, and every answer saved as it is given (`qualification.save`), so that any of the three frames reopened
// later resumes at the same question. Answers are kept in the order they were given: « Retour » removes the last one.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openFacts, RULESET_VERSION, type Answers, type AnswerValue, type FactId, type Qualification } from '../../../legal/index';
import type { CaseView } from '../../../messaging/protocol';
import { callBackground } from '../../../messaging/client';
import { errorText } from '../i18n';
import { runQualification, storedAnswers } from '../../manager/legal-context';

export interface CaseFlow {
  answers: Answers;
  exactDate?: string;
  q: Qualification;
  saveError?: string;
  /** Questions answered, and about how many in all (answered + still open: the count moves as answers decide labels). */
  progress: { done: number; total: number };
  onAnswer: (fact: FactId, value: AnswerValue, fromHint: boolean) => void;
  onExactDate: (date: string) => void;
  /** Takes back the last answer: its question is asked again. */
  back: () => void;
  restart: () => void;
}

/** The answers with `fact` moved to the end (answer order is what « Retour » walks back). */
function withAnswer(answers: Answers, fact: FactId, value: AnswerValue, fromHint: boolean): Answers {
  const next = { ...answers } as Record<string, unknown>;
  delete next[fact];
  next[fact] = { value, source: fromHint ? 'hint-confirmed' : 'doctor' };
  return next;
}

export function useCaseFlow(view: CaseView, onSaved?: () => void): CaseFlow {
  const [answers, setAnswers] = useState<Answers>(storedAnswers(view.qualification));
  const [exactDate, setExactDate] = useState<string | undefined>(view.qualification?.exactPublicationDate);
  const [saveError, setSaveError] = useState<string>();
  // Another frame (popup, side panel, case page) may have answered since: follow the stored state when it changes.
  // Our own saves come back through the reload: those are skipped (a later answer may already be on screen).
  const ours = useRef(new Set<string>());
  const savedAt = view.qualification?.savedAt;
  useEffect(() => {
    if (savedAt && ours.current.has(savedAt)) return;
    setAnswers(storedAnswers(view.qualification));
    setExactDate(view.qualification?.exactPublicationDate);
  }, [view.case.id, savedAt]);
  const q = useMemo(() => runQualification(view.exhibits, answers, exactDate), [answers, exactDate, view.exhibits]);

  const save = async (next: Answers, date: string | undefined) => {
    setAnswers(next);
    setExactDate(date);
    try {
      const stored = await callBackground('qualification.save', {
        caseId: view.case.id,
        rulesetVersion: RULESET_VERSION,
        answers: next,
        ...(date ? { exactPublicationDate: date } : {}),
        result: runQualification(view.exhibits, next, date),
      });
      ours.current.add(stored.savedAt);
      setSaveError(undefined);
      onSaved?.();
    } catch (e) {
      // The answer stays on screen; the next answer sends the whole set again.
      setSaveError(errorText(e));
    }
  };
  const done = Object.keys(answers).length;
  return {
    answers,
    exactDate,
    q,
    saveError,
    progress: { done, total: done + openFacts(answers, { exactPublicationDate: exactDate }).size },
    onAnswer: (fact, value, fromHint) => void save(withAnswer(answers, fact, value, fromHint), exactDate),
    onExactDate: (date) => void save(withAnswer(answers, 'date-publication-connue', 'yes', false), date),
    back: () => {
      const keys = Object.keys(answers);
      const last = keys.at(-1);
      if (!last) return;
      const next = { ...answers } as Record<string, unknown>;
      delete next[last];
      void save(next, last === 'date-publication-connue' ? undefined : exactDate);
    },
    restart: () => void save({}, undefined),
  };
}
