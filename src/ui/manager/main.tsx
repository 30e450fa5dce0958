// Case manager: the list of cases, and one case with its exhibits, qualification, drafts and export.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '../../messaging/client';
import type { CaseView } from '../../messaging/protocol';
import type { CaseRecord } from '../../shared/types';
import { t, errorText } from '../shared/i18n';
import { ExhibitView } from './Exhibits';
import { CaseTools } from './CaseTools';
import { VerifyPanel } from './VerifyPanel';
import { exportAndDownload } from './export';
import { CustodyLog } from './Custody';
import { runQualification, storedAnswers } from './legal-context';
import { shortDate } from './QualifyPanel';
import { plural } from '../shared/case-flow/Result';
import type { Qualification } from '../../legal/index';

function route(): { caseId?: string; verify?: boolean } {
  const h = new URLSearchParams(location.hash.slice(1));
  return { caseId: h.get('case') ?? undefined, verify: h.has('verify') };
}

/** The case's shortest live deadline, recomputed today from its stored answers (days left change every day). */
function CaseDeadline({ caseId }: { caseId: string }) {
  const [state, setState] = useState<{ q?: Qualification; qualified: boolean }>();
  useEffect(() => {
    callBackground('cases.get', { caseId }).then(
      (v) => setState({ qualified: !!v.qualification, q: v.qualification ? runQualification(v.exhibits, storedAnswers(v.qualification), v.qualification.exactPublicationDate) : undefined }),
      () => setState({ qualified: false }),
    );
  }, [caseId]);
  if (!state) return null;
  if (!state.qualified) return <span class="muted case-deadline">· {t('mgrToQualify')}</span>;
  const d = state.q?.shortestLiveDeadline;
  if (!d?.expiresOn) return <span class="muted case-deadline">· {t('mgrNoLiveDeadline')}</span>;
  return (
    <span class={`case-deadline ${d.warning ? 'deadline warning' : ''}`}>
      · {t('sDeadline')} {shortDate(d.expiresOn)} ({t('mgrDaysLeft', String(d.daysLeft))})
    </span>
  );
}

function CaseList() {
  const [cases, setCases] = useState<CaseRecord[]>();
  const [selected, setSelected] = useState<string[]>([]);
  const [exported, setExported] = useState<{ fileName?: string; error?: string; busy?: boolean }>({});
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const exportSelected = async () => {
    setExported({ busy: true });
    try {
      setExported({ fileName: (await exportAndDownload(selected)).fileName });
    } catch (e) {
      setExported({ error: errorText(e) });
    }
  };
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
          <li key={c.id} class="case-row">
            <input type="checkbox" id={`sel-${c.id}`} checked={selected.includes(c.id)} onChange={(e) => toggle(c.id, (e.target as HTMLInputElement).checked)} aria-label={t('mgrSelect', c.title)} />{' '}
            <a href={`#case=${encodeURIComponent(c.id)}`}>{c.title}</a> <span class="muted">— {c.createdAt.slice(0, 10)} · {plural(c.exhibitIds.length, 'flowExhibitCountOne', 'flowExhibitCountOther')}</span>{' '}
            <CaseDeadline caseId={c.id} />
          </li>
        ))}
      </ul>
      {cases.length > 0 && (
        <div class="row">
          <button class="primary export-selected" disabled={!selected.length || exported.busy} onClick={exportSelected}>
            {t('mgrExportSelected', String(selected.length))}
          </button>
          {exported.fileName && <span class="ok exported" role="status">✓ {t('xDone', exported.fileName)}</span>}
          {exported.error && <span class="error" role="alert">{exported.error}</span>}
        </div>
      )}
    </section>
  );
}

function CasePage({ caseId }: { caseId: string }) {
  const [view, setView] = useState<CaseView>();
  const [error, setError] = useState<string>();
  const reload = () => callBackground('cases.get', { caseId }).then(setView, (e: unknown) => setError(errorText(e)));
  useEffect(() => {
    void reload();
  }, [caseId]);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!view) return null;
  return (
    <>
      <h1 class="case-title">{view.case.title}</h1>
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
