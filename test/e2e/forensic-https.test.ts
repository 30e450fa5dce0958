// Forensic capture over HTTPS (issue 13, « Done when »): a local HTTPS server with a self-signed certificate whose page
// loads the review's text by fetch as JSON, the way Google Maps does (`)]}'` prefix, `\u00e9` escapes). The forensic
// edition records the server's IP, the certificate's subject and SHA-256 fingerprint (compared with the certificate
// the server really used), a HAR 1.2, and « trouvé » for the text (in the JSON answer), the author and the rating.
// Chromium is told to accept the self-signed certificate (--ignore-certificate-errors), as a test only can.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exhibit } from '../../src/shared/types';
import { demoPath, startBundleHarness, type BundleHarness } from './bundle-helpers';
import { readBlob } from './capture-helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const MARC_ID = 'Ci9DQUlRQUNvZENodHljRjlvREVNT2F2aXNlZXNjcm9jMjAyNlhYWFhYWFhYWFhYWBAB';

/** The demo page with Marc L.'s review card held back in a <template>, its text loaded by fetch from a JSON answer. */
function xhrPage(): { html: string; text: string } {
  const lines = readFileSync(join(ROOT, 'demo/google-maps.html'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.includes(`aria-label="Marc L." data-review-id="${MARC_ID}"`));
  let depth = 0, end = start;
  for (let i = start; i < lines.length; i++) {
    depth += (lines[i].match(/<div\b/g) ?? []).length - (lines[i].match(/<\/div>/g) ?? []).length;
    if (depth === 0) { end = i; break; }
  }
  const card = lines.slice(start, end + 1).join('\n');
  const text = /<span class="wiI7pd">([^<]*)<\/span>/.exec(card)![1];
  const empty = card.replace(`<span class="wiI7pd">${text}</span>`, '<span class="wiI7pd"></span>');
  const script = `<template id="marc">${empty}</template><script>
fetch('/maps/rpc/listugcposts?hl=fr').then((r) => r.text()).then((t) => {
  const data = JSON.parse(t.slice(t.indexOf('\\n') + 1));
  const tpl = document.getElementById('marc');
  const c = tpl.content.firstElementChild.cloneNode(true);
  c.querySelector('.wiI7pd').textContent = data[0][3];
  tpl.replaceWith(c);
});
</script>`;
  return { html: [...lines.slice(0, start), script, ...lines.slice(end + 1)].join('\n'), text };
}

const jsonEscaped = (v: unknown): string => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

let h: BundleHarness;
let server: Server;
let origin: string;
let dir: string;
let certSha256: string;
let exhibit: Exhibit;
let reviewText: string;

beforeAll(async () => {
  // `npm run test:e2e` builds every edition before the files run side by side; a file run alone builds its own.
  if (!process.env.AVISE_E2E_BUILT) execFileSync('npx', ['vite', 'build', '--mode', 'chrome-forensic', '--logLevel', 'error'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'avise-https-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    '-subj', '/CN=avis.test.local', '-addext', 'subjectAltName=DNS:avis.test.local,IP:127.0.0.1', '-days', '2'], { stdio: 'pipe' });
  const cert = readFileSync(join(dir, 'cert.pem'));
  certSha256 = createHash('sha256').update(new X509Certificate(cert).raw).digest('hex');
  const page = xhrPage();
  reviewText = page.text;
  server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (req, res) => {
    if (req.url?.startsWith('/maps/rpc/listugcposts')) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(`)]}'\n${jsonEscaped([[MARC_ID, 'Marc L.', 1, page.text]])}`);
    } else if (req.url?.startsWith('/maps/place/')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
    else if (req.url?.startsWith('/demo/')) res.writeHead(200, { 'content-type': req.url.endsWith('.css') ? 'text/css' : 'image/svg+xml' }).end(readFileSync(join(ROOT, req.url.split('?')[0])));
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  h = await startBundleHarness({ dist: resolve(ROOT, 'dist/chrome-forensic'), extraArgs: ['--ignore-certificate-errors'] });
  await h.call('settings.set', { forensicEnabled: true });
  const { page: tab, popup } = await h.openPopupOn(origin + demoPath);
  await tab.waitForSelector(`[data-review-id="${MARC_ID}"] .wiI7pd`);
  await popup.reload({ waitUntil: 'load' }); // the list as the page shows it once its reviews have loaded
  await popup.waitForSelector('li.review button.capture');
  const index = await popup.$$eval('li.review', (lis) => lis.findIndex((li) => (li.textContent ?? '').includes('Marc L.')));
  expect(index).toBeGreaterThanOrEqual(0);
  await popup.$$eval('li.review button.capture', (bs, i) => (bs[i]).click(), index);
  await popup.waitForSelector('li.review .captured', { timeout: 30000 });
  const caseId = (await h.call('cases.list', {}))[0].id;
  exhibit = (await h.call('cases.get', { caseId })).exhibits[0];
}, 120_000);
afterAll(async () => {
  await h?.close();
  await new Promise((r) => server?.close(r));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('forensic capture over HTTPS, review text loaded as JSON', () => {
  it('records the server IP, the certificate subject and its fingerprint (the certificate the server really used)', () => {
    const d = exhibit.forensic!.document!;
    expect(d).toMatchObject({ status: 200, serverIp: '127.0.0.1' });
    expect(d.tls).toMatchObject({ subject: 'avis.test.local', issuer: 'avis.test.local' });
    expect(d.tls!.san).toEqual(expect.arrayContaining(['avis.test.local']));
    expect(d.tls!.protocol).toMatch(/^TLS 1\.[23]$/);
    expect(d.tls!.certificateSha256).toBe(certSha256);
  });

  it('finds the text in the JSON answer (after )]}\' and \\u escapes), and the author and rating in the page', () => {
    const checks = exhibit.forensic!.checks;
    expect(exhibit.review.text).toBe(reviewText);
    expect(checks.map((c) => [c.field, c.found])).toEqual([['text', true], ['author', true], ['rating', true]]);
    const text = checks[0].matches.find((m) => m.url.includes('/maps/rpc/listugcposts'));
    expect(text, JSON.stringify(checks[0].matches)).toMatchObject({ status: 200, serverIp: '127.0.0.1', decoding: 'json' });
    expect(text!.tls?.subject).toBe('avis.test.local');
  });

  it('stores a HAR 1.2 whose entries carry the TLS details and the certificate chain', async () => {
    const art = exhibit.artefacts.find((a) => a.kind === 'network.har')!;
    const har = JSON.parse((await readBlob(await h.extPage(), art.sha256)).toString('utf8'));
    expect(har.log.version).toBe('1.2');
    const doc = har.log.entries.find((e: { _resourceType: string }) => e._resourceType === 'Document');
    expect(doc.serverIPAddress).toBe('127.0.0.1');
    expect(doc._securityDetails.subjectName).toBe('avis.test.local');
    expect(doc._certificateChainDerBase64?.length).toBeGreaterThan(0);
    const api = har.log.entries.find((e: { request: { url: string } }) => e.request.url.includes('/maps/rpc/listugcposts'));
    expect(api._resourceType).toBe('Fetch');
    expect(api.response.content.text.startsWith(")]}'")).toBe(true);
  });
});
