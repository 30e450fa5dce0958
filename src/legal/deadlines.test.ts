// Calendar arithmetic of limitation periods (docs/legal/procedure.md#prescription).
import { describe, expect, it } from 'vitest';
import { makeDeadline, parisToday } from './deadlines';

const d = (startsOn: string | null, months: number, today: string) =>
  makeDeadline({ kind: 'injure', title: { fr: 'Injure', en: 'Insult' }, months, period: '3 mois', basis: 'art. 65', startsOn, today, toConfirm: false });

describe('deadlines', () => {
  it('three months from 30 November end on the last day of February', () => {
    expect(d('2026-11-30', 3, '2026-12-01').expiresOn).toBe('2027-02-28');
  });

  it('counts days left on calendar dates and warns under 30 days only', () => {
    expect(d('2026-09-27', 3, '2026-11-26')).toMatchObject({ expiresOn: '2026-12-27', daysLeft: 31, warning: false });
    expect(d('2026-09-25', 3, '2026-11-26')).toMatchObject({ daysLeft: 29, warning: true, expired: false });
  });

  it('the last day itself is still live; the day after is expired', () => {
    expect(d('2026-08-26', 3, '2026-11-26')).toMatchObject({ daysLeft: 0, expired: false, warning: true });
    expect(d('2026-08-25', 3, '2026-11-26')).toMatchObject({ daysLeft: -1, expired: true, warning: false });
  });

  it('today is the calendar date in Paris, not in UTC (23:30 UTC on 26 Nov is already 27 Nov in Paris)', () => {
    expect(parisToday(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(parisToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(parisToday(new Date('2026-07-01T22:01:00Z'))).toBe('2026-07-02');
  });

  it('with no start date nothing is computed and a warning asks for the date', () => {
    expect(d(null, 3, '2026-11-26')).toMatchObject({ expiresOn: null, daysLeft: null, expired: false, warning: true });
  });
});

describe('a start date that is only the earliest possible one', () => {
  it('is marked on every deadline when the doctor gave no exact date, and letters say « au plus tôt le »', async () => {
    const { qualify } = await import('./engine');
    const { renderDraft } = await import('./drafts/index');
    const answers = { 'fait-precis': { value: 'yes', source: 'doctor' } } as const;
    const range = { earliest: '2026-10-29', latest: '2026-11-05' };
    const q = qualify({ answers, publishedRange: range, today: '2026-11-26' });
    expect(q.deadlines.length).toBeGreaterThan(0);
    expect(q.deadlines.every((d) => d.startIsEarliestPossible)).toBe(true);
    const letter = renderDraft('declaration-assureur', 'fr', { profile: {}, qualification: q, today: '2026-11-26' });
    expect(letter.body).toContain('au plus tôt le 29 octobre 2026');
    const exact = qualify({ answers, publishedRange: range, exactPublicationDate: '2026-11-01', today: '2026-11-26' });
    expect(exact.deadlines.some((d) => d.startIsEarliestPossible)).toBe(false);
    const exactLetter = renderDraft('declaration-assureur', 'fr', { profile: {}, qualification: exact, today: '2026-11-26' });
    expect(exactLetter.body).toContain('publié le 1er novembre 2026');
    expect(exactLetter.body).not.toContain('au plus tôt');
  });
});
