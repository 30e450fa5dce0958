// The capture report states every field the site published with the review (issue 12 item 4), in French and English:
// title, date of the experience, detailed ratings, the owner reply with its own date, author signals, hidden at load.
import { describe, expect, it } from 'vitest';
import { buildSampleCase } from '../../../test/helpers/sample-case';
import type { Exhibit, Lang, ReviewFields } from '../../shared/types';
import { reportBlocks, type Block } from './report';

const FIELDS: Partial<ReviewFields> = {
  title: ' Devis  trop élevé\u200B ',
  experienceDateText: '\n  Expérience vécue le\n  18 janvier 2026\n',
  experienceRange: { earliest: '2026-01-18', latest: '2026-01-18' },
  subRatings: [
    { labelRaw: 'Accueil', valueRaw: 'Note : 2/5', rating: 2, ratingMax: 5 },
    { labelRaw: ' Ponctualité ', valueRaw: 'Note : 1/5', rating: 1, ratingMax: 5 },
    { labelRaw: 'Cadre', valueRaw: 'très bien' },
  ],
  hiddenAtLoad: true,
  authorUrl: 'https://www.google.com/maps/contrib/1/reviews',
  authorSignals: { reviewCount: 12, localGuide: true },
  ownerReply: { text: 'Merci pour votre retour.', headingRaw: 'Réponse de Cabinet des Lilas', dateText: '6 mars 2026', publishedRange: { earliest: '2026-03-06', latest: '2026-03-06' } },
  placeName: 'Cabinet des Lilas',
  placeHeadingRaw: 'Cabinet des Lilas Avis 12',
};

async function reportText(lang: Lang, fields: Partial<ReviewFields>): Promise<string> {
  const { input } = await buildSampleCase({ exhibits: 1 });
  const ex: Exhibit = { ...input.exhibits[0], review: { ...input.exhibits[0].review, ...fields } };
  const blocks = reportBlocks({ caseIds: [ex.caseId], software: { name: 'Avisé', version: 'test' }, exhibits: [{ exhibit: ex, dir: 'exhibits/01/' }], custody: [], lang });
  // Key-value rows as « label = value », so the assertions read the same in both languages.
  return blocks.map((b: Block) => ('text' in b ? b.text : 'rows' in b ? b.rows.map((r) => r.join(' = ')).join('\n') : '')).join('\n');
}

describe('the capture report names every field the site published with the review', () => {
  it('in French: title, date of the experience, detailed ratings, the owner reply and its date, author signals, hidden at load', async () => {
    const text = await reportText('fr', FIELDS);
    expect(text).toContain('Titre de l’avis\nDevis trop élevé');
    expect(text).toContain('Date de l’expérience = 18 janvier 2026 (affiché : « Expérience vécue le 18 janvier 2026 »)');
    expect(text).toContain('Notes détaillées = Accueil 2/5 ; Ponctualité 1/5 ; Cadre très bien');
    expect(text).toContain('Réponse du propriétaire, publiée le 6 mars 2026 (affiché : « 6 mars 2026 » ; titre affiché : « Réponse de Cabinet des Lilas »)\nMerci pour votre retour.');
    expect(text).toContain('Signaux de l’auteur = 12 avis sur son profil · Local Guide · profil https://www.google.com/maps/contrib/1/reviews');
    expect(text).toContain('Masqué au chargement de la page = oui');
    // An invisible character in the title is named, like one in the text.
    expect(text).toMatch(/Caractères invisibles \(conservés tels quels\) = titre : .*200B/);
    expect(text).toContain('Titre de la fiche tel qu’affiché = Cabinet des Lilas Avis 12');
  });

  it('in English, with a reply dated only as a range and a profile link that was dropped', async () => {
    const text = await reportText('en', {
      ...FIELDS,
      authorUrl: undefined,
      authorSignals: { reviewCount: 1, profileUrlDropped: 'javascript:' },
      ownerReply: { text: 'Thanks.', dateText: '2 months ago', publishedRange: { earliest: '2026-08-26', latest: '2026-09-26' } },
    });
    expect(text).toContain('Review title\nDevis trop élevé');
    expect(text).toContain('Date of the experience = 18 January 2026');
    expect(text).toContain('Detailed ratings = Accueil 2/5 ; Ponctualité 1/5 ; Cadre très bien');
    expect(text).toContain('Owner reply, published between 26 August 2026 and 26 September 2026 (shown: “2 months ago”)\nThanks.');
    expect(text).toContain('Author signals = 1 review on their profile · profile link not kept (neither http nor https: “javascript:”)');
    expect(text).toContain('Hidden when the page loaded = yes');
  });

  it('adds no line for a field the site did not publish, and dates a reply with no readable date as the page shows it', async () => {
    const fr = await reportText('fr', { ownerReply: { text: 'Merci.', dateText: 'récemment' } });
    for (const label of ['Titre de l’avis', 'Date de l’expérience', 'Notes détaillées', 'Masqué au chargement', 'Titre de la fiche']) expect(fr).not.toContain(label);
    expect(fr).toContain('Réponse du propriétaire, datée « récemment » sur la page\nMerci.');
  });
});
