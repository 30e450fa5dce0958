import { describe, expect, it } from 'vitest';
import { analyzeSeries, sharedPhrases, similarity, type PatternReview } from './series-pattern';

const day = (d: string, to = d) => ({ earliest: d, latest: to });

/** 12 one-star reviews in 3 days, 5 of them near-duplicates, among 20 ordinary reviews spread over a year. */
function plantedBurst(): PatternReview[] {
  const dup = [
    'Médecin incompétent et méprisant, je déconseille fortement ce cabinet. Fuyez !',
    'Médecin incompétent et méprisant, je déconseille fortement ce cabinet, à fuir.',
    'Un médecin incompétent et méprisant. Je déconseille fortement ce cabinet !',
    'Médecin incompétent et méprisant : je déconseille fortement ce cabinet. Fuyez vite.',
    'Franchement, médecin incompétent et méprisant, je déconseille fortement ce cabinet.',
  ];
  const other = ['Refus de prescription sans aucune explication.', 'Secrétaire désagréable au téléphone ce matin.', 'Retard énorme et aucune excuse.', 'Je ne reviendrai jamais.', 'Diagnostic bâclé en cinq minutes chrono.', 'Tarifs abusifs pour une simple visite.', 'Aucune écoute du patient.'];
  const burstDays = ['2026-11-27', '2026-11-28', '2026-11-29'];
  const burst = [...dup, ...other].map((text, i): PatternReview => ({ exhibit: i + 1, author: `Compte ${i}`, authorMeta: '1 avis', rating: 1, publishedRange: day(burstDays[i % 3]), text }));
  const openings = ['Très bon médecin,', 'Accueil chaleureux,', 'Rendez-vous rapide,', 'Cabinet bien tenu,', 'Docteur à l’écoute,'];
  const closings = ['je recommande vivement.', 'explications claires et utiles.', 'merci pour tout.', 'ponctualité à améliorer.'];
  const ordinary: PatternReview[] = [];
  openings.forEach((o, i) => closings.forEach((c, j) => ordinary.push({ exhibit: 13 + ordinary.length, author: `Patient ${i}-${j}`, authorMeta: 'Local Guide · 12 avis', rating: 3 + ((i + j) % 3), publishedRange: day(`2026-0${1 + ((i * 4 + j) % 9)}-01`, `2026-0${1 + ((i * 4 + j) % 9)}-28`), text: `${o} ${c}` })));
  return [...burst, ...ordinary];
}

describe('the pattern of a series', () => {
  it('a planted burst of 12 one-star reviews in 3 days shows as a burst, with its exhibits', () => {
    const p = analyzeSeries(plantedBurst());
    expect(p.count).toBe(32);
    expect(p.burst).toMatchObject({ from: '2026-11-27', to: '2026-11-29', count: 12, oneStar: 12 });
    expect(p.burst!.exhibits).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(p.ratings['1']).toBe(12);
    expect(p.oneStarShare).toBeCloseTo(12 / 32);
    expect(p.singleReviewAuthors).toBe(12);
    expect(p.localGuides).toBe(20);
    expect(p.suggestsCampaign).toBe(true);
  });

  it('the 5 near-duplicates form one group, and the shared phrase is named', () => {
    const p = analyzeSeries(plantedBurst());
    expect(p.duplicates).toHaveLength(1);
    expect(p.duplicates[0].exhibits).toEqual([1, 2, 3, 4, 5]);
    expect(p.duplicates[0].phrases.join(' | ')).toContain('incompétent et méprisant, je déconseille fortement ce cabinet.');
  });

  it('ordinary reviews spread over months show no burst, no duplicates, no repeated author', () => {
    const p = analyzeSeries(plantedBurst().slice(12));
    expect(p.burst).toBeUndefined();
    expect(p.duplicates).toEqual([]);
    expect(p.repeatedAuthors).toEqual([]);
    expect(p.suggestsCampaign).toBe(false);
  });

  it('reviews per day counts only the days known exactly; the span covers every possible date', () => {
    const p = analyzeSeries(plantedBurst());
    expect(p.perDay).toEqual([
      { day: '2026-11-27', count: 4 },
      { day: '2026-11-28', count: 4 },
      { day: '2026-11-29', count: 4 },
    ]);
    expect(p.span).toMatchObject({ from: '2026-01-01', to: '2026-11-29' });
  });

  it('a burst read from relative dates (« hier », « il y a 2 jours », « il y a 3 jours ») covers the days they may mean', () => {
    const ranges = [day('2026-11-30'), day('2026-11-28', '2026-11-29'), day('2026-11-27', '2026-11-28')];
    const burst = Array.from({ length: 6 }, (_, i): PatternReview => ({ exhibit: i + 1, author: `A${i}`, rating: 1, publishedRange: ranges[i % 3], text: `texte ${i}` }));
    const monthOld: PatternReview = { exhibit: 7, author: 'B', rating: 5, publishedRange: day('2026-10-15', '2026-11-14'), text: 'bien' };
    const p = analyzeSeries([...burst, monthOld]);
    expect(p.burst).toMatchObject({ from: '2026-11-27', to: '2026-11-30', count: 6, exhibits: [1, 2, 3, 4, 5, 6] });
  });

  it('the same author twice is named, whatever the case and accents', () => {
    const p = analyzeSeries([
      { exhibit: 1, author: 'Hélène R.', text: 'a b c d', rating: 1 },
      { exhibit: 2, author: 'helene r.', text: 'e f g h', rating: 1 },
      { exhibit: 3, author: 'Paul', text: 'i j k l', rating: 5 },
    ]);
    expect(p.repeatedAuthors).toEqual([{ author: 'Hélène R.', count: 2, exhibits: [1, 2] }]);
    expect(p.suggestsCampaign).toBe(true);
  });

  it('similarity is 1 for the same words and 0 for unrelated texts; shared phrases keep the first text’s spelling', () => {
    expect(similarity('Fuyez ce cabinet !', 'fuyez ce CABINET')).toBe(1);
    expect(similarity('Très bon accueil ici', 'Attente trop longue hier')).toBe(0);
    expect(sharedPhrases('Le Dr X est un vrai danger public, évitez.', 'Attention : le dr x est un vrai danger public')).toEqual(['Le Dr X est un vrai danger public,']);
    expect(sharedPhrases('deux mots', 'deux mots')).toEqual([]);
  });
});

describe('the timeline and the pairs of a series', () => {
  it('places every dated review on the timeline by its possible dates, and lists the undated ones apart', () => {
    const p = analyzeSeries([
      { exhibit: 2, author: 'A', rating: 1, publishedRange: day('2026-11-28'), text: 'un' },
      { exhibit: 3, author: 'B', rating: 5, publishedRange: day('2026-11-01', '2026-11-07'), text: 'deux' },
      { exhibit: 4, author: 'C', rating: 1, publishedRange: day('2026-11-28'), text: 'trois' },
      { exhibit: 5, author: 'D', rating: 2, text: 'quatre' },
    ]);
    expect(p.timeline).toEqual([
      { from: '2026-11-01', to: '2026-11-07', count: 1, oneStar: 0, exhibits: [3] },
      { from: '2026-11-28', to: '2026-11-28', count: 2, oneStar: 2, exhibits: [2, 4] },
    ]);
    expect(p.undated).toEqual({ count: 1, exhibits: [5] });
  });

  it('names each near-duplicate pair with its own shared phrases, and the exhibits behind the author signals', () => {
    const p = analyzeSeries(plantedBurst());
    const pairs = p.duplicates[0].pairs;
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    expect(pairs.every((x) => x.similarity >= 0.5 && x.exhibitA! < x.exhibitB!)).toBe(true);
    expect(pairs.find((x) => x.exhibitA === 1 && x.exhibitB === 2)?.phrases.join(' | ')).toContain('incompétent et méprisant, je déconseille fortement ce cabinet');
    expect(p.singleReviewExhibits).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(p.localGuideExhibits).toHaveLength(20);
  });
});
