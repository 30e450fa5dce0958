// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recordChanges, restorePage, restorePoint } from './restore';

function card(): HTMLElement {
  document.body.innerHTML = `
    <div class="card" data-review-id="r1">
      <div class="text"><span class="body">Début de l’avis …</span> <span class="more-wrap"><button class="more" aria-expanded="false">Plus</button></span></div>
      <button class="original">Voir l’original</button>
    </div>`;
  return document.querySelector('.card')!;
}

/** What the site does on « Plus »: full text in, button out (as Google Maps does). */
function clickMore(c: Element): void {
  c.querySelector('.body')!.textContent = 'Début de l’avis, et toute la suite du texte.';
  c.querySelector('.more')!.setAttribute('aria-expanded', 'true');
  c.querySelector('.more-wrap')!.remove();
}

describe('putting the page back after a capture', () => {
  it('closes a text Avisé expanded: the same « Plus » button is back, with the short text, and the log says so', async () => {
    const c = card();
    const button = c.querySelector('.more');
    const before = c.innerHTML;
    const point = restorePoint(c);
    await recordChanges(point, async () => {
      clickMore(c);
      point.expanded = 1;
    });
    expect(c.querySelector('.more')).toBeNull();
    const action = restorePage(point);
    expect(c.innerHTML).toBe(before);
    expect(c.querySelector('.more')).toBe(button);
    expect(button!.getAttribute('aria-expanded')).toBe('false');
    expect(action.kind).toBe('restore');
    expect(action.detail).toMatch(/^page restored: scroll back \(window to \d+px\), 1 text collapsed$/);
  });

  it('leaves alone a text the doctor had opened (nothing clicked, nothing undone)', async () => {
    const c = card();
    clickMore(c); // the doctor's own click, before the capture
    const opened = c.innerHTML;
    const point = restorePoint(c);
    await recordChanges(point, async () => undefined);
    const action = restorePage(point);
    expect(c.innerHTML).toBe(opened);
    expect(action.detail).not.toMatch(/collapsed/);
  });

  it('says the text was left expanded when the page changed it since, rather than breaking the card', async () => {
    const c = card();
    const point = restorePoint(c);
    await recordChanges(point, async () => {
      clickMore(c);
      point.expanded = 1;
    });
    c.querySelector('.body')!.textContent = 'The site re-rendered the text.'; // after Avisé stopped recording
    const action = restorePage(point);
    expect(action.detail).toMatch(/1 text left as expanded \(the page changed it since\)/);
    expect(c.querySelector('.body')!.textContent).toBe('The site re-rendered the text.');
    expect(c.querySelector('.more')).toBeNull(); // not half undone either
  });

  it('with no restore point (nothing prepared), says nothing was changed', () => {
    expect(restorePage(undefined).detail).toBe('page restored: nothing had been changed');
  });
});
