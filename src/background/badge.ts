// Sets the toolbar badge from both of its sources at once (src/shared/badge.ts): open cases with a limit within
// 7 days (case-status.ts) and watched listings due for a visit (evidence/watch.ts). Called by the reminders' run and
// by the watch's alarm, so that neither hides the other's count.
import browser from 'webextension-polyfill';
import { getMeta, listCases } from '../evidence/store';
import { dueSoonCount } from '../evidence/case-status';
import { dueListings } from '../evidence/watch';
import { readWatchState, WATCH_META_KEY } from '../evidence/watch-record';
import { parisToday } from '../legal/deadlines';
import { toolbarBadge } from '../shared/badge';
import { getSettings } from './settings';

export async function badgeCounts(now: Date): Promise<{ dueSoon: number; visitsDue: number }> {
  const settings = await getSettings();
  const dueSoon = dueSoonCount(await listCases(), parisToday(now), { insurerDays: settings.insurerDays });
  const visitsDue = dueListings(readWatchState(await getMeta(WATCH_META_KEY)).listings, now).length;
  return { dueSoon, visitsDue };
}

/** Recomputes both counts and sets the badge, its colour and the button's title; returns the counts. */
export async function refreshBadge(now: Date = new Date()): Promise<{ dueSoon: number; visitsDue: number }> {
  const counts = await badgeCounts(now);
  const b = toolbarBadge(counts);
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return counts;
  await action.setBadgeText({ text: b.text });
  if (b.text) await action.setBadgeBackgroundColor({ color: b.color });
  await action.setTitle({ title: browser.i18n.getMessage(b.title.key, b.title.subs) || 'Avisé' });
  return counts;
}
