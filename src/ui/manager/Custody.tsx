// The case's custody log, as a bailiff reads it: every capture, qualification change, export and timestamp, in
// order, in plain words (« Capture de l'avis de Marc L. », « Dossier exporté : avise-….zip »), Paris time with UTC
// beside, and whether its hash chain is intact (the same check as the bundle verifier's). The raw entry stays in the
// row's tooltip and in the bundle's custody-log.jsonl.
import { useEffect, useState } from 'preact/hooks';
import { parisLong, utcShort } from '../../evidence/bundle/paris-time';
import { verifyCustodyChain } from '../../evidence/custody';
import { custodyActor, custodySentence } from '../../evidence/custody-text';
import { callBackground } from '../../messaging/client';
import type { CustodyEntry, Exhibit } from '../../shared/types';
import { t, uiLang } from '../shared/i18n';
import { plural } from '../shared/case-flow/Result';

export function CustodyLog({ caseId, version, exhibits = [] }: { caseId: string; version: unknown; exhibits?: Exhibit[] }) {
  const [entries, setEntries] = useState<CustodyEntry[]>();
  const [broken, setBroken] = useState<string | null>();
  useEffect(() => {
    callBackground('custody.list', { caseId }).then(async (list) => {
      setEntries(list);
      setBroken(await verifyCustodyChain(list));
    }, () => setEntries([]));
  }, [caseId, version]);
  if (!entries) return null;
  const lang = uiLang();
  const byId = new Map(exhibits.map((x) => [x.id, x]));
  return (
    <details class="block custody">
      <summary>
        {plural(entries.length, 'flowCustodyOne', 'flowCustodyOther')} —{' '}
        {broken ? <span class="error chain-broken">{t('cBroken', broken)}</span> : <span class="ok chain-ok">{t('cIntact')}</span>}
      </summary>
      <table class="hashes">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('rptCustodyAt')}</th>
            <th>{t('rptCustodyWhat')}</th>
            <th>{t('rptCustodyBy')}</th>
            <th>{t('cHash')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq} data-event={e.event} title={e.detail}>
              <td>{e.seq}</td>
              <td class="custody-at">
                {parisLong(e.at, lang)} <span class="muted mono nowrap">({utcShort(e.at)})</span>
              </td>
              <td class="custody-what">{custodySentence(e, lang, (id) => byId.get(id))}</td>
              <td>{custodyActor(e, lang)}</td>
              <td class="mono">{e.hash.slice(0, 16)}…</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
