// The README's screenshots (docs/screens/), taken by the e2e tests that already visit each screen, so they stay
// current: light theme, the popup at its 400 px width, pages at 1100 × 900.
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';

export const SCREENS_DIR = resolve(import.meta.dirname, '../../docs/screens');

export const POPUP_SIZE = { width: 400, height: 600 };
export const PAGE_SIZE = { width: 1100, height: 900 };

/** Saves `docs/screens/<name>.png` of `page` at `size` (the popup's or a page's), in the light theme. */
export async function saveScreen(page: Page, name: string, size: { width: number; height: number }, opts: { fullPage?: boolean } = {}): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  const now = page.viewport();
  if (now?.width !== size.width || now.height !== size.height) await page.setViewport(size);
  await page.screenshot({ path: resolve(SCREENS_DIR, `${name}.png`), fullPage: opts.fullPage ?? false });
}
