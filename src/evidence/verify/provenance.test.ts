// The verifier re-runs, from the bundle alone, the comparison between the « tel qu'affiché » exhibit and the
// controlled reload that follows it (issue 13 §2): same result → a line per field; a changed record → failure.
import { describe, expect, it } from 'vitest';
import type { Exhibit } from '../../shared/types';
import { canonicalJson } from '../canonical-json';
import { compareAsShown } from '../forensic/compare';
import { harToWacz } from '../forensic/wacz';
import type { Har } from '../forensic/har';
import { crossCheck } from '../forensic/crosscheck';
import { sha256Hex } from '../hash';
import { checkProvenance, harResponses } from './provenance';
import type { BagFiles } from './types';

const body = '<html><body><div class="review"><span>Marc L.</span> <span aria-label="1 étoile sur 5">1 étoile</span><p>Ce médecin est un charlatan</p></div></body></html>';
const har = { log: { version: '1.2', entries: [{ request: { url: 'https://www.google.com/maps/place/x', method: 'GET' }, response: { status: 200, content: { mimeType: 'text/html', text: body } }, serverIPAddress: '142.250.179.100', _receivedAtLocal: '2026-11-18T11:06:40.300Z' }] } };

async function bag(edit?: (shown: Exhibit, reloaded: Exhibit) => void): Promise<{ files: BagFiles; checks: { ok: boolean; code: string; params?: Record<string, unknown> }[] }> {
  const review = (text: string) => ({ id: 'r1', author: 'Marc L.', rating: 1, dateText: 'il y a 3 semaines', text }) as Exhibit['review'];
  const shown = { id: 'ex-a', sequence: 1, seal: 'aa'.repeat(32), previousSeal: null, review: review('Ce médecin est un voleur'), asShown: { mode: 'as-shown', reloadExhibitId: 'ex-b' } } as unknown as Exhibit;
  const responses = await harResponses(har);
  const reloaded = {
    id: 'ex-b', sequence: 2, seal: 'bb'.repeat(32), previousSeal: shown.seal, review: review('Ce médecin est un charlatan'),
    forensic: { mode: 'controlled-reload', har: { path: 'network.har' }, checks: crossCheck(review('Ce médecin est un charlatan'), responses),
      asShown: { exhibitId: 'ex-a', sequence: 1, seal: shown.seal, capturedAt: '2026-11-18T11:06:38.000Z', ...compareAsShown(shown.review, review('Ce médecin est un charlatan'), responses) } },
  } as unknown as Exhibit;
  edit?.(shown, reloaded);
  const content: Record<string, string> = {
    'data/exhibits/01-ex-a/exhibit.json': canonicalJson(shown),
    'data/exhibits/02-ex-b/exhibit.json': canonicalJson(reloaded),
    'data/exhibits/02-ex-b/network.har': JSON.stringify(har),
  };
  const files: BagFiles = {
    paths: Object.keys(content),
    has: (p) => p in content,
    bytes: async (p) => new TextEncoder().encode(content[p]),
    text: async (p) => content[p] ?? '',
    sha256: async (p) => sha256Hex(new TextEncoder().encode(content[p])),
  };
  const checks: { ok: boolean; code: string; params?: Record<string, unknown> }[] = [];
  await checkProvenance(files, (_id, ok, code, params) => checks.push({ ok, code, params }));
  return { files, checks };
}

describe('the verifier and the « tel qu’affiché » capture before a controlled reload', () => {
  it('repeats the comparison: the text shown before the reload is not in the server’s response, the author and rating are', async () => {
    const { checks } = await bag();
    const shownLines = checks.filter((c) => c.code.startsWith('provenance-as-shown'));
    expect(shownLines.map((c) => [c.ok, c.code, c.params?.field ?? c.params?.fields])).toEqual([
      [true, 'provenance-as-shown-not-found', 'text'],
      [true, 'provenance-as-shown-found', 'author'],
      [true, 'provenance-as-shown-found', 'rating'],
      [true, 'provenance-as-shown-compared', 'text'],
    ]);
  });

  it('fails when the « tel qu’affiché » record was changed to match the server', async () => {
    const { checks } = await bag((shown) => {
      shown.review.text = 'Ce médecin est un charlatan';
    });
    expect(checks.filter((c) => !c.ok).map((c) => c.code)).toEqual(['provenance-as-shown-differs']);
  });

  it('fails when the reload is no longer chained to the « tel qu’affiché » exhibit', async () => {
    const { checks } = await bag((_s, reloaded) => {
      reloaded.previousSeal = 'cc'.repeat(32);
    });
    expect(checks.filter((c) => !c.ok).map((c) => c.code)).toEqual(['provenance-as-shown-differs']);
  });

  it('says so when the « tel qu’affiché » exhibit is missing from the bundle', async () => {
    const { checks } = await bag((shown) => {
      shown.id = 'ex-other';
    });
    expect(checks.filter((c) => !c.ok).map((c) => c.code)).toEqual(['provenance-as-shown-missing']);
  });
});

describe('the verifier and the WACZ of a controlled reload', () => {
  async function waczBag(tamper?: (zip: Uint8Array) => Uint8Array) {
    const h = { log: { ...har.log, entries: har.log.entries.map((e) => ({ ...e, startedDateTime: '2026-11-18T11:06:40.125Z', request: { ...e.request, httpVersion: 'HTTP/2', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0 }, response: { ...e.response, statusText: 'OK', httpVersion: 'HTTP/2', headers: [], cookies: [], redirectURL: '', headersSize: -1, bodySize: 0, content: { ...e.response.content, size: body.length } } })) } } as unknown as Har;
    let zip = await harToWacz(h, { pageUrl: 'https://www.google.com/maps/place/x', pageTitle: 'x', createdAt: new Date('2026-11-18T11:06:40.000Z'), software: 'Avisé test' });
    if (tamper) zip = tamper(zip);
    const responses = await harResponses(har);
    const ex = { id: 'ex-b', sequence: 2, seal: 'bb'.repeat(32), previousSeal: null, review: { id: 'r1', author: 'Marc L.', rating: 1, dateText: '', text: 'Ce médecin est un charlatan' },
      forensic: { mode: 'controlled-reload', har: { path: 'network.har' }, wacz: { path: 'network.wacz', responses: 1 }, checks: crossCheck({ text: 'Ce médecin est un charlatan', author: 'Marc L.', rating: 1 }, responses) } } as unknown as Exhibit;
    const content: Record<string, Uint8Array> = {
      'data/exhibits/02-ex-b/exhibit.json': new TextEncoder().encode(canonicalJson(ex)),
      'data/exhibits/02-ex-b/network.har': new TextEncoder().encode(JSON.stringify(har)),
      'data/exhibits/02-ex-b/network.wacz': zip,
    };
    const files: BagFiles = {
      paths: Object.keys(content),
      has: (p) => p in content,
      bytes: async (p) => content[p] ?? new Uint8Array(),
      text: async (p) => new TextDecoder().decode(content[p]),
      sha256: async (p) => sha256Hex(content[p] ?? new Uint8Array()),
    };
    const checks: { ok: boolean; code: string; params?: Record<string, unknown> }[] = [];
    await checkProvenance(files, (_id, ok, code, params) => checks.push({ ok, code, params }));
    return checks.filter((c) => c.code.startsWith('provenance-wacz'));
  }

  it('finds every file its datapackage.json lists, with the same SHA-256', async () => {
    expect((await waczBag()).map((c) => [c.ok, c.code, c.params?.count])).toEqual([[true, 'provenance-wacz-ok', 3]]);
  });

  it('names the file inside the WACZ whose bytes no longer fit its datapackage.json', async () => {
    const checks = await waczBag((zip) => {
      const at = Buffer.from(zip).indexOf('charlatan');
      const out = zip.slice();
      out[at] = 'C'.charCodeAt(0);
      return out;
    });
    expect(checks.map((c) => [c.ok, c.code, c.params?.inner])).toEqual([[false, 'provenance-wacz-bad', 'archive/data.warc']]);
  });
});
