// One case: its exhibits, status, qualification, drafts, export and custody log. Loaded on demand by main.tsx.
import { t } from '../shared/i18n';
import { ExhibitView } from './Exhibits';
import { CaseTools } from './CaseTools';
import { CustodyLog } from './Custody';
import { CaseStatus } from './CaseStatus';
import { useCaseView } from '../shared/case-flow/useCaseView';
import { SeriesPanel } from '../series/PatternView';

export function CasePage({ caseId }: { caseId: string }) {
  const { view, error, reload } = useCaseView(caseId);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!view) return null;
  return (
    <>
      <h1 class="case-title">{view.case.title}</h1>
      <SeriesPanel caseId={caseId} exhibits={view.exhibits} />
      <CaseStatus view={view} onSaved={reload} />
      <CaseTools view={view} onSaved={reload}>
        <section class="block stack" aria-label={t('flowExhibitsSection')}>
          {view.exhibits.map((e) => (
            <ExhibitView exhibit={e} key={e.id} onChanged={reload} />
          ))}
        </section>
      </CaseTools>
      <CustodyLog caseId={caseId} version={view} exhibits={view.exhibits} />
    </>
  );
}
