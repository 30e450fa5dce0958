// The case's custody log, as a bailiff reads it: every capture, qualification change, export and timestamp, in
// order, and whether its hash chain is intact (the same check as the bundle verifier's).
import { useEffect, useState } from 'preact/hooks';
import { verifyCustodyChain } from '../../evidence/custody';
import { callBackground } from '../../messaging/client';
import type { CustodyEntry } from '../../shared/types';
import { t } from '../shared/i18n';

export function CustodyLog({ caseId, version }: { caseId: string; version: unknown }) {
  const [entries, setEntries] = useState<CustodyEntry[]>();
  const [broken, setBroken] = useState<string | null>();
  useEffect(() => {
    callBackground('custody.list', { caseId }).then(async (list) => {
      setEntries(list);
      setBroken(await verifyCustodyChain(list));
    }, () => setEntries([]));
  }, [caseId, version]);
  if (!entries) return null;
  return (
    <details class="block custody">
      <summary>
        {t('cTitle', String(entries.length))} —{' '}
        {broken ? <span class="error chain-broken">{t('cBroken', broken)}</span> : <span class="ok chain-ok">{t('cIntact')}</span>}
      </summary>
      <table class="hashes">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('cAt')}</th>
            <th>{t('cEvent')}</th>
            <th>{t('cDetail')}</th>
            <th>{t('cHash')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq} data-event={e.event}>
              <td>{e.seq}</td>
              <td class="mono nowrap">{e.at.replace("T", " ").replace("Z", "")}</td>
              <td>
                {e.event} ({e.actor})
              </td>
              <td>{e.detail}</td>
              <td class="mono">{e.hash.slice(0, 16)}…</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
