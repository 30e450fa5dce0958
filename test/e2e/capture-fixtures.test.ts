// Per saved fixture page, the whole capture path in real Chromium: open the page, click the toolbar button, the
// popup lists the reviews, « Capturer » on one, then the sealed record read back from IndexedDB holds the fields the
// adapter's expected JSON says (URL- and date-dependent fields recomputed for the served page and today).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { artefactBytes, dumpStore, reviewAt, until } from './capture-helpers';
import { publishedRange } from '../../src/adapters/dates';
import type { Exhibit, ReviewFields } from '../../src/shared/types';

const PAGES = new URL('../fixtures/pages/', import.meta.url);
const json = <T>(rel: string): T => JSON.parse(readFileSync(new URL(rel, PAGES), 'utf8')) as T;

interface Case { folder: string; page: string; expected: string; lang: string; adapterId: string; pick: number }
const CASES: Case[] = [
  { folder: 'google-maps', page: 'page.fr.html', expected: 'expected.fr.json', lang: 'fr', adapterId: 'google-maps', pick: 0 },
  { folder: 'google-maps', page: 'page.en.html', expected: 'expected.en.json', lang: 'en', adapterId: 'google-maps', pick: 0 },
  { folder: 'google-search', page: 'page.fr.html', expected: 'expected.fr.json', lang: 'fr', adapterId: 'google-search', pick: 0 },
  { folder: 'pagesjaunes', page: 'page.fr.html', expected: 'expected.fr.json', lang: 'fr', adapterId: 'pagesjaunes', pick: 0 },
  { folder: 'trustpilot', page: 'page.fr.html', expected: 'expected.fr.json', lang: 'fr', adapterId: 'trustpilot', pick: 0 },
  // Every published field (issue 12 item 4), through the real content script and service worker: a title, a date of the
  // experience, a reply found by its heading with its <time> (Trustpilot); criteria, a reply outside its container and a
  // javascript: profile link dropped and noted (PagesJaunes, review 2).
  { folder: 'trustpilot', page: 'fields.fr.html', expected: 'expected.fields.fr.json', lang: 'fields.fr', adapterId: 'trustpilot', pick: 0 },
  { folder: 'pagesjaunes', page: 'fields.fr.html', expected: 'expected.fields.fr.json', lang: 'fields.fr', adapterId: 'pagesjaunes', pick: 1 },
];

/**
 * The expected JSON was read at the site's real URL; served from 127.0.0.1 the URL-derived fields (placeUrl, a
 * permalink built on the page URL) point at the served page instead: rewrite the prefix that came from the page URL.
 */
function rebase(value: string | undefined, siteUrl: string, served: string): string | undefined {
  if (value === undefined) return undefined;
  const prefixes = [siteUrl, siteUrl.split('#')[0], siteUrl.split(/[?#]/)[0]].sort((a, b) => b.length - a.length);
  for (const p of prefixes) if (value.startsWith(p)) return served + value.slice(p.length);
  return value;
}

function expectedFor(exp: ReviewFields, siteUrl: string, served: string, ex: Exhibit): ReviewFields {
  const out: ReviewFields = { ...exp };
  if (exp.placeUrl !== undefined) out.placeUrl = rebase(exp.placeUrl, siteUrl, served);
  if (exp.permalink !== undefined) out.permalink = rebase(exp.permalink, siteUrl, served);
  // A link the page writes relative to its site (Trustpilot's "/users/…", "/reviews/…") resolves to the served origin.
  const siteOrigin = new URL(siteUrl).origin;
  const servedOrigin = new URL(served).origin;
  for (const k of ['authorUrl', 'permalink'] as const) {
    const v = out[k];
    if (v?.startsWith(siteOrigin + '/') && ex.review[k] === servedOrigin + v.slice(siteOrigin.length)) out[k] = ex.review[k];
  }
  delete out.publishedRange;
  if (exp.publishedRange) {
    // Computed with the same date library at the capture time, in the browser's zone.
    const r = publishedRange(exp.dateText, new Date(ex.capturedAt.startUtc), ex.capturedAt.timeZone);
    expect(r, `date « ${exp.dateText} » understood`).toBeDefined();
    out.publishedRange = { earliest: r!.earliest, latest: r!.latest };
  }
  if (exp.ownerReply?.publishedRange && exp.ownerReply.dateText) {
    // A relative reply date (« il y a 2 mois ») moves with the capture day, like the review's.
    const r = publishedRange(exp.ownerReply.dateText, new Date(ex.capturedAt.startUtc), ex.capturedAt.timeZone);
    if (r) out.ownerReply = { ...exp.ownerReply, publishedRange: { earliest: r.earliest, latest: r.latest } };
  }
  return out;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe.each(CASES)('capture from fixture $folder/$page', (c) => {
  it('lists every review in the popup, captures one, and the sealed record holds the expected fields', async () => {
    const expected = json<ReviewFields[]>(`${c.folder}/${c.expected}`);
    const siteUrl = json<{ page: Record<string, string> }>(`${c.folder}/urls.json`).page[c.lang];
    const served = `${h.origin}/fixtures/${c.folder}/${c.page}`;
    const { page, popup } = await h.openPopupOn(served);
    await popup.waitForSelector('li.review', { timeout: 10000 }).catch(async (e) => {
      throw new Error(`${(e as Error).message}; popup shows: ${await popup.$eval('body', (b) => b.textContent)}`);
    });
    // The popup lists the reviews needing action first; in page order (data-index) they are the page's.
    const listed = await popup.$$eval('li.review', (lis) => [...lis].sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'))).map((li) => ({ author: li.querySelector('.author')?.textContent, date: li.querySelector('.date')?.textContent })));
    expect(listed).toEqual(expected.map((e) => ({ author: e.author, date: e.dateText })));

    const before = (await dumpStore(popup)).exhibits.length;
    await popup.$eval(`${reviewAt(c.pick)} button.capture`, (b) => (b).click());
    await popup.waitForSelector(`${reviewAt(c.pick)} .captured`, { timeout: 30000 });
    expect(await popup.$('p.error')).toBeNull();
    const sealShown = (await popup.$eval(`${reviewAt(c.pick)} .seal`, (e) => e.textContent)).replace('…', '');
    const store = await until(async () => {
      const s = await dumpStore(popup);
      return s.exhibits.length === before + 1 && s;
    });
    const ex = store.exhibits.find((e) => e.seal.startsWith(sealShown))!;
    expect(ex, 'the exhibit whose seal the popup shows').toBeDefined();

    expect(ex.source.adapterId).toBe(c.adapterId);
    expect(ex.source.url).toBe(served);
    expect(JSON.parse(JSON.stringify(ex.review))).toStrictEqual(expectedFor(expected[c.pick], siteUrl, served, ex));

    // The stored review.json is the same fields, and every artefact's hash is of its stored bytes.
    const reviewJson = JSON.parse((await artefactBytes(popup, ex, 'review.json')).toString('utf8'));
    expect(reviewJson).toStrictEqual(JSON.parse(JSON.stringify(ex.review)));
    for (const a of ex.artefacts) {
      const bytes = await artefactBytes(popup, ex, a.kind);
      expect(createHash('sha256').update(bytes).digest('hex'), a.kind).toBe(a.sha256);
      expect(bytes.byteLength, a.kind).toBe(a.bytes);
    }
    // fullpage.png only where the page scrolls at window level (capture-fullpage.test.ts checks when).
    expect(ex.artefacts.map((a) => a.kind).filter((k) => k !== 'fullpage.png').sort()).toEqual(['annotated.png', 'environment.json', 'page.mhtml', 'review.html', 'review.json', 'review.png', 'viewport.png']);
    // One case and one custody entry for that capture.
    expect(store.cases.find((k) => k.id === ex.caseId)?.exhibitIds).toContain(ex.id);
    expect(store.custody.filter((e) => e.caseId === ex.caseId && e.event === 'capture')).toHaveLength(1);
    expect(store.jobs).toEqual([]);
    await popup.close();
    await page.close();
  });
});
