// The reviewer's avatar is not a photo of the review, whatever its URL (saved pages and proxies rewrite them).
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { googleMaps } from './google-maps';
import { loadPage } from './testing';

describe('google-maps avatars', () => {
  it('does not count an avatar served from a non-Google URL as a review photo', () => {
    const doc = loadPage('google-maps/page.fr.html', 'https://www.google.com/maps/place/x');
    const before = googleMaps.findReviews(doc).map((c) => googleMaps.extract(c, { url: 'https://www.google.com/maps/place/x' }).photos.count);
    for (const img of doc.querySelectorAll('img.NBa7we')) img.setAttribute('src', '/saved_files/avatar.png');
    const after = googleMaps.findReviews(doc).map((c) => googleMaps.extract(c, { url: 'https://www.google.com/maps/place/x' }).photos.count);
    expect(after).toEqual(before);
    expect(after[0]).toBe(5);
  });
});
