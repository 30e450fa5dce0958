// ONE-OFF generator (run at commit "store fixture v2", then removed): writes a store with the store code of DB
// version 2 and dumps it to test/fixtures/store/avise-v2.json for the migration test.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { appendCustody, commitCapture, putDraft, putJob, putQualification, setExhibitTimestamps, setMeta, DB_NAME, DB_VERSION } from '../../src/evidence/store';
import { sealExhibit } from '../../src/evidence/seal';
import { buildSampleCase } from '../helpers/sample-case';
import { dumpDb } from '../helpers/idb-dump';
import { play } from '../fixtures/legal/scenario';

it('writes the v2 store fixture', async () => {
  for (const [caseId, n] of [['case-google-maps-aaa', 2], ['case-trustpilot-bbb', 1]] as const) {
    const { input, blobs } = await buildSampleCase({ caseId, exhibits: n });
    for (const sample of input.exhibits) {
      const { seal: _s, ...rest } = sample;
      const ex = caseId === 'case-google-maps-aaa' ? sample : await sealExhibit({ ...rest, id: `${rest.id}-b`, source: { ...rest.source, adapterId: 'trustpilot', url: 'https://www.trustpilot.com/review/x' } });
      await commitCapture({
        blobs: ex.artefacts.map((a) => ({ sha256: a.sha256, bytes: blobs.get(a.sha256)!, mediaType: a.mediaType })),
        caseRecord: (existing) => existing ?? { ...input.cases[0], exhibitIds: [] },
        makeExhibit: async () => ex,
        custody: (e) => ({ at: e.capturedAt.startUtc, actor: 'extension', event: 'capture', caseId, exhibitId: e.id, detail: `seal ${e.seal}` }),
      });
    }
  }
  const caseId = 'case-google-maps-aaa';
  const { answers, q } = play({ 'fait-precis': 'yes', 'terme-infraction': 'yes', 'auteur-identifie': 'yes' });
  await putQualification({ caseId, savedAt: '2026-11-22T10:00:00.000Z', rulesetVersion: q.rulesetVersion, answers, exactPublicationDate: '2026-10-03', result: q });
  await appendCustody(caseId, { at: '2026-11-22T10:00:00.000Z', actor: 'user', event: 'qualify', caseId, detail: `qualification (ruleset ${q.rulesetVersion}): ${q.labels.map((l) => `${l.label} (${l.strength})`).join(', ')}` });
  await putDraft(
    { caseId, kind: 'mise-en-demeure', lang: 'fr', body: 'Madame, Monsieur,\nJe vous mets en demeure…', recipient: { civility: 'M.', name: 'Jean Dupont', address: '1 rue de la Paix\n75002 Paris' }, facts: { discoveredOn: '2026-11-19', harm: 'Perte de patients' }, savedAt: '2026-11-22T10:05:00.000Z' },
    { at: '2026-11-22T10:05:00.000Z', actor: 'user', event: 'draft', caseId, detail: 'Brouillon modifié / draft edited : Mise en demeure (fr)' },
  );
  await putDraft(
    { caseId, kind: 'reponse-publique', lang: 'en', savedAt: '2026-11-22T10:06:00.000Z', recipient: { name: 'Google' } },
    { at: '2026-11-22T10:06:00.000Z', actor: 'user', event: 'draft', caseId, detail: 'Destinataire modifié / recipient edited : Réponse publique (en)' },
  );
  await setExhibitTimestamps('ex-001', undefined, [{ tsaUrl: 'https://freetsa.org/tsr', status: 'pending', imprint: '00', requestedAt: '2026-11-22T10:07:00.000Z', error: 'network: offline' }], { at: '2026-11-22T10:07:00.000Z', actor: 'extension', event: 'timestamp', caseId, detail: 'https://freetsa.org/tsr: pending' });
  await appendCustody(caseId, { at: '2026-11-22T10:10:00.000Z', actor: 'user', event: 'export', caseId, detail: 'bundle avise-case.zip exported; SHA-256 of its tagmanifest-sha256.txt ' + 'ab'.repeat(32) });
  await putJob({ id: 'job-left-behind', startedAt: '2026-11-22T11:00:00.000Z', tabId: 7, url: 'https://www.trustpilot.com/review/x', key: 'r3' });
  await setMeta('sig:' + 'cd'.repeat(32), new Uint8Array([1, 2, 3, 4, 5]));
  const dump = await dumpDb(DB_NAME);
  if (dump.version !== DB_VERSION) throw new Error('version');
  dump.note = 'A store written by the store code of DB version 2 (before schemaVersion on qualifications and drafts). The installation key (a CryptoKey) is not dumped: meta holds one cached signature.';
  writeFileSync(new URL('../fixtures/store/avise-v2.json', import.meta.url), JSON.stringify(dump, null, 1) + '\n');
});
