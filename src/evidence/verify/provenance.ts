// Re-runs the forensic cross-check (issue 13 §5) from the bundle alone: for each exhibit captured in forensic mode,
// the review's text, author and rating are searched again in the bodies of its network.har, with the same code as
// at capture (evidence/forensic/crosscheck.ts), and the result is compared with the one sealed in exhibit.json.
// Anyone can repeat it with `npm run verify`. Whether network.har itself is intact is the seal check's job
// (records.ts): a changed byte there already fails as « modifié après la capture ».
import type { Exhibit, FieldCheck } from '../../shared/types';
import { EXHIBIT_RECORD } from '../bundle/layout';
import { crossCheck, type SearchableResponse } from '../forensic/crosscheck';
import { compareAsShown } from '../forensic/compare';
import { strFromU8, unzipSync } from 'fflate';
import { sha256Hex } from '../hash';
import type { AddCheck, BagFiles } from './types';

interface HarEntryLike {
  request?: { url?: string; method?: string };
  response?: { status?: number; content?: { text?: string; encoding?: string; mimeType?: string } };
  serverIPAddress?: string;
  _receivedAtLocal?: string;
}

const b64ToBytes = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** The recorded bodies of a HAR as searchable responses (same shape as at capture). */
export async function harResponses(har: unknown): Promise<SearchableResponse[]> {
  const entries = ((har as { log?: { entries?: HarEntryLike[] } })?.log?.entries ?? []).filter((e) => typeof e?.response?.content?.text === 'string');
  const out: SearchableResponse[] = [];
  for (const e of entries) {
    const c = e.response!.content!;
    const bytes = c.encoding === 'base64' ? b64ToBytes(c.text!) : new TextEncoder().encode(c.text);
    out.push({
      url: String(e.request?.url ?? ''),
      method: String(e.request?.method ?? ''),
      status: Number(e.response?.status ?? 0),
      ...(e.serverIPAddress ? { serverIp: String(e.serverIPAddress) } : {}),
      bodySha256: await sha256Hex(bytes),
      receivedAt: String(e._receivedAtLocal ?? ''),
      mimeType: String(c.mimeType ?? ''),
      body: c.encoding === 'base64' ? new TextDecoder().decode(bytes) : c.text!,
    });
  }
  return out;
}

const key = (c: FieldCheck): string => `${c.field}:${c.found}:${c.matches.map((m) => `${m.url}#${m.bodySha256 ?? ''}`).join('|')}`;

export async function checkProvenance(bag: BagFiles, add: AddCheck): Promise<void> {
  const records: { dir: string; ex: Exhibit }[] = [];
  for (const p of bag.paths.filter((x) => /^data\/exhibits\/[^/]+\/exhibit\.json$/.test(x)).sort()) {
    try { records.push({ dir: p.slice(0, -EXHIBIT_RECORD.length), ex: JSON.parse(await bag.text(p)) as Exhibit }); } catch { continue; } // worded by the seal check
  }
  for (const { dir, ex } of records) {
    const f = ex.forensic;
    if (!f || !Array.isArray(f.checks)) continue;
    const file = dir + String(f.har?.path ?? 'network.har');
    const id = `provenance:${dir}`;
    if (!bag.has(file)) { add(id, false, 'provenance-har-missing', { file, sequence: ex.sequence }); continue; }
    let responses: SearchableResponse[];
    try { responses = await harResponses(JSON.parse(await bag.text(file))); } catch { add(id, false, 'provenance-har-unreadable', { file, sequence: ex.sequence }); continue; }
    const again = crossCheck({ text: String(ex.review?.text ?? ''), author: String(ex.review?.author ?? ''), rating: ex.review?.rating }, responses);
    for (const recorded of f.checks) {
      const now = again.find((c) => c.field === recorded.field);
      if (!now || key(now) !== key(recorded)) { add(id, false, 'provenance-differs', { file, sequence: ex.sequence, field: recorded.field }); continue; }
      const m = now.matches[0];
      if (now.found && m) add(id, true, 'provenance-found', { file, sequence: ex.sequence, field: now.field, url: m.url, status: m.status, ip: m.serverIp ?? '?' });
      else add(id, true, 'provenance-not-found', { file, sequence: ex.sequence, field: now.field });
    }
    if (f.asShown) checkAsShown(ex, f.asShown, responses, records, file, add);
    if (f.wacz) await checkWacz(bag, dir + String(f.wacz.path), ex.sequence, add);
  }
}

/**
 * Both captures: the « tel qu'affiché » exhibit is in the bundle, this exhibit is chained to its seal, and its
 * review compared again with this one and searched again in this HAR gives what was sealed at capture.
 */
function checkAsShown(ex: Exhibit, a: NonNullable<NonNullable<Exhibit['forensic']>['asShown']>, responses: SearchableResponse[], records: { ex: Exhibit }[], file: string, add: AddCheck): void {
  const id = `provenance-as-shown:${ex.id}`;
  const shown = records.find((r) => r.ex.id === a.exhibitId)?.ex;
  const params = { file, sequence: ex.sequence, before: a.sequence };
  if (!shown) { add(id, false, 'provenance-as-shown-missing', params); return; }
  const again = compareAsShown(shown.review, ex.review, responses);
  // exhibit.json is canonical JSON (keys sorted): compare values, not serialisations
  const diffKey = (ds: { field: string; before: string; after: string }[]): string => JSON.stringify(ds.map((d) => [d.field, d.before, d.after]));
  const same = shown.seal === a.seal && ex.previousSeal === shown.seal && Array.isArray(a.differences) && diffKey(again.differences) === diffKey(a.differences)
    && a.checks.length === again.checks.length && a.checks.every((c) => { const now = again.checks.find((x) => x.field === c.field); return !!now && key(now) === key(c); });
  if (!same) { add(id, false, 'provenance-as-shown-differs', params); return; }
  for (const c of again.checks) add(id, true, c.found ? 'provenance-as-shown-found' : 'provenance-as-shown-not-found', { ...params, field: c.field });
  add(id, true, 'provenance-as-shown-compared', { ...params, fields: again.differences.map((d) => d.field).join(',') });
}

/**
 * The WACZ of a controlled reload holds itself together as ReplayWeb.page checks it: every file its
 * datapackage.json lists is there with that SHA-256 and size, and datapackage-digest.json holds the hash of
 * datapackage.json. (Its bytes as a whole are the seal check's job.)
 */
async function checkWacz(bag: BagFiles, file: string, sequence: number, add: AddCheck): Promise<void> {
  const id = `provenance-wacz:${file}`;
  if (!bag.has(file)) { add(id, false, 'provenance-wacz-missing', { file, sequence }); return; }
  let files: Record<string, Uint8Array>;
  let resources: { path?: unknown; hash?: unknown; bytes?: unknown }[];
  try {
    files = unzipSync(await bag.bytes(file));
    const dp = JSON.parse(strFromU8(files['datapackage.json'] ?? new Uint8Array())) as { resources?: unknown };
    if (!Array.isArray(dp.resources) || !dp.resources.length) throw new Error('no resources');
    resources = dp.resources as typeof resources;
  } catch {
    add(id, false, 'provenance-wacz-unreadable', { file, sequence });
    return;
  }
  const digest = files['datapackage-digest.json'];
  const listed: [string, unknown, unknown][] = resources.map((r) => [String(r.path), r.hash, r.bytes]);
  if (digest) {
    const d = (() => { try { return JSON.parse(strFromU8(digest)) as { hash?: unknown }; } catch { return {}; } })();
    listed.push(['datapackage.json', d.hash, undefined]);
  }
  for (const [path, hash, bytes] of listed) {
    const inner = files[path];
    if (!inner || hash !== `sha256:${await sha256Hex(inner)}` || (bytes !== undefined && bytes !== inner.byteLength)) {
      add(id, false, 'provenance-wacz-bad', { file, sequence, inner: path });
      return;
    }
  }
  add(id, true, 'provenance-wacz-ok', { file, sequence, count: resources.length });
}
