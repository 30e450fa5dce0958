// Typed callers for the messaging contract (protocol.ts). Errors come back as data ({code, params, message}) and
// are thrown here as CallError, which keeps the code for the page to word (ui/shared/i18n.ts errorText).
import browser from 'webextension-polyfill';
import type { BackgroundCalls, ContentCalls, Envelope, Reply, Req, Res } from './protocol';
import { unwrap } from './reply';

export { CallError } from './reply';

/** From an extension page or the content script to the service worker. */
export async function callBackground<K extends keyof BackgroundCalls>(call: K, req: Req<BackgroundCalls, K>): Promise<Res<BackgroundCalls, K>> {
  const msg: Envelope<BackgroundCalls, K> = { avise: 1, call, req };
  return unwrap((await browser.runtime.sendMessage(msg)) as Reply<Res<BackgroundCalls, K>>, call);
}

/** From the service worker to the content script of one tab (top frame). */
export async function callContent<K extends keyof ContentCalls>(tabId: number, call: K, req: Req<ContentCalls, K>): Promise<Res<ContentCalls, K>> {
  const msg: Envelope<ContentCalls, K> = { avise: 1, call, req };
  return unwrap((await browser.tabs.sendMessage(tabId, msg, { frameId: 0 })) as Reply<Res<ContentCalls, K>>, call);
}
