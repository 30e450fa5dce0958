// @vitest-environment happy-dom
// The secrecy check as the doctor sees it: never a green "no breach" tick, the words at fault quoted, the policy
// findings apart, what was checked and what to reread always shown, and a button that hands over the safer version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const FR = JSON.parse(readFileSync(join(import.meta.dirname, '../../../_locales/fr/messages.json'), 'utf8')) as Record<string, { message: string }>;
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getUILanguage: () => 'fr-FR',
      getMessage: (key: string, subs: string[] = []) => (FR[key]?.message ?? '').replace(/\$[A-Z]+\$/g, () => subs[0] ?? ''),
    },
  },
}));
const { SecrecyCheck } = await import('./SecrecyCheck');

let root: HTMLElement;
const show = (props: { text: string; author?: string; onUseSafer?: (s: string) => void }) => {
  root = document.createElement('div');
  document.body.append(root);
  render(h(SecrecyCheck, { lang: 'fr', author: '', ...props }), root);
  return root;
};
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('SecrecyCheck (manager, drafts)', () => {
  it('quotes the words at fault, explains why, and hands the safer version over on « Utiliser la version proposée »', () => {
    const onUseSafer = vi.fn();
    const el = show({ text: 'Merci pour votre message, toute l’équipe l’a lu. J’espère que votre dos va mieux.', onUseSafer });
    const status = el.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect([...el.querySelectorAll('q.sec-words')].map((q) => q.textContent)).toContain('votre dos va mieux');
    expect(el.textContent).toContain('R.4127-4');
    expect(el.querySelector('blockquote.safer')!.textContent).toBe('Merci pour votre message, toute l’équipe l’a lu.');
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Utiliser la version proposée')!;
    button.click();
    expect(onUseSafer).toHaveBeenCalledWith('Merci pour votre message, toute l’équipe l’a lu.');
  });

  it('with no finding, shows no green tick but says the check is no guarantee, what it looked for and what to reread', () => {
    const el = show({ text: 'Nous prenons note de votre avis. Le secrétariat reste joignable.' });
    expect(el.textContent).not.toContain('✓');
    expect(el.textContent).not.toMatch(/Aucune atteinte/);
    expect(el.querySelector('.sec-none')!.textContent).toMatch(/^Aucun élément à risque repéré par la vérification automatique/);
    expect(el.querySelectorAll('.sec-checked li').length).toBeGreaterThanOrEqual(3);
    expect(el.querySelector('.sec-reread')!.textContent).toMatch(/Relisez vous-même/);
    expect(el.querySelectorAll('.sec-reread li').length).toBeGreaterThanOrEqual(3);
    expect(el.querySelector('button')).toBeNull();
  });

  it('shows advertising and counter-accusations apart from secrecy, citing the articles', () => {
    const el = show({ text: 'Cet avis est mensonger. Nous sommes les meilleurs de la ville.' });
    const policy = el.querySelector('.sec-policy')!;
    expect([...policy.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['Cet avis est mensonger', 'sommes les meilleurs']);
    expect(policy.textContent).toContain('R.4127-19-1');
    expect(el.querySelector('.sec-findings')).toBeNull();
    expect(el.querySelector('.sec-none')).toBeNull();
  });

  it('marks addressing the reviewer by name as a risk, and renders hostile text as text', () => {
    const el = show({ text: 'Bonjour Marc, <img src=x onerror=alert(1)> merci.', author: 'Marc <b>T</b>' });
    expect(el.querySelector('.sec-finding.risk .sec-badge')!.textContent).toBe('Risque');
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
  });
});
