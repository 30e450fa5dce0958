// The reply half of the messaging contract, with no browser API: shared by client.ts (through
// webextension-polyfill) and the content script (through `chrome.*` directly, to keep the polyfill out of pages).
// Errors come back as data ({code, params, message}) and are thrown here as CallError, which keeps the code for the
// page to word (ui/shared/i18n.ts errorText).
import type { Reply } from './protocol';
import { AviseError, isErrorCode, type ErrorCode, type ErrorParams } from '../shared/errors';

/** A call that failed on the other side: an AviseError with the code and parameters it was thrown with. */
export class CallError extends AviseError {
  constructor(code: ErrorCode, params: ErrorParams, message: string) {
    super(code, params, message);
    this.name = 'CallError';
  }
}

export function unwrap<T>(reply: Reply<T> | undefined, call: string): T {
  if (!reply) throw new CallError('noAnswer', { call }, `${call}: no answer`);
  if (!reply.ok) {
    const { code, params, message } = reply.error ?? {};
    // A reply from an older or foreign sender with no known code is still shown, as an unexpected error.
    if (!isErrorCode(code)) throw new CallError('internal', { message: String(message ?? reply.error) }, String(message ?? reply.error));
    throw new CallError(code, (params ?? {}), String(message ?? code));
  }
  return reply.value;
}
