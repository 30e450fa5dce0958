// A real plural for code that cannot import the pages' helper (the service worker: badge title, notifications).
// French counts 0 and 1 as singular (« 0 dossier », « 1 dossier »), English only 1 — Intl.PluralRules knows both.
import type { Lang } from './types';

const rules = new Map<Lang, Intl.PluralRules>();

/** `keyOne` when `n` takes the singular in `lang`, `keyOther` otherwise. */
export function pluralKey(n: number, lang: Lang, keyOne: string, keyOther: string): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB')));
  return r.select(n) === 'one' ? keyOne : keyOther;
}
