import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { VERIFY_HTML } from 'virtual:verify-html';

// Running a whole verification inside happy-dom hangs (jszip's async scheduling does not progress there, 2026-11-26);
// the verification itself is covered by verify.test.ts and, in Chromium from file://, by test/e2e/verify-html.test.ts.
describe('verify.html (offline page inside every bundle)', () => {
  it('loads nothing from outside and forbids network access by CSP', () => {
    expect(VERIFY_HTML).toContain(`default-src 'none'`);
    expect(VERIFY_HTML).not.toMatch(/<script[^>]*\bsrc=|<link\b|<img\b|@import/i);
  });

  it('offers both the ZIP and the unzipped folder', () => {
    expect(VERIFY_HTML).toContain('<input type="file" id="file" accept=".zip,application/zip">');
    expect(VERIFY_HTML).toContain('<input type="file" id="folder" webkitdirectory multiple>');
  });

  async function open(language: string) {
    const window = new Window({ settings: { enableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    Object.defineProperty(window.navigator, 'language', { value: language, configurable: true });
    window.document.write(VERIFY_HTML);
    await window.happyDOM.waitUntilComplete();
    return window;
  }

  for (const [language, title, busy] of [['fr-FR', 'Vérifier un dossier de preuve Avisé', 'Vérification en cours…'], ['en-GB', 'Verify an Avisé evidence bundle', 'Verifying…']]) {
    it(`speaks the browser's language (${language}) and starts verifying a chosen file`, async () => {
      const window = await open(language);
      expect(window.document.getElementById('title')!.textContent).toBe(title);
      const input = window.document.getElementById('file')!;
      Object.defineProperty(input, 'files', { value: [new window.File([new Uint8Array([1])], 'x<b>.zip')] });
      input.dispatchEvent(new window.Event('change'));
      const summary = window.document.getElementById('summary')!;
      expect(summary.textContent).toBe(busy);
      expect(summary.children).toHaveLength(0); // text, not markup
      await window.happyDOM.abort();
      await window.happyDOM.close();
    });
  }
});
