// TEST-ONLY helpers (imported by *.test.ts, never by the extension): load a saved fixture page into happy-dom
// and replay what the fixtures' tiny scripts do on « Plus », since happy-dom does not run page scripts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

// A string path (not `new URL`): under the happy-dom environment the global URL is happy-dom's, which node:url rejects.
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/pages/');

export function readFixture(rel: string): string {
  return readFileSync(FIXTURES + rel, 'utf8');
}

export function fixtureJson<T>(rel: string): T {
  return JSON.parse(readFixture(rel)) as T;
}

/** Parses a fixture page the way a browser would load it (scripts are not run: happy-dom 20 default). */
export function loadPage(rel: string, url: string): Document {
  const win = new Window({ url });
  return new win.DOMParser().parseFromString(readFixture(rel), 'text/html') as unknown as Document;
}

/**
 * Replays the fixture pages' click handlers for a collapsed « Plus » (see the <script> at the end of
 * google-maps/page.*.html and google-search/page.fr.html): swap in the full text from the <template>, drop the control.
 */
export function clickLikeFixture(doc: Document, button: Element): boolean {
  if (button.matches('button[jsaction*="review.expandReview"]')) {
    const card = button.closest('[data-review-id].jftiEf');
    const tpl = doc.getElementById('fixture-fulltext-1') as HTMLTemplateElement | null;
    if (!card || !tpl || card.getAttribute('data-review-id') !== button.getAttribute('data-review-id')) return false;
    card.querySelector('.MyEned .wiI7pd')!.textContent = tpl.content.textContent;
    button.parentNode?.parentNode?.removeChild(button.parentNode);
    return true;
  }
  if (button.matches('.OA1nbd a.MtCSLb')) {
    const card = button.closest('.bwb7ce');
    const tpl = doc.getElementById('fixture-fulltext-s1') as HTMLTemplateElement | null;
    if (!card || !tpl) return false;
    card.querySelector('.OA1nbd')!.textContent = tpl.content.textContent;
    return true;
  }
  return false;
}
