// The reply half of the messaging contract, with no browser API: shared by client.ts (through
// webextension-polyfill) and the content script (through `chrome.*` directly, to keep the polyfill out of pages).
import type { Reply } from './protocol';

export class CallError extends Error {}

export function unwrap<T>(reply: Reply<T> | undefined, call: string): T {
  if (!reply) throw new CallError(`${call}: no answer`);
  if (!reply.ok) throw new CallError(reply.error);
  return reply.value;
}
