import { describe, it, expect } from 'vitest';
import { Window } from 'happy-dom';
import { generic } from './generic';
import { withDates } from './dates';

const NOW = new Date('2026-11-26T10:00:00+01:00');
const URL_ = 'https://avis.example.org/medecin/dr-x';

function page(html: string): Document {
  const win = new Window({ url: URL_ });
  return new win.DOMParser().parseFromString(`<!DOCTYPE html><html lang="fr"><body>${html}</body></html>`, 'text/html') as unknown as Document;
}

describe('generic adapter (element picker on any other site)', () => {
  it('reads a schema.org microdata review: author, rating, date and body', () => {
    const doc = page(`
      <div itemscope itemtype="https://schema.org/Review" id="r">
        <a href="/u/42" itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Paul M.</span></a>
        <span itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="ratingValue" content="2">2/5</span>
        <time itemprop="datePublished" datetime="2026-03-12">12 mars 2026</time>
        <p itemprop="reviewBody">  Très long délai  d'attente. </p><!-- outer spaces kept: the page's text, untrimmed -->
      </div>`);
    const [card] = generic.findReviews(doc);
    expect(card?.id).toBe('r');
    const raw = generic.extract(card, { url: URL_ });
    expect(raw).toEqual({
      id: '', author: 'Paul M.', authorUrl: 'https://avis.example.org/u/42', rating: 2, ratingMax: 5, dateText: '12 mars 2026',
      dateMachine: '2026-03-12', text: "  Très long délai  d'attente. ", translated: false, photos: { count: 0, urls: [] }, placeUrl: URL_,
    });
    expect(withDates(raw, NOW)).toEqual({
      id: '', author: 'Paul M.', authorUrl: 'https://avis.example.org/u/42', rating: 2, ratingMax: 5, dateText: '12 mars 2026',
      publishedRange: { earliest: '2026-03-12', latest: '2026-03-12' }, edited: false, text: "  Très long délai  d'attente. ",
      translated: false, photos: { count: 0, urls: [] }, placeUrl: URL_,
    });
  });

  it('takes the whole text of a picked element and finds a relative date and a star label in it', () => {
    const doc = page(`<section id="pick"><b>Anne</b><span aria-label="1 étoile" role="img"></span><span>il y a 3 mois</span>
      <div>Je ne recommande pas.</div></section>`);
    const r = withDates(generic.extract(doc.getElementById('pick')!, { url: URL_ }), NOW);
    expect(r.rating).toBe(1);
    expect(r.dateText).toBe('il y a 3 mois');
    expect(r.publishedRange).toEqual({ earliest: '2026-07-26', latest: '2026-08-26' });
    expect(r.text.startsWith('Anne')).toBe(true);
    expect(r.text.endsWith('Je ne recommande pas.')).toBe(true);
  });

  it('never throws, whatever it is given, and leaves unknown fields empty rather than guessed', () => {
    const doc = page('<div id="empty"></div><svg id="svg"><text>5 stars</text></svg>');
    for (const el of [doc.getElementById('empty')!, doc.getElementById('svg')!, doc.createElement('p')]) {
      const r = withDates(generic.extract(el, { url: 'not a url' }), NOW);
      expect(r.id).toBe('');
      expect(r.publishedRange).toBeUndefined();
    }
    expect(generic.extract(doc.getElementById('svg')!, { url: URL_ }).text).toBe('5 stars');
  });

  it('claims no URL and no page, so that it is only ever the fallback', () => {
    expect(generic.matches(new URL('https://www.google.com/maps/place/x'))).toBe(false);
    expect(generic.detect(page('<div itemscope itemtype="https://schema.org/Review"></div>'))).toBe(false);
  });
});
