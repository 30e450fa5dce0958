// The network of a controlled reload, from the browser's debugging protocol (CDP `Network.*` events) to HAR 1.2
// (http://www.softwareishard.com/blog/har-12-spec/), the format every browser's developer tools open. Pure: the
// service worker feeds it the events (background/capture/forensic.ts); Node tests feed it recorded ones.
// What is added beyond HAR 1.2 is in `_`-prefixed fields, as the spec allows: the server's port, the TLS details
// and certificate, the SHA-256 of each body, why a body was not kept, and the local time each response arrived.
// Session secrets of the doctor (Cookie, Set-Cookie, Authorization) are never written: their values are replaced.
import type { ServerResponse, TlsSummary } from '../../shared/types';
import { sha256Hex } from '../hash';
import type { SearchableResponse } from './crosscheck';

/** The largest body kept per response (document, XHR, fetch), stated in the HAR and the report. */
export const BODY_CAP_BYTES = 5 * 1024 * 1024;
/** Resource types whose bodies are kept: where a review's text comes from. */
export const BODY_TYPES = new Set(['Document', 'XHR', 'Fetch']);
export const REDACTED = '[retiré par Avisé : secret de session / removed by Avisé: session secret]';
const SECRET_HEADERS = new Set(['cookie', 'set-cookie', 'authorization', 'proxy-authorization']);

/** CDP `Network.SecurityDetails` (the fields used). */
export interface CdpSecurityDetails {
  protocol: string;
  keyExchange?: string;
  keyExchangeGroup?: string;
  cipher: string;
  mac?: string;
  subjectName: string;
  sanList?: string[];
  issuer: string;
  /** Seconds since the epoch. */
  validFrom: number;
  validTo: number;
  certificateId?: number;
  signedCertificateTimestampList?: unknown[];
  certificateTransparencyCompliance?: string;
}

/** CDP `Network.Response` (the fields used). */
export interface CdpResponse {
  url: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  mimeType: string;
  remoteIPAddress?: string;
  remotePort?: number;
  protocol?: string;
  securityState?: string;
  securityDetails?: CdpSecurityDetails;
  encodedDataLength?: number;
  timing?: {
    requestTime: number;
    dnsStart: number;
    dnsEnd: number;
    connectStart: number;
    connectEnd: number;
    sslStart: number;
    sslEnd: number;
    sendStart: number;
    sendEnd: number;
    receiveHeadersEnd: number;
  };
}

/** The CDP Network events recorded (the fields used). */
interface CdpRequestWillBeSent {
  requestId: string;
  type?: string;
  request: { url: string; method: string; headers?: Record<string, string>; postData?: string };
  wallTime: number;
  timestamp: number;
  redirectResponse?: CdpResponse;
}
interface CdpResponseReceived { requestId: string; type?: string; response: CdpResponse }
interface CdpLoadingFinished { requestId: string; timestamp: number; encodedDataLength?: number }
interface CdpLoadingFailed { requestId: string; errorText?: string }

interface Exchange {
  requestId: string;
  type: string;
  request: { url: string; method: string; headers: Record<string, string>; postData?: string };
  /** Seconds since the epoch (CDP wallTime). */
  wallTime: number;
  /** CDP monotonic seconds of requestWillBeSent. */
  timestamp: number;
  response?: CdpResponse;
  /** Local clock (ms since the epoch) when the response headers arrived. */
  receivedAtMs?: number;
  finishedTimestamp?: number;
  encodedDataLength?: number;
  failed?: string;
  body?: { text: string; base64: boolean };
  bodyOmitted?: string;
  certificateDer?: string[];
}

/** Maps CDP `securityDetails` to what the exhibit and the report keep. */
export function tlsFromSecurityDetails(sd: CdpSecurityDetails, certificateSha256?: string): TlsSummary {
  return {
    protocol: sd.protocol,
    cipher: sd.cipher + (sd.mac ? ` / ${sd.mac}` : ''),
    ...(sd.keyExchange || sd.keyExchangeGroup ? { keyExchange: [sd.keyExchange, sd.keyExchangeGroup].filter(Boolean).join(' / ') } : {}),
    subject: sd.subjectName,
    san: [...(sd.sanList ?? [])],
    issuer: sd.issuer,
    validFrom: new Date(sd.validFrom * 1000).toISOString(),
    validTo: new Date(sd.validTo * 1000).toISOString(),
    ...(certificateSha256 ? { certificateSha256 } : {}),
  };
}

const b64ToBytes = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

const headerList = (h: Record<string, string> | undefined): { name: string; value: string }[] =>
  Object.entries(h ?? {}).flatMap(([name, value]) =>
    SECRET_HEADERS.has(name.toLowerCase()) ? [{ name, value: REDACTED }] : String(value).split('\n').map((v) => ({ name, value: v })),
  );

const headerValue = (h: Record<string, string> | undefined, name: string): string | undefined =>
  Object.entries(h ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];

/** Collects the CDP Network events of one recording, in the order they arrive. */
export class NetworkRecorder {
  private readonly byId = new Map<string, Exchange>();
  readonly exchanges: Exchange[] = [];

  /** Feeds one CDP event; `nowMs` is the local clock when it arrived. */
  onEvent(method: string, event: unknown, nowMs: number): void {
    switch (method) {
      case 'Network.requestWillBeSent': {
        const params = event as CdpRequestWillBeSent;
        const prev = this.byId.get(params.requestId);
        if (prev && params.redirectResponse) {
          // A redirect reuses the request id: the previous exchange ends with the redirect response.
          prev.response = params.redirectResponse;
          prev.receivedAtMs = nowMs;
          prev.finishedTimestamp = params.timestamp;
        }
        const ex: Exchange = {
          requestId: params.requestId,
          type: params.type ?? 'Other',
          request: { url: params.request.url, method: params.request.method, headers: params.request.headers ?? {}, ...(params.request.postData ? { postData: params.request.postData } : {}) },
          wallTime: params.wallTime,
          timestamp: params.timestamp,
        };
        this.byId.set(params.requestId, ex);
        this.exchanges.push(ex);
        break;
      }
      case 'Network.responseReceived': {
        const params = event as CdpResponseReceived;
        const ex = this.byId.get(params.requestId);
        if (!ex) return;
        ex.response = params.response;
        ex.type = params.type ?? ex.type;
        ex.receivedAtMs = nowMs;
        break;
      }
      case 'Network.loadingFinished': {
        const params = event as CdpLoadingFinished;
        const ex = this.byId.get(params.requestId);
        if (!ex) return;
        ex.finishedTimestamp = params.timestamp;
        ex.encodedDataLength = params.encodedDataLength;
        break;
      }
      case 'Network.loadingFailed': {
        const params = event as CdpLoadingFailed;
        const ex = this.byId.get(params.requestId);
        if (ex) ex.failed = params.errorText ?? 'failed';
        break;
      }
    }
  }

  /** True when this request's body should be fetched (a document, XHR or fetch response that finished). */
  wantsBody(requestId: string): boolean {
    const ex = this.byId.get(requestId);
    return !!ex?.response && BODY_TYPES.has(ex.type) && !ex.failed;
  }

  setBody(requestId: string, body: { body: string; base64Encoded: boolean }): void {
    const ex = this.byId.get(requestId);
    if (!ex) return;
    const size = body.base64Encoded ? Math.floor((body.body.length * 3) / 4) : new TextEncoder().encode(body.body).byteLength;
    if (size > BODY_CAP_BYTES) ex.bodyOmitted = `larger than the ${BODY_CAP_BYTES} bytes cap (${size} bytes)`;
    else ex.body = { text: body.body, base64: body.base64Encoded };
  }

  omitBody(requestId: string, why: string): void {
    const ex = this.byId.get(requestId);
    if (ex) ex.bodyOmitted = why;
  }

  setCertificate(origin: string, der: string[]): void {
    const first = this.exchanges.find((e) => e.response?.securityDetails && originOf(e.response.url) === origin);
    if (first) first.certificateDer = der;
  }

  /** Https origins that answered, for `Network.getCertificate`. */
  secureOrigins(): string[] {
    return [...new Set(this.exchanges.filter((e) => e.response?.securityDetails).map((e) => originOf(e.response!.url)))];
  }

  /** The main document: the first Document response of the top frame after the reload (after redirects). */
  documentExchange(): Exchange | undefined {
    return this.exchanges.find((e) => e.type === 'Document' && e.response && e.response.status < 300 && !e.failed);
  }

  /** The recording as HAR 1.2, with the responses as the exhibit names them and their bodies as text to search. */
  async finish(meta: { creator: { name: string; version: string }; pageTitle: string; pageUrl: string; startedAt: Date }): Promise<{ har: Har; responses: SearchableResponse[]; document?: ServerResponse; bodiesRecorded: number; bodiesOmitted: number }> {
    const entries: HarEntry[] = [];
    const responses: SearchableResponse[] = [];
    let document: ServerResponse | undefined;
    let bodiesRecorded = 0;
    let bodiesOmitted = 0;
    const docEx = this.documentExchange();
    for (const ex of this.exchanges) {
      const res = ex.response;
      if (!res) continue;
      let bodySha256: string | undefined;
      let bodyText: string | undefined;
      if (ex.body) {
        const bytes = ex.body.base64 ? b64ToBytes(ex.body.text) : new TextEncoder().encode(ex.body.text);
        bodySha256 = await sha256Hex(bytes);
        bodyText = ex.body.base64 ? new TextDecoder('utf-8', { fatal: false }).decode(bytes) : ex.body.text;
        bodiesRecorded++;
      } else if (ex.bodyOmitted) bodiesOmitted++;
      const certificateSha256 = ex.certificateDer?.[0] ? await sha256Hex(b64ToBytes(ex.certificateDer[0])) : undefined;
      const tls = res.securityDetails ? tlsFromSecurityDetails(res.securityDetails, certificateSha256 ?? this.certificateShaFor(res.url, entries)) : undefined;
      const receivedAt = new Date(ex.receivedAtMs ?? ex.wallTime * 1000).toISOString();
      const summary: ServerResponse = {
        url: res.url,
        method: ex.request.method,
        status: res.status,
        ...(res.remoteIPAddress ? { serverIp: res.remoteIPAddress } : {}),
        ...(res.remotePort ? { serverPort: res.remotePort } : {}),
        ...(res.protocol ? { protocol: res.protocol } : {}),
        ...(tls ? { tls } : {}),
        ...(bodySha256 ? { bodySha256 } : {}),
        receivedAt,
      };
      if (ex === docEx) document = summary;
      if (bodyText !== undefined && /text|json|javascript|xml|html/i.test(res.mimeType || '')) responses.push({ ...summary, mimeType: res.mimeType, body: bodyText });
      else if (bodyText !== undefined && !ex.body?.base64) responses.push({ ...summary, mimeType: res.mimeType, body: bodyText });
      entries.push(harEntry(ex, res, summary, tls));
    }
    const har: Har = {
      log: {
        version: '1.2',
        creator: meta.creator,
        pages: [{ startedDateTime: meta.startedAt.toISOString(), id: 'page_1', title: meta.pageTitle || meta.pageUrl, pageTimings: {} }],
        entries,
        comment: `Recorded by ${meta.creator.name} during a controlled reload (rechargement contrôlé) through the browser's debugging protocol. Bodies of document, XHR and fetch responses are kept up to ${BODY_CAP_BYTES} bytes each; Cookie, Set-Cookie and Authorization values are removed.`,
        _bodyCapBytes: BODY_CAP_BYTES,
      },
    };
    return { har, responses, document, bodiesRecorded, bodiesOmitted };
  }

  private certificateShaFor(url: string, entries: HarEntry[]): string | undefined {
    const o = originOf(url);
    return entries.find((e) => originOf(e.request.url) === o && e._tls?.certificateSha256)?._tls?.certificateSha256;
  }
}

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** The clock difference: the server's `Date` header minus the local clock when the headers arrived. */
export function clockDifference(ex: { response?: CdpResponse; receivedAtMs?: number } | undefined): { url: string; serverDate: string; localAt: string; differenceMs: number } | undefined {
  const date = headerValue(ex?.response?.headers, 'date');
  if (!ex?.response || !date || ex.receivedAtMs === undefined) return undefined;
  const server = Date.parse(date);
  if (Number.isNaN(server)) return undefined;
  return { url: ex.response.url, serverDate: date, localAt: new Date(ex.receivedAtMs).toISOString(), differenceMs: Math.round(server - ex.receivedAtMs) };
}

function harEntry(ex: Exchange, res: CdpResponse, summary: ServerResponse, tls: TlsSummary | undefined): HarEntry {
  const t = res.timing;
  const ms = (a: number, b: number): number => (a >= 0 && b >= 0 ? Math.max(0, b - a) : -1);
  const timings = t
    ? {
        blocked: -1,
        dns: ms(t.dnsStart, t.dnsEnd),
        connect: ms(t.connectStart, t.connectEnd),
        ssl: ms(t.sslStart, t.sslEnd),
        send: Math.max(0, t.sendEnd - t.sendStart),
        wait: Math.max(0, t.receiveHeadersEnd - t.sendEnd),
        receive: ex.finishedTimestamp !== undefined ? Math.max(0, (ex.finishedTimestamp - t.requestTime) * 1000 - t.receiveHeadersEnd) : 0,
      }
    : { send: 0, wait: 0, receive: 0 };
  const parts: number[] = [timings.send, timings.wait, timings.receive, ...(t ? [timings.dns ?? -1, timings.connect ?? -1] : [])];
  const total = parts.filter((x) => x > 0).reduce((a, b) => a + b, 0);
  const url = new URL(res.url);
  const httpVersion = (res.protocol ?? 'http/1.1').toUpperCase().replace(/^H2$/, 'HTTP/2').replace(/^H3$/, 'HTTP/3');
  return {
    pageref: 'page_1',
    startedDateTime: new Date(ex.wallTime * 1000).toISOString(),
    time: Math.round(total * 1000) / 1000,
    request: {
      method: ex.request.method,
      url: ex.request.url,
      httpVersion,
      cookies: [],
      headers: headerList(ex.request.headers),
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      ...(ex.request.postData ? { postData: { mimeType: headerValue(ex.request.headers, 'content-type') ?? '', text: ex.request.postData } } : {}),
      headersSize: -1,
      bodySize: ex.request.postData ? new TextEncoder().encode(ex.request.postData).byteLength : 0,
    },
    response: {
      status: res.status,
      statusText: res.statusText ?? '',
      httpVersion,
      cookies: [],
      headers: headerList(res.headers),
      content: {
        size: ex.body ? (ex.body.base64 ? Math.floor((ex.body.text.length * 3) / 4) : new TextEncoder().encode(ex.body.text).byteLength) : 0,
        mimeType: res.mimeType ?? '',
        ...(ex.body ? { text: ex.body.text } : {}),
        ...(ex.body?.base64 ? { encoding: 'base64' } : {}),
        ...(ex.bodyOmitted ? { comment: `body not recorded: ${ex.bodyOmitted}` } : {}),
      },
      redirectURL: headerValue(res.headers, 'location') ?? '',
      headersSize: -1,
      bodySize: ex.encodedDataLength ?? -1,
    },
    cache: {},
    timings,
    ...(res.remoteIPAddress ? { serverIPAddress: res.remoteIPAddress } : {}),
    ...(res.remotePort ? { connection: String(res.remotePort) } : {}),
    _resourceType: ex.type,
    ...(res.remotePort ? { _remotePort: res.remotePort } : {}),
    _receivedAtLocal: summary.receivedAt,
    ...(summary.bodySha256 ? { _bodySha256: summary.bodySha256 } : {}),
    ...(ex.failed ? { _failed: ex.failed } : {}),
    ...(tls ? { _tls: tls } : {}),
    ...(res.securityDetails ? { _securityDetails: res.securityDetails } : {}),
    ...(ex.certificateDer ? { _certificateChainDerBase64: ex.certificateDer } : {}),
  };
}

export interface HarEntry {
  pageref: string;
  startedDateTime: string;
  time: number;
  request: { method: string; url: string; httpVersion: string; cookies: unknown[]; headers: { name: string; value: string }[]; queryString: { name: string; value: string }[]; postData?: { mimeType: string; text: string }; headersSize: number; bodySize: number };
  response: { status: number; statusText: string; httpVersion: string; cookies: unknown[]; headers: { name: string; value: string }[]; content: { size: number; mimeType: string; text?: string; encoding?: string; comment?: string }; redirectURL: string; headersSize: number; bodySize: number };
  cache: Record<string, never>;
  timings: { blocked?: number; dns?: number; connect?: number; ssl?: number; send: number; wait: number; receive: number };
  serverIPAddress?: string;
  connection?: string;
  _tls?: TlsSummary;
  [custom: `_${string}`]: unknown;
}

export interface Har {
  log: { version: '1.2'; creator: { name: string; version: string }; pages: unknown[]; entries: HarEntry[]; comment: string; _bodyCapBytes: number };
}
