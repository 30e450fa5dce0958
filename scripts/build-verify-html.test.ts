// verify.html is generated from the verifier's sources and committed (it ships inside every bundle): a verifier
// change without `npm run build:verify-html` would put the old checks in new bundles. This test catches that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, generatedVerifyHtml } from './build-verify-html';

describe('verify.html', () => {
  it('is up to date with the verifier sources (run npm run build:verify-html)', async () => {
    expect((await generatedVerifyHtml()) === readFileSync(GENERATED, 'utf8')).toBe(true);
  }, 30_000);
});
