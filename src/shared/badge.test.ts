// The toolbar badge is one number for both reminders: open cases with a limit within 7 days, and watched listings
// due for a visit; neither hides the other.
import { describe, expect, it } from 'vitest';
import { BADGE_URGENT, BADGE_VISIT, toolbarBadge } from './badge';

describe('the toolbar badge', () => {
  it('adds the cases due soon and the visits due, and names both in the title', () => {
    expect(toolbarBadge({ dueSoon: 2, visitsDue: 1 })).toEqual({ text: '3', color: BADGE_URGENT, title: { key: 'ser_badgeBoth', subs: ['2', '1'] } });
  });

  it('shows the visits alone in blue, and the cases alone in red', () => {
    expect(toolbarBadge({ dueSoon: 0, visitsDue: 2 })).toEqual({ text: '2', color: BADGE_VISIT, title: { key: 'serWatchBadgeTitle', subs: ['2'] } });
    expect(toolbarBadge({ dueSoon: 1, visitsDue: 0 })).toEqual({ text: '1', color: BADGE_URGENT, title: { key: 'timBadgeTitle', subs: ['1'] } });
  });

  it('is cleared when nothing is due', () => {
    expect(toolbarBadge({ dueSoon: 0, visitsDue: 0 })).toMatchObject({ text: '', title: { key: 'actionTitle', subs: [] } });
  });
});
