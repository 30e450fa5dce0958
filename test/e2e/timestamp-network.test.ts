// Opt-in RFC 3161 timestamps in the real extension, and the promise behind it: without the option,
// Avisé sends nothing anywhere. One browser for the file; every non-loopback request of any process goes to a
// recording proxy that refuses it, and CDP records the service worker's and the pages' own requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTsa, type TestTsa } from '../tsa/server';
import { captureDemoReview, exportFromManager, startBundleHarness, startRecordingProxy, startSwitchableFront, until, type BundleHarness } from './bundle-helpers';
import type { Exhibit } from '../../src/shared/types';

let h: BundleHarness;
let tsa: TestTsa;
let front: Awaited<ReturnType<typeof startSwitchableFront>>;
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;

beforeAll(async () => {
  [tsa, proxy] = await Promise.all([startTestTsa(), startRecordingProxy()]);
  front = await startSwitchableFront(tsa.url);
  // The grant a doctor gives when turning timestamping on (see bundle-helpers.ts for why it is seeded in the profile).
  h = await startBundleHarness({ grantOrigins: ['http://127.0.0.1/*'], proxyUrl: proxy.url });
});
afterAll(async () => {
  await h?.close();
  await Promise.all([tsa?.close(), front?.close(), proxy?.close()]);
});

// Chromium's own background services still call Google (network time, component/extension updater, account
// cookies) despite --disable-background-networking: seen at the proxy, from the browser process, with or without
// the extension. They are not Avisé's; anything else reaching the proxy fails the test. The extension's own contexts
// (service worker, popup, manager, options) are checked strictly through CDP below.
const CHROMIUM_OWN = /^(GET|POST|CONNECT) (https?:\/\/)?(clients\d*\.google\.com|update\.googleapis\.com|accounts\.google\.com)[:/]/;
const leftLoopback = (): string[] => proxy.seen.filter((s) => !CHROMIUM_OWN.test(s));

const exhibit = async (caseId: string): Promise<Exhibit> => (await h.call('cases.get', { caseId })).exhibits[0];
const allowed = (url: string): boolean =>
  url.startsWith(`${h.origin}/`) || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:') || url.startsWith('chrome://');

describe('timestamping off (the default): no network request at all', () => {
  it('captures, exports and retries without a single request leaving the demo page', async () => {
    expect((await h.call('settings.get', {})).timestampEnabled).toBe(false);
    const t0 = h.requests.length;
    const { caseId } = await captureDemoReview(h, 0);
    await exportFromManager(h, caseId);
    expect(await h.call('timestamps.retry', {})).toEqual({ attempted: 0, granted: 0, failed: 0, pending: 0 });
    await new Promise((r) => setTimeout(r, 300)); // anything fired after the capture would show up now
    expect((await exhibit(caseId)).timestamps).toBeUndefined();
    expect(tsa.requests).toBe(0);
    expect(front.hits).toBe(0);
    expect(leftLoopback()).toEqual([]); // nothing else tried to leave loopback, from any process
    const offending = h.requests.slice(t0).filter((r) => !allowed(r.url));
    expect(offending).toEqual([]);
    // the recorder does see the service worker's traffic: it fetched the capture's data: URLs and the demo page was loaded
    expect(h.requests.slice(t0).some((r) => r.url.startsWith(h.origin))).toBe(true);
  });
});

describe('timestamping on: tokens from two authorities, « en attente » without network, retried later', () => {
  it('stores a granted token and a pending one, then the next export retries the pending one', async () => {
    await h.call('settings.set', { timestampEnabled: true, tsaUrls: [tsa.url, front.url] });
    const { caseId, seal } = await captureDemoReview(h, 1);
    const first = await until(async () => {
      const ex = await exhibit(caseId);
      return ex.timestamps?.length === 2 ? ex : undefined;
    }, 'two timestamp records');
    expect(first.timestamps!.map((t) => [t.tsaUrl, t.status])).toEqual([[tsa.url, 'granted'], [front.url, 'pending']]);
    expect(first.timestamps![0]).toMatchObject({ imprint: seal, genTime: expect.any(String), tokenBase64: expect.any(String) });
    expect(first.timestamps![1].error).toMatch(/^network:/);
    // Only the hash left: what the authority received is the seal's 32-byte digest in an RFC 3161 request (algorithm,
    // nonce, certReq: ~40 bytes of framing), with no room for the review, its author or the doctor's name.
    const tsq = readFileSync(join(tsa.dir, 'req-1.tsq'));
    expect(tsq.includes(Buffer.from(seal, 'hex'))).toBe(true);
    expect(tsq.length).toBeLessThanOrEqual(32 + 48);
    expect(first.seal).toBe(seal); // outside the seal: the sealed record is unchanged
    const custody = await h.call('custody.list', { caseId });
    const ts = custody.filter((e) => e.event === 'timestamp');
    expect(ts).toHaveLength(1);
    expect(ts[0].detail).toContain('granted');
    expect(ts[0].detail).toContain('horodatage en attente');
    // Only the digest left: the service worker's requests to the authorities (recorded by CDP) and nothing else.
    expect(h.requests.filter((r) => r.url === tsa.url).every((r) => r.from.startsWith('service_worker'))).toBe(true);
    expect(h.requests.some((r) => r.url === tsa.url)).toBe(true);

    // The network comes back; the next export retries the pending request (so do a service-worker start and the alarm).
    front.online = true;
    const requestsBefore = tsa.requests;
    await exportFromManager(h, caseId);
    const after = await until(async () => {
      const ex = await exhibit(caseId);
      return ex.timestamps?.[1].status === 'granted' ? ex : undefined;
    }, 'the pending timestamp to be granted after the export');
    expect(after.timestamps![0]).toEqual(first.timestamps![0]); // the granted record did not move or change
    expect(after.timestamps![1]).toMatchObject({ tsaUrl: front.url, status: 'granted', imprint: seal });
    expect(tsa.requests).toBe(requestsBefore + 1); // only the pending one was asked again
    const custody2 = await h.call('custody.list', { caseId });
    expect(custody2.filter((e) => e.event === 'timestamp')).toHaveLength(2);
    expect(await h.call('timestamps.retry', {})).toMatchObject({ attempted: 0, pending: 0 });
    expect(leftLoopback()).toEqual([]);
  });
});
