import { describe, expect, it } from 'vitest';
import type { ReviewSummary } from '../../messaging/protocol';
import { rankReviews } from './order';

const r = (author: string, rating: number | undefined, excerpt: string): ReviewSummary => ({ key: author, id: '', author, rating, dateText: 'il y a 2 mois', excerpt });

const PAGE = [
  r('Camille', 5, 'Très bon accueil, médecin à l’écoute.'),
  r('Paul', 3, 'Attente un peu longue.'),
  r('Marc', 1, 'Ce médecin est un charlatan et un escroc.'),
  r('Inès', 5, 'Ce médecin est un escroc, fuyez.'),
  r('Léa', undefined, 'Rien à dire.'),
  r('Jean', 2, 'Injoignable au téléphone.'),
];

describe('which reviews the popup lists first', () => {
  it('puts the lowest ratings first, and folds 4–5 stars without flagged words under « Autres avis »', () => {
    const { attention, others } = rankReviews(PAGE);
    expect(attention.map((x) => x.review.author).slice(0, 2)).toEqual(['Marc', 'Jean']);
    expect(others.map((x) => x.review.author)).toEqual(['Camille']);
  });

  it('keeps a 5-star review that uses words the hints flag among those to look at', () => {
    const { attention } = rankReviews(PAGE);
    expect(attention.map((x) => x.review.author)).toContain('Inès');
    expect(attention.find((x) => x.review.author === 'Inès')!.flags).toBeGreaterThan(0);
  });

  it('keeps each review’s position on the page, so that tests and the doctor can find it', () => {
    const { attention, others } = rankReviews(PAGE);
    for (const x of [...attention, ...others]) expect(PAGE[x.index]).toBe(x.review);
  });

  it('filters by author or words, ignoring case and accents', () => {
    expect(rankReviews(PAGE, 'INES').attention.map((x) => x.review.author)).toEqual(['Inès']);
    expect(rankReviews(PAGE, 'accueil').others.map((x) => x.review.author)).toEqual(['Camille']);
    const none = rankReviews(PAGE, 'introuvable');
    expect(none.attention.length + none.others.length).toBe(0);
  });

  // Its speed is measured by `npm run bench` (popup first paint), not timed here.
  it('keeps all 200 reviews of a long listing, every one in exactly one group', () => {
    const many = Array.from({ length: 200 }, (_, i) => r(`Auteur ${i}`, (i % 5) + 1, `Avis numéro ${i}, consultation correcte, rien à signaler de particulier.`));
    const { attention, others } = rankReviews(many);
    expect(attention.length + others.length).toBe(200);
    expect(new Set([...attention, ...others].map((x) => x.review.author)).size).toBe(200);
  });
});
