// What the doctor reads for counts and dates (issue 11): « 1 pièce », « 2 pièces », « 0 dossier » in French (0 and 1
// are singular), « 0 cases » in English, and « 1 déc. 2026 », never « 2026-12-01 » nor « pièce(s) ».
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string) => JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Messages;
const LOCALES = { fr: read('fr'), en: read('en') };
let lang: 'fr' | 'en' = 'fr';
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getUILanguage: () => (lang === 'fr' ? 'fr-FR' : 'en-GB'),
      // browser.i18n.getMessage: named placeholders → their $1..$9 content → the substitutions.
      getMessage: (key: string, subs: string[] = []) => {
        const e = LOCALES[lang][key];
        return e ? e.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, n: string) => (e.placeholders?.[n.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, i: string) => subs[+i - 1] ?? '')) : '';
      },
    },
  },
}));
const { parisDate, plural, shortDate } = await import('./Result');
afterEach(() => {
  lang = 'fr';
});

describe('counts and dates as the doctor reads them', () => {
  it('writes « 0 dossier », « 1 dossier », « 2 dossiers » in French and « 0 cases », « 1 case » in English', () => {
    expect([0, 1, 2].map((n) => plural(n, 'w_casesOne', 'w_casesOther'))).toEqual(['0 dossier', '1 dossier', '2 dossiers']);
    lang = 'en';
    expect([0, 1, 2].map((n) => plural(n, 'w_casesOne', 'w_casesOther'))).toEqual(['0 cases', '1 case', '2 cases']);
  });

  it('puts the count first and the other substitutions after it', () => {
    expect(plural(1, 'w_deadlineDueOne', 'w_deadlineDueOther', 'Diffamation', '3 févr. 2027')).toBe('Diffamation : jusqu’au 3 févr. 2027 (1 jour restant)');
    expect(plural(64, 'w_deadlineDueOne', 'w_deadlineDueOther', 'Diffamation', '3 févr. 2027')).toBe('Diffamation : jusqu’au 3 févr. 2027 (64 jours restants)');
  });

  it('shows a calendar date and an instant as French dates, the instant on its day in Paris', () => {
    expect(shortDate('2026-12-01')).toBe('1 déc. 2026');
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(parisDate('2026-11-30T23:30:00.000Z')).toBe('1 déc. 2026');
    lang = 'en';
    expect(parisDate('2026-12-01T08:00:00.000Z')).toBe('1 Dec 2026');
  });
});
