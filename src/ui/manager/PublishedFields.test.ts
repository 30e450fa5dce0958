// @vitest-environment happy-dom
// The case page shows what else the site published with the review: title, date of the experience, detailed ratings,
// author signals, hidden at load, and the reply's own date; as text, never as markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewFields } from '../../shared/types';

const FR = JSON.parse(readFileSync(join(import.meta.dirname, '../../../_locales/fr/messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getUILanguage: () => 'fr-FR',
      // Each $NAME$ placeholder stands for the substitution its content names ($1, $2…).
      getMessage: (key: string, subs: string[] = []) => (FR[key]?.message ?? '').replace(/\$([A-Z]+)\$/g, (_, name: string) => {
        const n = Number(FR[key]?.placeholders?.[name.toLowerCase()]?.content.slice(1));
        return subs[n - 1] ?? '';
      }),
    },
  },
}));
const { PublishedFields } = await import('./PublishedFields');

function show(review: Partial<ReviewFields>): HTMLElement {
  const root = document.createElement('dl');
  render(h(PublishedFields, { review: { id: 'x', author: 'A', dateText: '', text: 't', translated: false, photos: { count: 0, urls: [] }, ...review } }), root);
  return root;
}

describe('PublishedFields (case page)', () => {
  it('shows the title, the experience day, the detailed ratings, the author signals, hidden at load and the reply date, in French', () => {
    const el = show({
      title: ' <b>Devis</b>  trop élevé ',
      experienceDateText: '\n Expérience vécue le\n 18 janvier 2026\n', experienceRange: { earliest: '2026-01-18', latest: '2026-01-18' },
      subRatings: [{ labelRaw: 'Accueil', valueRaw: 'Note : 2/5', rating: 2, ratingMax: 5 }, { labelRaw: 'Cadre', valueRaw: 'très bien' }],
      authorSignals: { reviewCount: 12, localGuide: true, profileUrlDropped: 'javascript:' },
      hiddenAtLoad: true,
      ownerReply: { text: 'Merci.', dateText: 'il y a 2 mois', publishedRange: { earliest: '2026-08-26', latest: '2026-09-26' } },
    });
    const dd = (cls: string) => el.querySelector(`dd.${cls}`)?.textContent;
    expect(dd('f-title')).toBe('<b>Devis</b> trop élevé');
    expect(el.querySelector('b')).toBeNull();
    expect(dd('f-experience')).toBe('Expérience vécue le 18 janvier 2026 (18 janvier 2026)');
    expect(dd('f-subratings')).toBe('Accueil 2/5 ; Cadre très bien');
    expect(dd('f-signals')).toBe('12 avis sur son profil · Local Guide · lien de profil non conservé (ni http ni https : « javascript: »)');
    expect(dd('f-hidden')).toMatch(/^oui : affiché seulement après « Charger plus d’avis »/);
    expect(dd('f-reply-date')).toBe('entre le 26 août 2026 et le 26 septembre 2026 (il y a 2 mois)');
    expect([...el.querySelectorAll('dt')].map((d) => d.textContent)).toEqual([
      'Titre de l’avis', 'Date de l’expérience', 'Notes détaillées', 'Signaux de l’auteur', 'Masqué au chargement', 'Réponse du propriétaire publiée',
    ]);
  });

  it('adds nothing for a review whose site published none of these fields', () => {
    expect(show({}).children).toHaveLength(0);
  });
});
