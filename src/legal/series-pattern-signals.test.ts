// The series pattern counts single-review accounts and Local Guides from the author signals read at capture (issue 12
// item 4), and still from the words of older exhibits that have none.
import { describe, expect, it } from 'vitest';
import { analyzeSeries, type PatternReview } from './series-pattern';

const review = (i: number, extra: Partial<PatternReview>): PatternReview => ({ exhibit: i, author: `A${i}`, rating: 1, text: `texte ${i}`, ...extra });

describe('author signals in the pattern of a series', () => {
  it('counts a single-review account from the count read on the page, whatever the words around it', () => {
    const p = analyzeSeries([
      // Trustpilot prints « FR · 1 avis »; a thousands separator or another language is read the same way.
      review(1, { authorMeta: 'FR · 1 avis', authorSignals: { reviewCount: 1 } }),
      review(2, { authorMeta: '1 234 avis', authorSignals: { reviewCount: 1234 } }),
      review(3, { authorMeta: 'Un seul avis publié', authorSignals: { reviewCount: 1 } }),
      review(4, { authorMeta: 'Local Guide · 8 reviews', authorSignals: { reviewCount: 8, localGuide: true } }),
    ]);
    expect(p.singleReviewAuthors).toBe(2);
    expect(p.localGuides).toBe(1);
  });

  it('falls back to the words for exhibits captured before the signals were read', () => {
    const p = analyzeSeries([review(1, { authorMeta: '1 avis' }), review(2, { authorMeta: 'Local Guide · 3 avis' }), review(3, {})]);
    expect(p.singleReviewAuthors).toBe(1);
    expect(p.localGuides).toBe(1);
  });
});
