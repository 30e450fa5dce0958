import { describe, expect, it } from 'vitest';
import type { Check, VerifiedExhibit } from './types';
import { CHECK_CODES, describeCheck, describeContents, langOf, verdictLine, verdictLines } from './wording';

// Every parameter any code uses, with values that are not words of either language (file names, numbers).
const PARAMS = {
  file: 'data/exhibits/01-ex-001/review.png', manifest: 'manifest-sha256.txt', folder: 'avise-case-1-3f2a9c0d11aa', folders: 'x/a, x/b',
  line: 3, count: 30, algorithm: 'SHA-256', files: 30, bytes: 123456, wantFiles: 30, wantBytes: 123456, gotFiles: 31, gotBytes: 123457,
  short: '3f2a 9b10 c4d2 77e1', full: '3f2a9b10c4d277e1'.padEnd(64, '0'), sequence: 2, dir: 'data/exhibits/02-ex-002/', exhibits: 3, cases: 2,
  caseId: 'case-7', entry: 4, entries: 12, chains: 2, fingerprint: 'ab12 cd34', authority: 'FreeTSA', genTime: '2026-12-01T02:56:00.000Z', trusted: true,
  source: 'data/exhibits/01-ex-001/viewport.png', sidecar: 'data/exhibits/01-ex-001/vue-attestee.json',
  field: 'author', url: 'https://www.google.com/maps/place/x', status: 200, ip: '142.250.179.100', before: 1, fields: 'text,rating', inner: 'archive/data.warc',
};
const values = Object.values(PARAMS).map(String).sort((a, b) => b.length - a.length);
const withoutParams = (line: string): string => values.reduce((l, v) => l.split(v).join(' '), line);

/** English words that a French reader must never meet in a verifier line. */
const ENGLISH = ['match', 'matches', 'missing', 'does not', 'not', 'files', 'file', 'entries', 'entry', 'chain', 'chains', 'listed', 'exhibit', 'exhibits',
  'seal', 'signature verifies', 'bundle', 'changed', 'the', 'and', 'with', 'of', 'is', 'are', 'was', 'checks', 'passed', 'intact:', 'genTime', 'imprint', 'OK'];
const englishIn = (line: string): string[] => ENGLISH.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(withoutParams(line)));

const marc: VerifiedExhibit = {
  caseId: 'case-1', sequence: 1, author: 'Marc L.', site: 'google-maps', url: 'https://www.google.com/maps/place/x',
  capturedLocal: '2026-12-01T03:56:12.000+01:00', timeZone: 'Europe/Paris', offset: '+01:00',
};
const check = (code: string, ok: boolean, params = PARAMS): Check => ({ id: 'x', ok, code, params, detail: '' });

describe('verifier wording', () => {
  it('words every check code in French with no English word, and in English', () => {
    expect(CHECK_CODES.length).toBeGreaterThan(40);
    for (const code of CHECK_CODES) {
      const fr = describeCheck({ code, params: PARAMS }, 'fr');
      const en = describeCheck({ code, params: PARAMS }, 'en');
      expect(englishIn(fr), `${code}: ${fr}`).toEqual([]);
      expect(fr, code).not.toMatch(/undefined|\$\{/);
      expect(en, code).not.toMatch(/undefined|\$\{/);
      expect(en, code).not.toBe(fr);
      expect(fr, code).toMatch(/[.)]$/);
    }
  });

  it('words a single exhibit or file in the singular', () => {
    const one = { ...PARAMS, exhibits: 1, cases: 1, count: 1 };
    expect(describeCheck({ code: 'chain-ok', params: one }, 'fr')).toBe('La pièce est la première de son dossier : aucune pièce ne manque avant elle.');
    expect(describeCheck({ code: 'payload-ok', params: one }, 'fr')).toBe('Le fichier de preuve est identique à celui de l’export (empreintes SHA-256 de manifest-sha256.txt).');
    expect(describeCheck({ code: 'chain-ok', params: PARAMS }, 'en')).toBe('The 3 exhibits follow one another with no gap or replacement (2 cases).');
  });

  it('names the file in plain words when it was changed, added or removed', () => {
    expect(describeCheck({ code: 'file-modified', params: { file: 'data/report.html', manifest: 'manifest-sha256.txt' } }, 'fr'))
      .toBe('Le fichier data/report.html a été modifié après l’export (il ne correspond plus à son empreinte dans manifest-sha256.txt).');
    expect(describeCheck({ code: 'file-added', params: { file: 'data/x.txt' } }, 'en')).toBe('The file data/x.txt was added after the export.');
    expect(describeCheck({ code: 'file-missing', params: { file: 'data/x.txt' } }, 'fr')).toBe('Le fichier data/x.txt manque : il faisait partie du dossier à l’export.');
  });

  it('says in its first line what was verified: the review, the site and the capture time in Paris', () => {
    const ok = { ok: true, checks: [check('payload-ok', true)], exhibits: [marc] };
    expect(verdictLine(ok, 'fr')).toBe('Dossier intact : l’avis de « Marc L. » publié sur Google Maps, capturé le 1er décembre 2026 à 3 h 56, heure de Paris.');
    expect(verdictLine(ok, 'en')).toBe('Bundle intact: the review by “Marc L.” published on Google Maps, captured on 1 December 2026 at 03:56, Paris time.');
    expect(verdictLines(ok, 'fr')).toHaveLength(2);
    expect(verdictLines(ok, 'fr').join('\n')).not.toMatch(/\d+ \/ \d+/);
  });

  it('counts exhibits and cases when there are several', () => {
    const three = [marc, { ...marc, sequence: 2, capturedLocal: '2026-12-02T14:05:00.000+01:00' }, { ...marc, caseId: 'case-2', author: 'Zoé', site: 'trustpilot' }];
    expect(describeContents(three, 'fr')).toBe('3 pièces, 2 dossiers — l’avis de « Marc L. » publié sur Google Maps, capturé le 1er décembre 2026 à 3 h 56, heure de Paris ; '
      + 'l’avis de « Marc L. » publié sur Google Maps, capturé le 2 décembre 2026 à 14 h 05, heure de Paris ; '
      + 'l’avis de « Zoé » publié sur Trustpilot, capturé le 1er décembre 2026 à 3 h 56, heure de Paris');
    expect(describeContents([...three, marc], 'fr')).toMatch(/ ; et 1 autre pièce$/);
    expect(describeContents(three, 'en')).toMatch(/^3 exhibits, 2 cases — the review by “Marc L.”/);
  });

  it('leads with the first problem when the bundle is not intact, and counts the others', () => {
    const bad = { ok: false, checks: [check('file-modified', false, { ...PARAMS, file: 'data/report.html' }), check('signature-list', false)], exhibits: [marc] };
    expect(verdictLine(bad, 'fr')).toBe('Dossier modifié ou incomplet : l’avis de « Marc L. » publié sur Google Maps, capturé le 1er décembre 2026 à 3 h 56, heure de Paris. '
      + 'Le fichier data/report.html a été modifié après l’export (il ne correspond plus à son empreinte dans manifest-sha256.txt). (2 problèmes, détail ci-dessous)');
    expect(englishIn(verdictLine(bad, 'fr'))).toEqual([]);
  });

  it('keeps a hostile author name on one line without bidi controls, and names another time zone', () => {
    const line = describeContents([{ ...marc, author: 'A\u202Eb\nc', timeZone: 'America/Montreal', offset: '-05:00', site: 'generic', url: 'https://avis.example/x' }], 'fr');
    expect(line).toBe('l’avis de « A b c » publié sur avis.example, capturé le 1er décembre 2026 à 3 h 56, heure locale (America/Montreal, UTC-05:00)');
  });

  it('reads French unless the reader asked for English', () => {
    expect([langOf(undefined), langOf('fr-FR'), langOf('de'), langOf('en'), langOf('en-GB'), langOf('en_US.UTF-8'), langOf('eng')]).toEqual(['fr', 'fr', 'fr', 'en', 'en', 'en', 'fr']);
  });
});

describe('sizes as a French reader writes them', () => {
  it('groups the digits of the total size by thousands in French, and leaves English as it is', () => {
    expect(describeCheck({ code: 'oxum-ok', params: { files: 41, bytes: 908392 } }, 'fr')).toBe('Taille totale conforme : 41 fichiers, 908 392 octets.');
    expect(describeCheck({ code: 'oxum-ok', params: { files: 41, bytes: 908392 } }, 'en')).toContain('908392');
  });
});
