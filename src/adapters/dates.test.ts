import { describe, it, expect } from 'vitest';
import { differenceInMonths, differenceInYears, format, subDays } from 'date-fns';
import { dateFields, isEdited, publishedRange, withDates } from './dates';

// Capture time used by every fixture test: 26 Nov 2026, 10:00 in Paris.
const NOW = new Date('2026-11-26T10:00:00+01:00');

describe('publishedRange: the dates a shown date text can stand for', () => {
  const table: [string, string, string, boolean][] = [
    ['il y a 3 mois', '2026-07-26', '2026-08-26', false],
    ['il y a un mois', '2026-09-26', '2026-10-26', false],
    ['il y a un an', '2024-11-26', '2025-11-26', false],
    ['il y a 2 ans', '2023-11-26', '2024-11-26', false],
    ['il y a 2 semaines', '2026-11-05', '2026-11-12', false],
    ['il y a une semaine', '2026-11-12', '2026-11-19', false],
    ['Modifié il y a 2 semaines', '2026-11-05', '2026-11-12', true],
    ['il y a 5 jours', '2026-11-20', '2026-11-21', false],
    ['il y a 3 heures', '2026-11-26', '2026-11-26', false],
    ['hier', '2026-11-25', '2026-11-25', false],
    ["aujourd'hui", '2026-11-26', '2026-11-26', false],
    ['aujourd’hui', '2026-11-26', '2026-11-26', false],
    ['il y a 2 ans sur Google', '2023-11-26', '2024-11-26', false],
    ['il y a 2 ans\nsur Google', '2023-11-26', '2024-11-26', false],
    ['a year ago', '2024-11-26', '2025-11-26', false],
    ['Edited 2 months ago', '2026-08-26', '2026-09-26', true],
    ['3 weeks ago', '2026-10-29', '2026-11-05', false],
    ['an hour ago', '2026-11-26', '2026-11-26', false],
    ['yesterday', '2026-11-25', '2026-11-25', false],
    ['2 years ago on Google', '2023-11-26', '2024-11-26', false],
    ['12 mars 2026', '2026-03-12', '2026-03-12', false],
    ['1er mars 2026', '2026-03-01', '2026-03-01', false],
    ['12/03/2026', '2026-03-12', '2026-03-12', false],
    ['March 12, 2026', '2026-03-12', '2026-03-12', false],
    ['12 March 2026', '2026-03-12', '2026-03-12', false],
    ['20 févr. 2026', '2026-02-20', '2026-02-20', false],
    ['Le 3 février 2026 ', '2026-02-03', '2026-02-03', false],
    ["Date de l'expérience: 2 mars 2026", '2026-03-02', '2026-03-02', false],
    ['Date of experience: March 2, 2026', '2026-03-02', '2026-03-02', false],
    ['Expérience vécue le\n  10 novembre 2025', '2025-11-10', '2025-11-10', false],
    ['Posté le  8 juillet 2024', '2024-07-08', '2024-07-08', false],
    ['mars 2026', '2026-03-01', '2026-03-31', false],
    ['il y a\u00a03\u00a0mois', '2026-07-26', '2026-08-26', false],
    ['2026-03-04T09:12:45.000Z', '2026-03-04', '2026-03-04', false],
  ];
  for (const [text, earliest, latest, edited] of table) {
    it(`« ${text} » → ${earliest} … ${latest}${edited ? ' (edited)' : ''}`, () => {
      expect(publishedRange(text, NOW)).toEqual({ earliest, latest, edited });
    });
  }

  it('places an ISO instant on the Paris calendar day, not the UTC one', () => {
    expect(publishedRange('2026-03-04T23:30:00.000Z', NOW)?.earliest).toBe('2026-03-05');
    expect(publishedRange('2026-03-04T23:30:00.000Z', NOW, 'UTC')?.earliest).toBe('2026-03-04');
  });

  it("counts « aujourd'hui » on the capture's calendar day in the given zone", () => {
    const lateUtc = new Date('2026-11-26T23:30:00Z'); // already 27 Nov, 00:30 in Paris
    expect(publishedRange("aujourd'hui", lateUtc)?.earliest).toBe('2026-11-27');
    expect(publishedRange("aujourd'hui", lateUtc, 'UTC')?.earliest).toBe('2026-11-26');
  });

  it('clamps month ends instead of overflowing (31 May − 3 months)', () => {
    expect(publishedRange('il y a 3 mois', new Date('2026-05-31T10:00:00+02:00'))).toEqual({
      earliest: '2026-01-31', latest: '2026-02-28', edited: false,
    });
  });

  it('never guesses: unknown or impossible texts give undefined', () => {
    for (const text of ['', 'Nouveau', 'la semaine dernière', '31/02/2026', 'il y a longtemps', 'I went there 3 days ago', '12 brumaire 2026']) {
      expect(publishedRange(text, NOW), text).toBeUndefined();
    }
  });

  it('keeps the true date inside the range for every age Google floors to months or years', () => {
    for (let age = 0; age < 1200; age++) {
      const trueDay = subDays(new Date(2026, 10, 26, 12), age);
      const months = differenceInMonths(new Date(2026, 10, 26, 12), trueDay);
      const years = differenceInYears(new Date(2026, 10, 26, 12), trueDay);
      const label = years >= 1 ? (years === 1 ? 'il y a un an' : `il y a ${years} ans`) : months >= 1 ? `il y a ${months} mois` : undefined;
      if (!label) continue;
      const range = publishedRange(label, NOW)!;
      const d = format(trueDay, 'yyyy-MM-dd');
      expect(range.earliest <= d && d <= range.latest, `${label} for ${d}`).toBe(true);
    }
  });
});

describe('isEdited', () => {
  it('recognises the French and English edit prefixes, and nothing else', () => {
    expect(isEdited('Modifié il y a 3 semaines')).toBe(true);
    expect(isEdited('Edited 2 months ago')).toBe(true);
    expect(isEdited('il y a 3 semaines')).toBe(false);
    expect(isEdited('Modifiéil y a 3 semaines')).toBe(false);
  });
});

describe('dateFields: an edited review keeps the edit date apart from the first publication', () => {
  it('« Modifié il y a 3 semaines » gives the edit range and no first-publication range (the first version is older)', () => {
    expect(dateFields(publishedRange('Modifié il y a 3 semaines', NOW), 'Modifié il y a 3 semaines')).toEqual({
      editedRange: { earliest: '2026-10-29', latest: '2026-11-05' }, edited: true,
    });
    expect(dateFields(publishedRange('Edited 2 months ago', NOW), 'Edited 2 months ago')).toMatchObject({ edited: true, editedRange: { earliest: '2026-08-26' } });
  });

  it('« il y a 3 semaines » (not edited) is the first-publication range', () => {
    expect(dateFields(publishedRange('il y a 3 semaines', NOW), 'il y a 3 semaines')).toEqual({
      publishedRange: { earliest: '2026-10-29', latest: '2026-11-05' }, edited: false,
    });
  });

  it('an edited mark with a date the parser does not understand still says edited, with no range', () => {
    expect(dateFields(undefined, 'Modifié il y a longtemps')).toEqual({ edited: true });
  });
});

describe('withDates: the stored review fields from what the page showed (computed in the service worker)', () => {
  const raw = { id: 'r1', author: 'Anne', dateText: 'il y a 3 mois', text: 'Bof.', translated: false, photos: { count: 0, urls: [] } };

  it('adds the publication range of the shown date, right after the date text, and changes nothing else', () => {
    const r = withDates(raw, NOW);
    expect(r).toStrictEqual({ ...raw, publishedRange: { earliest: '2026-07-26', latest: '2026-08-26' }, edited: false });
    expect(Object.keys(r)).toEqual(['id', 'author', 'dateText', 'publishedRange', 'edited', 'text', 'translated', 'photos']);
  });

  it('files an edited review’s range as the edit’s, never as the first publication', () => {
    const r = withDates({ ...raw, dateText: 'Modifié il y a 2 semaines' }, NOW);
    expect(r.publishedRange).toBeUndefined();
    expect(r.editedRange).toEqual({ earliest: '2026-11-05', latest: '2026-11-12' });
    expect(r.edited).toBe(true);
  });

  it('prefers the page’s machine-readable date to the shown words, and does not store it', () => {
    const r = withDates({ ...raw, dateText: 'Il y a 2 jours', dateMachine: '2026-03-12T09:00:00.000Z' }, NOW);
    expect(r.publishedRange).toEqual({ earliest: '2026-03-12', latest: '2026-03-12' });
    expect(r).not.toHaveProperty('dateMachine');
  });

  it('falls back to the shown words when the machine date is not understood, and guesses nothing when neither is', () => {
    expect(withDates({ ...raw, dateMachine: 'garbage' }, NOW).publishedRange).toEqual({ earliest: '2026-07-26', latest: '2026-08-26' });
    const unknown = withDates({ ...raw, dateText: 'autrefois' }, NOW);
    expect(unknown.publishedRange).toBeUndefined();
    expect(unknown.edited).toBe(false);
  });

  it('counts calendar days in the zone it is given (late evening in New York is already tomorrow in Paris)', () => {
    const lateNY = new Date('2026-11-26T23:30:00-05:00');
    expect(withDates({ ...raw, dateText: 'hier' }, lateNY, 'America/New_York').publishedRange).toEqual({ earliest: '2026-11-25', latest: '2026-11-25' });
    expect(withDates({ ...raw, dateText: 'hier' }, lateNY, 'Europe/Paris').publishedRange).toEqual({ earliest: '2026-11-26', latest: '2026-11-26' });
  });
});
