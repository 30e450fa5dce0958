// The popup's list reads each card with `listOnly` (issue 14: 500 reviews in ≤ 20 ms): it must show the same review
// (id, author, rating, date, text) as the capture's full read of the same card.
import { describe, it, expect } from 'vitest';
import { adapterFor } from './registry';
import { fixtureJson, loadPage } from './testing';
import { outermost } from './dom';
import { Window } from 'happy-dom';

const PAGES = [
  ['google-maps', 'page.fr.html', 'fr'],
  ['google-maps', 'page.en.html', 'en'],
  ['google-search', 'page.fr.html', 'fr'],
  ['pagesjaunes', 'page.fr.html', 'fr'],
  ['trustpilot', 'page.fr.html', 'fr'],
  ['hostile', 'page.html', 'fr'],
] as const;

describe.each(PAGES)('%s/%s', (folder, page, lang) => {
  it('lists every review with the same id, author, rating, date and text as the full read', () => {
    const url = fixtureJson<{ page: Record<string, string> }>(`${folder}/urls.json`).page[lang];
    const doc = loadPage(`${folder}/${page}`, url);
    const adapter = adapterFor(url, doc);
    const cards = adapter.findReviews(doc);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const pick = (f: ReturnType<typeof adapter.extract>) => [f.id, f.author, f.rating, f.dateText, f.text];
      expect(pick(adapter.extract(card, { url, listOnly: true }))).toStrictEqual(pick(adapter.extract(card, { url })));
    }
  });
});

describe('outermost', () => {
  it('keeps the matches that are not inside another match below the root, and those whose enclosing match is the root or above it', () => {
    const document = new Window().document as unknown as Document;
    const make = (parent: Element, cls: string) => parent.appendChild(Object.assign(document.createElement('div'), { className: cls }));
    const outer = make(document.body, 'm');
    const root = make(outer, 'm root');
    const a = make(root, 'm');
    make(a, 'm'); // inside a: dropped
    const wrap = make(root, 'x');
    const b = make(wrap, 'm');
    expect(outermost(root, '.m')).toStrictEqual([a, b]);
    expect(outermost(document, '.m')).toStrictEqual([outer]);
  });
});
