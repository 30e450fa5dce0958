// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest';
import { observeNewReviews } from './observe';
import { googleMaps } from './google-maps';
import { readFixture } from './testing';

const flush = () => new Promise((r) => setTimeout(r, 0));

function mountMapsFixture(): Element {
  const parsed = new DOMParser().parseFromString(readFixture('google-maps/page.fr.html'), 'text/html');
  document.body.replaceChildren(document.importNode(parsed.getElementById('QA0Szd')!, true));
  return document.querySelector('.lXJj5c')!.parentElement!; // the review list: the spinner is its last child
}

function cloneCard(list: Element, newId: string): Element {
  const card = list.querySelector('.jftiEf')!.cloneNode(true) as Element;
  for (const el of [card, ...Array.from(card.querySelectorAll('[data-review-id]'))]) el.setAttribute('data-review-id', newId);
  return card;
}

describe('observeNewReviews: cards appended by infinite scroll', () => {
  it('reports an appended card once, not the cards already there, and nothing after stop()', async () => {
    const list = mountMapsFixture();
    const seen: Element[][] = [];
    const stop = observeNewReviews(googleMaps, document.body, (cards) => seen.push(cards));

    const added = cloneCard(list, 'NEWID1');
    list.insertBefore(added, list.querySelector('.lXJj5c'));
    await flush();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual([added]);

    // Unrelated DOM churn (a like counter, a spinner) and moving the same card do not re-report it.
    list.append(document.createElement('div'));
    list.append(added);
    await flush();
    expect(seen).toHaveLength(1);

    stop();
    list.append(cloneCard(list, 'NEWID2'));
    await flush();
    expect(seen).toHaveLength(1);
  });

  it('reports several cards added in one batch together, in document order', async () => {
    const list = mountMapsFixture();
    const seen: Element[][] = [];
    const stop = observeNewReviews(googleMaps, document.body, (cards) => seen.push(cards));
    const a = cloneCard(list, 'A');
    const b = cloneCard(list, 'B');
    list.append(a, b);
    await flush();
    stop();
    expect(seen).toEqual([[a, b]]);
  });
});
