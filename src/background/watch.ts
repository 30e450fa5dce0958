// The doctor's watch of their own listings (issue « Veille »: the 3-month limit runs from publication, not from the
// day the doctor notices). The doctor lists their listings in the options; an alarm checks, twice a day, whether a
// visit is due (monthly by default) and then puts a mark on Avisé's button; the popup lists the listings to visit,
// each a link the doctor clicks. When the doctor opens a watched listing and clicks Avisé, the reviews shown are
// compared with those noted at the previous visit (ids and text fingerprints). Nothing is fetched in the background
// and no host permission is used: Avisé reads a listing only when the doctor opens it and clicks.
import browser from 'webextension-polyfill';
import type { Handlers } from '../messaging/protocol';
import type { WatchBackgroundCalls, WatchedListingView } from '../messaging/watch-protocol';
import { callContent } from '../messaging/client';
import { getMeta, setMeta } from '../evidence/store';
import { readWatchState, WATCH_META_KEY, type WatchedListing, type WatchState } from '../evidence/watch-record';
import { DEFAULT_PERIOD_DAYS, dueListings, listingKey, nextVisitDue, sameListing, type VisitReview, visitListing } from '../evidence/watch';
import { sha256Hex } from '../evidence/hash';
import { AviseError } from '../shared/errors';
import { glanceOf, type ReviewGlance } from '../evidence/watch-glance';
import { publishedRange } from '../adapters/dates';
import { parisToday } from '../legal/deadlines';
import { ensureContentScript } from './inject';
import { refreshBadge } from './badge';

export const WATCH_ALARM = 'avise-watch';

async function load(): Promise<WatchState> {
  return readWatchState(await getMeta(WATCH_META_KEY));
}

// One change at a time (the popup's visit and the options' edits may overlap).
let queue: Promise<unknown> = Promise.resolve();
function update<T>(fn: (s: WatchState) => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const s = await load();
    const out = await fn(s);
    await setMeta(WATCH_META_KEY, s);
    return out;
  });
  queue = run.catch(() => undefined);
  return run;
}

function view(l: WatchedListing, now = new Date()): WatchedListingView {
  const { reviews, ...rest } = l;
  const next = nextVisitDue(l);
  return { ...rest, noted: reviews?.filter((r) => !r.missingSince).length ?? 0, nextVisit: next.toISOString(), due: next.getTime() <= now.getTime() };
}

/** The mark on Avisé's button when a visit is due; the alarm exists only while listings are watched. */
export async function refreshWatchReminder(now = new Date()): Promise<number> {
  const { listings } = await load();
  const due = dueListings(listings, now).length;
  // The badge is shared with the case reminders: one module sets it from both counts (badge.ts).
  await refreshBadge(now).catch(() => undefined);
  if (!browser.alarms) return due;
  if (listings.length) {
    if (!(await browser.alarms.get(WATCH_ALARM))) await browser.alarms.create(WATCH_ALARM, { periodInMinutes: 12 * 60, delayInMinutes: 1 });
  } else await browser.alarms.clear(WATCH_ALARM);
  return due;
}

/** Registers the alarm listener and puts the mark right at the service worker's start. */
export function startWatch(): void {
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) void refreshWatchReminder().catch(() => undefined);
  });
  void refreshWatchReminder().catch(() => undefined);
}

async function visitReviews(tabId: number): Promise<{ reviews: VisitReview[]; glance: (id: string) => ReviewGlance | undefined }> {
  const page = await callContent(tabId, 'content.seriesReviews', {});
  const now = new Date();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = parisToday(now);
  // The author trimmed: the same review keeps its id from before the adapters kept the author untrimmed.
  const idOf = async (r: (typeof page.reviews)[number]) => r.id || `h:${(await sha256Hex(`${page.adapterId}\n${r.author.trim()}`)).slice(0, 32)}`;
  const ids = await Promise.all(page.reviews.map(idOf));
  // A new review at a glance: its rating, first words, hints, and the days left if it were illicit (watch-glance.ts).
  const glance = (id: string) => {
    const i = ids.indexOf(id);
    const r = page.reviews[i];
    if (!r) return undefined;
    const range = (r.dateMachine ? publishedRange(r.dateMachine, now, timeZone) : undefined) ?? (r.dateText ? publishedRange(r.dateText, now, timeZone) : undefined);
    return glanceOf({ key: r.key, id, author: r.author, ...(r.rating !== undefined ? { rating: r.rating } : {}), text: r.text, ...(range ? { publishedRange: { earliest: range.earliest, latest: range.latest } } : {}) }, today);
  };
  const reviews = await Promise.all(
    page.reviews.map(async (r) => ({
      // Without a site id, the author's name stands for the review (a relative date changes between visits).
      id: await idOf(r),
      // Trimmed: the same review keeps its fingerprint from before the adapters kept the text untrimmed.
      fp: await sha256Hex(r.text.trim()),
      author: r.author,
      ...(r.rating !== undefined ? { rating: r.rating } : {}),
      dateText: r.dateText,
      excerpt: r.text.length > 140 ? `${r.text.slice(0, 140)}…` : r.text,
    })),
  );
  return { reviews, glance };
}

export const watchHandlers: Handlers<WatchBackgroundCalls> = {
  async 'watch.list'() {
    return (await load()).listings.map((l) => view(l));
  },
  async 'watch.add'({ url, label, periodDays }) {
    if (!/^https?:/i.test(url.trim()) || !listingKey(url.trim())) throw new AviseError('watchUrlInvalid', { url }, `watch.add: not a web address: ${url}`);
    const out = await update(async (s) => {
      const clean = url.trim();
      if (!s.listings.some((l) => sameListing(l.url, clean))) {
        s.listings.push({ id: `w-${crypto.randomUUID()}`, url: clean, label: label.trim() || new URL(clean).host, periodDays: Math.max(1, Math.min(365, Math.round(periodDays) || DEFAULT_PERIOD_DAYS)), addedAt: new Date().toISOString() });
      }
      return s.listings.map((l) => view(l));
    });
    await refreshWatchReminder();
    return out;
  },
  async 'watch.remove'({ id }) {
    const out = await update(async (s) => {
      s.listings = s.listings.filter((l) => l.id !== id);
      return s.listings.map((l) => view(l));
    });
    await refreshWatchReminder();
    return out;
  },
  async 'watch.visit'({ tabId }) {
    const tab = await browser.tabs.get(tabId);
    const state = await load();
    if (!tab.url || !state.listings.some((l) => sameListing(l.url, tab.url!))) return null;
    await ensureContentScript(tabId);
    const { reviews: now, glance } = await visitReviews(tabId);
    const at = new Date().toISOString();
    const out = await update(async (s) => {
      const l = s.listings.find((x) => sameListing(x.url, tab.url!));
      if (!l) return null;
      const { diff, since, patch } = visitListing(l, now, at);
      Object.assign(l, patch);
      return { listing: { id: l.id, label: l.label, ...(since ? { lastVisitAt: since } : {}) }, diff, glance: diff.added.map((r) => glance(r.id)).filter((g): g is ReviewGlance => !!g) };
    });
    await refreshWatchReminder();
    return out;
  },
};
