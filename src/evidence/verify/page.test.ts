import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { VERIFY_HTML } from './verify-html.generated';

// Running a whole verification inside happy-dom hangs (jszip's async scheduling does not progress there, 2026-11-26);
// the verification logic itself is covered by verify.test.ts, and this checks the page shell and its wiring.
describe('verify.html (offline page inside every bundle)', () => {
  it('loads nothing from outside and forbids network access by CSP', () => {
    expect(VERIFY_HTML).toContain(`default-src 'none'`);
    expect(VERIFY_HTML).not.toMatch(/<script[^>]*\bsrc=|<link\b|<img\b|@import/i);
    expect(VERIFY_HTML).toContain('<input type="file" id="file"');
  });

  it('runs its inline script offline: choosing a file starts the verification', async () => {
    const window = new Window({ settings: { enableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } } as never);
    window.document.write(VERIFY_HTML);
    await window.happyDOM.waitUntilComplete();
    const input = window.document.getElementById('file')!;
    Object.defineProperty(input, 'files', { value: [new window.File([new Uint8Array([1])], 'x<b>.zip')] });
    input.dispatchEvent(new window.Event('change'));
    const summary = window.document.getElementById('summary')!;
    expect(summary.textContent).toBe('… x<b>.zip');
    expect(summary.children).toHaveLength(0); // text, not markup
    await window.happyDOM.abort();
    await window.happyDOM.close();
  });
});
