// Saved review pages + expected JSON are the adapters' regression tests: every field of every review.
import { describe, it, expect } from 'vitest';
import type { ReviewFields } from '../shared/types';
import { adapterFor, adapters } from './registry';
import { withDates } from './dates';
import { clickLikeFixture, fixtureJson, loadPage } from './testing';

const NOW = new Date('2026-11-26T10:00:00+01:00');

interface Urls { page: Record<string, string>; match: string[]; noMatch: string[] }
/** `lang` keys the page's URL in urls.json (`page.<lang>`); pages made for one field set use their own key (« fields.fr »). */
interface Case { adapterId: string; folder: string; page: string; expected: string; lang: string }

const CASES: Case[] = [
  { adapterId: 'google-maps', folder: 'google-maps', page: 'page.fr.html', expected: 'expected.fr.json', lang: 'fr' },
  { adapterId: 'google-maps', folder: 'google-maps', page: 'page.en.html', expected: 'expected.en.json', lang: 'en' },
  { adapterId: 'google-search', folder: 'google-search', page: 'page.fr.html', expected: 'expected.fr.json', lang: 'fr' },
  { adapterId: 'pagesjaunes', folder: 'pagesjaunes', page: 'page.fr.html', expected: 'expected.fr.json', lang: 'fr' },
  { adapterId: 'trustpilot', folder: 'trustpilot', page: 'page.fr.html', expected: 'expected.fr.json', lang: 'fr' },
  { adapterId: 'google-maps', folder: 'hostile', page: 'page.html', expected: 'expected.json', lang: 'fr' },
  // Every published field (issue 12 item 4): title, experience date, sub-ratings, hidden at load, reply by heading, author signals, listing name.
  ...(['google-maps', 'google-search', 'trustpilot'] as const).flatMap((site) => (['fr', 'en'] as const).map((l) => (
    { adapterId: site, folder: site, page: `fields.${l}.html`, expected: `expected.fields.${l}.json`, lang: `fields.${l}` }))),
  { adapterId: 'pagesjaunes', folder: 'pagesjaunes', page: 'fields.fr.html', expected: 'expected.fields.fr.json', lang: 'fields.fr' },
];

function open(c: Case) {
  const urls = fixtureJson<Urls>(`${c.folder}/urls.json`);
  const url = urls.page[c.lang];
  const doc = loadPage(`${c.folder}/${c.page}`, url);
  const adapter = adapterFor(url, doc);
  return { url, doc, adapter };
}

/** What the capture pipeline does: click every collapsed control, then read. */
function expandAll(doc: Document, cards: Element[], adapterId: string) {
  const a = adapters.find((x) => x.id === adapterId)!;
  for (const card of cards) for (const b of a.expandButtons(card)) clickLikeFixture(doc, b);
}

describe.each(CASES)('$folder/$page', (c) => {
  it(`is read by the ${c.adapterId} adapter, every field of every review as expected`, () => {
    const { url, doc, adapter } = open(c);
    expect(adapter.id).toBe(c.adapterId);
    const cards = adapter.findReviews(doc);
    const expected = fixtureJson<ReviewFields[]>(`${c.folder}/${c.expected}`);
    expect(cards).toHaveLength(expected.length);
    expandAll(doc, cards, c.adapterId);
    // What the capture does: the content script reads (extract), the service worker adds the dates (withDates).
    const got = cards.map((card) => JSON.parse(JSON.stringify(withDates(adapter.extract(card, { url }), NOW))));
    for (let i = 0; i < expected.length; i++) expect(got[i], `review ${i + 1}`).toStrictEqual(expected[i]);
  });

  it('is read in the page as the page words it, with no date range (those are computed in the service worker)', () => {
    const { url, doc, adapter } = open(c);
    const expected = fixtureJson<ReviewFields[]>(`${c.folder}/${c.expected}`);
    const raw = adapter.findReviews(doc).map((card) => adapter.extract(card, { url }));
    for (let i = 0; i < expected.length; i++) {
      expect(raw[i], `review ${i + 1}`).not.toHaveProperty('publishedRange');
      expect(raw[i], `review ${i + 1}`).not.toHaveProperty('editedRange');
      expect(raw[i], `review ${i + 1}`).not.toHaveProperty('edited');
      expect(raw[i].dateText, `review ${i + 1}`).toBe(expected[i].dateText);
    }
  });

  it('is recognised by its own adapter only when the URL says nothing (saved page on 127.0.0.1)', () => {
    const { doc } = open(c);
    const claimed = adapters.filter((a) => a.detect(doc)).map((a) => a.id);
    expect(claimed).toEqual([c.adapterId]);
    expect(adapterFor('http://127.0.0.1:8080/page.html', doc).id).toBe(c.adapterId);
  });
});

describe('google-maps: collapsed controls, owner reply, translation', () => {
  const c = CASES[0];

  it('finds the collapsed « Plus » of the review and of the owner reply, never inside other cards', () => {
    const { doc, adapter } = open(c);
    const [one, two, three] = adapter.findReviews(doc);
    const b1 = adapter.expandButtons(one);
    expect(b1.map((b) => b.textContent)).toEqual(['Plus']);
    expect(b1[0].getAttribute('jsaction')).toContain('review.expandReview');
    const b2 = adapter.expandButtons(two);
    expect(b2.map((b) => b.getAttribute('jsaction'))).toEqual(['pane.wfvdle25.review.expandOwnerResponse']);
    expect(adapter.expandButtons(three)).toEqual([]);
  });

  it('finds the English « More » in the old jsaction form', () => {
    const { doc, adapter } = open(CASES[1]);
    const [one] = adapter.findReviews(doc);
    expect(adapter.expandButtons(one).map((b) => [b.textContent, b.getAttribute('jsaction')])).toEqual([['More', 'pane.review.expandReview']]);
  });

  it('reads the truncated text without the « Plus » label before expansion, and has nothing left to expand after', () => {
    const { doc, adapter, url } = open(c);
    const [one] = adapter.findReviews(doc);
    const before = adapter.extract(one, { url }).text;
    expect(before.endsWith('malgré un rendez-vous …')).toBe(true);
    expect(before).not.toContain('Plus');
    for (const b of adapter.expandButtons(one)) clickLikeFixture(doc, b);
    expect(adapter.expandButtons(one)).toEqual([]);
    expect(adapter.extract(one, { url }).text.endsWith('la prise en charge a été excellente.')).toBe(true);
  });

  it('keeps the owner reply out of the review text', () => {
    const { doc, adapter, url } = open(c);
    const two = adapter.findReviews(doc)[1];
    const r = adapter.extract(two, { url });
    expect(r.text).not.toContain('Bonjour, merci');
    expect(r.ownerReply?.text.startsWith('Bonjour, merci')).toBe(true);
    expect(r.ownerReply?.text).not.toContain('Plus');
  });

  it('offers the « Voir l\'original » toggle only on the translated review', () => {
    const { doc, adapter } = open(c);
    const [one, , three] = adapter.findReviews(doc);
    expect(adapter.originalTextButton!(one)).toBeNull();
    expect(adapter.originalTextButton!(three)?.textContent).toBe("Voir l'original (anglais)");
  });

  it('still yields one card per review when the card element loses its data-review-id', () => {
    const { doc, adapter } = open(c);
    for (const card of Array.from(doc.querySelectorAll('.jftiEf'))) card.removeAttribute('data-review-id');
    const cards = adapter.findReviews(doc);
    expect(cards).toHaveLength(3);
    expect(cards.map((card) => card.querySelector('.d4r55')?.textContent)).toEqual(['Camille Martin', 'Jean-Pierre D.', 'Sarah Thompson']);
  });
});

describe('google-search', () => {
  it('finds the « Plus » link of the truncated review and excludes its label from the text', () => {
    const { doc, adapter, url } = open(CASES[2]);
    const [one, two] = adapter.findReviews(doc);
    expect(adapter.expandButtons(one).map((b) => b.textContent)).toEqual(['Plus']);
    expect(adapter.expandButtons(two)).toEqual([]);
    const text = adapter.extract(one, { url }).text;
    expect(text.endsWith('poste par poste…')).toBe(true);
  });

  it('a stray inner [data-review-id] (the photo carousel) leads the Maps reader to its card, not to the whole list', () => {
    const { doc } = open(CASES[2]);
    const cards = adapters.find((a) => a.id === 'google-maps')!.findReviews(doc);
    expect(cards.map((el) => el.getAttribute('data-id'))).toEqual(['ChZDSUhNMG9nS0VJQ0FnSUQxT040M3hLEAE']);
  });
});

describe('hostile page', () => {
  it('keeps markup-looking text as text and invisible characters byte-exact', () => {
    const { doc, adapter, url } = open(CASES[5]);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    const r = adapter.extract(adapter.findReviews(doc)[0], { url });
    expect(r.text).toContain('<script>alert(1)</script>');
    expect(r.text).toContain('<img src=x onerror=alert(2)>');
    // Untrimmed: the element's text starts with the source's newline and indentation, as the DOM holds it.
    expect(r.text.startsWith('\n  \u200B')).toBe(true);
    expect(r.text.endsWith('espaces\u200D\n            ')).toBe(true);
    expect([...r.text].filter((ch) => ch === '\u202E')).toHaveLength(1);
    expect(r.author).toBe('<img src=x onerror=alert(3)> \u202Eyelsnah\u202C');
  });
});

describe('URLs: each adapter claims its own test URLs and no other adapter does', () => {
  const folders = ['google-maps', 'google-search', 'pagesjaunes', 'trustpilot'];
  for (const own of folders) {
    const urls = fixtureJson<Urls>(`${own}/urls.json`);
    for (const u of urls.match) {
      it(`${u} → ${own} only`, () => {
        expect(adapters.filter((a) => a.matches(new URL(u))).map((a) => a.id)).toEqual([own]);
        expect(adapterFor(u).id).toBe(own);
      });
    }
    for (const u of urls.noMatch) {
      it(`${u} is not ${own}`, () => {
        expect(adapters.find((a) => a.id === own)!.matches(new URL(u))).toBe(false);
      });
    }
  }

  it('falls back to the generic adapter for unknown or unparsable URLs with no recognisable page', () => {
    expect(adapterFor('https://www.doctolib.fr/medecin-generaliste/paris').id).toBe('generic');
    expect(adapterFor('not a url').id).toBe('generic');
  });
});
