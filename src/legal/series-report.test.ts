import { describe, expect, it } from 'vitest';
import { analyzeSeries, type PatternReview } from './series-pattern';
import { platformReportText } from './series-report';

const day = (d: string) => ({ earliest: d, latest: d });
const burst: PatternReview[] = [
  ...['Fuyez ce médecin incompétent et méprisant au plus vite', 'Fuyez ce médecin incompétent et méprisant au plus vite !', 'fuyez ce médecin incompétent et méprisant au plus vite.'].map((text, i) => ({ exhibit: i + 2, author: `X${i}`, authorMeta: '1 avis', rating: 1, publishedRange: day(`2026-11-2${7 + i}`), text })),
  { exhibit: 5, author: 'Y', authorMeta: '1 avis', rating: 1, publishedRange: day('2026-11-28'), text: 'Accueil froid.' },
  { exhibit: 6, author: 'Y', authorMeta: '1 avis', rating: 1, publishedRange: day('2026-11-29'), text: 'Je ne reviendrai pas.' },
];

describe('the platform report of a series', () => {
  it('cites the burst, the near-duplicates with a shared passage, the repeated author and the exhibits’ numbers', () => {
    const text = platformReportText(analyzeSeries(burst), { name: 'Cabinet des Tilleuls', url: 'https://maps.example/x' }, 'fr');
    expect(text).toContain('Objet : avis coordonnés sur la fiche « Cabinet des Tilleuls »');
    expect(text).toContain('5 avis ont été publiés entre le 27/11/2026 et le 29/11/2026, dont 5 à 1 étoile (pièces n° 2, 3, 4, 5, 6)');
    expect(text).toContain('3 avis reprennent presque mot pour mot le même texte (pièces n° 2, 3, 4) : « Fuyez ce médecin incompétent et méprisant au plus vite »');
    expect(text).toContain('L’auteur « Y » a publié 2 de ces avis (pièces n° 5, 6)');
    expect(text).toContain('5 de ces auteurs n’ont publié aucun autre avis');
    // It asks for a review under the platform's rules; it does not assert the reviews are fake.
    expect(text).toContain('semblent relever');
    expect(text).not.toMatch(/sont (des )?faux/);
  });

  it('is written in English too, with the same facts', () => {
    const text = platformReportText(analyzeSeries(burst), { name: 'Cabinet', url: 'u' }, 'en');
    expect(text).toContain('5 reviews were published between 27 Nov 2026 and 29 Nov 2026, 5 of them one-star (exhibits no. 2, 3, 4, 5, 6)');
    expect(text).toContain('fake engagement');
  });

  it('ordinary reviews give a report with no burst, duplicate or repeated-author line', () => {
    const text = platformReportText(analyzeSeries([{ exhibit: 2, author: 'A', rating: 5, text: 'Très bien', publishedRange: day('2026-01-05') }, { exhibit: 3, author: 'B', rating: 4, text: 'Correct', publishedRange: day('2026-06-05') }]), { name: 'C', url: 'u' }, 'fr');
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toEqual([]);
  });
});
