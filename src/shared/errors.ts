// Errors that cross a boundary (service worker → page, store → page) carry a code and its parameters, never a
// sentence: the page words them from _locales (`err_<code>`, French and English). Anything unexpected becomes
// `internal`, with the technical message kept for support.

/** Every error code, with the names of its parameters in the order the `err_<code>` message uses them ($1, $2…). */
export const ERROR_CODES = {
  internal: ['message'],
  noAnswer: ['call'],
  unknownCall: ['call'],
  caseNotFound: ['caseId'],
  exhibitNotFound: ['exhibitId'],
  blobMissing: ['sha256'],
  draftInvalid: ['field'],
  qualificationInvalid: [],
  noSenderTab: [],
  captureConflict: [],
  timestampsChanged: [],
  custodyBusy: [],
  storeNotReady: [],
  signInvalid: [],
  downloadInterrupted: ['reason'],
  watchUrlInvalid: ['url'],
  stepInvalid: ['field'],
  backupRefused: ['reason'],
  restoreNeedsConfirm: ['cases'],
  recheckNoTab: [],
  /** IndexedDB refused a write (QuotaExceededError: disk full, or the origin's quota used up); nothing of it was written. */
  storeFull: [],
  /** The service worker stopped (Chrome stops idle or crashed workers) while it was answering this call. */
  workerStopped: ['call'],
  /** A file was written to Downloads, but the record of it (custody entry, backup date) could not be stored. */
  downloadNotRecorded: ['file'],
  /** The service worker stopped while an export was being prepared: nothing was downloaded nor noted. */
  exportInterrupted: [],
} as const satisfies Record<string, readonly string[]>;

export type ErrorCode = keyof typeof ERROR_CODES;
export type ErrorParams<C extends ErrorCode = ErrorCode> = C extends ErrorCode ? Record<(typeof ERROR_CODES)[C][number], string> : never;

/** An error as it crosses the messaging boundary (data, not an Error instance). */
export interface ErrorData {
  code: ErrorCode;
  params: Record<string, string>;
  /** The technical message, for support (English, may name internal ids). */
  message: string;
}

export class AviseError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: ErrorParams<C>;
  constructor(code: C, params: ErrorParams<C>, message?: string) {
    super(message ?? `${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'AviseError';
    this.code = code;
    this.params = params;
  }
}

export const isErrorCode = (c: unknown): c is ErrorCode => typeof c === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, c);

/** Any thrown value → error data: an AviseError keeps its code; anything else is `internal` with its message. */
export function toErrorData(e: unknown): ErrorData {
  if (e instanceof AviseError) {
    const a = e as AviseError; // instanceof narrows a generic class to AviseError<any>: name the type
    return { code: a.code, params: { ...a.params }, message: a.message };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', params: { message }, message };
}

/** The substitutions of `err_<code>`, in order. */
export function errorArgs(d: Pick<ErrorData, 'code' | 'params'>): string[] {
  return (ERROR_CODES[d.code] as readonly string[]).map((p) => d.params[p] ?? '');
}
