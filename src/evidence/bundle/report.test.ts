import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { decode, encode } from 'fast-png';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildSampleCase } from '../../../test/helpers/sample-case';
import type { CustodyEntry, Exhibit, PageAction } from '../../shared/types';
import { custodyPair } from '../custody-text';
import { createInstallationKey, memoizingSigner, memoryCache } from '../signing';
import { actionPair } from './action-text';
import { checkAttestedView, type AttestedSidecar } from './attested';
import { parisLong, parisWithUtc } from './paris-time';
import { toWinAnsi } from './report-pdf';
import { reportBlocks } from './report';
import { writeBundle } from './write';
import { concatParts } from './zip-writer';

// The actions the content scripts really log (src/content/index.ts, src/content/prepare.ts), one of each kind.
const REAL_ACTIONS: Omit<PageAction, 'at'>[] = [
  { kind: 'inject', detail: 'Avisé content script injected into the page after the doctor clicked Avisé (reads the page; adds no element to it)' },
  { kind: 'highlight', detail: 'review chosen by the doctor with Avisé\'s picker (<div> clicked, its review card captured); the picker\'s overlay was removed before any screenshot' },
  { kind: 'expand', detail: 'clicked button « Plus »' },
  { kind: 'expand', detail: 'clicked the site’s « original text » toggle to read the review in its original language' },
  { kind: 'restore', detail: 'clicked the toggle again to show the translated text the doctor was reading' },
  { kind: 'scroll', detail: 'review scrolled into view (container div « Avis » scrollTop=812)' },
  { kind: 'scroll', detail: 'scrolled to review offset 640px for a stitched capture' },
  { kind: 'scroll', detail: 'page scrolled to 1200px for the full-page image' },
  { kind: 'wait', detail: 'waited 300 ms for the page to settle' },
  { kind: 'restore', detail: 'capture finished; expanded texts left open, scroll position left as is' },
];

// English lines the French report used to carry (issue 9): none may appear in it any more.
const ENGLISH_LINES = [
  'content script injected', 'inject —', 'clicked', 'scrolled', 'picker', 'toggle', 'capture finished', 'for a stitched capture', 'full-page image',
  'Capture report', 'This document describes', 'Automated actions', 'Reading copy', 'authoritative', 'Screenshot', 'derived from', 'How to verify',
  'Public key fingerprint', 'hash-chained', 'Installation signature', 'Exhibit', 'Paris time', 'Start (UTC)', 'Custody log',
];

async function pdfText(bytes: Uint8Array): Promise<{ text: string; images: number }> {
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, standardFontDataUrl: `${resolve('node_modules/pdfjs-dist/standard_fonts')}/` }).promise;
  let text = '', images = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ') + '\n';
    const ops = await page.getOperatorList();
    images += ops.fnArray.filter((f) => f === OPS.paintImageXObject).length;
  }
  await doc.destroy();
  return { text, images };
}

async function exportSample(opts: Parameters<typeof buildSampleCase>[0] = {}) {
  const { input } = await buildSampleCase({ signer: memoizingSigner(await createInstallationKey(), memoryCache()), fullPage: true, actions: REAL_ACTIONS, ...opts });
  input.profile = { civility: 'Dr', firstName: 'Claire', lastName: 'Lefèvre', title: 'Médecin généraliste', rpps: '10101234567' };
  const r = await writeBundle(input);
  const zip = await JSZip.loadAsync(concatParts(r.parts));
  const file = (p: string) => zip.file(`${r.folder}/${p}`)!;
  return { input, r, zip, file };
}

const htmlText = (html: string): string => html.replace(/<style>.*?<\/style>/s, '').replace(/<[^>]+>/g, ' ')
  .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));

describe('the French capture report', () => {
  it('names who captured, gives French long dates in Paris time, and holds no English line, « procès-verbal » or « font foi » (HTML and PDF)', async () => {
    const { file, input } = await exportSample();
    const html = htmlText(await file('data/rapport-de-capture.html').async('string'));
    const pdf = await pdfText(await file('data/rapport-de-capture.pdf').async('uint8array'));
    for (const [name, text] of [['html', html], ['pdf', pdf.text.replace(/\s+/g, ' ')]] as const) {
      expect(text, name).toContain('Rapport de capture');
      expect(text, name).toContain('Dr Claire Lefèvre');
      expect(text, name).toContain('10101234567');
      expect(text, name).toMatch(/déclarée par l’utilisateur/);
      expect(text, name).toContain('le 20 novembre 2026 à 10 h 10 min 00 s, heure de Paris (2026-11-20 09:10:00 UTC)');
      expect(text, name).toContain('Capture de l’avis de Jean');
      expect(text, name).toContain('Défilement jusqu’à 640 px dans l’avis');
      expect(text.toLowerCase(), name).not.toContain('procès-verbal');
      expect(text.toLowerCase(), name).not.toContain('font foi');
      // No timestamp token in this bundle: the report must not send the reader looking for one.
      expect(text, name).not.toContain('openssl ts');
      expect(text, name).toContain('horloge de l’ordinateur');
      for (const line of ENGLISH_LINES) expect(text, `${name}: « ${line} »`).not.toContain(line);
    }
    // review.png, viewport.png, fullpage.png and the attested view of each exhibit.
    expect(pdf.images).toBe(input.exhibits.length * 4);
  }, 60_000);

  it('has an English twin in its own files, with the same images', async () => {
    const { file, input } = await exportSample({ exhibits: 1 });
    const html = htmlText(await file('data/capture-report.html').async('string'));
    expect(html).toContain('20 November 2026 at 10:10:00, Paris time');
    expect(html).not.toContain('heure de Paris');
    const pdf = await pdfText(await file('data/capture-report.pdf').async('uint8array'));
    expect(pdf.text).toContain('Capture report');
    expect(pdf.images).toBe(input.exhibits.length * 4);
  }, 60_000);

  it('mentions timestamp tokens only when the bundle has some', async () => {
    const { file } = await exportSample({
      exhibits: 1,
      timestamp: async () => [{ tsaUrl: 'https://tsa.example/', status: 'granted', tokenBase64: 'AAEC', genTime: '2026-11-20T09:10:05Z', imprint: '00', requestedAt: '2026-11-20T09:10:04Z' }],
    });
    const html = htmlText(await file('data/rapport-de-capture.html').async('string'));
    expect(html).toContain('openssl ts -verify');
    expect(html).toContain('data/timestamps/ex-001-1.tsr');
    expect(html).toContain('accordé par https://tsa.example/ — le 20 novembre 2026 à 10 h 10 min 05 s, heure de Paris');
  }, 60_000);

  it('writes the custody log in plain French beside the JSONL', async () => {
    const { file } = await exportSample({ exhibits: 1 });
    const txt = await file('data/journal-de-conservation.txt').async('string');
    expect(txt).toContain('le 20 novembre 2026 à 10 h 10 min 00 s, heure de Paris (2026-11-20 09:10:00 UTC)');
    expect(txt).toContain('Capture de l’avis de Jean <img src=x onerror=alert(1)> (pièce n° 1)');
    expect(txt).toContain('Note ajoutée');
    expect(txt).not.toMatch(/\bcapture \(extension\)|seal [0-9a-f]{64}/);
    expect((await file('data/custody-log.jsonl').async('string')).split('\n').filter(Boolean)).toHaveLength(2);
  }, 60_000);
});

describe('the declaration of capture', () => {
  it('is pre-filled with the doctor, the circumstances, every exhibit fingerprint and a signature block, in French and English', async () => {
    const { file, input } = await exportSample();
    const fr = htmlText(await file('data/declaration-de-capture.html').async('string'));
    expect(fr).toContain('Je soussigné(e) Dr Claire Lefèvre, Médecin généraliste, n° RPPS 10101234567.');
    expect(fr).toContain('Chrome 131.0.6778.85 — Linux — Avisé 0.1.0');
    expect(fr.toLowerCase()).toContain('aucun proxy déclaré');
    expect(fr).toContain('Clic sur le bouton « Plus » de l’avis');
    for (const ex of input.exhibits) {
      expect(fr).toContain(ex.seal);
      for (const a of ex.artefacts) expect(fr).toContain(a.sha256);
    }
    expect(fr).toMatch(/Fait à …+, le …+/);
    expect(fr).toContain('Signature');
    const pdf = await pdfText(await file('data/declaration-de-capture.pdf').async('uint8array'));
    expect(pdf.text).toContain('Déclaration de capture');
    const en = htmlText(await file('data/capture-declaration.html').async('string'));
    expect(en).toContain('No proxy declared');
  }, 60_000);
});

describe('the attested view', () => {
  it('exists for each exhibit, states URL, Paris time, seal and installation, and checks against viewport.png pixel for pixel', async () => {
    const { file, input, r } = await exportSample();
    const fp = (await file('data/signature/fingerprint.txt').async('string')).split('\n')[0].replace('SHA-256(SPKI) ', '');
    for (const [i, ex] of input.exhibits.entries()) {
      const dir = `data/exhibits/0${i + 1}-${ex.id}/`;
      expect(r.files).toContain(`${dir}vue-attestee.png`);
      const viewport = await file(`${dir}viewport.png`).async('uint8array');
      const attested = await file(`${dir}vue-attestee.png`).async('uint8array');
      const sidecar = JSON.parse(await file(`${dir}vue-attestee.json`).async('string')) as AttestedSidecar;
      expect(sidecar.derivedFrom).toEqual({ path: 'viewport.png', sha256: ex.artefacts.find((a) => a.kind === 'viewport.png')!.sha256 });
      expect(sidecar.band.lines).toEqual(expect.arrayContaining([
        `Adresse : ${ex.source.url}`, `Capture : ${parisWithUtc(ex.capturedAt.startUtc, 'fr')}`,
      ]));
      expect(sidecar.band.lines.join('\n')).toContain(ex.seal.slice(0, 16));
      expect(sidecar.band.lines.join('\n')).toContain(fp.split(' ').slice(0, 4).join(' '));
      expect(checkAttestedView(viewport, attested, sidecar)).toEqual({ ok: true, problems: [] });

      // One pixel of the screenshot changed: caught.
      const img = decode(viewport);
      img.data[0] ^= 0xff;
      const tampered = encode({ width: img.width, height: img.height, data: img.data, depth: img.depth, channels: img.channels });
      const bad = checkAttestedView(tampered, attested, sidecar);
      expect(bad.ok).toBe(false);
      expect(bad.problems.join(' ')).toMatch(/1 pixel of the screenshot differs from/);

      // The band's words changed in the sidecar (another URL): the band pixels no longer match.
      const lied = { ...sidecar, band: { ...sidecar.band, lines: sidecar.band.lines.map((l) => l.replace('Cabinet+Dr+Martin', 'Cabinet+Dr+Mertin')) } };
      expect(checkAttestedView(viewport, attested, lied).problems.join(' ')).toMatch(/band differ/);
    }
  }, 60_000);
});

describe('ZIP entry dates', () => {
  it('carry the capture time (Paris wall time) of the exhibit each file belongs to, the latest capture for the rest, never 1980', async () => {
    const { zip, r, input } = await exportSample();
    const wall = (utc: string) => parisLong(utc, 'fr');
    const asWall = (d: Date) => { // JSZip reads the DOS fields as UTC fields
      const iso = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds())).toISOString();
      return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
    };
    expect(wall(input.exhibits[0].capturedAt.startUtc)).toContain('10 h 10 min 00 s');
    for (const f of Object.values(zip.files)) {
      expect(f.date.getUTCFullYear(), f.name).toBe(2026);
      const m = /data\/exhibits\/(\d+)-/.exec(f.name);
      const expected = m ? (m[1] === '01' ? '2026-11-20 10:10:00' : '2026-11-20 10:11:00') : '2026-11-20 10:11:00';
      expect(asWall(f.date), f.name).toBe(expected);
    }
    expect(r.files.length).toBe(Object.values(zip.files).filter((f) => !f.dir).length);
  }, 60_000);

  it('uses summer time in summer (UTC+2)', async () => {
    const { dosDateTime } = await import('./paris-time');
    const d = dosDateTime('2026-07-14T10:00:01Z');
    expect({ h: d.time >> 11, m: (d.time >> 5) & 63, s: (d.time & 31) * 2, day: d.date & 31, month: (d.date >> 5) & 15, year: (d.date >> 9) + 1980 })
      .toEqual({ h: 12, m: 0, s: 0, day: 14, month: 7, year: 2026 });
  });
});

describe('a re-check’s capture of the page without the review', () => {
  it('is named « Page de l’avis, sans l’avis, le … » in the report and the custody log, and its fields as the review looked for', async () => {
    const { input } = await buildSampleCase({ exhibits: 2 });
    const [first, second] = input.exhibits as [Exhibit, Exhibit];
    const page: Exhibit = { ...second, role: 'page-without-review', capturedAt: { ...second.capturedAt, startUtc: '2026-12-01T02:56:39.276Z' } };
    const texts = reportBlocks({ caseIds: [first.caseId], software: input.software, exhibits: [{ exhibit: first, dir: 'exhibits/01/' }, { exhibit: page, dir: 'exhibits/02/' }], custody: [], lang: 'fr' })
      .flatMap((b) => ('text' in b ? [b.text] : 'items' in b ? b.items : []));
    expect(texts).toContain(`Pièce 2 — Page de l’avis, sans l’avis, le 1er décembre 2026 à 3 h 56 min 39 s, heure de Paris (${page.review.author})`);
    expect(texts).toContain(`Pièce 1 — ${first.review.author}`);
    expect(texts).toContain('L’avis recherché, absent de cette page (tel que relevé à la première pièce)');
    expect(texts.filter((x) => x === 'Quoi : l’avis relevé')).toHaveLength(1);
    const lookup = (id: string) => (id === page.id ? page : first);
    expect(custodyPair({ event: 'capture', exhibitId: page.id, detail: '' }, lookup).fr).toBe(`Capture de la page de l’avis de ${page.review.author}, sans l’avis (pièce n° 2)`);
    expect(custodyPair({ event: 'capture', exhibitId: first.id, detail: '' }, lookup).fr).toBe(`Capture de l’avis de ${first.review.author} (pièce n° 1)`);
  });
});

describe('wording helpers', () => {
  it('writes a court date the way issue 9 asks', () => {
    expect(parisLong('2026-12-01T02:56:39.276Z', 'fr')).toBe('le 1er décembre 2026 à 3 h 56 min 39 s, heure de Paris');
    expect(parisWithUtc('2026-07-01T10:00:00Z', 'fr')).toBe('le 1er juillet 2026 à 12 h 00 min 00 s, heure de Paris (2026-07-01 10:00:00 UTC)');
    expect(parisLong('2026-12-01T02:56:39.276Z', 'en')).toBe('1 December 2026 at 03:56:39, Paris time');
  });

  it('gives every page-action kind a French and an English sentence that is not the raw log line', () => {
    const kinds: PageAction['kind'][] = ['scroll', 'expand', 'highlight', 'restore', 'wait', 'inject'];
    for (const kind of kinds) {
      const p = actionPair({ kind, detail: 'something the log said' });
      expect(p.fr.length, kind).toBeGreaterThan(10);
      expect(p.en.length, kind).toBeGreaterThan(10);
      expect(p.fr).not.toBe(p.en);
    }
    for (const a of REAL_ACTIONS) for (const word of ['clicked', 'scrolled', 'injected', 'picker', 'toggle', 'finished']) expect(actionPair(a).fr, a.detail).not.toContain(word);
  });

  it('gives every custody event a French and an English sentence', () => {
    const events: CustodyEntry['event'][] = ['capture', 'export', 'note', 'qualify', 'recheck', 'delete-request', 'timestamp', 'verify'];
    for (const event of events) {
      const p = custodyPair({ event, detail: '' });
      expect(p.fr, event).not.toBe(event);
      expect(p.fr, event).not.toMatch(/^Opération « /); // the fallback for an unknown kind
      expect(p.en, event).not.toMatch(/^Operation “/);
    }
    expect(custodyPair({ event: 'export', detail: 'bundle avise-case-1-3f2a9c0d11aa.zip exported; SHA-256 of its tagmanifest-sha256.txt abc' }).fr)
      .toBe('Dossier exporté : avise-case-1-3f2a9c0d11aa.zip');
    expect(custodyPair({ event: 'qualify', detail: 'qualification (ruleset 3): insult' }).fr).toBe('Qualification enregistrée');
    const ex = { review: { author: 'Marc L.' }, sequence: 2 } as never;
    expect(custodyPair({ event: 'capture', detail: 'review x captured', exhibitId: 'e' }, () => ex).fr).toBe('Capture de l’avis de Marc L. (pièce n° 2)');
  });

  it('keeps the French characters of WinAnsi in the PDF and marks the others', () => {
    expect(toWinAnsi('cœur l’avis… 5 € « ok »')).toBe('cœur l’avis… 5 € « ok »');
    expect(toWinAnsi('à fuir 🤬 \u202Eevil')).toBe('à fuir ¤ ¤evil');
  });
});
