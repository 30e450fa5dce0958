// The toolbar badge, shared by the case reminders (open cases with a limit within 7 days, background/reminders.ts)
// and the watch of the doctor's listings (visits due, background/watch.ts): one number, the sum, and a title that
// names both. Red when a case's limit is near (urgent), blue when only visits are due. Pure: background/badge.ts
// reads the counts and sets it.
export interface ToolbarBadge {
  /** '' clears the badge. */
  text: string;
  color: string;
  /** _locales key of the button's title and its substitutions. */
  title: { key: string; subs: string[] };
}

export const BADGE_URGENT = '#b91c1c';
export const BADGE_VISIT = '#1d4ed8';

export function toolbarBadge(counts: { dueSoon: number; visitsDue: number }): ToolbarBadge {
  const dueSoon = Math.max(0, counts.dueSoon), visitsDue = Math.max(0, counts.visitsDue);
  const total = dueSoon + visitsDue;
  const title =
    dueSoon && visitsDue ? { key: 'ser_badgeBoth', subs: [String(dueSoon), String(visitsDue)] }
    : dueSoon ? { key: 'timBadgeTitle', subs: [String(dueSoon)] }
    : visitsDue ? { key: 'serWatchBadgeTitle', subs: [String(visitsDue)] }
    : { key: 'actionTitle', subs: [] };
  return { text: total ? String(total) : '', color: dueSoon ? BADGE_URGENT : BADGE_VISIT, title };
}
