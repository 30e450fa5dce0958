// The service worker is the only writer: a page gets signatures and the public key from it, and a failed call comes
// back as a code with its parameters, which the page words in the doctor's language from _locales.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The raw reply of one envelope, as a page receives it. */
function send(p: Page, call: string, req: unknown): Promise<{ ok: boolean; value?: any; error?: { code: string; params: Record<string, string>; message: string } }> {
  return p.evaluate((c, r) => chrome.runtime.sendMessage({ avise: 1, call: c, req: r }), call, req as Record<string, unknown>) as never;
}

describe('one writer, coded errors', () => {
  it('words a case that does not exist in French on the case page, from its error code', async () => {
    const m = await h.browser.newPage();
    await m.goto(h.extUrl('src/ui/manager/index.html#case=case-nowhere-123'));
    await m.waitForSelector('p.error[role="alert"]', { timeout: 10000 });
    const text = await m.$eval('p.error', (e) => e.textContent ?? '');
    expect(text).toBe('Dossier introuvable : case-nowhere-123. Il a peut-être été supprimé ; revenez à la liste des dossiers.');
    await m.close();
  });

  it('sends errors as codes with parameters, never as sentences, and an unknown call as unknownCall', async () => {
    const p = await h.browser.newPage();
    await p.goto(h.extUrl('src/ui/options/index.html'));
    const bad = await send(p, 'drafts.save', { caseId: 'x', kind: 'NOT A KIND', lang: 'fr', title: 't' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'draftInvalid', params: { field: 'kind' } } });
    const unknown = await send(p, 'store.putAnything', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknownCall', params: { call: 'store.putAnything' } } });
    const noCase = await send(p, 'qualification.save', { caseId: 'case-nowhere', rulesetVersion: 'x', answers: {}, result: {} });
    expect(noCase).toMatchObject({ ok: false, error: { code: 'caseNotFound', params: { caseId: 'case-nowhere' } } });
    await p.close();
  });

  it('signs for a page with the installation key it keeps: the same bytes get the same signature, which the public key verifies', async () => {
    const p = await h.browser.newPage();
    await p.goto(h.extUrl('src/ui/options/index.html'));
    const out = await p.evaluate(async () => {
      const call = (c: string, r: unknown) => chrome.runtime.sendMessage<unknown, { ok: boolean; value: any }>({ avise: 1, call: c, req: r });
      const data = btoa('tagmanifest-sha256.txt of a bundle\n');
      const key = (await call('keys.fingerprint', {})).value as { fingerprint: string; spkiBase64: string };
      const a = (await call('bundle.sign', { dataBase64: data })).value.signatureBase64 as string;
      const b = (await call('bundle.sign', { dataBase64: data })).value.signatureBase64 as string;
      const bytes = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
      const pub = await crypto.subtle.importKey('spki', bytes(key.spkiBase64), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
      const ok = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, bytes(a), bytes(data));
      const refused = await call('bundle.sign', { dataBase64: '' });
      return { fingerprint: key.fingerprint, same: a === b, ok, refused };
    });
    expect(out.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(out.same).toBe(true);
    expect(out.ok).toBe(true);
    expect(out.refused).toMatchObject({ ok: false, error: { code: 'signInvalid' } });
    await p.close();
  });
});
