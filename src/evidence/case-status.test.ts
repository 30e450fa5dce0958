import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/types';
import { currentStatus, dueItems, dueReminders, dueSoonCount, insurerLimit, nextStep, parseStepDetail, stepDetail, summarize } from './case-status';
import { custodyPair } from './custody-text';
import { qualify } from '../legal/index';

const base = (over: Partial<CaseRecord> = {}): CaseRecord => ({
  id: 'case-1',
  createdAt: '2026-11-02T09:00:00.000Z',
  title: 'Marc L. — Cabinet',
  listing: { site: 'google-maps', url: 'https://example.test/' },
  status: 'captured',
  steps: [],
  exhibitIds: ['ex-1'],
  notes: '',
  ...over,
});
const summary = { labels: ['diffamation'], deadlines: [{ label: 'diffamation', title: { fr: 'Diffamation', en: 'Defamation' }, expiresOn: '2026-12-10' }], insurer: false, nextStep: { fr: 'Demander un constat', en: 'Ask for a constat' } };

describe('the case over time', () => {
  it('summarizes a qualification as the case list needs it: labels, deadline dates, the first step, the insurer', () => {
    const q = qualify({ answers: { 'fait-precis': { value: 'yes' }, 'atteinte-honneur': { value: 'yes' }, 'personne-identifiable': { value: 'yes' } } as never, exactPublicationDate: '2026-10-01', today: '2026-11-26' });
    const s = summarize(q);
    expect(s.deadlines.map((d) => d.expiresOn)).toEqual(q.deadlines.filter((d) => d.expiresOn).map((d) => d.expiresOn));
    expect(s.nextStep).toEqual(q.steps[0]?.text);
    expect(s.insurer).toBe(q.steps.some((x) => x.id === 'declaration-assureur'));
  });

  it('counts the days left from the stored date against today, and drops a deadline once past', () => {
    const c = base({ summary });
    expect(dueItems(c, '2026-12-03')).toMatchObject([{ label: 'diffamation', expiresOn: '2026-12-10', daysLeft: 7 }]);
    expect(dueItems(c, '2026-12-10')[0].daysLeft).toBe(0);
    expect(dueItems(c, '2026-12-11')).toEqual([]);
  });

  it('says « qualify » as the next step before any qualification, the engine’s first step after, and nothing once closed', () => {
    expect(nextStep(base())?.fr).toMatch(/Qualifier/);
    expect(nextStep(base({ summary }))?.fr).toBe('Demander un constat');
    const closed = base({ summary, steps: [{ kind: 'closed', doneAt: '2026-11-20' }] });
    expect(nextStep(closed)).toBeUndefined();
    expect(dueItems(closed, '2026-12-03')).toEqual([]);
  });

  it('counts the insurer’s limit as five working days from the first capture (Code des assurances L113-2 4°), or the contract’s days', () => {
    expect(insurerLimit('2026-11-02')).toBe('2026-11-09'); // Monday → next Monday
    expect(insurerLimit('2026-11-06')).toBe('2026-11-13'); // Friday → next Friday
    expect(insurerLimit('2026-11-02', 30)).toBe('2026-12-02');
    const c = base({ summary: { ...summary, insurer: true } });
    expect(dueItems(c, '2026-11-05').map((d) => d.kind)).toEqual(['insurer', 'deadline']);
    expect(dueItems({ ...c, steps: [{ kind: 'insurer-declared', doneAt: '2026-11-04' }] }, '2026-11-05').map((d) => d.kind)).toEqual(['deadline']);
  });

  it('raises the 30, 7 and 1-day reminders once each, and after a closed browser only the nearest one missed', () => {
    const c = base({ summary });
    const raised = new Set<string>();
    expect(dueReminders([c], '2026-11-01', raised).reminders).toEqual([]);
    const at30 = dueReminders([c], '2026-11-10', raised);
    expect(at30.reminders.map((r) => r.threshold)).toEqual([30]);
    at30.reminders.forEach((r) => raised.add(r.id));
    expect(dueReminders([c], '2026-11-11', raised).reminders).toEqual([]);
    // The browser stayed closed from 11 to 9 December: the 7-day reminder was missed, only the 1-day one is shown.
    const late = dueReminders([c], '2026-12-09', raised);
    expect(late.reminders.map((r) => r.threshold)).toEqual([1]);
    expect(late.alsoDone).toHaveLength(1);
    expect(late.alsoDone[0]).toMatch(/\|7$/);
  });

  it('counts on the badge the open cases with something due within 7 days', () => {
    const soon = base({ id: 'a', summary });
    const later = base({ id: 'b', summary: { ...summary, deadlines: [{ ...summary.deadlines[0], expiresOn: '2027-03-01' }] } });
    const closed = base({ id: 'c', summary, status: 'closed', steps: [{ kind: 'closed', doneAt: '2026-11-30' }] });
    expect(dueSoonCount([soon, later, closed, base({ id: 'd' })], '2026-12-03')).toBe(1);
  });

  it('takes as the current step the one marked with the latest date, whatever the order of marking', () => {
    expect(currentStatus(base({ steps: [{ kind: 'lawyer', doneAt: '2026-11-20' }, { kind: 'reported', doneAt: '2026-11-10' }] }))).toBe('lawyer');
    expect(currentStatus(base())).toBe('captured');
  });

  it('writes a marked step in the custody log in plain French and English, note included', () => {
    const detail = stepDetail('reported', '2026-11-28', 'signalement n° 42');
    expect(parseStepDetail(detail)).toEqual({ kind: 'reported', on: '2026-11-28', note: 'signalement n° 42' });
    const p = custodyPair({ event: 'status', detail });
    expect(p.fr).toBe('Étape marquée : signalé à la plateforme, le 28/11/2026 — signalement n° 42');
    expect(p.en).toBe('Step marked: reported to the platform, on 2026-11-28 — signalement n° 42');
    expect(custodyPair({ event: 'note', detail: 'Note: appel du cabinet' }).fr).toBe('Note ajoutée : appel du cabinet');
  });
});
