// The pre-reading proposes answers with the exact words and their offsets; it never answers by itself.
import { describe, expect, it } from 'vitest';
import { review } from '../../test/fixtures/legal/scenario';
import { hintsFor } from './hints';
import { qualify } from './engine';

const find = (text: string, fact: string, proposed = 'yes', photos = 0) =>
  hintsFor({ text, photos: { count: photos, urls: [] } }).find((h) => h.fact === fact && h.proposed === proposed);

describe('hints', () => {
  it('finds « escroc » with its offsets and keeps the original capitals', () => {
    const text = 'Ce médecin est un ESCROC.';
    const h = find(text, 'terme-infraction')!;
    expect(h.matches).toEqual([{ text: 'ESCROC', start: 18, end: 24 }]);
    expect(text.slice(18, 24)).toBe('ESCROC');
  });

  it('matches accented words whatever their accents and reports the accented original (« m’a facturé »)', () => {
    const text = 'Il m’a facturé une échographie jamais réalisée.';
    const h = find(text, 'fait-precis')!;
    expect(h.matches.map((m) => m.text)).toEqual(['m’a facturé', 'jamais réalisée']);
    for (const m of h.matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds « erreur de diagnostic » and English "misdiagnosed" as precise facts', () => {
    expect(find('Grave erreur de diagnostic.', 'fait-precis')?.matches[0].text).toBe('erreur de diagnostic');
    expect(find('She misdiagnosed my son.', 'fait-precis')?.matches[0].text).toBe('misdiagnosed');
  });

  it('proposes a threat for « on sait où tu habites » and « tu vas voir »', () => {
    const h = find('On sait où tu habites. Tu vas voir.', 'menace')!;
    expect(h.matches.map((m) => [m.text, m.start])).toEqual([['On sait où tu habites', 0], ['Tu vas voir', 23]]);
  });

  it('proposes a call to readers for « N’allez pas chez lui » and "stay away"', () => {
    expect(find('N’allez pas chez lui !', 'appel-lecteurs')?.matches[0]).toEqual({ text: 'N’allez pas', start: 0, end: 11 });
    expect(find('Stay away from this doctor.', 'appel-lecteurs')?.matches[0].text).toBe('Stay away');
  });

  it('proposes « no » on private life when the reviewer talks about his own cancer', () => {
    const h = find('Mon cancer a été pris au sérieux, mais attente longue.', 'vie-privee-revelee', 'no')!;
    expect(h.matches[0]).toEqual({ text: 'Mon cancer', start: 0, end: 10 });
    expect(find('Mon cancer a été pris au sérieux.', 'vie-privee-revelee', 'yes')).toBeUndefined();
  });

  it('proposes « yes » on private life for « sa femme l’a quitté »', () => {
    expect(find('Normal qu’il soit aigri, sa femme l’a quitté.', 'vie-privee-revelee')?.matches[0].text).toBe('sa femme');
  });

  it('finds a street address and a phone number', () => {
    const text = 'Il habite 12 rue des Lilas, appelez le 06 12 34 56 78.';
    const h = find(text, 'adresse-personnelle')!;
    expect(h.matches.map((m) => m.text)).toEqual(['Il habite', '12 rue des Lilas', '06 12 34 56 78']);
  });

  it('proposes a photo hint when the review carries photos, with no words to highlight', () => {
    const h = find('Voilà la salle d’attente.', 'image-publiee', 'yes', 2)!;
    expect(h.matches).toEqual([]);
    expect(h.why.fr).toMatch(/2 photo/);
  });

  it('finds a discriminatory ground and insults in English', () => {
    expect(find('Typical muslim doctor.', 'motif-discriminatoire')?.matches[0].text).toBe('muslim');
    expect(find('What a useless idiot.', 'propos-injurieux')?.matches[0].text).toBe('useless idiot');
  });

  it('proposes nothing for measured criticism', () => {
    expect(hintsFor({ text: '1h30 d’attente pour 10 minutes. Médecin froid, je ne recommande pas.', photos: { count: 0, urls: [] } })).toEqual([]);
  });

  it('hints are attached to the qualification but never become answers', () => {
    const q = qualify({ answers: {}, review: review('Escroc !'), today: '2026-11-26' });
    expect(q.hints.map((h) => h.fact)).toContain('terme-infraction');
    expect(q.answers).toEqual({});
    expect(q.labels).toEqual([]);
    expect(q.pending).toContain('diffamation');
  });
});
