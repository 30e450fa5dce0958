// Case manager: the list of cases, and one case with its exhibits, qualification, drafts and export.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CaseRecord } from '../../shared/types';
import { t, errorText, uiLang } from '../shared/i18n';
import type { FunctionComponent } from 'preact';
import { calendarDate, dueText, insurerDays, stepText } from './CaseStatus';
import { currentStatus, dueItems, DUE_SOON_DAYS, isClosed, nextStep, type DueItem } from '../../evidence/case-status';
import { parisToday } from '../../legal/deadlines';
import { listCases } from '../../evidence/store-read';
import { readStore } from './data';
import { parisDay, plural } from '../shared/case-flow/Result';

function route(): { caseId?: string; verify?: boolean } {
  const h = new URLSearchParams(location.hash.slice(1));
  return { caseId: h.get('case') ?? undefined, verify: h.has('verify') };
}

type Filter = 'all' | 'open' | 'due' | 'closed';
/** Rows drawn at first (nearest deadlines first); the rest one click away, and the search looks through all. */
const PAGE = 100;

interface Row {
  c: CaseRecord;
  status: string;
  due: DueItem[];
  /** The nearest limitation deadline (the case list's « Délai »); the insurer's limit is shown beside it. */
  deadline?: DueItem;
  insurer?: DueItem;
  next?: string;
  closed: boolean;
  haystack: string;
}

function rowOf(c: CaseRecord, today: string, insurerDaysSetting: number | undefined): Row {
  const due = dueItems(c, today, { insurerDays: insurerDaysSetting });
  const status = stepText(currentStatus(c));
  const next = nextStep(c)?.[uiLang()];
  return {
    c,
    status,
    due,
    deadline: due.find((d) => d.kind === 'deadline'),
    insurer: due.find((d) => d.kind === 'insurer'),
    next,
    closed: isClosed(c),
    haystack: [c.title, c.listing.placeName ?? '', c.listing.url, status, ...(c.summary?.labels ?? [])].join(' ').toLocaleLowerCase(),
  };
}

function CaseDeadline({ row }: { row: Row }) {
  if (row.closed) return <span class="muted case-deadline">· {t('timClosed')}</span>;
  if (!row.c.summary) return <span class="muted case-deadline">· {t('mgrToQualify')}</span>;
  const d = row.deadline;
  if (!d) return <span class="muted case-deadline">· {t('mgrNoLiveDeadline')}</span>;
  return (
    <span class={`case-deadline ${d.daysLeft < 30 ? 'deadline warning' : ''}`}>
      · {t('sDeadline')} {calendarDate(d.expiresOn)} ({t('mgrDaysLeft', String(d.daysLeft))})
    </span>
  );
}

/**
 * The case list: every case read in ONE readonly transaction (the summary stored on each case; days left recomputed
 * from its dates), nearest deadline first, with a search field and a filter. No per-row call, no legal engine run.
 */
function CaseList() {
  // The cases and the insurer's limit arrive together: the rows are computed and drawn once, not twice.
  const [loaded, setLoaded] = useState<{ cases: CaseRecord[]; days?: number }>();
  const cases = loaded?.cases;
  const days = loaded?.days;
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<string[]>([]);
  const [exported, setExported] = useState<{ fileName?: string; error?: string; busy?: boolean }>({});
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const exportSelected = async () => {
    setExported({ busy: true });
    try {
      const { exportAndDownload } = await import('./export');
      setExported({ fileName: (await exportAndDownload(selected)).fileName });
    } catch (e) {
      setExported({ error: errorText(e) });
    }
  };
  useEffect(() => {
    performance.mark('caselist-read-start');
    const read = readStore(() => listCases()).then(
      (cs) => {
        performance.mark('caselist-read-end');
        return cs;
      },
      () => [],
    );
    void Promise.all([read, insurerDays()]).then(([cs, d]) => setLoaded({ cases: cs, days: d }));
  }, []);
  const today = parisToday();
  const rows = useMemo(() => {
    const all = (cases ?? []).map((c) => rowOf(c, today, days));
    // Nearest dated item first; cases with nothing dated after, newest first (listCases order, kept by a stable sort).
    return all.sort((a, b) => (a.closed === b.closed ? (a.due[0]?.daysLeft ?? Infinity) - (b.due[0]?.daysLeft ?? Infinity) || 0 : a.closed ? 1 : -1));
  }, [cases, days, today]);
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return rows.filter((r) => {
      if (filter === 'open' && r.closed) return false;
      if (filter === 'closed' && !r.closed) return false;
      if (filter === 'due' && !r.due.some((d) => d.daysLeft <= DUE_SOON_DAYS)) return false;
      return !q || r.haystack.includes(q);
    });
  }, [rows, query, filter]);
  if (!cases) return null;
  const dueSoon = rows.filter((r) => r.due.some((d) => d.daysLeft <= DUE_SOON_DAYS)).length;
  return (
    <section class="block">
      <h1 class="list-title">{t('mgrCases')}</h1>
      {cases.length === 0 && <p class="muted">{t('mgrNoCases')}</p>}
      {dueSoon > 0 && (
        <p class="notice due-summary" role="status">
          {plural(dueSoon, 'w_dueSoonOne', 'w_dueSoonOther')}
        </p>
      )}
      {cases.length > 0 && (
        <div class="row case-filters">
          <label>
            <span>{t('timSearch')}</span>{' '}
            <input type="search" name="q" class="case-search" value={query} onInput={(e) => {
                setQuery((e.target as HTMLInputElement).value);
                setLimit(PAGE);
              }} />
          </label>
          <label>
            <span>{t('timFilter')}</span>{' '}
            <select name="filter" class="case-filter" value={filter} onChange={(e) => {
                setFilter((e.target as HTMLSelectElement).value as Filter);
                setLimit(PAGE);
              }}>
              <option value="all">{t('timFilterAll')}</option>
              <option value="open">{t('timFilterOpen')}</option>
              <option value="due">{t('timFilterDue')}</option>
              <option value="closed">{t('timFilterClosed')}</option>
            </select>
          </label>
          <span class="muted case-count" aria-live="polite">
            {t('timShown', String(shown.length), String(rows.length))}
          </span>
        </div>
      )}
      <ul class="case-list">
        {shown.slice(0, limit).map(({ c, ...r }) => (
          <li key={c.id} class={`case-row${r.due[0] && r.due[0].daysLeft <= DUE_SOON_DAYS ? ' due-soon' : ''}`} data-case={c.id}>
            <input type="checkbox" id={`sel-${c.id}`} checked={selected.includes(c.id)} onChange={(e) => toggle(c.id, (e.target as HTMLInputElement).checked)} aria-label={t('mgrSelect', c.title)} />{' '}
            <a href={`#case=${encodeURIComponent(c.id)}`}>{c.title}</a> <span class="muted">— {calendarDate(parisDay(c.createdAt))} · {plural(c.exhibitIds.length, 'flowExhibitCountOne', 'flowExhibitCountOther')}</span>{' '}
            <span class="case-status-tag">{r.status}</span> <CaseDeadline row={{ c, ...r }} />
            {r.insurer && <span class={`case-insurer${r.insurer.daysLeft <= DUE_SOON_DAYS ? ' deadline warning' : ''}`}> · {dueText(r.insurer)}</span>}
            {r.next && (
              <div class="case-next muted">
                {t('timNextStep')} {r.next}
              </div>
            )}
          </li>
        ))}
      </ul>
      {shown.length > limit && (
        <p>
          <button type="button" class="show-more" onClick={() => setLimit((l) => l + PAGE)}>
            {`${plural(Math.min(PAGE, shown.length - limit), 'w_showMoreOne', 'w_showMoreOther')} ${plural(shown.length - limit, 'w_leftOne', 'w_leftOther')}`}
          </button>
        </p>
      )}
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

/**
 * The case page and the verifier are loaded on demand: the case list (the page opened first) is drawn from a small
 * chunk, without parsing pdf-lib, the verifier or the case page's components first (issue 11: list ≤ 300 ms).
 */
function useLazy<P>(load: () => Promise<FunctionComponent<P>>, wanted: boolean): FunctionComponent<P> | undefined {
  const [C, setC] = useState<{ C: FunctionComponent<P> }>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (wanted && !C) load().then((c) => setC({ C: c }), (e) => setError(errorText(e)));
  }, [wanted]);
  if (error) return () => <p class="error" role="alert">{error}</p>;
  return C?.C;
}

function App() {
  const [r, setR] = useState(route());
  useEffect(() => {
    const on = () => setR(route());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const CasePage = useLazy(() => import('./CasePage').then((m) => m.CasePage), !!r.caseId && !r.verify);
  const VerifyPanel = useLazy(() => import('./VerifyPanel').then((m) => m.VerifyPanel), !!r.verify);
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
      <main>{r.verify ? VerifyPanel && <VerifyPanel /> : r.caseId ? CasePage && <CasePage caseId={r.caseId} /> : <CaseList />}</main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
