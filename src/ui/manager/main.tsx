// Case manager: the list of cases, and one case with its exhibits, qualification, drafts and export.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../../messaging/client';
import type { CaseView } from '../../messaging/protocol';
import type { CaseRecord } from '../../shared/types';
import { t } from '../shared/i18n';
import { ExhibitView } from './Exhibits';
import { CaseTools } from './CaseTools';
import { VerifyPanel } from './VerifyPanel';

function route(): { caseId?: string; verify?: boolean } {
  const h = new URLSearchParams(location.hash.slice(1));
  return { caseId: h.get('case') ?? undefined, verify: h.has('verify') };
}

function CaseList() {
  const [cases, setCases] = useState<CaseRecord[]>();
  useEffect(() => {
    callBackground('cases.list', {}).then(setCases, () => setCases([]));
  }, []);
  if (!cases) return null;
  return (
    <section class="block">
      <h2>{t('mgrCases')}</h2>
      {cases.length === 0 && <p class="muted">{t('mgrNoCases')}</p>}
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <a href={`#case=${encodeURIComponent(c.id)}`}>{c.title}</a> <span class="muted">— {c.createdAt.slice(0, 10)} · {c.exhibitIds.length} {t('mgrExhibits')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CasePage({ caseId }: { caseId: string }) {
  const [view, setView] = useState<CaseView>();
  const [error, setError] = useState<string>();
  const reload = () => callBackground('cases.get', { caseId }).then(setView, (e: Error) => setError(e.message));
  useEffect(() => {
    void reload();
  }, [caseId]);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!view) return null;
  return (
    <>
      <h1 class="case-title">{view.case.title}</h1>
      <section class="block stack" aria-label={t('mgrExhibits')}>
        {view.exhibits.map((e) => (
          <ExhibitView exhibit={e} key={e.id} />
        ))}
      </section>
      <CaseTools view={view} onSaved={reload} />
    </>
  );
}

function App() {
  const [r, setR] = useState(route());
  useEffect(() => {
    const on = () => setR(route());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return (
    <>
      <header class="top">
        <img src="/icons/icon-48.png" alt="" />
        <strong>Avisé</strong>
        <nav>
          <a href="#">{t('mgrCases')}</a>
          <a href="#verify">{t('mgrVerify')}</a>
        </nav>
      </header>
      <main>{r.verify ? <VerifyPanel /> : r.caseId ? <CasePage caseId={r.caseId} /> : <CaseList />}</main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
