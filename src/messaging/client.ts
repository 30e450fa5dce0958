// Typed callers for the messaging contract (protocol.ts). Errors come back as data ({code, params, message}) and
// are thrown here as CallError, which keeps the code for the page to word (ui/shared/i18n.ts errorText).
import browser from 'webextension-polyfill';
import type { BackgroundCalls, ContentCalls, Envelope, Reply, Req, Res } from './protocol';
import { CallError, unwrap } from './reply';

export { CallError } from './reply';

/**
 * What Chrome says when the service worker stopped (idle, crashed, updated) while it held the call: the handler
 * answers every envelope, so a closed channel, or no reply at all, means the worker went away mid-call.
 */
const WORKER_GONE = /message (channel|port) closed before a response was received/i;

/**
 * From an extension page or the content script to the service worker. A worker stopped while it held the call
 * throws `workerStopped` (the next call starts a new worker): the page can say the operation did not complete,
 * instead of a technical message.
 */
export async function callBackground<K extends keyof BackgroundCalls>(call: K, req: Req<BackgroundCalls, K>): Promise<Res<BackgroundCalls, K>> {
  const msg: Envelope<BackgroundCalls, K> = { avise: 1, call, req };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(msg);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (WORKER_GONE.test(message)) throw new CallError('workerStopped', { call }, `${call}: the service worker stopped before it answered (${message})`);
    throw e;
  }
  if (reply === undefined) throw new CallError('workerStopped', { call }, `${call}: the service worker stopped before it answered (no reply)`);
  return unwrap(reply as Reply<Res<BackgroundCalls, K>>, call);
}

/** From the service worker to the content script of one tab (top frame). */
export async function callContent<K extends keyof ContentCalls>(tabId: number, call: K, req: Req<ContentCalls, K>): Promise<Res<ContentCalls, K>> {
  const msg: Envelope<ContentCalls, K> = { avise: 1, call, req };
  return unwrap((await browser.tabs.sendMessage(tabId, msg, { frameId: 0 })) as Reply<Res<ContentCalls, K>>, call);
}
