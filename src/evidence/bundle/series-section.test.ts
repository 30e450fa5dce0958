// The bundle's report for a series case holds the pattern table and the timeline, each row citing the exhibits by
// their number in the report, in the HTML and in the PDF, French and English; two exports give the same bytes.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildSampleCase } from '../../../test/helpers/sample-case';
import type { Exhibit } from '../../shared/types';
import { SERIES_RECORD_VERSION, type SeriesRecord } from '../series-record';
import { writeBundle } from './write';
import { concatParts } from './zip-writer';

const day = (earliest: string, latest = earliest) => ({ earliest, latest });
const DUP = [
  'Médecin incompétent et méprisant, je déconseille fortement ce cabinet. Fuyez !',
  'Médecin incompétent et méprisant, je déconseille fortement ce cabinet, à fuir.',
  'Un médecin incompétent et méprisant. Je déconseille fortement ce cabinet !',
];
/** Exhibit 1: the listing's summary; 2–7: the reviews (3 near-duplicates, one author twice, one undated). */
const REVIEWS: Partial<Exhibit['review']>[] = [
  { author: 'Cabinet Dr Martin', rating: undefined, dateText: '', text: 'Cabinet Dr Martin — 4,1 — 60 avis' },
  { author: 'Compte A', authorMeta: '1 avis', rating: 1, publishedRange: day('2026-11-18'), text: DUP[0] },
  { author: 'Compte B', authorMeta: '1 avis', rating: 1, publishedRange: day('2026-11-18'), text: DUP[1] },
  { author: 'Compte C', authorMeta: '1 avis', rating: 1, publishedRange: day('2026-11-19'), text: DUP[2] },
  { author: 'Hélène <b>R.</b>', authorMeta: 'Local Guide · 40 avis', rating: 1, publishedRange: day('2026-11-01', '2026-11-07'), text: 'Attente interminable, secrétaire désagréable.' },
  { author: 'helene <b>r.</b>', rating: 5, dateText: '', text: 'Finalement très bien soignée, merci.' },
  { author: 'Paul', rating: 4, publishedRange: day('2026-11-19'), text: 'Bon accueil, explications claires.' },
];

async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, standardFontDataUrl: `${resolve('node_modules/pdfjs-dist/standard_fonts')}/` }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) text += (await (await doc.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' ') + '\n';
  await doc.destroy();
  return text;
}

async function exportSeries(opts: { series?: boolean; pdf?: boolean } = {}) {
  const caseId = 'case-series-0123456789abcdef';
  const { input } = await buildSampleCase({ caseId, exhibits: REVIEWS.length, reviews: REVIEWS, pdf: opts.pdf ?? true });
  const record: SeriesRecord = {
    schemaVersion: SERIES_RECORD_VERSION, caseId, seriesId: 's1', startedAt: '2026-11-20T09:09:00.000Z', endedAt: '2026-11-20T09:20:00.000Z',
    status: 'complete', url: 'https://www.google.com/maps/place/Cabinet+Dr+Martin', title: 'Cabinet Dr Martin', selection: { mode: 'filter', count: 6, filter: { ratings: [1], from: '2026-11-20' } },
    requested: 6, captured: 6, summaryExhibitId: input.exhibits[0].id, failures: [],
  };
  if (opts.series !== false) input.series = [record];
  const r = await writeBundle(input);
  const zip = await JSZip.loadAsync(concatParts(r.parts));
  const read = (p: string) => zip.file(`${r.folder}/${p}`)!;
  return { r, read };
}

/** The rows of the table that follows a heading, as text cells (the HTML is ours: one table per block). */
function tableAfter(html: string, heading: string): string[][] {
  const at = html.indexOf(`<h3>${heading}</h3>`);
  expect(at, heading).toBeGreaterThan(0);
  const table = html.slice(html.indexOf('<table>', at), html.indexOf('</table>', at));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].slice(1).map((m) => [...m[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]));
}

describe('the report of a series case', () => {
  it('holds the timeline: one row per possible date, a bar per review, the exhibits cited', async () => {
    const { read } = await exportSeries({ pdf: false });
    const html = await read('data/rapport-de-capture.html').async('string');
    expect(html).toContain('Série d’avis : tableau et chronologie');
    expect(tableAfter(html, 'Chronologie : avis par date de publication possible')).toEqual([
      ['du 01/11/2026 au 07/11/2026', '1', '1', '•', '5'],
      ['18/11/2026', '2', '2', '••', '2, 3'],
      ['19/11/2026', '2', '1', '••', '4, 7'],
      ['date non lue', '1', '', '•', '6'],
    ]);
    // The listing's summary is named, and counted apart from the reviews.
    expect(html).toContain('<tr><th>Résumé de la fiche</th><td>pièce 1</td></tr>');
    // How the reviews were chosen, in the report's language.
    expect(html).toContain('<tr><th>Choix des avis</th><td>6 avis choisis par filtre (note 1 étoile, publiés au plus tôt le 20/11/2026)</td></tr>');
    expect(html).toContain('<tr><th>Nombre d’avis</th><td>6</td></tr>');
  }, 60_000);

  it('holds the pattern table: ratings, author signals, near-duplicate pairs with their shared phrases, repeated authors', async () => {
    const { read } = await exportSeries({ pdf: false });
    const html = await read('data/rapport-de-capture.html').async('string');
    expect(html).toContain('<tr><th>Comptes à un seul avis</th><td>3 (pièces 2, 3, 4)</td></tr>');
    expect(html).toContain('<tr><th>Local Guides</th><td>1 (pièce 5)</td></tr>');
    expect(tableAfter(html, 'Notes')).toEqual([
      ['5 étoiles', '1', '6'], ['4 étoiles', '1', '7'], ['3 étoiles', '0', ''], ['2 étoiles', '0', ''], ['1 étoile', '4', '2, 3, 4, 5'],
    ]);
    const authors = tableAfter(html, 'Avis et signaux des auteurs');
    expect(authors).toHaveLength(6);
    expect(authors[0]).toEqual(['2', '18/11/2026', '1/5', 'Compte A', '1 avis']);
    // Author names are text, never markup.
    expect(authors[3]).toEqual(['5', 'du 01/11/2026 au 07/11/2026', '1/5', 'Hélène &#60;b&#62;R.&#60;/b&#62;', 'Local Guide · 40 avis']);
    expect(html).not.toContain('<b>R.</b>');
    const pairs = tableAfter(html, 'Formulations presque identiques');
    expect(pairs.map((p) => p[0])).toContain('2 – 3');
    const first = pairs.find((p) => p[0] === '2 – 3')!;
    expect(Number(/^(\d+) %$/.exec(first[1])![1])).toBeGreaterThanOrEqual(50);
    expect(first[2]).toContain('« Médecin incompétent et méprisant, je déconseille fortement ce cabinet. »');
    expect(tableAfter(html, 'Auteurs répétés')).toEqual([['Hélène &#60;b&#62;R.&#60;/b&#62;', '2', '5, 6']]);
  }, 60_000);

  it('says the same in English and in both PDFs, and two exports give the same bytes', async () => {
    const a = await exportSeries();
    const en = await a.read('data/capture-report.html').async('string');
    expect(en).toContain('Series of reviews: table and timeline');
    expect(tableAfter(en, 'Timeline: reviews per possible publication date')[1]).toEqual(['2026-11-18', '2', '2', '••', '2, 3']);
    const frPdf = await pdfText(await a.read('data/rapport-de-capture.pdf').async('uint8array'));
    expect(frPdf).toContain('Série d’avis : tableau et chronologie');
    expect(frPdf).toMatch(/18\/11\/2026 \| 2 \| 2 \| •• \| 2, 3/);
    expect(frPdf).toMatch(/2 – 3 \| \d+ % \| « Médecin incompétent et méprisant/);
    const enPdf = await pdfText(await a.read('data/capture-report.pdf').async('uint8array'));
    expect(enPdf).toMatch(/2026-11-19 \| 2 \| 1 \| •• \| 4, 7/);
    const b = await exportSeries();
    expect(Buffer.from(concatParts(b.r.parts)).equals(Buffer.from(concatParts(a.r.parts)))).toBe(true);
  }, 60_000);

  it('a case that is not a series has no such section', async () => {
    const { read } = await exportSeries({ series: false, pdf: false });
    const html = await read('data/rapport-de-capture.html').async('string');
    expect(html).not.toContain('Série d’avis');
    expect(html).not.toContain('Chronologie');
  }, 60_000);
});
