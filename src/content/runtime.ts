// The content script's only link to the extension, through `chrome.*` directly (no webextension-polyfill: it would
// be injected into every review page for two calls). Callbacks and `sendResponse` work the same in Chromium and in
// Firefox, whichever promise support each version has.
import type { BackgroundCalls, ContentCalls, Handlers, Reply, Req, Res } from '../messaging/protocol';

// The content script carries neither the error-code table (shared/errors.ts) nor the CallError class: the page only
// shows a failed call's message (window.alert), and whatever it throws goes back as `internal` with its message,
// which is what toErrorData (messaging/protocol.ts dispatch) makes of a plain Error (issue 14: ≤ 10 KiB gzip).

/** From the content script to the service worker (same contract as messaging/client.ts). */
export function callBackground<K extends keyof BackgroundCalls>(call: K, req: Req<BackgroundCalls, K>): Promise<Res<BackgroundCalls, K>> {
  return new Promise((resolve, reject) => {
    chrome.runtime.sendMessage({ avise: 1, call, req }, (reply: unknown) => {
      const error = chrome.runtime.lastError;
      if (error) return reject(new Error(error.message ?? 'runtime.sendMessage failed'));
      const r = reply as Reply<Res<BackgroundCalls, K>> | undefined;
      if (r?.ok) resolve(r.value);
      else reject(new Error(r ? String(r.error?.message ?? r.error) : `${call}: no answer`));
    });
  });
}

/** Answers the service worker's calls; only our own extension reaches this listener (never the web page). */
export function listen(handlers: Handlers<ContentCalls>): void {
  chrome.runtime.onMessage.addListener((msg: unknown, sender: chrome.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    const m = msg as { avise?: unknown; call?: unknown; req?: unknown } | null;
    if (sender.id !== chrome.runtime.id || m?.avise !== 1 || typeof m.call !== 'string') return false;
    const handler = (handlers as Record<string, (req: unknown, s: object) => Promise<unknown>>)[m.call];
    const fail = (code: string, params: Record<string, string>, message: string) => sendResponse({ ok: false, error: { code, params, message } });
    if (!handler) fail('unknownCall', { call: m.call }, `unknown call ${m.call}`);
    else handler(m.req, {}).then((value) => sendResponse({ ok: true, value }), (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      fail('internal', { message }, message);
    });
    return true; // the answer comes asynchronously
  });
}

/** A message of the extension's locale (`_locales`), '' when missing. */
export const message = (key: string): string => chrome.i18n.getMessage(key);
