// The content script's only link to the extension, through `chrome.*` directly (no webextension-polyfill: it would
// be injected into every review page for two calls). Callbacks and `sendResponse` work the same in Chromium and in
// Firefox, whichever promise support each version has.
import { dispatch, isEnvelope, type BackgroundCalls, type ContentCalls, type Envelope, type Handlers, type Reply, type Req, type Res } from '../messaging/protocol';
import { unwrap } from '../messaging/reply';

/** From the content script to the service worker (same contract as messaging/client.ts). */
export function callBackground<K extends keyof BackgroundCalls>(call: K, req: Req<BackgroundCalls, K>): Promise<Res<BackgroundCalls, K>> {
  const msg: Envelope<BackgroundCalls, K> = { avise: 1, call, req };
  return new Promise((resolve, reject) => {
    chrome.runtime.sendMessage(msg, (reply: unknown) => {
      const error = chrome.runtime.lastError;
      if (error) return reject(new Error(error.message ?? 'runtime.sendMessage failed'));
      try {
        resolve(unwrap(reply as Reply<Res<BackgroundCalls, K>> | undefined, call));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}

/** Answers the service worker's calls; only our own extension reaches this listener (never the web page). */
export function listen(handlers: Handlers<ContentCalls>): void {
  chrome.runtime.onMessage.addListener((msg: unknown, sender: chrome.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== chrome.runtime.id || !isEnvelope(msg)) return false;
    void dispatch(handlers, msg as Envelope<ContentCalls>, {}).then(sendResponse);
    return true; // the answer comes asynchronously
  });
}

/** A message of the extension's locale (`_locales`), '' when missing. */
export const message = (key: string): string => chrome.i18n.getMessage(key);
