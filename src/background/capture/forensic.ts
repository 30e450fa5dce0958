// The forensic capture (issue 13), opt-in: two more named steps around the normal capture.
//   reload  → attach the browser's debugging protocol to the tab (chrome.debugger, CDP `Network.enable`, cache off),
//             reload the page while recording the network, then find the review again (by its id, else by author
//             and text) so that the normal steps capture the review as the server just sent it
//   …the normal steps (prepare → … → restore)…
//   network → keep the bodies of document/XHR/fetch responses, the TLS certificates, detach; write network.har and
//             search the bodies for the review's visible text, author and rating (evidence/forensic/crosscheck.ts)
// Chromium shows « Avisé a commencé à déboguer ce navigateur » while attached: the options page explains it. If the
// doctor presses « Annuler » on that banner, the capture fails with a clear message and stores nothing.
// Firefox has no chrome.debugger: the mode is not offered there, and the normal capture runs.
import browser from 'webextension-polyfill';
import type { ForensicRecord } from '../../shared/types';
import type { ReviewSummary } from '../../messaging/protocol';
import { callContent } from '../../messaging/client';
import { BODY_CAP_BYTES, NetworkRecorder, clockDifference } from '../../evidence/forensic/har';
import { crossCheck } from '../../evidence/forensic/crosscheck';
import { compareAsShown } from '../../evidence/forensic/compare';
import { harToWacz } from '../../evidence/forensic/wacz';
import { ensureContentScript } from '../inject';
import type { Step } from './runner';
import type { CaptureState } from './steps';

const PROTOCOL_VERSION = '1.3';
const RELOAD_TIMEOUT_MS = 30_000;
const FIND_AGAIN_TIMEOUT_MS = 20_000;

type Debuggee = chrome.debugger.Debuggee;

/** True when this browser can run the forensic mode now: chrome.debugger exists and its permission is held. */
export async function forensicAvailable(): Promise<boolean> {
  const c = (globalThis as { chrome?: typeof chrome }).chrome;
  if (!c?.debugger || !c.permissions) return false;
  return c.permissions.contains({ permissions: ['debugger'] }).catch(() => false);
}

/** One debugging session on one tab, recording its network until `finish`. */
export class ForensicSession {
  readonly recorder = new NetworkRecorder();
  private readonly pending: Promise<unknown>[] = [];
  private detached = false;
  private detachReason?: string;
  private loadWaiters: (() => void)[] = [];
  private readonly onEvent = (source: Debuggee, method: string, params?: object) => {
    if (source.tabId !== this.target.tabId) return;
    this.recorder.onEvent(method, params, Date.now());
    const p = params as { requestId?: string; encodedDataLength?: number } | undefined;
    if (method === 'Network.loadingFinished' && p?.requestId && this.recorder.wantsBody(p.requestId)) {
      const id = p.requestId;
      if ((p.encodedDataLength ?? 0) > BODY_CAP_BYTES) this.recorder.omitBody(id, `larger than the ${BODY_CAP_BYTES} bytes cap`);
      else
        this.pending.push(
          this.send<{ body: string; base64Encoded: boolean }>('Network.getResponseBody', { requestId: id }).then(
            (b) => this.recorder.setBody(id, b),
            (e: Error) => this.recorder.omitBody(id, `the browser no longer had it (${e.message})`),
          ),
        );
    }
    if (method === 'Page.loadEventFired') for (const w of this.loadWaiters.splice(0)) w();
  };
  private readonly onDetach = (source: Debuggee, reason: string) => {
    if (source.tabId !== this.target.tabId) return;
    this.detached = true;
    this.detachReason = reason;
    for (const w of this.loadWaiters.splice(0)) w();
  };

  private constructor(private readonly target: Debuggee) {}

  static async attach(tabId: number): Promise<ForensicSession> {
    const s = new ForensicSession({ tabId });
    chrome.debugger.onEvent.addListener(s.onEvent);
    chrome.debugger.onDetach.addListener(s.onDetach);
    try {
      await chrome.debugger.attach(s.target, PROTOCOL_VERSION);
      await s.send('Network.enable', { maxTotalBufferSize: 200 * 1024 * 1024, maxResourceBufferSize: BODY_CAP_BYTES * 2 });
      // Every response from the server, none from the cache: a cached response has no server address.
      await s.send('Network.setCacheDisabled', { cacheDisabled: true });
      await s.send('Page.enable', {});
    } catch (e) {
      await s.detach();
      throw new Error(`Le mode forensique n’a pas pu s’attacher à l’onglet (${(e as Error).message}). / Forensic mode could not attach to the tab.`);
    }
    return s;
  }

  send<T = unknown>(method: string, params: Record<string, unknown>): Promise<T> {
    return chrome.debugger.sendCommand(this.target, method, params) as unknown as Promise<T>;
  }

  /** Reloads the page from the server and waits for its load event. */
  async reload(): Promise<void> {
    const loaded = new Promise<void>((ok, ko) => {
      const timer = setTimeout(() => ko(new Error('La page n’a pas fini de se recharger en 30 s. / The page did not finish reloading in 30 s.')), RELOAD_TIMEOUT_MS);
      this.loadWaiters.push(() => {
        clearTimeout(timer);
        ok();
      });
    });
    await this.send('Page.reload', { ignoreCache: true });
    await loaded;
    this.throwIfDetached();
  }

  throwIfDetached(): void {
    if (this.detached)
      throw new Error(
        `Le débogage de l’onglet a été interrompu (${this.detachReason ?? '?'}) : la capture forensique n’a rien enregistré. Ne fermez pas la bannière « Avisé a commencé à déboguer ce navigateur » pendant la capture. / Debugging of the tab was stopped: the forensic capture stored nothing.`,
      );
  }

  /** Waits for the bodies, asks for the certificates, and detaches. */
  async finish(): Promise<void> {
    this.throwIfDetached();
    await Promise.all(this.pending);
    for (const origin of this.recorder.secureOrigins()) {
      const cert = await this.send<{ tableNames: string[] }>('Network.getCertificate', { origin }).catch(() => undefined);
      if (cert?.tableNames?.length) this.recorder.setCertificate(origin, cert.tableNames);
    }
    this.throwIfDetached();
    await this.detach();
  }

  async detach(): Promise<void> {
    chrome.debugger.onEvent.removeListener(this.onEvent);
    chrome.debugger.onDetach.removeListener(this.onDetach);
    if (this.detached) return;
    this.detached = true;
    this.detachReason = 'done';
    await chrome.debugger.detach(this.target).catch(() => undefined);
  }
}

/** What the forensic steps keep between `reload` and `network`. */
export interface ForensicState {
  session: ForensicSession;
  reloadedAt: Date;
  foundAgainBy?: 'id' | 'text';
  har?: Uint8Array;
  wacz?: Uint8Array;
  record?: ForensicRecord;
  /** Both asked: the « tel qu'affiché » review compared with the reloaded one (its exhibit's id and seal are added once it is stored). */
  comparison?: Pick<NonNullable<ForensicRecord['asShown']>, 'differences' | 'checks'>;
}

const sameReview = (a: ReviewSummary, b: ReviewSummary): 'id' | 'text' | undefined => {
  if (a.id && b.id) return a.id === b.id ? 'id' : undefined;
  return a.author === b.author && a.excerpt === b.excerpt && a.dateText === b.dateText ? 'text' : undefined;
};

async function reload(s: CaptureState & { forensic?: ForensicState }): Promise<void> {
  await ensureContentScript(s.tabId);
  const before = (await callContent(s.tabId, 'content.listReviews', {})).reviews.find((r) => r.key === s.key);
  if (!before) throw new Error('L’avis n’est plus sur la page. / The review is no longer on the page.');
  if (!(await browser.tabs.get(s.tabId)).active) await browser.tabs.update(s.tabId, { active: true });
  const session = await ForensicSession.attach(s.tabId);
  const reloadedAt = new Date();
  s.forensic = { session, reloadedAt };
  s.actions.push({ at: reloadedAt.toISOString(), kind: 'wait', detail: 'controlled reload (rechargement contrôlé): debugging protocol attached, network recorded, cache off, page reloaded from the server' });
  await session.reload();
  const deadline = Date.now() + FIND_AGAIN_TIMEOUT_MS;
  for (;;) {
    session.throwIfDetached();
    const list = await ensureContentScript(s.tabId)
      .then(() => callContent(s.tabId, 'content.listReviews', {}))
      .catch(() => undefined);
    for (const r of list?.reviews ?? []) {
      const how = sameReview(before, r);
      if (how) {
        s.key = r.key;
        s.forensic.foundAgainBy = how;
        s.actions.push({ at: new Date().toISOString(), kind: 'wait', detail: `after the reload, the review was found again by its ${how === 'id' ? 'id' : 'author, date and text'}` });
        return;
      }
    }
    if (Date.now() > deadline) throw new Error('Après le rechargement, l’avis n’a pas été retrouvé sur la page : rien n’a été enregistré. / After the reload the review was not found again: nothing was stored.');
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function network(s: CaptureState & { forensic?: ForensicState }): Promise<void> {
  const f = s.forensic;
  const prepared = s.prepared;
  if (!f || !prepared) throw new Error('capture: forensic session missing (steps out of order)');
  await f.session.finish();
  const manifest = browser.runtime.getManifest();
  const { har, responses, document, bodiesRecorded, bodiesOmitted } = await f.session.recorder.finish({
    creator: { name: 'Avisé', version: manifest.version },
    pageTitle: prepared.page.title,
    pageUrl: prepared.page.url,
    startedAt: f.reloadedAt,
  });
  const fields = prepared.fields;
  const clock = clockDifference(f.session.recorder.documentExchange());
  f.har = new TextEncoder().encode(JSON.stringify(har, null, 1));
  // The same kept responses as a WACZ, for ReplayWeb.page and the Webrecorder tools (evidence/forensic/wacz.ts).
  f.wacz = await harToWacz(har, { pageUrl: prepared.page.url, pageTitle: prepared.page.title, createdAt: f.reloadedAt, software: `Avisé ${manifest.version}` });
  f.record = {
    mode: 'controlled-reload',
    reloadedAt: f.reloadedAt.toISOString(),
    foundAgainBy: f.foundAgainBy ?? 'text',
    har: { path: 'network.har', entries: har.log.entries.length, bodyCapBytes: BODY_CAP_BYTES, bodiesRecorded, bodiesOmitted },
    wacz: { path: 'network.wacz', responses: bodiesRecorded },
    ...(document ? { document } : {}),
    ...(clock ? { clock } : {}),
    checks: crossCheck({ text: fields.text, author: fields.author, rating: fields.rating }, responses),
  };
  // Both asked: the review as displayed before the reload, against the reloaded one and in the same responses.
  const shown = s.asShown?.prepared?.fields;
  if (shown) f.comparison = compareAsShown(shown, fields, responses);
}

/** Ends a forensic session left open by a cancelled or failed capture. */
export async function closeForensic(s: CaptureState & { forensic?: ForensicState }): Promise<void> {
  await s.forensic?.session.detach();
}

/** The step names of a run that holds both captures (each normal step may run twice, once per phase). */
type BothName<N extends string> = N | 'reload' | 'network';

/**
 * Both captures, when the doctor asks for the page « tel qu'affiché » too (evidence-anchors §(c)7): the normal steps
 * on the page as displayed (phase `as-shown`, on their own state, up to `describe`), then the controlled reload and
 * its capture; then both are sealed and stored, the « tel qu'affiché » exhibit first, so the reload's exhibit chains
 * to it and records its id, seal and what differs. Cancelling before the seal stores neither. One job record covers
 * both: it is deleted with the second exhibit, so a service worker stopped between the two stores leaves it behind
 * (« à refaire ») and the first exhibit, whole, in the case.
 */
export function bothPipeline<N extends string>(normal: Step<CaptureState, N>[], runs: { seal: Step<CaptureState, N>['run']; store: Step<CaptureState, N>['run'] }): Step<CaptureState, BothName<N>>[] {
  const shown = (s: CaptureState): CaptureState => {
    if (!s.asShown) throw new Error('capture: « tel qu’affiché » state missing (steps out of order)');
    return s.asShown;
  };
  const before: Step<CaptureState, BothName<N>>[] = [];
  for (const step of normal) {
    if (step.name === 'seal') break;
    before.push({ name: step.name, phase: 'as-shown', run: (s, ctx) => step.run(shown(s), ctx) });
  }
  const after: Step<CaptureState, BothName<N>>[] = forensicPipeline(normal).map((step) => {
    if (step.name === 'reload')
      return {
        name: step.name,
        run: (s, ctx) => {
          s.start = new Date(); // the reload's capture starts here, after the « tel qu'affiché » one
          return step.run(s, ctx);
        },
      };
    if (step.name === 'seal')
      return {
        name: step.name,
        run: async (s, ctx) => {
          await runs.seal(shown(s), ctx);
          await runs.seal(s, ctx);
        },
      };
    if (step.name === 'store')
      return {
        name: step.name,
        run: async (s, ctx) => {
          const a = shown(s);
          await runs.store(a, ctx);
          const stored = a.stored;
          const record = s.forensic?.record;
          const comparison = s.forensic?.comparison;
          if (!stored || !record || !comparison) throw new Error('capture: « tel qu’affiché » exhibit or comparison missing');
          record.asShown = { exhibitId: stored.id, sequence: stored.sequence, seal: stored.seal, capturedAt: stored.capturedAt.startUtc, ...comparison };
          await runs.store(s, ctx);
          if (s.result) s.result.asShown = { exhibitId: stored.id, seal: stored.seal };
        },
      };
    return step;
  });
  return [...before, ...after];
}

/** The normal pipeline with the controlled reload first and the network record after the page is restored. */
export function forensicPipeline<N extends string>(normal: Step<CaptureState, N>[]): Step<CaptureState, N | 'reload' | 'network'>[] {
  const out: Step<CaptureState, N | 'reload' | 'network'>[] = [{ name: 'reload', run: reload }];
  for (const step of normal) {
    out.push(step);
    if (step.name === 'restore') out.push({ name: 'network', run: network });
  }
  return out;
}
