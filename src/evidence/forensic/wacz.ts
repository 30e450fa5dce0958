// The controlled reload's network as a WACZ (Web Archive Collection Zipped, 1.1.1), the format ReplayWeb.page and
// the Webrecorder tools open: the same responses as network.har, as WARC 1.1 records (ISO 28500), with a CDXJ index,
// pages/pages.jsonl and datapackage.json holding each file's SHA-256 (evidence-anchors §(d)1 and §(d)5: the WACZ goes
// inside the exhibit as one file, hashed and sealed like every artefact).
// Written here rather than with warcio.js (the Webrecorder library): its serializer hashes through hash-wasm, and
// WebAssembly would need 'wasm-unsafe-eval' in the extension's strict CSP. warcio.js parses our output in the tests.
// What differs from the wire, said in the warcinfo record: bodies are stored decoded (the browser hands them over
// without their Content-Encoding), so Content-Encoding and Transfer-Encoding are left out and Content-Length is the
// stored length; the status line says HTTP/1.1 whatever the protocol was (it is in WARC-Protocol); responses whose
// body was not kept (over the cap, images, scripts) are not in the WARC; Cookie and Authorization values are the
// redacted ones of the HAR. Pure and deterministic: the same HAR gives the same bytes.
import { zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../hash';
import type { Har, HarEntry } from './har';

const CRLF = '\r\n';
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

const b64ToBytes = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** A deterministic record id: the SHA-256 of what names the record, shaped as a UUID. */
async function recordId(...parts: string[]): Promise<string> {
  const h = await sha256Hex(parts.join('\n'));
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}>`;
}

/** Header values on one line (WARC and HTTP headers cannot hold line breaks). */
const oneLine = (v: string): string => v.replace(/[\r\n]+/g, ' ');

async function warcRecord(headers: [string, string][], block: Uint8Array): Promise<Uint8Array> {
  const all: [string, string][] = [...headers, ['WARC-Block-Digest', `sha256:${await sha256Hex(block)}`], ['Content-Length', String(block.byteLength)]];
  const head = `WARC/1.1${CRLF}${all.map(([k, v]) => `${k}: ${oneLine(v)}`).join(CRLF)}${CRLF}${CRLF}`;
  return concat([enc(head), block, enc(CRLF + CRLF)]);
}

/** The body as stored in the HAR (decoded), or undefined when it was not kept. */
function bodyOf(e: HarEntry): Uint8Array | undefined {
  const c = e.response.content;
  if (typeof c.text !== 'string') return undefined;
  return c.encoding === 'base64' ? b64ToBytes(c.text) : enc(c.text);
}

const DROPPED = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

function httpResponse(e: HarEntry, body: Uint8Array): Uint8Array {
  const headers = e.response.headers.filter((h) => !h.name.startsWith(':') && !DROPPED.has(h.name.toLowerCase()));
  const lines = [`HTTP/1.1 ${e.response.status} ${oneLine(e.response.statusText || '')}`.trimEnd(), ...headers.map((h) => `${h.name}: ${oneLine(h.value)}`), `Content-Length: ${body.byteLength}`];
  return concat([enc(lines.join(CRLF) + CRLF + CRLF), body]);
}

function httpRequest(e: HarEntry): Uint8Array {
  let target = e.request.url;
  let host = '';
  try {
    const u = new URL(e.request.url);
    target = `${u.pathname}${u.search}`;
    host = u.host;
  } catch {
    /* kept as given */
  }
  const headers = e.request.headers.filter((h) => !h.name.startsWith(':'));
  if (host && !headers.some((h) => h.name.toLowerCase() === 'host')) headers.unshift({ name: 'Host', value: host });
  const lines = [`${e.request.method} ${target} HTTP/1.1`, ...headers.map((h) => `${h.name}: ${oneLine(h.value)}`)];
  return enc(lines.join(CRLF) + CRLF + CRLF + (e.request.postData?.text ?? ''));
}

/** The SURT form of a URL, the sort key of a CDXJ index (host reversed, « www. » dropped, lower case). */
export function surt(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\d*\./, '');
    const reversed = /^[\d.]+$/.test(host) ? host : host.split('.').reverse().join(',');
    const port = u.port && !((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) ? `:${u.port}` : '';
    return `${reversed}${port})${u.pathname}${u.search}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** 14-digit WARC/CDX timestamp (UTC) of an ISO instant. */
export const timestamp14 = (iso: string): string => iso.replace(/[-:T]/g, '').slice(0, 14);

export interface WaczMeta {
  pageUrl: string;
  pageTitle: string;
  /** When the reload started: the WACZ's creation date and its page's time. */
  createdAt: Date;
  software: string;
}

export const WACZ_VERSION = '1.1.1';

/** The HAR's kept responses as a WACZ: archive/data.warc, indexes/index.cdxj, pages/pages.jsonl, datapackage(.json, -digest.json). */
export async function harToWacz(har: Har, meta: WaczMeta): Promise<Uint8Array> {
  const created = meta.createdAt.toISOString();
  const records: Uint8Array[] = [];
  const index: string[] = [];
  const info = enc(
    [
      `software: ${meta.software}`,
      'format: WARC File Format 1.1',
      'conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
      'description: controlled reload (rechargement contrôlé) recorded through the browser debugging protocol; bodies stored decoded, so Content-Encoding and Transfer-Encoding are left out and Content-Length is the stored length; the status line says HTTP/1.1 (the protocol used is in WARC-Protocol); responses whose body was not kept are left out; Cookie, Set-Cookie and Authorization values are removed',
      `isPartOf: ${oneLine(meta.pageUrl)}`,
    ].join(CRLF) + CRLF,
  );
  records.push(await warcRecord([['WARC-Type', 'warcinfo'], ['WARC-Record-ID', await recordId('warcinfo', created)], ['WARC-Date', created], ['WARC-Filename', 'data.warc'], ['Content-Type', 'application/warc-fields']], info));
  let offset = records[0]!.byteLength; // the warcinfo record was just pushed
  for (const [i, e] of har.log.entries.entries()) {
    const body = bodyOf(e);
    if (!body) continue;
    const date = new Date(e.startedDateTime).toISOString();
    const responseId = await recordId('response', String(i), e.request.url, date);
    const payloadDigest = `sha256:${await sha256Hex(body)}`;
    const response = await warcRecord(
      [
        ['WARC-Type', 'response'],
        ['WARC-Record-ID', responseId],
        ['WARC-Date', date],
        ['WARC-Target-URI', e.request.url],
        ...(e.serverIPAddress ? [['WARC-IP-Address', e.serverIPAddress] as [string, string]] : []),
        ...(e.response.httpVersion ? [['WARC-Protocol', e.response.httpVersion.toLowerCase()] as [string, string]] : []),
        ['WARC-Payload-Digest', payloadDigest],
        ['Content-Type', 'application/http; msgtype=response'],
      ],
      httpResponse(e, body),
    );
    const request = await warcRecord(
      [
        ['WARC-Type', 'request'],
        ['WARC-Record-ID', await recordId('request', String(i), e.request.url, date)],
        ['WARC-Date', date],
        ['WARC-Target-URI', e.request.url],
        ['WARC-Concurrent-To', responseId],
        ['Content-Type', 'application/http; msgtype=request'],
      ],
      httpRequest(e),
    );
    index.push(`${surt(e.request.url)} ${timestamp14(date)} ${JSON.stringify({ url: e.request.url, mime: e.response.content.mimeType.split(';')[0]?.trim() ?? '', status: String(e.response.status), digest: payloadDigest, length: String(response.byteLength), offset: String(offset), filename: 'data.warc' })}`);
    records.push(response, request);
    offset += response.byteLength + request.byteLength;
  }
  const warc = concat(records);
  const cdxj = enc(index.sort().map((l) => l + '\n').join(''));
  const mainPage = har.log.entries.find((e) => e.request.url === meta.pageUrl) ?? har.log.entries.find((e) => e._resourceType === 'Document');
  const pageUrl = mainPage?.request.url ?? meta.pageUrl;
  const pages = enc(
    `${JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' })}\n${JSON.stringify({ id: (await sha256Hex(`page\n${pageUrl}\n${created}`)).slice(0, 32), url: pageUrl, ts: created, title: meta.pageTitle || pageUrl })}\n`,
  );
  const files: [string, Uint8Array][] = [
    ['archive/data.warc', warc],
    ['indexes/index.cdxj', cdxj],
    ['pages/pages.jsonl', pages],
  ];
  const resources = [];
  for (const [path, bytes] of files) resources.push({ name: path.split('/').pop(), path, hash: `sha256:${await sha256Hex(bytes)}`, bytes: bytes.byteLength });
  const datapackage = enc(
    JSON.stringify(
      { profile: 'data-package', wacz_version: WACZ_VERSION, title: meta.pageTitle || pageUrl, created, modified: created, software: meta.software, mainPageURL: pageUrl, mainPageDate: created, resources },
      null,
      2,
    ),
  );
  const digest = enc(JSON.stringify({ path: 'datapackage.json', hash: `sha256:${await sha256Hex(datapackage)}` }, null, 2));
  // STORE, not DEFLATE: the WACZ spec keeps archives uncompressed in the ZIP so that readers can seek into them.
  const mtime = meta.createdAt;
  const zippable: Zippable = {};
  for (const [path, bytes] of [...files, ['datapackage.json', datapackage], ['datapackage-digest.json', digest]] as [string, Uint8Array][]) zippable[path] = [bytes, { level: 0, mtime }];
  return zipSync(zippable, { level: 0, mtime });
}
