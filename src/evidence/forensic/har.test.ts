import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_CAP_BYTES, NetworkRecorder, REDACTED, clockDifference, tlsFromSecurityDetails } from './har';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/forensic/cdp-google-response.json'), 'utf8'));

function recorded(): NetworkRecorder {
  const r = new NetworkRecorder();
  r.onEvent('Network.requestWillBeSent', fixture.requestWillBeSent, 1795000000125);
  r.onEvent('Network.responseReceived', fixture.responseReceived, 1795000000300);
  r.onEvent('Network.loadingFinished', fixture.loadingFinished, 1795000000400);
  return r;
}
const meta = { creator: { name: 'Avisé', version: '0.1.0' }, pageTitle: 'Cabinet', pageUrl: 'https://www.google.com/maps/place/Cabinet', startedAt: new Date(1795000000000) };

describe('TLS details from the debugging protocol', () => {
  it('keeps protocol, cipher, certificate subject, SAN, issuer and validity as dates', () => {
    const tls = tlsFromSecurityDetails(fixture.responseReceived.response.securityDetails, 'cd'.repeat(32));
    expect(tls).toEqual({
      protocol: 'TLS 1.3',
      cipher: 'AES_128_GCM',
      keyExchange: 'X25519Kyber768Draft00',
      subject: '*.google.com',
      san: ['*.google.com', 'google.com', '*.google.fr'],
      issuer: 'WR2',
      validFrom: '2026-10-26T07:33:20.000Z',
      validTo: '2027-01-15T08:00:00.000Z',
      certificateSha256: 'cd'.repeat(32),
    });
  });
});

describe('the recording as HAR 1.2', () => {
  it('writes one entry per response, with the server address, TLS, certificate hash and the body', async () => {
    const r = recorded();
    expect(r.wantsBody('1000.1')).toBe(true);
    r.setBody('1000.1', { body: '<p>Marc L.</p>', base64Encoded: false });
    r.setCertificate('https://www.google.com', [btoa('fake-der')]);
    const { har, responses, document, bodiesRecorded } = await r.finish(meta);
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(1);
    const e = har.log.entries[0];
    expect(e).toMatchObject({ serverIPAddress: '142.250.179.100', connection: '443', _remotePort: 443, request: { method: 'GET', url: fixture.requestWillBeSent.request.url, httpVersion: 'HTTP/2' }, response: { status: 200, content: { mimeType: 'text/html', text: '<p>Marc L.</p>' } } });
    expect(e.startedDateTime).toBe('2026-11-18T11:06:40.125Z');
    expect(e.timings).toMatchObject({ dns: 4, connect: 35, ssl: 28, send: 1, wait: 138 });
    expect(e._tls?.subject).toBe('*.google.com');
    expect(e._tls?.certificateSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document).toMatchObject({ url: fixture.responseReceived.response.url, status: 200, serverIp: '142.250.179.100', serverPort: 443, tls: { issuer: 'WR2' } });
    expect(responses[0].body).toBe('<p>Marc L.</p>');
    expect(responses[0].bodySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(bodiesRecorded).toBe(1);
  });

  it('never writes the doctor’s cookies or session headers', async () => {
    const r = recorded();
    const { har } = await r.finish(meta);
    const text = JSON.stringify(har);
    expect(text).not.toContain('secret-session');
    expect(text).not.toContain('NID=511');
    expect(har.log.entries[0].request.headers.find((h) => h.name === 'Cookie')?.value).toBe(REDACTED);
  });

  it('keeps no body above the stated cap, and says so in the entry', async () => {
    const r = recorded();
    r.setBody('1000.1', { body: 'x'.repeat(BODY_CAP_BYTES + 1), base64Encoded: false });
    const { har, bodiesOmitted, responses } = await r.finish(meta);
    expect(har.log.entries[0].response.content.text).toBeUndefined();
    expect(har.log.entries[0].response.content.comment).toMatch(/cap/);
    expect(bodiesOmitted).toBe(1);
    expect(responses).toHaveLength(0);
  });

  it('measures the clock difference between the server’s Date header and the local clock', () => {
    const r = recorded();
    // Date: 09:00:02 GMT; received locally at 1795000000300 ms = 2026-11-18T11:06:40.300Z
    expect(clockDifference(r.documentExchange())).toEqual({ url: fixture.responseReceived.response.url, serverDate: 'Wed, 18 Nov 2026 11:06:38 GMT', localAt: '2026-11-18T11:06:40.300Z', differenceMs: -2300 });
  });
});
