// The toolbar badge, shared by the case reminders (open cases with a limit within 7 days, background/reminders.ts)
// and the watch of the doctor's listings (visits due, background/watch.ts): one number, the sum, and a title that
// names both, in real plurals (« 1 dossier », « 2 fiches »). Red when a case's limit is near (urgent), blue when only
// visits are due. Pure: background/badge.ts reads the counts, passes the locale lookup and sets it.
import type { Lang } from './types';
import { pluralKey } from './plural';

export interface ToolbarBadge {
  /** '' clears the badge. */
  text: string;
  color: string;
  /** The button's title, already in the doctor's language. */
  title: string;
}

/** A locale lookup: browser.i18n.getMessage in the extension. */
export type MessageLookup = (key: string, subs: string[]) => string;

export const BADGE_URGENT = '#b91c1c';
export const BADGE_VISIT = '#1d4ed8';

export function toolbarBadge(counts: { dueSoon: number; visitsDue: number }, lang: Lang, msg: MessageLookup): ToolbarBadge {
  const dueSoon = Math.max(0, counts.dueSoon), visitsDue = Math.max(0, counts.visitsDue);
  const total = dueSoon + visitsDue;
  const parts: string[] = [];
  if (dueSoon) parts.push(msg(pluralKey(dueSoon, lang, 'w_badgeCasesOne', 'w_badgeCasesOther'), [String(dueSoon)]));
  if (visitsDue) parts.push(msg(pluralKey(visitsDue, lang, 'w_badgeVisitsOne', 'w_badgeVisitsOther'), [String(visitsDue)]));
  const title = parts.length ? msg('w_badgeTitle', [parts.join(', ')]) : msg('actionTitle', []);
  return { text: total ? String(total) : '', color: dueSoon ? BADGE_URGENT : BADGE_VISIT, title };
}
