// A sample case for bundle tests and the lead's end-to-end tests: real PNG bytes, sealed exhibits chained by
// previousSeal, a hash-chained custody log, hostile review text (markup, quotes, emoji, bidi override).
import type { Artefact, CaseRecord, CustodyEntry, Exhibit, PageAction, TimestampRecord } from '../../src/shared/types';
import type { BundleInput, BundleSigner } from '../../src/evidence/bundle/types';
import { chainEntry } from '../../src/evidence/custody';
import { sha256Hex } from '../../src/evidence/hash';
import { sealExhibit } from '../../src/evidence/seal';
import { makePng } from './png';

export const HOSTILE_TEXT = 'Dr <b>Martin</b> est un "escroc" & <script>alert(1)</script> — à fuir 🤬 \u202Eevil\u202C\nDeuxième ligne';

export interface SampleOptions {
  exhibits?: number;
  caseId?: string;
  signer?: BundleSigner;
  /** Called with each exhibit's seal; its records are attached as exhibit.timestamps (e.g. from the local test TSA). */
  timestamp?: (sealHex: string) => Promise<TimestampRecord[]>;
  pdf?: boolean;
  /** Replaces the two default page actions of every exhibit (times are set to the exhibit's start). */
  actions?: Omit<PageAction, 'at'>[];
  /** Adds a fullpage.png to every exhibit. */
  fullPage?: boolean;
  /** Per exhibit (by index), fields that replace the default review's before the seal (a series' varied reviews). */
  reviews?: Partial<Exhibit['review']>[];
}

export interface SampleCase {
  input: BundleInput;
  blobs: Map<string, Uint8Array>;
  /** getBlob calls so far, and the largest number of blobs handed out and not yet followed by another call. */
  stats: { calls: number; maxInFlight: number };
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

export async function buildSampleCase(opts: SampleOptions = {}): Promise<SampleCase> {
  const caseId = opts.caseId ?? 'case-2026-0042';
  const n = opts.exhibits ?? 2;
  const blobs = new Map<string, Uint8Array>();
  const store = async (kind: Artefact['kind'], path: string, mediaType: string, bytes: Uint8Array): Promise<Artefact> => {
    const sha256 = await sha256Hex(bytes);
    blobs.set(sha256, bytes);
    return { kind, path, mediaType, bytes: bytes.length, sha256 };
  };
  const exhibits: Exhibit[] = [];
  let custody: CustodyEntry | undefined;
  const log: CustodyEntry[] = [];
  for (let i = 0; i < n; i++) {
    const minute = String(10 + (i % 50)).padStart(2, '0');
    const startUtc = `2026-11-20T09:${minute}:00.000Z`;
    const url = 'https://www.google.com/maps/place/Cabinet+Dr+Martin/@48.85,2.35,17z';
    const reviewId = `ChZDSUhNMG9nS0VJQ0FnSUR${i}`;
    const text = `${HOSTILE_TEXT} (${i + 1})`;
    const artefacts = [
      await store('review.png', 'review.png', 'image/png', makePng(24, 12, i)),
      await store('viewport.png', 'viewport.png', 'image/png', makePng(32, 20, i + 100)),
      await store('review.json', 'review.json', 'application/json', enc(JSON.stringify({ id: reviewId, author: 'Jean <img src=x onerror=alert(1)>', text }))),
      ...(opts.fullPage ? [await store('fullpage.png', 'fullpage.png', 'image/png', makePng(32, 48, i + 200))] : []),
      await store('page.html', 'page.html', 'text/html', enc(`<!DOCTYPE html><html><body><div data-review-id="${reviewId}">${text}</div></body></html>`)),
    ];
    const ex = await sealExhibit({
      id: `ex-${String(i + 1).padStart(3, '0')}`, caseId, sequence: i + 1,
      capturedAt: { startUtc, endUtc: startUtc.replace(':00.000Z', ':04.250Z'), local: startUtc.replace('09:', '10:').replace('Z', '+01:00'), timeZone: 'Europe/Paris', offset: '+01:00' },
      source: { url, title: 'Cabinet Dr Martin – Google Maps', adapterId: 'google-maps' },
      review: {
        id: reviewId, author: 'Jean <img src=x onerror=alert(1)>', rating: 1, ratingMax: 5, dateText: 'il y a 3 semaines', text, translated: false,
        photos: { count: 0, urls: [] }, placeName: 'Cabinet Dr Martin', placeUrl: url, permalink: `https://www.google.com/maps/reviews/data=!4m8!14m7!1m6!2m5!1s${reviewId}`,
        ...opts.reviews?.[i],
      },
      environment: {
        browser: { name: 'Chrome', version: '131.0.6778.85', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0' },
        os: 'Linux', extension: { name: 'Avisé', version: '0.1.0', id: 'abcdefghijklmnop' }, uiLanguage: 'fr-FR', incognito: false,
        viewport: { width: 1280, height: 800, devicePixelRatio: 1, scrollX: 0, scrollY: 640 },
        navigation: { referrer: 'https://www.google.com/', historyLength: 3 }, page: { url, title: 'Cabinet Dr Martin – Google Maps', lang: 'fr' },
      },
      actions: opts.actions ? opts.actions.map((a) => ({ ...a, at: startUtc }))
        : [{ at: startUtc, kind: 'expand', detail: 'clicked « Plus » on the review' }, { at: startUtc, kind: 'scroll', detail: 'scrolled the review into view' }],
      artefacts,
      previousSeal: exhibits.length ? exhibits[exhibits.length - 1].seal : null,
    });
    if (opts.timestamp) ex.timestamps = await opts.timestamp(ex.seal);
    exhibits.push(ex);
    custody = await chainEntry(custody, { at: startUtc, actor: 'extension', event: 'capture', caseId, exhibitId: ex.id, detail: `seal ${ex.seal}` });
    log.push(custody);
  }
  custody = await chainEntry(custody, { at: '2026-11-21T08:00:00.000Z', actor: 'user', event: 'note', caseId, detail: 'Note: <i>appel du cabinet</i>' });
  log.push(custody);
  const kase: CaseRecord = {
    id: caseId, createdAt: exhibits[0]?.capturedAt.startUtc ?? '2026-11-20T09:10:00.000Z', title: 'Avis 1★ « escroc »',
    listing: { site: 'google-maps', placeName: 'Cabinet Dr Martin', url: 'https://www.google.com/maps/place/Cabinet+Dr+Martin' },
    status: 'captured', steps: [], exhibitIds: exhibits.map((e) => e.id), notes: '',
  };
  const stats = { calls: 0, maxInFlight: 0 };
  let inFlight = 0;
  const input: BundleInput = {
    cases: [kase], exhibits, custody: log,
    qualifications: { [caseId]: { verdict: 'possibly-defamatory', trace: ['insult?', 'fact alleged?'] } },
    drafts: [{ caseId, name: 'reponse-neutre', text: 'Bonjour,\nNous ne pouvons pas commenter…\n' }],
    software: { name: 'Avisé', version: '0.1.0' },
    signer: opts.signer, pdf: opts.pdf,
    async getBlob(sha) {
      stats.calls++;
      inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 0));
      const b = blobs.get(sha);
      inFlight--;
      if (!b) throw new Error(`no blob ${sha}`);
      return b;
    },
  };
  return { input, blobs, stats };
}
