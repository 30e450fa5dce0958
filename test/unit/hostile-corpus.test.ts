// Hostile input, in Node (issue 14 part 3): every review of the corpus (test/fixtures/pages/hostile/corpus.ts) read
// from its served page by the Google Maps adapter, then through the qualification engine, every draft kind in both
// languages with its .txt and .docx, the report builder (HTML and PDF) and the verifier. The same page is captured in
// Chromium by test/e2e/capture-hostile.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CANONICAL, CORPUS, CORPUS_URL, applyPatch, corpusExpected, corpusExpectedJson, corpusHtml, reviewId,
} from '../fixtures/pages/hostile/corpus';
import { adapterFor } from '../../src/adapters/registry';
import { withDates } from '../../src/adapters/dates';
import { FIXTURES, loadPage } from '../../src/adapters/testing';
import { qualify } from '../../src/legal/engine';
import { renderDraft } from '../../src/legal/drafts/index';
import { REPLY_TEMPLATES, TEMPLATES, TONES } from '../../src/legal/drafts/templates/index';
import type { Answers, DraftKind } from '../../src/legal/types';
import { draftPlainText, draftTxtBytes, placeholdersIn, quotedBy } from '../../src/ui/manager/draft-files';
import { draftDocxBytes } from '../../src/ui/manager/draft-docx';
import { canonicalJson } from '../../src/evidence/canonical-json';
import { sha256Hex } from '../../src/evidence/hash';
import { sealExhibit } from '../../src/evidence/seal';
import { chainEntry } from '../../src/evidence/custody';
import { assembleBundle } from '../../src/evidence/bundle/assemble';
import { writeBundle } from '../../src/evidence/bundle/write';
import { concatParts } from '../../src/evidence/bundle/zip-writer';
import { renderPdf, toWinAnsi } from '../../src/evidence/bundle/report-pdf';
import { verifyBundle } from '../../src/evidence/verify/verify';
import { createInstallationKey, memoizingSigner, memoryCache } from '../../src/evidence/signing';
import type { Artefact, CaseRecord, CustodyEntry, DoctorProfile, Exhibit, ReviewFields } from '../../src/shared/types';
import { makePng } from '../helpers/png';

const NOW = new Date('2026-11-26T10:00:00+01:00');
const HTML_FILE = `${FIXTURES}hostile/corpus.html`;
const JSON_FILE = `${FIXTURES}hostile/corpus.expected.json`;
if (process.env.AVISE_WRITE_CORPUS === '1') {
  writeFileSync(HTML_FILE, corpusHtml());
  writeFileSync(JSON_FILE, corpusExpectedJson());
}

describe('the hostile corpus', () => {
  it('has at least 30 reviews, and the served page and its expected fields are exactly what corpus.ts gives', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((e) => e.key)).size).toBe(CORPUS.length);
    expect(readFileSync(HTML_FILE, 'utf8')).toBe(corpusHtml());
    expect(readFileSync(JSON_FILE, 'utf8')).toBe(corpusExpectedJson());
    // The JSON file gives back every string exactly, NUL and lone surrogates included.
    expect(JSON.parse(readFileSync(JSON_FILE, 'utf8'))).toStrictEqual(corpusExpected());
    expect(CORPUS.find((e) => e.key === 'long-text')!.text).toHaveLength(100_000);
  });
});

function readCorpus(): ReviewFields[] {
  const doc = loadPage('hostile/corpus.html', CORPUS_URL);
  applyPatch(doc);
  const adapter = adapterFor(CORPUS_URL, doc);
  expect(adapter.id).toBe('google-maps');
  return adapter.findReviews(doc).map((card) => withDates(adapter.extract(card, { url: CORPUS_URL }), NOW));
}

describe('reading the corpus page (Google Maps adapter, happy-dom)', () => {
  it('reads every field of every review byte-exact: markup as text, outer spaces and newlines kept, NUL and lone surrogates kept', () => {
    const doc = loadPage('hostile/corpus.html', CORPUS_URL);
    expect(doc.querySelectorAll('img, svg, iframe, object, embed, a, body style, link:not([rel="canonical"])')).toHaveLength(0);
    expect(doc.querySelectorAll('script')).toHaveLength(2); // the patch's JSON and the line that applies it
    const got = readCorpus();
    const expected = corpusExpected();
    expect(got).toHaveLength(CORPUS.length);
    for (let i = 0; i < CORPUS.length; i++) {
      const { publishedRange, edited, ...raw } = got[i];
      if (raw.ownerReply) {
        expect(raw.ownerReply.publishedRange, CORPUS[i].key).toEqual({ earliest: '2026-11-12', latest: '2026-11-19' });
        delete raw.ownerReply.publishedRange;
      }
      expect(raw, CORPUS[i].key).toStrictEqual(expected[i]);
      expect(publishedRange, CORPUS[i].key).toEqual({ earliest: '2026-11-05', latest: '2026-11-12' });
      expect(edited).toBe(false);
    }
    const outer = got.find((r) => r.id === reviewId(CORPUS.findIndex((e) => e.key === 'outer-spaces')))!;
    expect(outer.text.startsWith('   \n\n  Texte')).toBe(true);
    expect(outer.text.endsWith('ligne.  \n \n   ')).toBe(true);
    expect(outer.author).toBe('  Espaces Autour  ');
    expect(outer.ownerReply?.text).toBe(' \n Réponse avec espaces \n ');
    expect(got.find((r) => r.id.endsWith('-controls'))!.text).toContain('a\u0000b');
    expect(got.find((r) => r.id.endsWith('-lone-surrogates'))!.text).toContain('haut \uD83D seul');
    expect(got.every((r) => r.placeUrl === CANONICAL)).toBe(true);
  });
});

// ── Qualification and drafts ────────────────────────────────────────────────────────────────────────────────────

const PROFILE: DoctorProfile = { civility: 'Dr', firstName: 'Élise', lastName: 'Durand', specialty: 'médecine générale', practiceName: 'Cabinet Durand', address: '1 rue de la Paix', postalCode: '69001', city: 'Lyon', email: 'cabinet@example.fr', phone: '01 23 45 67 89', rpps: '10101010101', insurer: 'MACSF', insurancePolicy: 'P-1' };
const SOURCE = { url: CORPUS_URL, title: 'Cabinet Corpus Hostile - Google Maps' };
const ALL_KINDS: DraftKind[] = ['reponse-publique', ...(Object.keys(TEMPLATES) as DraftKind[])];
/** Answers that make insult and threats hold, with the author known: the letters that quote the review are all called for. */
const ANSWERS: Answers = Object.fromEntries(Object.entries({
  'cible-personne': 'yes', 'fait-precis': 'no', 'propos-injurieux': 'yes', 'menace': 'yes', 'auteur-identifie': 'yes', 'auteur-non-patient': 'unknown',
}).map(([k, v]) => [k, { value: v, source: 'doctor' }]));

/** Stand-ins for the hostile values: a draft of the hostile review must be the stand-in draft with only these replaced. */
const STAND_IN = { text: 'TEXTE_NEUTRE_0001', author: 'AUTEUR_NEUTRE_0001' };

const qualified = new Map<ReviewFields, ReturnType<typeof qualify>>();
function draftFor(kind: DraftKind, lang: 'fr' | 'en', review: ReviewFields, tone: (typeof TONES)[number] = 'sobre') {
  const qualification = qualified.get(review) ?? qualify({ answers: ANSWERS, review, publishedRange: review.publishedRange, today: '2026-11-26' });
  qualified.set(review, qualification);
  return renderDraft(kind, lang, { profile: PROFILE, review, source: SOURCE, qualification, today: '2026-11-26', tone, recipient: { name: 'M. X' } });
}

/** The text of every run of a .docx paragraph by paragraph, read back from its XML (entities decoded once). */
function docxParagraphs(xml: string): string[] {
  const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);|&#(\d+);|&#x([0-9a-f]+);/gi, (_m, n: string, d: string, h: string) =>
    n ? ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[n] : String.fromCodePoint(d ? Number(d) : parseInt(h, 16)));
  const body = xml.slice(xml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((p) =>
    [...(p[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)].map((t) => (t[0] === '<w:tab/>' ? '\t' : t[0] === '<w:br/>' ? '\n' : unescape(t[1] ?? ''))).join(''));
}

/** What UTF-8 makes of a string: each lone surrogate becomes U+FFFD (String.prototype.toWellFormed, ES2024). */
const wellFormed = (s: string): string => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** XML 1.0 `Char` (W3C XML 1.0 §2.2): what a conforming parser (Word, LibreOffice) accepts in a document. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('qualification and drafts of every hostile review', () => {
  const reviews = readCorpus();

  it('qualifies every review without error and points at the exact words of the review (offsets into the stored text)', () => {
    for (const r of reviews) {
      const q = qualify({ answers: ANSWERS, review: r, publishedRange: r.publishedRange, today: '2026-11-26' });
      expect(q.labels.map((l) => l.label), r.id).toContain('injure');
      for (const h of q.hints ?? []) for (const m of h.matches) expect(r.text.slice(m.start, m.end), r.id).toBe(m.text);
    }
  });

  it('drafts every kind in French and English for every review with the review\'s words inserted verbatim: no {{…}} of a review is substituted', () => {
    let quoted = 0;
    for (const r of reviews) {
      const standIn: ReviewFields = { ...r, text: STAND_IN.text, author: STAND_IN.author };
      for (const kind of ALL_KINDS) for (const lang of ['fr', 'en'] as const) for (const tone of kind === 'reponse-publique' ? TONES : (['sobre'] as const)) {
        const d = draftFor(kind, lang, r, tone);
        const n = draftFor(kind, lang, standIn, tone);
        // Letters quote the author trimmed (a name in a sentence); the text whole, as the page has it.
        const swap = (s: string) => s.split(STAND_IN.text).join(r.text).split(STAND_IN.author).join(r.author.trim() || `[${lang === 'fr' ? 'AUTEUR DE L’AVIS' : 'REVIEW AUTHOR'}]`);
        if (!r.author.trim()) continue;
        expect(d.body, `${r.id} ${kind} ${lang}`).toBe(swap(n.body));
        expect(d.title, `${r.id} ${kind} ${lang}`).toBe(swap(n.title));
        expect(d.missing, `${r.id} ${kind} ${lang}`).toEqual(n.missing);
        if (n.body.includes(STAND_IN.text)) quoted++;
      }
    }
    expect(quoted).toBeGreaterThan(CORPUS.length * 4); // the letters that quote the review did quote every one of them
    const tpl = reviews.find((r) => r.id.endsWith('-template'))!;
    const letter = draftFor('mise-en-demeure', 'fr', tpl);
    expect(letter.body).toContain('{{doctorName}} {{reviewText}} {{x}} {{ signature }}');
    expect(letter.missing).not.toContain('x');
    expect(letter.missing).not.toContain('reviewText');
  }, 120_000);

  it('counts as « placeholders left » only the draft\'s own, not a placeholder-looking text quoted from the review', () => {
    const r = reviews.find((x) => x.id.endsWith('-placeholders'))!;
    const d = draftFor('mise-en-demeure', 'fr', r);
    expect(d.body).toContain('Le docteur [NOM DU MÉDECIN] du [ADRESSE DU CABINET]');
    expect(placeholdersIn(d.body, d.missing, 'fr')).toEqual(expect.arrayContaining(['[NOM DU MÉDECIN]', '[ADRESSE DU CABINET]']));
    // Only the letter's own placeholder is left (the recipient's address, not given): the review's brackets are its words.
    expect(placeholdersIn(d.body, d.missing, 'fr', quotedBy(r))).toEqual(['[ADRESSE DU DESTINATAIRE]']);
  });

  it('writes every draft of every review as a .txt that is the draft\'s text and a .docx whose XML parses and holds the same lines', async () => {
    const kinds: DraftKind[] = ['mise-en-demeure', 'signalement-plateforme', 'reponse-publique'];
    let replaced = 0;
    for (const r of reviews) {
      for (const kind of kinds) {
        const d = draftFor(kind, 'fr', r);
        const doc = { title: d.title, body: d.body, note: d.howToSend };
        const txt = draftTxtBytes(doc);
        // The .txt is the text: UTF-8 with a BOM and CRLF; a lone surrogate, which UTF-8 cannot hold, becomes U+FFFD.
        const back = new TextDecoder('utf-8', { fatal: true }).decode(txt.subarray(3));
        expect(back, `${r.id} ${kind}`).toBe(wellFormed(draftPlainText(doc).replace(/\n/g, '\r\n')));
        const zip = await JSZip.loadAsync(await draftDocxBytes(doc, 'fr'));
        const xml = await zip.file('word/document.xml')!.async('string');
        const bad = NOT_XML_CHAR.exec(xml);
        expect(bad ? `U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')}` : null, `${r.id} ${kind}: a character XML 1.0 forbids`).toBeNull();
        const paras = docxParagraphs(xml);
        const lines = doc.body.replace(/\s+$/, '').replace(/\r\n?/g, '\n').split('\n');
        const shown = lines.map((l) => l.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD'));
        if (shown.join('\n') !== lines.join('\n')) replaced++;
        expect(paras.slice(1, 1 + lines.length), `${r.id} ${kind}`).toEqual(shown);
      }
    }
    expect(replaced).toBeGreaterThan(0); // the controls and lone surrogates did reach the .docx, as U+FFFD
  }, 60_000);
});

// ── Report and verification ─────────────────────────────────────────────────────────────────────────────────────

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('a bundle of the whole corpus', () => {
  const reviews = readCorpus();
  const tmp = mkdtempSync(join(tmpdir(), 'avise-hostile-'));
  let files: Map<string, Uint8Array>;
  let zipBytes: Uint8Array;
  const caseId = 'case-series-hostile';

  beforeAll(async () => {
    const blobs = new Map<string, Uint8Array>();
    const store = async (kind: Artefact['kind'], path: string, mediaType: string, bytes: Uint8Array): Promise<Artefact> => {
      const sha256 = await sha256Hex(bytes);
      blobs.set(sha256, bytes);
      return { kind, path, mediaType, bytes: bytes.length, sha256 };
    };
    const exhibits: Exhibit[] = [];
    const custody: CustodyEntry[] = [];
    let last: CustodyEntry | undefined;
    for (const [i, review] of reviews.entries()) {
      const startUtc = `2026-11-26T09:${String(i).padStart(2, '0')}:00.000Z`;
      const ex = await sealExhibit({
        id: `ex-${String(i + 1).padStart(3, '0')}`, caseId, sequence: i + 1,
        capturedAt: { startUtc, endUtc: startUtc, local: startUtc.replace('Z', '+00:00'), timeZone: 'Europe/Paris', offset: '+01:00' },
        source: { url: CORPUS_URL, title: SOURCE.title, adapterId: 'google-maps', canonicalUrl: CANONICAL },
        review,
        environment: {
          browser: { name: 'Chrome', version: '131', userAgent: 'UA' }, os: 'Linux', extension: { name: 'Avisé', version: '0.1.0', id: 'x' }, uiLanguage: 'fr-FR', incognito: false,
          viewport: { width: 1280, height: 800, devicePixelRatio: 1, scrollX: 0, scrollY: 0 }, navigation: { referrer: '', historyLength: 1 }, page: { url: CORPUS_URL, title: SOURCE.title, lang: 'fr' },
        },
        actions: [],
        artefacts: [await store('review.png', 'review.png', 'image/png', makePng(8, 4, i)), await store('review.json', 'review.json', 'application/json', enc(canonicalJson(review)))],
        previousSeal: exhibits.at(-1)?.seal ?? null,
      });
      exhibits.push(ex);
      last = await chainEntry(last, { at: startUtc, actor: 'extension', event: 'capture', caseId, exhibitId: ex.id, detail: `review ${review.id} by ${review.author}` });
      custody.push(last);
    }
    const kase: CaseRecord = { id: caseId, createdAt: exhibits[0].capturedAt.startUtc, title: `${reviews[0].author} — ${reviews[0].placeName}`, listing: { site: 'google-maps', placeName: reviews[0].placeName, url: CANONICAL }, status: 'captured', steps: [], exhibitIds: exhibits.map((e) => e.id), notes: '' };
    const qualification = { caseId, rulesetVersion: 'x', schemaVersion: 1, savedAt: '2026-11-26T10:00:00.000Z', answers: ANSWERS, result: qualify({ answers: ANSWERS, review: reviews[0], publishedRange: reviews[0].publishedRange, today: '2026-11-26' }) } as never;
    const input = assembleBundle({
      cases: [{ case: kase, exhibits, custody, qualification, drafts: [] }], getBlob: async (s) => blobs.get(s)!, software: { name: 'Avisé', version: '0.1.0' }, profile: PROFILE, pdf: true,
      signer: memoizingSigner(await createInstallationKey(), memoryCache()),
    });
    zipBytes = concatParts((await writeBundle(input)).parts);
    files = new Map();
    const z = await JSZip.loadAsync(zipBytes);
    for (const f of Object.values(z.files)) if (!f.dir) files.set(f.name, await f.async('uint8array'));
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));


  it('verifies: every seal, the chain and every file', async () => {
    const r = await verifyBundle(zipBytes);
    expect(r.firstFailure).toBeUndefined();
    expect(r.ok).toBe(true);
    expect(r.checks.filter((c) => c.id.startsWith('seal:'))).toHaveLength(CORPUS.length);
  }, 60_000);

  it('keeps every review.json byte-exact: the review as read, NUL and lone surrogates included (escaped in JSON)', () => {
    const jsons = [...files.entries()].filter(([n]) => n.endsWith('/review.json')).sort(([a], [b]) => a.localeCompare(b));
    expect(jsons).toHaveLength(CORPUS.length);
    jsons.forEach(([, bytes], i) => {
      const back = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as ReviewFields;
      expect(back.text).toBe(reviews[i].text);
      expect(back.author).toBe(reviews[i].author);
      expect(back.authorUrl).toBe(reviews[i].authorUrl);
    });
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`writes a ${lang} report HTML whose every review reads as text, with no element, script, handler or non-http(s) link made of a review`, () => {
      const name = [...files.keys()].find((n) => n.endsWith(lang === 'fr' ? '/data/rapport-de-capture.html' : '/data/capture-report.html'))!;
      expect(name, [...files.keys()].join('\n')).toBeDefined();
      const html = new TextDecoder().decode(files.get(name));
      const win = new Window({ url: 'file:///bundle/' });
      const doc = new win.DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelectorAll('script, iframe, object, embed, svg, body style, link, meta[http-equiv="refresh"]')).toHaveLength(0);
      for (const el of Array.from(doc.querySelectorAll('*'))) for (const a of Array.from(el.attributes)) expect(a.name, el.tagName).not.toMatch(/^on/i);
      const urls = [...Array.from(doc.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')!), ...Array.from(doc.querySelectorAll('[src]')).map((e) => e.getAttribute('src')!)];
      // Links to the bundle's own files (relative paths) or http(s): never javascript:, data:, vbscript:.
      for (const u of urls) expect(u).toMatch(/^(?:https?:\/\/|#|[\w.-]+\/|[\w.-]+$)/);
      const body = doc.body.textContent ?? '';
      for (const r of reviews) {
        // Every character as in the review (CR written as &#13; so the parser keeps it), except the two HTML cannot
        // hold: U+0000 and a lone surrogate are shown as U+FFFD « � » (and named in the invisible-characters line).
        const shown = (s: string) => wellFormed(s).replaceAll('\u0000', '\uFFFD');
        expect(body.includes(shown(r.text)), r.id).toBe(true);
        expect(body.includes(shown(r.author)), r.id).toBe(true);
      }
      expect(body).toContain(CANONICAL);
      // The characters a reader cannot see are named, the NUL and the lone surrogates included.
      expect(body).toContain('U+0000');
      expect(body).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
      expect(body).toContain('U+D83D');
    });
  }

  it('writes a report PDF whose text pdftotext extracts: each review\'s words, « ¤ » for each character its font cannot draw, and a note saying so', () => {
    const name = [...files.keys()].find((n) => n.endsWith('/data/rapport-de-capture.pdf'))!;
    expect(name, [...files.keys()].join('\n')).toBeDefined();
    const pdf = join(tmp, 'report.pdf');
    writeFileSync(pdf, files.get(name)!);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 << 20 }).toString('utf8');
    const squash = (s: string) => s.replace(/\s+/g, '');
    const all = squash(text);
    for (const r of reviews) {
      // WinAnsi draws the soft hyphen U+00AD as a hyphen, which pdftotext gives back as « - ».
      const want = squash(toWinAnsi(r.text)).replace(/\u00ad/g, '-');
      expect(all.includes(want), r.id).toBe(true);
    }
    expect(text).toContain('¤');
    expect(text).toMatch(/¤/);
    expect(text).toMatch(/remplac|replac/i);
  }, 60_000);

  it('prints a 100,000-letter review without a single space in seconds, cut into lines, every letter extractable', async () => {
    const run = `${'x'.repeat(50_000)}${'W'.repeat(50_000)}`;
    const t0 = Date.now();
    const bytes = await renderPdf([{ t: 'quote', text: run }], { title: 't', producer: 'p', date: new Date(0), image: async () => new Uint8Array(), missingNote: 'n', colon: ': ', imageError: 'e' });
    const ms = Date.now() - t0;
    expect(ms).toBeLessThan(10_000); // was 3.6 s for 3,000 letters, cutting one letter at a time (quadratic)
    const pdf = join(tmp, 'run.pdf');
    writeFileSync(pdf, bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 << 20 }).toString('utf8');
    expect(text.replace(/\s+/g, '')).toBe(run);
    expect(text.split('\n').filter((l) => l.trim()).length).toBeGreaterThan(100);
  }, 60_000);

  it('the bundle folder names nothing with a review\'s characters (paths are ASCII)', () => {
    for (const n of files.keys()) expect(n).toMatch(/^[\x20-\x7e]+$/);
  });
});

// Keep the reference so an unused import does not hide a missing export.
void REPLY_TEMPLATES;
