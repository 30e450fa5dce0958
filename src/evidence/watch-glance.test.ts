// A new review on a watched listing at a glance: rating, first words, the hints' first reading and the days left
// if it were illicit, counted from its earliest possible publication date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUES } from '../legal/hints-vocab';
import { firstWords, glanceOf, shortestPeriod } from './watch-glance';

const base = { key: 'k1', id: 'r1', author: 'Nouveau Venu', rating: 1 };

describe('a new review at a glance', () => {
  it('gives its rating, its first twelve words, and « mots injurieux ? » for an insult', () => {
    const g = glanceOf({ ...base, text: 'Ce médecin est un abruti complet, un vrai charlatan qui ne sait rien faire et méprise ses patients.' }, '2026-12-01');
    expect(g.rating).toBe(1);
    expect(g.firstWords).toBe('Ce médecin est un abruti complet, un vrai charlatan qui ne sait …');
    expect(g.hints).toContain('propos-injurieux');
    expect(g.key).toBe('k1');
  });

  it('raises no hint for a calm review, and keeps a short text whole', () => {
    const g = glanceOf({ ...base, rating: 5, text: 'Très bon accueil, merci.' }, '2026-12-01');
    expect(g.hints).toEqual([]);
    expect(g.firstWords).toBe('Très bon accueil, merci.');
  });

  it('counts the days left from the earliest possible publication day, with the 3-month limit of the press law', () => {
    // « il y a 2 semaines » read on 2026-12-01: published between 2026-11-10 and 2026-11-23; counted from the 10th.
    const g = glanceOf({ ...base, text: 'Nul.', publishedRange: { earliest: '2026-11-10', latest: '2026-11-23' } }, '2026-12-01');
    expect(g.limit).toEqual({ months: 3, basis: 'Loi 29 juillet 1881 art. 65', startsOn: '2026-11-10', earliestPossible: true, expiresOn: '2027-02-10', daysLeft: 71, expired: false });
  });

  it('says when that limit has passed, and gives no count when the date could not be read', () => {
    expect(glanceOf({ ...base, text: 'Nul.', publishedRange: { earliest: '2026-06-01', latest: '2026-06-01' } }, '2026-12-01').limit).toMatchObject({ expired: true, earliestPossible: false, expiresOn: '2026-09-01' });
    expect(glanceOf({ ...base, text: 'Nul.' }, '2026-12-01').limit).toBeUndefined();
  });

  it('the shortest period of the rules is the 3 months the popup’s note names (loi 1881 art. 65)', () => {
    expect(shortestPeriod()).toMatchObject({ months: 3, basis: 'Loi 29 juillet 1881 art. 65' });
    const fr = JSON.parse(readFileSync('_locales/fr/messages.json', 'utf8')) as Record<string, { message: string }>;
    expect(fr.ser_glanceLimitNote.message).toContain('3 mois');
    expect(fr.ser_glanceLimitNote.message).toContain('art. 65');
  });

  it('every fact a hint can raise has its short question in both languages', () => {
    for (const lang of ['fr', 'en']) {
      const m = JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const fact of new Set([...CUES.map((c) => c.fact), 'image-publiee'])) expect(m[`ser_hint_${fact.replace(/-/g, '_')}`]?.message, `${lang} ${fact}`).toMatch(/\?$/);
    }
    expect(firstWords('  a  b ', 1)).toBe('a …');
  });
});
