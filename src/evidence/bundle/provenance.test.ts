import { describe, expect, it } from 'vitest';
import type { ForensicRecord, ServerResponse } from '../../shared/types';
import { provenanceBlocks } from './provenance';

const google: ServerResponse = {
  url: 'https://www.google.com/maps/place/Cabinet',
  method: 'GET',
  status: 200,
  serverIp: '142.250.179.100',
  serverPort: 443,
  protocol: 'h2',
  tls: { protocol: 'TLS 1.3', cipher: 'AES_128_GCM', subject: '*.google.com', san: ['*.google.com', 'google.com'], issuer: 'WR2', validFrom: '2026-10-26T07:33:20.000Z', validTo: '2027-01-15T08:00:00.000Z', certificateSha256: 'cd'.repeat(32) },
  bodySha256: 'ab'.repeat(32),
  receivedAt: '2026-11-18T11:06:40.300Z',
};
const record = (found: boolean): ForensicRecord => ({
  mode: 'controlled-reload',
  reloadedAt: '2026-11-18T11:06:40.000Z',
  foundAgainBy: 'id',
  har: { path: 'network.har', entries: 12, bodyCapBytes: 5 * 1024 * 1024, bodiesRecorded: 3, bodiesOmitted: 0 },
  document: google,
  clock: { url: google.url, serverDate: 'Wed, 18 Nov 2026 11:06:38 GMT', localAt: '2026-11-18T11:06:40.300Z', differenceMs: -2300 },
  checks: [
    { field: 'text', value: 'Ce médecin…', found, matches: found ? [{ ...google, decoding: 'html', offset: 1234 }] : [] },
    { field: 'author', value: 'Marc L.', found: true, matches: [{ ...google, decoding: 'brut', offset: 1100 }] },
    { field: 'rating', value: '1', found: true, matches: [{ ...google, decoding: 'html-attributs', offset: 1180 }] },
  ],
});

describe('the « Provenance » section of the report', () => {
  it('names the server, its certificate and the clock difference in plain French', () => {
    const p = provenanceBlocks(record(true), 'fr');
    const rows = Object.fromEntries(p.rows);
    expect(rows['Serveur (adresse IP et port)']).toBe('142.250.179.100:443');
    expect(rows['Certificat']).toContain('délivré à *.google.com (*.google.com, google.com) par WR2, valable du 2026-10-26 au 2027-01-15');
    expect(rows['Écart d’horloge']).toContain('-2,3 s');
    expect(p.checks[0]).toBe(`texte : texte trouvé dans la réponse de https://www.google.com/maps/place/Cabinet (HTTP 200, 142.250.179.100, certificat *.google.com émis par WR2) — corps SHA-256 ${'ab'.repeat(32)} — lecture html, position 1234`);
    expect(p.summary).toMatch(/^Le texte affiché de l’avis, son auteur et sa note figurent dans la réponse du serveur www\.google\.com \(adresse IP 142\.250\.179\.100, certificat \*\.google\.com émis par WR2\) reçue le /);
    expect(p.limits).toContain('un proxy local');
  });

  it('says plainly when the visible text is not in any response, and makes no summary claim', () => {
    const p = provenanceBlocks(record(false), 'fr');
    expect(p.checks[0]).toBe('texte : texte visible introuvable dans les réponses du serveur');
    expect(p.checks[1]).toMatch(/^auteur : auteur trouvé/);
    expect(p.summary).toBeUndefined();
    expect(provenanceBlocks(record(false), 'en').checks[0]).toBe('text: visible text not found in the server’s responses');
  });
});

describe('the forensic steps in the report’s list of actions', () => {
  it('words the controlled reload and the review found again, not as a plain wait', async () => {
    const { actionPair } = await import('./action-text');
    const reload = actionPair({ kind: 'wait', detail: 'controlled reload (rechargement contrôlé): debugging protocol attached, network recorded, cache off, page reloaded from the server' });
    expect(reload.fr).toMatch(/^Rechargement contrôlé : l’interface de débogage du navigateur a été attachée à l’onglet/);
    expect(reload.en).toMatch(/^Controlled reload:/);
    expect(actionPair({ kind: 'wait', detail: 'after the reload, the review was found again by its id' }).fr).toBe('Après le rechargement, l’avis a été retrouvé sur la page par son identifiant sur le site.');
    expect(actionPair({ kind: 'wait', detail: 'forensic mode is on but this browser cannot debug the tab (no debugger permission or API): normal capture, no controlled reload' }).fr).toMatch(/^Capture forensique activée mais impossible/);
  });
});

describe('the report when the doctor asked for both captures (« tel qu’affiché », then the controlled reload)', () => {
  const withShown = (textFound: boolean, differences: NonNullable<ForensicRecord['asShown']>['differences']): ForensicRecord => ({
    ...record(true),
    asShown: {
      exhibitId: 'ex-shown',
      sequence: 3,
      seal: 'ef'.repeat(32),
      capturedAt: '2026-11-18T11:06:38.000Z',
      differences,
      checks: [
        { field: 'text', value: 'Ce médecin est un voleur', found: textFound, matches: textFound ? [{ ...google, decoding: 'html', offset: 1234 }] : [] },
        { field: 'author', value: 'Marc L.', found: true, matches: [{ ...google, decoding: 'brut', offset: 1100 }] },
        { field: 'rating', value: '1', found: true, matches: [{ ...google, decoding: 'html-attributs', offset: 1180 }] },
      ],
    },
  });

  it('says what differs, and that the text visible before the reload is in none of the server’s responses', () => {
    const p = provenanceBlocks(withShown(false, [{ field: 'text', before: 'Ce médecin est un voleur', after: 'Ce médecin est un charlatan' }]), 'fr', 'Pièce 3');
    expect(p.comparison?.title).toMatch(/^Comparaison avec la capture « tel qu’affiché » \(Pièce 3, le /);
    expect(p.comparison?.items[0]).toBe('texte différent : avant le rechargement « Ce médecin est un voleur », après le rechargement « Ce médecin est un charlatan »');
    expect(p.comparison?.items).toContain('texte affiché avant le rechargement : texte visible introuvable dans les réponses du serveur');
    expect(p.comparison?.summary).toMatch(/^Le texte visible avant le rechargement ne figure dans aucune réponse du serveur .* ce rapport ne peut pas dire lequel\.$/);
  });

  it('says the two are the same when nothing differs and the review as displayed is in the responses too', () => {
    const p = provenanceBlocks(withShown(true, []), 'en');
    expect(p.comparison?.title).toMatch(/^Comparison with the « tel qu’affiché » capture \(exhibit no\. 3, /);
    expect(p.comparison?.items[0]).toBe('Text, author, rating and date shown: the same before and after the reload.');
    expect(p.comparison?.summary).toBe('The review as displayed before the reload is also in the server’s responses received during the reload.');
  });

  it('has no comparison for a controlled reload captured alone', () => {
    expect(provenanceBlocks(record(true), 'fr').comparison).toBeUndefined();
  });
});
