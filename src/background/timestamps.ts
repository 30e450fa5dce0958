// Opt-in RFC 3161 timestamps of exhibit seals, from the service worker.
// - Off (the default): this module makes no network request at all — every entry point returns before any fetch.
// - On: after a capture is sealed, each configured authority (settings.tsaUrls) is asked for a token over the
//   seal — only the 32-byte digest leaves the machine (requestTimestamp). Results go to `exhibit.timestamps`
//   (outside the seal) with a custody entry `timestamp`, in one transaction (store.setExhibitTimestamps).
// - A network failure, or a missing host permission, leaves the record `pending` (« horodatage en attente »); pending
//   records are retried when the service worker starts, on the next capture or export, on an `alarms` alarm while
//   some remain, and on demand (`timestamps.retry`). A record that is `granted` or `failed` is never requested again,
//   and a granted record never moves in the list (its index names data/timestamps/<id>-<n>.tsr in bundles).
import browser from 'webextension-polyfill';
import type { Exhibit, TimestampRecord } from '../shared/types';
import { requestTimestamp } from '../evidence/timestamp/request';
import { exhibitsWithPendingTimestamps, getExhibit, setExhibitTimestamps } from '../evidence/store';
import { getSettings } from './settings';

export const RETRY_ALARM = 'avise-timestamp-retry';
const RETRY_MINUTES = 15;
const TSA_TIMEOUT_MS = 20_000;

export interface TimestampRun {
  /** Requests actually sent (0 when timestamping is off). */
  attempted: number;
  granted: number;
  failed: number;
  /** Records still pending after this run, over all exhibits. */
  pending: number;
}

/** The host permission pattern the options page asks for, per authority URL (the port is part of it). */
export function tsaOriginPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

// One run at a time: a capture, a retry on start-up and an alarm must not ask twice for the same record.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const p = queue.then(fn, fn);
  queue = p.catch(() => undefined);
  return p;
}

async function hasHostPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [tsaOriginPattern(url)] });
  } catch {
    return false;
  }
}

function fetchWithTimeout(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(new Error(`no answer within ${TSA_TIMEOUT_MS / 1000} s`)), TSA_TIMEOUT_MS);
  return fetch(input, { ...init, signal: ctl.signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' }).finally(() => clearTimeout(timer));
}

function describe(r: TimestampRecord): string {
  if (r.status === 'granted') return `${r.tsaUrl}: granted, genTime ${r.genTime}`;
  if (r.status === 'pending') return `${r.tsaUrl}: pending (horodatage en attente) — ${r.error ?? ''}`;
  return `${r.tsaUrl}: failed — ${r.error ?? ''}`;
}

/** Asks the authorities still missing for one exhibit. Network only when enabled; writes only on a change. */
async function timestampOne(exhibit: Exhibit, tsaUrls: string[], stats: TimestampRun): Promise<Exhibit> {
  const before = exhibit.timestamps ?? [];
  const next = [...before];
  const todo = [...new Set(tsaUrls)].filter((url) => {
    const r = before.find((x) => x.tsaUrl === url);
    return !r || r.status === 'pending';
  });
  if (!todo.length) return exhibit;
  const results = await Promise.all(
    todo.map(async (url): Promise<TimestampRecord> => {
      if (!(await hasHostPermission(url))) {
        // Not even attempted: without the host permission the browser would block the answer anyway.
        return { tsaUrl: url, status: 'pending', imprint: exhibit.seal, requestedAt: new Date().toISOString(), error: `permission to contact ${new URL(url).origin} not granted (Options → timestamp)` };
      }
      stats.attempted++;
      return requestTimestamp(url, exhibit.seal, fetchWithTimeout);
    }),
  );
  const changed: TimestampRecord[] = [];
  for (const r of results) {
    const i = next.findIndex((x) => x.tsaUrl === r.tsaUrl);
    if (r.status === 'granted') stats.granted++;
    if (r.status === 'failed') stats.failed++;
    if (i < 0) {
      next.push(r);
      changed.push(r);
    } else if (r.status !== 'pending') {
      // pending → granted/failed. A pending that stays pending keeps its first record: re-exports stay identical.
      next[i] = r;
      changed.push(r);
    }
  }
  if (!changed.length) return exhibit;
  return setExhibitTimestamps(exhibit.id, exhibit.timestamps, next, {
    at: new Date().toISOString(),
    actor: 'extension',
    event: 'timestamp',
    caseId: exhibit.caseId,
    exhibitId: exhibit.id,
    detail: `RFC 3161 timestamp of seal ${exhibit.seal} (digest only sent): ${changed.map(describe).join('; ')}`,
  });
}

async function scheduleRetry(pending: number): Promise<void> {
  try {
    if (pending > 0) await browser.alarms.create(RETRY_ALARM, { delayInMinutes: RETRY_MINUTES });
    else await browser.alarms.clear(RETRY_ALARM);
  } catch {
    /* alarms unavailable (tests, old browsers): the next start-up, capture or export retries anyway */
  }
}

/**
 * Timestamps a freshly sealed exhibit (when `exhibitId` is given) and retries every pending record.
 * With timestamping off it returns at once, without any network request.
 */
export function runTimestamps(exhibitId?: string): Promise<TimestampRun> {
  return serial(async () => {
    const stats: TimestampRun = { attempted: 0, granted: 0, failed: 0, pending: 0 };
    const settings = await getSettings();
    if (!settings.timestampEnabled || !settings.tsaUrls.length) return stats;
    const ids = new Set<string>();
    const work: Exhibit[] = [];
    if (exhibitId) {
      const ex = await getExhibit(exhibitId);
      if (ex) { work.push(ex); ids.add(ex.id); }
    }
    for (const ex of await exhibitsWithPendingTimestamps()) if (!ids.has(ex.id)) work.push(ex);
    for (const ex of work) {
      try {
        const after = await timestampOne(ex, settings.tsaUrls, stats);
        stats.pending += (after.timestamps ?? []).filter((t) => t.status === 'pending' && settings.tsaUrls.includes(t.tsaUrl)).length;
      } catch {
        stats.pending++;
      }
    }
    await scheduleRetry(stats.pending);
    return stats;
  });
}
