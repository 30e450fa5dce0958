import { describe, expect, it } from 'vitest';
import { dateFields, publishedRange } from './dates';

// Capture time: 26 Nov 2026, 10:00 in Paris.
const NOW = new Date('2026-11-26T10:00:00+01:00');

describe('publishedRange on truncated or odd date texts from a page', () => {
  it('gives no range (and does not throw) for a relative date cut short', () => {
    for (const text of ['il y a', 'il y a ', 'il y a 3', 'il y a mois', 'Modifié il y a', 'Modifié', 'ago', 'a year', 'year ago', '3 ago', 'il y a 3 mois ago']) {
      expect(publishedRange(text, NOW), text).toBeUndefined();
    }
  });

  it('gives no range for empty or blank text, including non-breaking spaces', () => {
    for (const text of ['', ' ', '\u00a0', '\u202f\u00a0 ']) expect(publishedRange(text, NOW), JSON.stringify(text)).toBeUndefined();
  });

  it('reads every English « a year ago » variant as the same year-wide range', () => {
    const expected = { earliest: '2024-11-26', latest: '2025-11-26', edited: false };
    for (const text of ['a year ago', 'A year ago', 'an year ago', 'one year ago', '1 year ago', 'a\u00a0year\u00a0ago', 'a year ago on Google']) {
      expect(publishedRange(text, NOW), text).toEqual(expected);
    }
  });

  it('keeps the edited mark on an edited relative date, and drops it when the rest is not a date', () => {
    expect(publishedRange('Modifié il y a un an', NOW)).toEqual({ earliest: '2024-11-26', latest: '2025-11-26', edited: true });
    expect(publishedRange('Modifié il y a', NOW)).toBeUndefined();
    expect(dateFields(publishedRange('Modifié il y a', NOW), 'Modifié il y a')).toEqual({ edited: true });
  });

  it('gives no range for absolute dates with a missing or impossible part', () => {
    for (const text of ['2026-13-01', '2026-02-30', '2026-02', '12/2026', '/03/2026', '32 mars 2026', 'mars', 'March , 2026', '0 mars 2026']) {
      expect(publishedRange(text, NOW), text).toBeUndefined();
    }
  });
});
