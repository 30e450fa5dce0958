// Typed callers for the messaging contract (protocol.ts). Errors come back as data and are thrown here as Error.
import browser from 'webextension-polyfill';
import type { BackgroundCalls, ContentCalls, Envelope, Reply, Req, Res } from './protocol';

export class CallError extends Error {}

function unwrap<T>(reply: Reply<T> | undefined, call: string): T {
  if (!reply) throw new CallError(`${call}: no answer`);
  if (!reply.ok) throw new CallError(reply.error);
  return reply.value;
}

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
