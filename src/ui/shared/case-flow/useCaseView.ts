// Loads one case (its record, exhibits, qualification) from the service worker and reloads it on demand: the popup,
// the side panel and the case page each call `reload` after a save, so every frame shows the stored state.
import { useEffect, useState } from 'preact/hooks';
import type { CaseView } from '../../../messaging/protocol';
import { callBackground } from '../../../messaging/client';
import { errorText } from '../i18n';

export function useCaseView(caseId: string): { view?: CaseView; error?: string; reload: () => void } {
  const [view, setView] = useState<CaseView>();
  const [error, setError] = useState<string>();
  const reload = () => void callBackground('cases.get', { caseId }).then(setView, (e: unknown) => setError(errorText(e)));
  useEffect(reload, [caseId]);
  return { view, error, reload };
}
