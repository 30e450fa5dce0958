// The toolbar badge is one number for both reminders: open cases with a limit within 7 days, and watched listings
// due for a visit; neither hides the other. Its title is read by the doctor (hover, screen reader): real plurals,
// never « dossier(s) ».
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BADGE_URGENT, BADGE_VISIT, toolbarBadge, type MessageLookup } from './badge';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
/** browser.i18n.getMessage over the real locale file: named placeholders → their $1..$9 content → the substitutions. */
const lookup = (lang: 'fr' | 'en'): MessageLookup => {
  const m = JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Messages;
  return (key, subs) => {
    const e = m[key];
    if (!e) return '';
    return e.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => (e.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, i: string) => subs[+i - 1] ?? ''));
  };
};
const fr = (counts: { dueSoon: number; visitsDue: number }) => toolbarBadge(counts, 'fr', lookup('fr'));
const en = (counts: { dueSoon: number; visitsDue: number }) => toolbarBadge(counts, 'en', lookup('en'));

describe('the toolbar badge', () => {
  it('adds the cases due soon and the visits due, and names both in the title', () => {
    expect(fr({ dueSoon: 2, visitsDue: 1 })).toEqual({ text: '3', color: BADGE_URGENT, title: 'Avisé — 2 dossiers avec un délai dans les 7 jours, 1 fiche à revoir' });
    expect(en({ dueSoon: 1, visitsDue: 3 }).title).toBe('Avisé — 1 case with a deadline within 7 days, 3 listings to visit');
  });

  it('shows the visits alone in blue, and the cases alone in red', () => {
    expect(fr({ dueSoon: 0, visitsDue: 2 })).toEqual({ text: '2', color: BADGE_VISIT, title: 'Avisé — 2 fiches à revoir' });
    expect(fr({ dueSoon: 1, visitsDue: 0 })).toEqual({ text: '1', color: BADGE_URGENT, title: 'Avisé — 1 dossier avec un délai dans les 7 jours' });
  });

  it('never writes a « (s) » plural in either language', () => {
    for (const n of [1, 2, 5]) {
      for (const b of [fr({ dueSoon: n, visitsDue: n }), en({ dueSoon: n, visitsDue: n })]) expect(b.title).not.toMatch(/\(s\)|\(x\)/);
    }
  });

  it('is cleared when nothing is due, and the title is the button’s own', () => {
    expect(fr({ dueSoon: 0, visitsDue: 0 })).toEqual({ text: '', color: BADGE_VISIT, title: 'Avisé : capturer cet avis' });
  });
});
