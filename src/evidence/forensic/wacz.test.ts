// The WACZ of a controlled reload, read back by independent code: fflate lists the ZIP's entries, warcio.js (the
// Webrecorder library that ReplayWeb.page builds on) parses the WARC records, and the hashes of datapackage.json are
// recomputed with Node's own SHA-256.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { WARCParser, getSurt } from 'warcio';
import { describe, expect, it } from 'vitest';
import { NetworkRecorder, type Har } from './har';
import { WACZ_VERSION, harToWacz, surt } from './wacz';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/forensic/cdp-google-response.json'), 'utf8'));
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const body = '<html><body><div class="review"><span>Marc L.</span> <p>Ce médecin est un charlatan</p></div></body></html>';

async function recordedHar(): Promise<Har> {
  const r = new NetworkRecorder();
  r.onEvent('Network.requestWillBeSent', fixture.requestWillBeSent, 1795000000125);
  r.onEvent('Network.responseReceived', fixture.responseReceived, 1795000000300);
  r.onEvent('Network.loadingFinished', fixture.loadingFinished, 1795000000400);
  r.setBody('1000.1', { body, base64Encoded: false });
  return (await r.finish({ creator: { name: 'Avisé', version: '0.1.0' }, pageTitle: 'Cabinet', pageUrl: fixture.responseReceived.response.url, startedAt: new Date(1795000000000) })).har;
}
const meta = { pageUrl: fixture.responseReceived.response.url as string, pageTitle: 'Cabinet', createdAt: new Date(1795000000000), software: 'Avisé 0.1.0' };

async function records(warc: Uint8Array) {
  const parser = new WARCParser([warc]);
  const out: { type: string; uri?: string; headers: Map<string, string>; http?: { status: number; headers: Map<string, string> }; payload: string }[] = [];
  for await (const r of parser) {
    const payload = new TextDecoder().decode(await r.readFully(true));
    out.push({
      type: r.warcType ?? '',
      uri: r.warcTargetURI ?? undefined,
      headers: new Map([...r.warcHeaders.headers.entries()].map(([k, v]) => [k.toLowerCase(), v])),
      ...(r.httpHeaders ? { http: { status: Number(r.httpHeaders.statusCode), headers: new Map([...r.httpHeaders.headers.entries()].map(([k, v]) => [k.toLowerCase(), v])) } } : {}),
      payload,
    });
  }
  return out;
}

describe('the WACZ of a controlled reload (WACZ 1.1.1)', () => {
  it('holds the WACZ entries, stored uncompressed, with datapackage.json giving each file’s SHA-256 and size', async () => {
    const zip = await harToWacz(await recordedHar(), meta);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['archive/data.warc', 'datapackage-digest.json', 'datapackage.json', 'indexes/index.cdxj', 'pages/pages.jsonl']);
    const dp = JSON.parse(new TextDecoder().decode(files['datapackage.json'])) as { profile: string; wacz_version: string; resources: { path: string; hash: string; bytes: number }[]; mainPageURL: string };
    expect(dp).toMatchObject({ profile: 'data-package', wacz_version: WACZ_VERSION, mainPageURL: meta.pageUrl });
    expect(dp.resources.map((r) => r.path).sort()).toEqual(['archive/data.warc', 'indexes/index.cdxj', 'pages/pages.jsonl']);
    for (const r of dp.resources) {
      const bytes = files[r.path];
      expect(r.hash, r.path).toBe(`sha256:${sha(bytes)}`);
      expect(r.bytes, r.path).toBe(bytes.byteLength);
    }
    expect(JSON.parse(new TextDecoder().decode(files['datapackage-digest.json']))).toEqual({ path: 'datapackage.json', hash: `sha256:${sha(files['datapackage.json'])}` });
    // the local file headers say STORE (method 0) for every entry, as the spec asks for range reads
    const view = new DataView(zip.buffer, zip.byteOffset);
    for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
      expect(view.getUint16(at + 8, true)).toBe(0);
      const size = view.getUint32(at + 18, true), nameLen = view.getUint16(at + 26, true), extraLen = view.getUint16(at + 28, true);
      at += 30 + nameLen + extraLen + size;
    }
  });

  it('writes WARC records warcio.js reads: warcinfo, then the response with its server address and the body as received, then its request', async () => {
    const files = unzipSync(await harToWacz(await recordedHar(), meta));
    const recs = await records(files['archive/data.warc']);
    expect(recs.map((r) => r.type)).toEqual(['warcinfo', 'response', 'request']);
    const res = recs[1];
    expect(res.uri).toBe(meta.pageUrl);
    expect(res.headers.get('warc-ip-address')).toBe('142.250.179.100');
    expect(res.headers.get('warc-payload-digest')).toBe(`sha256:${sha(new TextEncoder().encode(body))}`);
    expect(res.http?.status).toBe(200);
    expect(res.payload).toBe(body);
    // decoded body: no Content-Encoding left that would make a replay decode it twice; the length is the stored one
    expect(res.http?.headers.get('content-encoding')).toBeUndefined();
    expect(res.http?.headers.get('content-length')).toBe(String(new TextEncoder().encode(body).byteLength));
    expect(recs[2].headers.get('warc-concurrent-to')).toBe(res.headers.get('warc-record-id'));
    expect(recs[0].payload).toContain('Cookie, Set-Cookie and Authorization values are removed');
  });

  it('indexes the response at its offset in the WARC under the SURT key warcio.js computes, and lists the page', async () => {
    const files = unzipSync(await harToWacz(await recordedHar(), meta));
    const [line] = new TextDecoder().decode(files['indexes/index.cdxj']).trim().split('\n');
    const [key, ts, json] = line.split(/ (\d{14}) /);
    expect(key).toBe(getSurt(meta.pageUrl));
    expect(key).toBe(surt(meta.pageUrl));
    expect(ts).toBe('20261118110640');
    const entry = JSON.parse(json) as { offset: string; length: string; url: string };
    const slice = files['archive/data.warc'].slice(Number(entry.offset), Number(entry.offset) + Number(entry.length));
    expect((await records(slice)).map((r) => [r.type, r.uri])).toEqual([['response', meta.pageUrl]]);
    const pages = new TextDecoder().decode(files['pages/pages.jsonl']).trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(pages[0]).toMatchObject({ format: 'json-pages-1.0' });
    expect(pages[1]).toMatchObject({ url: meta.pageUrl, ts: '2026-11-18T11:06:40.000Z', title: 'Cabinet' });
  });

  it('gives the same bytes for the same recording', async () => {
    const har = await recordedHar();
    expect(sha(await harToWacz(har, meta))).toBe(sha(await harToWacz(har, meta)));
  });
});
