import { describe, expect, it } from 'vitest';
import { compareVisit, dueListings, listingKey, sameListing, visitListing, type VisitReview } from './watch';
import type { WatchedListing } from './watch-record';

const r = (id: string, fp = `fp-${id}`): VisitReview => ({ id, fp, author: `A ${id}`, dateText: 'hier', excerpt: `texte ${id}` });
const listing = (over: Partial<WatchedListing> = {}): WatchedListing => ({ id: 'w1', url: 'https://www.google.com/maps/place/Cabinet', label: 'Maps', periodDays: 30, addedAt: '2026-11-01T09:00:00.000Z', ...over });

describe('watching the doctor’s listings', () => {
  it('recognises the same Maps listing whatever the map position, zoom or query', () => {
    expect(sameListing('https://www.google.com/maps/place/Cabinet+du+Parc/', 'https://www.google.com/maps/place/Cabinet+du+Parc/@48.85,2.35,17z/data=!4m8?hl=fr')).toBe(true);
    expect(sameListing('https://www.google.com/maps/place/Cabinet+du+Parc', 'https://www.google.com/maps/place/Autre+Cabinet/@1,2,3z')).toBe(false);
    expect(sameListing('https://fr.trustpilot.com/review/cabinet.fr', 'https://fr.trustpilot.com/review/cabinet.fr?page=2#x')).toBe(true);
    expect(listingKey('not a url')).toBeUndefined();
  });

  it('a listing is due for a visit once its period has passed since the last visit, not before', () => {
    const l = listing({ lastVisitAt: '2026-11-10T09:00:00.000Z' });
    expect(dueListings([l], new Date('2026-12-09T09:00:00.000Z'))).toEqual([]);
    expect(dueListings([l], new Date('2026-12-10T09:00:00.000Z'))).toEqual([l]);
    // Never visited: counted from the day it was added; a shorter period chosen by the doctor is honoured.
    expect(dueListings([listing()], new Date('2026-12-01T09:00:00.000Z'))).toHaveLength(1);
    expect(dueListings([listing({ periodDays: 7, lastVisitAt: '2026-11-28T09:00:00.000Z' })], new Date('2026-12-05T09:00:00.000Z'))).toHaveLength(1);
  });

  it('the first visit notes every review and calls none new', () => {
    const { diff, next } = compareVisit(undefined, [r('1'), r('2')], 't1');
    expect(diff).toMatchObject({ first: true, added: [], edited: [], missing: [], unchanged: 0, shown: 2 });
    expect(next.map((x) => x.id)).toEqual(['1', '2']);
  });

  it('the next visit marks one review added, one edited and one no longer shown', () => {
    const first = compareVisit(undefined, [r('1'), r('2'), r('3')], 't1').next;
    const { diff, next } = compareVisit(first, [r('4'), r('1'), r('2', 'fp-2-edited')], 't2');
    expect(diff.first).toBe(false);
    expect(diff.added.map((x) => x.id)).toEqual(['4']);
    expect(diff.edited.map((x) => x.id)).toEqual(['2']);
    expect(diff.missing.map((x) => x.id)).toEqual(['3']);
    expect(diff.unchanged).toBe(1);
    // The missing one is kept (marked), so that it is not called new if a later visit shows it again.
    expect(next.find((x) => x.id === '3')?.missingSince).toBe('t2');
    const third = compareVisit(next, [r('4'), r('1'), r('2', 'fp-2-edited'), r('3')], 't3');
    expect(third.diff.added).toEqual([]);
    expect(third.diff.missing).toEqual([]);
  });
});

describe('a visit that the popup opens twice', () => {
  it('shows again what the visit found when the popup reopens a few minutes later, instead of « 0 nouveau »', () => {
    const first = visitListing({}, [r('1'), r('2')], '2026-12-01T08:00:00.000Z');
    const l = { ...first.patch };
    const second = visitListing(l, [r('1'), r('2', 'fp-changed'), r('3')], '2026-12-02T09:00:00.000Z');
    expect(second.diff.added.map((x) => x.id)).toEqual(['3']);
    expect(second.diff.edited.map((x) => x.id)).toEqual(['2']);
    expect(second.since).toBe('2026-12-01T08:00:00.000Z');
    // The popup closes and reopens 5 minutes later on the same page: the same news, counted from the same visit.
    const again = visitListing({ ...second.patch }, [r('1'), r('2', 'fp-changed'), r('3')], '2026-12-02T09:05:00.000Z');
    expect(again.diff.added.map((x) => x.id)).toEqual(['3']);
    expect(again.diff.edited.map((x) => x.id)).toEqual(['2']);
    expect(again.since).toBe('2026-12-01T08:00:00.000Z');
    // The next day it is a new visit: nothing new since the last one.
    const nextDay = visitListing({ ...again.patch }, [r('1'), r('2', 'fp-changed'), r('3')], '2026-12-03T09:00:00.000Z');
    expect(nextDay.diff.added).toEqual([]);
    expect(nextDay.diff.edited).toEqual([]);
    expect(nextDay.since).toBe('2026-12-02T09:05:00.000Z');
  });
});
