import { describe, expect, it } from 'vitest';
import { applyFilter, estimateSeconds, matchesFilter, selectionText, type SeriesCandidate } from './series-filter';

const r = (over: Partial<SeriesCandidate>): SeriesCandidate => ({ key: 'k', id: 'i', author: 'Anne', dateText: 'il y a 2 jours', text: 'Très bon accueil', ...over });
const day = (earliest: string, latest = earliest) => ({ earliest, latest });

describe('choosing the reviews of a series', () => {
  const page = [
    r({ key: 'a', rating: 1, publishedRange: day('2026-11-29'), text: 'Médecin MÉPRISANT, à fuir' }),
    r({ key: 'b', rating: 5, publishedRange: day('2026-11-28'), text: 'Très bon médecin' }),
    r({ key: 'c', rating: 1, publishedRange: day('2026-09-01', '2026-09-30'), text: 'Attente interminable' }),
    r({ key: 'd', rating: undefined, text: 'Sans note ni date lisible', dateText: '' }),
  ];

  it('no filter keeps every review', () => {
    expect(applyFilter(page, {}).map((x) => x.key)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a rating filter keeps only those ratings, and leaves out reviews without a rating', () => {
    expect(applyFilter(page, { ratings: [1] }).map((x) => x.key)).toEqual(['a', 'c']);
  });

  it('a date range keeps a review whose possible dates overlap it, even a month-wide « il y a 2 mois »', () => {
    expect(applyFilter(page, { from: '2026-09-15', to: '2026-09-20' }).map((x) => x.key)).toEqual(['c']);
    expect(applyFilter(page, { from: '2026-11-29' }).map((x) => x.key)).toEqual(['a']);
    expect(applyFilter(page, { to: '2026-11-28' }).map((x) => x.key)).toEqual(['b', 'c']);
  });

  it('words are found whatever their case and accents, all of them required', () => {
    expect(applyFilter(page, { words: 'meprisant' }).map((x) => x.key)).toEqual(['a']);
    expect(applyFilter(page, { words: 'médecin fuir' }).map((x) => x.key)).toEqual(['a']);
    expect(applyFilter(page, { words: 'médecin' }).map((x) => x.key)).toEqual(['a', 'b']);
  });

  it('the author’s name is searched too', () => {
    expect(matchesFilter(r({ author: 'Jean Dupont', text: 'x' }), { words: 'dupont' })).toBe(true);
  });

  it('filters combine', () => {
    expect(applyFilter(page, { ratings: [1], words: 'attente' }).map((x) => x.key)).toEqual(['c']);
  });

  it('the estimate grows with the number of reviews and says 50 reviews take under a minute', () => {
    expect(estimateSeconds(0)).toBe(0);
    expect(estimateSeconds(10)).toBeLessThan(estimateSeconds(20));
    expect(estimateSeconds(50)).toBeLessThan(60);
    // Never below the screenshot quota: one screenshot per review at 2 per second at most.
    expect(estimateSeconds(50)).toBeGreaterThanOrEqual(50 * 0.5);
  });
});

describe('the doctor’s choice of reviews, in words', () => {
  it('is worded in French for a French reader and in English for an English one, from the same stored choice', () => {
    const choice = { mode: 'filter' as const, count: 12, filter: { ratings: [1, 2], from: '2026-11-01', words: 'escroc' } };
    expect(selectionText(choice, 'fr')).toBe('12 avis choisis par filtre (note 1 ou 2 étoiles, publiés au plus tôt le 01/11/2026, contenant « escroc »)');
    expect(selectionText(choice, 'en')).toBe('12 reviews by filter (rating 1 or 2, published on or after 2026-11-01, containing « escroc »)');
    expect(selectionText({ mode: 'all', count: 60 }, 'fr')).toBe('les 60 avis affichés par la page');
    expect(selectionText({ mode: 'hand', count: 3 }, 'fr')).toBe('3 avis choisis un à un');
  });
});
