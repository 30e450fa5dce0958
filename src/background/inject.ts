// The content script is injected only after a user gesture (activeTab): no host permission, no script on pages
// the doctor did not ask about. Injecting twice is harmless (the script guards itself).
import browser from 'webextension-polyfill';
import { callContent } from '../messaging/client';

/** Built by vite.config.ts (contentScript plugin) as one IIFE at the extension root. */
const CONTENT_SCRIPT = 'content.js';
/** The element picker, injected only when the doctor asks for it (vite.config.ts, src/content/picker-entry.ts). */
const PICKER_SCRIPT = 'content-picker.js';

export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    await callContent(tabId, 'content.ping', {});
    return;
  } catch {
    /* not there yet */
  }
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new Error(
      `Avisé ne peut pas lire cette page (${msg}). Cliquez sur l’icône Avisé depuis la page de l’avis. / Avisé cannot read this page: click the Avisé icon while on the review page.`,
    );
  }
}

/** content.js, then the element picker beside it (same isolated world): before `content.pick`. */
export async function ensurePicker(tabId: number): Promise<void> {
  await ensureContentScript(tabId);
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PICKER_SCRIPT] });
}
