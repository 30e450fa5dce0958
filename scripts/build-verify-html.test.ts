// verify.html is built from the verifier's sources at build time (never committed). A bundle must be reproducible,
// so the page must be byte-identical from one build to the next.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildVerifyHtml } from './build-verify-html';
import { VERIFY_HTML } from 'virtual:verify-html';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('verify.html build', () => {
  it('gives byte-identical pages from two builds of the same sources', async () => {
    const a = await buildVerifyHtml();
    const b = await buildVerifyHtml();
    expect(sha(a.html)).toBe(sha(b.html));
    expect(a.html.length).toBeGreaterThan(100_000); // the whole verifier is inlined (jszip, pkijs…)
  }, 60_000);

  it('is what the bundle writer embeds (the virtual module used by the build and the tests)', async () => {
    expect(sha(VERIFY_HTML)).toBe(sha((await buildVerifyHtml()).html));
  }, 60_000);
});
