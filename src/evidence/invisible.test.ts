import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeInvisible, invisibleChars } from './invisible';

describe('invisible characters in a review', () => {
  it('lists the bidi overrides and zero-width characters of the hostile fixture, with their offsets', () => {
    const [review] = JSON.parse(readFileSync(join(import.meta.dirname, '../../test/fixtures/pages/hostile/expected.json'), 'utf8'));
    const found = invisibleChars(review.text);
    expect(found.map((c) => c.codePoint)).toEqual(['U+200B', 'U+202E', 'U+202C', 'U+200D']);
    for (const c of found) for (const o of c.offsets) expect(review.text.codePointAt(o)).toBe(parseInt(c.codePoint.slice(2), 16));
    expect(describeInvisible(invisibleChars(review.author))).toBe('U+202E RIGHT-TO-LEFT OVERRIDE ×1, U+202C POP DIRECTIONAL FORMATTING ×1');
  });

  it('says nothing about ordinary text, line breaks, accents or emoji', () => {
    expect(invisibleChars('Très bien.\nÀ revoir ! 👍 «\u00a0guillemets\u00a0»\ttab')).toEqual([]);
  });
});
